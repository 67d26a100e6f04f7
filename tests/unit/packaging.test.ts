import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelManager } from '../../core/translate/models';
import { ROOT, tempDataDir } from '../support/serve';
import { tinyModelDir } from '../support/tiny-model';

// electron-builder cannot run here (it downloads Electron), so its configuration is checked
// as it would read it: loaded the same way, and validated against its own schema.
const require = createRequire(import.meta.url);
const CONFIG = path.join(ROOT, 'electron-builder.config.cjs');

type BuilderConfig = {
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  icon: string;
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};

function loadConfig(env: Record<string, string | undefined> = {}): BuilderConfig {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    delete require.cache[CONFIG];
    return require(CONFIG) as BuilderConfig;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require(path.join(ROOT, 'node_modules/app-builder-lib/out/util/config/config.js')) as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require(path.join(ROOT, 'node_modules/builder-util/out/DebugLogger.js')) as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(config, new DebugLogger(false));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

afterEach(() => {
  delete require.cache[CONFIG];
});

describe('the desktop packaging', () => {
  it('is a configuration electron-builder accepts, and one it would refuse is refused', async () => {
    const config = loadConfig({ GLOSA_BUNDLE_MODELS: undefined });
    await validate(config);
    await expect(validate({ ...config, electronFuses: { runAsNod: false } })).rejects.toThrow(/electronFuses/);
  });

  it('builds AppImage and deb, nsis and dmg, from an asar with the app icon', () => {
    const config = loadConfig({ GLOSA_BUNDLE_MODELS: undefined });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.asar).toBe(true);
    // Native modules cannot load from inside the archive.
    expect(config.asarUnpack).toContain('**/*.node');
    const icon = pngSize(path.join(ROOT, config.icon));
    expect(icon.width).toBeGreaterThanOrEqual(512);
    expect(icon.height).toBe(icon.width);
  });

  it('sets all seven fuses the safe way: no Node mode, NODE_OPTIONS or inspect, the app only from its checked asar, encrypted cookies, no extra file:// privileges', () => {
    const { electronFuses } = loadConfig();
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the built app and what it reads at run time, and no sources', () => {
    const config = loadConfig();
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**', 'assets/samples/**', 'models/manifest.json']));
    expect(config.files.some((f) => /^(core|electron|renderer|tests|scripts)\//.test(f))).toBe(false);
  });

  it('bundles the installed model as extra resources only when asked, and says what is missing', async () => {
    expect(loadConfig({ GLOSA_BUNDLE_MODELS: undefined }).extraResources).toEqual([]);
    const empty = tempDataDir('glosa-pack-');
    expect(() => loadConfig({ GLOSA_BUNDLE_MODELS: '1', GLOSA_MODELS_DIR: empty })).toThrow(/holds no complete install .* glosa model download/);

    const modelsDir = tempDataDir('glosa-pack-');
    const manager = new ModelManager({ modelsDir, manifest: JSON.parse(fs.readFileSync(path.join(ROOT, 'models', 'manifest.json'), 'utf8')).models });
    await manager.importFolder('opus-mt-es-en', tinyModelDir());
    const { extraResources } = loadConfig({ GLOSA_BUNDLE_MODELS: '1', GLOSA_MODELS_DIR: modelsDir });
    // The packaged backend looks in <resources>/models, laid out as the model manager installs.
    expect(extraResources).toEqual([expect.objectContaining({ from: path.join(modelsDir, 'Xenova', 'opus-mt-es-en'), to: 'models/Xenova/opus-mt-es-en' })]);
    const backend = fs.readFileSync(path.join(ROOT, 'electron', 'backend.ts'), 'utf8');
    expect(backend).toContain("bundledModelsDir: path.join(process.resourcesPath, 'models')");
  });
});

describe('core, bundled as the Electron backend bundles it (CommonJS)', () => {
  it('finds the data of its packages: the dictionary of a language and the countries', async () => {
    const { ELECTRON_BUNDLE } = await import('../../scripts/build.mjs');
    const esbuild = await import('esbuild');
    // Inside the project, where the bundle finds its packages; dist/ may not be built yet.
    fs.mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(ROOT, 'dist', 'bundle-test-'));
    try {
      const entry = path.join(dir, 'entry.ts');
      const core = (p: string) => JSON.stringify(path.join(ROOT, 'core', p));
      fs.writeFileSync(
        entry,
        `import { language } from ${core('languages/index.ts')};\nimport { adjectiveOf } from ${core('glossary/places.ts')};\n` +
          `process.stdout.write(JSON.stringify({ adjective: adjectiveOf('bielorrusas', language('es'))?.demonym, word: language('es').lexicon()?.has('Francia') }));\n`,
      );
      await esbuild.build({ ...ELECTRON_BUNDLE, sourcemap: false, entryPoints: { entry }, outdir: dir, outExtension: { '.js': '.cjs' } });
      const { execFileSync } = await import('node:child_process');
      const out = execFileSync(process.execPath, [path.join(dir, 'entry.cjs')], { encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual({ adjective: 'Belarusian', word: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
