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

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glosa-vitest-')), 'report.json');
console.log('\n== tests (unit, e2e in Chromium, Electron)');
const run = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
  cwd: root,
  stdio: 'inherit',
});
let summary = { numPassedTests: 0, numFailedTests: run.status === 0 ? 0 : 1, numPendingTests: 0, numTodoTests: 0 };
try {
  summary = JSON.parse(fs.readFileSync(report, 'utf8'));
} catch {
  // No report: vitest itself failed to start; the failure count above stands.
}
const skipped = summary.numPendingTests + summary.numTodoTests;
console.log(`\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped`);
process.exit(run.status === 0 && summary.numFailedTests === 0 ? 0 : 1);
