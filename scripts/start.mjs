// `npm start`: the desktop app where Electron's binary is installed (downloading it first if
// it is missing and can be fetched), otherwise the same interface in browser mode.
import './node-check.mjs';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const passThrough = process.argv.slice(2);

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });
}

let binary = process.env.GLOSA_BROWSER_MODE ? null : electronBinary();
if (!binary && !process.env.GLOSA_BROWSER_MODE && fs.existsSync(path.join(electronDir, 'install.js'))) {
  // .npmrc turns install scripts off, so Electron's own download runs here, once.
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: electronDir, stdio: 'pipe', timeout: 10 * 60_000 });
  if (install.status === 0) binary = electronBinary();
}

const { buildCli, buildElectron, buildRenderer } = await import('./build.mjs');
if (binary) {
  await buildRenderer();
  await buildElectron();
  process.exitCode = await run(binary, [root, ...passThrough]);
} else {
  console.log(
    process.env.GLOSA_BROWSER_MODE
      ? 'Starting Glosa in browser mode (GLOSA_BROWSER_MODE is set).'
      : "Electron's binary is not installed and could not be downloaded here, so Glosa starts in browser mode: the same app, served to your browser from this computer only.",
  );
  await buildRenderer();
  await buildCli();
  process.exitCode = await run(process.execPath, [path.join(root, 'bin', 'glosa.js'), 'serve', '--open', ...passThrough]);
}
