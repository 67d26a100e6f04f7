// `npm test`: type-checks, lint, then every vitest project (unit, e2e in Chromium, Electron),
// closing with one summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const extra = process.argv.slice(2);

function step(title, command, args) {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.log(`\n${title} failed.`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

step('type-check (node: core, electron)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
step('type-check (web: renderer)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
step('type-check (tests and scripts)', bin('tsc'), ['-p', 'tsconfig.test.json', '--noEmit']);
step('lint', bin('eslint'), ['.', '--max-warnings=0']);
step('build the renderer', process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'renderer']);

// Unit tests first, then the browser and Electron tests on their own: on a two-core machine
// the end-to-end timings (long tasks, first paint) mean little while unit tests run beside them.
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'glosa-vitest-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;
for (const [title, projects] of [
  ['unit and integration tests', ['unit']],
  ['end-to-end tests in Chromium, and Electron tests', ['e2e', 'electron']],
]) {
  console.log(`\n== ${title}`);
  const report = path.join(reports, `${projects[0]}.json`);
  const run = spawnSync(
    bin('vitest'),
    ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
    { cwd: root, stdio: 'inherit' },
  );
  let summary = { numPassedTests: 0, numFailedTests: run.status === 0 ? 0 : 1, numPendingTests: 0, numTodoTests: 0 };
  try {
    summary = JSON.parse(fs.readFileSync(report, 'utf8'));
  } catch {
    // No report: vitest itself failed to start; the failure counted above stands.
  }
  totals.passed += summary.numPassedTests;
  totals.failed += summary.numFailedTests;
  totals.skipped += summary.numPendingTests + summary.numTodoTests;
  if (run.status !== 0 || summary.numFailedTests > 0) ok = false;
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
