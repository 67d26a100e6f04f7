// How Glosa is packaged as a desktop app (`npm run dist`, see the README).
// Set GLOSA_BUNDLE_MODELS=1 to carry the Opus-MT model installed in models/ inside the
// app, so that it translates offline from its first launch.
const fs = require('node:fs');
const path = require('node:path');

const MODEL_REPO = 'Xenova/opus-mt-es-en';
const INSTALL_RECORD = 'glosa-model.json';

function bundledModels() {
  if (process.env.GLOSA_BUNDLE_MODELS !== '1') return [];
  // Where `glosa model download` installs in a checkout (GLOSA_MODELS_DIR overrides it, as it does for the CLI).
  const dir = path.join(process.env.GLOSA_MODELS_DIR ?? path.join(__dirname, 'models'), ...MODEL_REPO.split('/'));
  if (!fs.existsSync(path.join(dir, INSTALL_RECORD))) {
    throw new Error(
      `GLOSA_BUNDLE_MODELS=1, but ${dir} holds no complete install of the model. ` +
        'Install it first with `npx glosa model download opus-mt-es-en` (or `npx glosa model import DIR`).',
    );
  }
  // The models go beside the app, outside the asar, where the backend loads them read-only.
  return [{ from: dir, to: path.posix.join('models', MODEL_REPO), filter: ['**/*', '!*.part'] }];
}

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.glosa.reader',
  productName: 'Glosa',
  copyright: 'Copyright © 2026 the Glosa authors',
  directories: { output: 'release', buildResources: 'assets' },
  // The built processes and interface, the first-run samples and the model manifest; the
  // TypeScript sources, tests and developer tools stay out.
  files: [
    'package.json',
    'dist/electron/**',
    'dist/renderer/**',
    'assets/samples/**',
    'assets/icon.png',
    'models/manifest.json',
    '!**/*.map',
    '!node_modules/**/{test,tests,docs,example,examples}/**',
    '!node_modules/**/*.{md,ts,map}',
    '!node_modules/tsx/**',
    '!node_modules/esbuild/**',
    '!node_modules/@esbuild/**',
  ],
  asar: true,
  // Native modules (onnxruntime's) are loaded from disk, not from inside the archive.
  asarUnpack: ['**/*.node'],
  extraResources: bundledModels(),
  icon: 'assets/icon.png',
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Spanish news beside an on-device English translation',
    description: 'Read Spanish news beside an English translation made on this computer, with a glossary that builds itself.',
    maintainer: 'The Glosa authors <glosa@users.noreply.github.com>',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'], recommends: ['apertium-eng-spa'] },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.news', hardenedRuntime: true },
  dmg: { title: 'Glosa' },
};
