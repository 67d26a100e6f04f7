#!/usr/bin/env node
// The `glosa` command. Runs the TypeScript sources directly through tsx, so the CLI works
// straight after `npm install` with no build step.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Output piped into a command that stops reading (`glosa list | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register();
const { runCli } = await import('../core/cli.ts');

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
