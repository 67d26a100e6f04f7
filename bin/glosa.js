#!/usr/bin/env node
// The `glosa` command. Runs the TypeScript sources directly through tsx, so the CLI works
// straight after `npm install` with no build step.
import '../scripts/node-check.mjs';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Output piped into a command that stops reading (`glosa list | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The newest modification time among the TypeScript sources the command is made of. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

// `npm start` builds the command into one file, which starts faster; a checkout whose
// sources changed since (or was never built) runs them directly.
const built = path.join(rootDir, 'dist', 'cli', 'glosa.mjs');
let runCli;
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newestSource(path.join(rootDir, 'core'))) {
  ({ runCli } = await import(built));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../core/cli/index.ts'));
}

async function ensureRenderer() {
  const dir = path.join(rootDir, 'dist', 'renderer');
  if (fs.existsSync(path.join(dir, 'index.html'))) return dir;
  process.stderr.write('Building the interface once (a few seconds)…\n');
  const { buildRenderer } = await import('../scripts/build.mjs');
  await buildRenderer();
  return dir;
}

function openInBrowser(url) {
  const hasDisplay = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!hasDisplay || process.env.CI) return false;
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

process.exitCode = await runCli(process.argv.slice(2), { rootDir, ensureRenderer, openInBrowser });
