// Builds the renderer (Vite) and the Electron processes (esbuild) into dist/.
//   node scripts/build.mjs            both
//   node scripts/build.mjs renderer   the interface only (enough for browser mode)
//   node scripts/build.mjs electron   main, preload and backend only
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

/**
 * The `glosa` command as one JavaScript file. bin/glosa.js runs it when it is newer than
 * every source file, and the TypeScript sources through tsx otherwise.
 */
export async function buildCli() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: { glosa: path.join(root, 'core/cli/index.ts') },
    outdir: path.join(root, 'dist/cli'),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    // What a command loads on demand (exporters, the glossary, the library itself) stays in
    // chunks of its own, so that `glosa --help` and the backend's start pay only for what they use.
    splitting: true,
  });
}

/** How the Electron bundles are built: CommonJS, dependencies from node_modules at run time. */
export const ELECTRON_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Dependencies load from node_modules (or the asar) at run time.
  packages: 'external',
  external: ['electron'],
  // core/ finds its own folder through import.meta, which CommonJS spells __dirname.
  define: { 'import.meta.dirname': '__dirname' },
};

export async function buildElectron() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    ...ELECTRON_BUNDLE,
    entryPoints: {
      main: path.join(root, 'electron/main.ts'),
      backend: path.join(root, 'electron/backend.ts'),
      preload: path.join(root, 'electron/preload.ts'),
    },
    outdir: path.join(root, 'dist/electron'),
    outExtension: { '.js': '.cjs' },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const what = process.argv[2] ?? 'all';
  if (what === 'renderer' || what === 'all') await buildRenderer();
  if (what === 'cli' || what === 'all') await buildCli();
  if (what === 'electron' || what === 'all') await buildElectron();
}
