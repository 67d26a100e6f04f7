import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GlosaError } from '../../core/errors';
import { type ModelManifestEntry, ModelManager, RECORD_FILE, readManifest } from '../../core/translate/models';
import { OpusMtEngine } from '../../core/translate/opus-mt';
import { type Hub, type HubBehaviour, startHub } from '../support/hub';
import { tempDataDir } from '../support/serve';
import { tinyModelDir } from '../support/tiny-model';
import { english } from '../../core/messages';

const REPO = 'Xenova/opus-mt-es-en';
const REVISION = 'c3f8f178b475a947b2e4c7a4c34b2989297eec05';

function manifest(): ModelManifestEntry[] {
  const dir = tinyModelDir();
  const file = (p: string) => ({ path: p, approxBytes: fs.statSync(path.join(dir, p)).size });
  return [
    {
      id: 'opus-mt-es-en',
      engine: 'opus-mt',
      repo: REPO,
      revision: REVISION,
      sourceLang: 'es',
      targetLang: 'en',
      files: {
        common: ['config.json', 'generation_config.json', 'tokenizer.json', 'tokenizer_config.json'].map(file),
        q8: ['onnx/encoder_model_quantized.onnx', 'onnx/decoder_model_merged_quantized.onnx'].map(file),
        fp32: ['onnx/encoder_model.onnx', 'onnx/decoder_model_merged.onnx'].map(file),
      },
    },
  ];
}

let hub: Hub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

async function setup(behaviour: HubBehaviour = {}, extra: Partial<ConstructorParameters<typeof ModelManager>[0]> = {}) {
  hub = await startHub(REPO, REVISION, tinyModelDir(), behaviour);
  const modelsDir = path.join(tempDataDir(), 'models');
  const manager = new ModelManager({ modelsDir, manifest: manifest(), hubUrl: hub.url, retry: { attempts: 3, baseDelayMs: 10 }, ...extra });
  return { manager, modelsDir, hub };
}

const DECODER = 'onnx/decoder_model_merged_quantized.onnx';

describe('model downloads from the hub', () => {
  it('downloads, verifies and installs the model, which then translates', async () => {
    const { manager, hub } = await setup({ redirectLarge: true });
    const progress: number[] = [];
    const info = await manager.download('opus-mt-es-en', 'q8', { onProgress: (p) => progress.push(p.doneBytes) });
    expect(info.dtypes.find((d) => d.dtype === 'q8')).toMatchObject({ status: 'installed', problem: null });
    expect(info.dtypes.find((d) => d.dtype === 'fp32')?.status).toBe('missing');
    expect(hub.requests.some((r) => r.path.startsWith('/cdn/'))).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toBe(manifest()[0]!.files.common.concat(manifest()[0]!.files.q8).reduce((n, f) => n + f.approxBytes, 0));
    const record = JSON.parse(fs.readFileSync(path.join(info.dir, RECORD_FILE), 'utf8'));
    expect(record.files[DECODER].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.existsSync(path.join(manager.modelsDir, '.partial'))).toBe(true);
    expect(fs.readdirSync(path.join(manager.modelsDir, '.partial'))).toEqual([]);
    const engine = await OpusMtEngine.load({ dir: info.dir, dtype: 'q8', revision: 'x' });
    expect((await engine.translateBatch(['la guerra en Ucrania']))[0]!.text).toBe('the war in Ukraine');
    await engine.dispose();
    expect((await manager.verify('opus-mt-es-en')).problems).toEqual([]);
  });

  it('resumes a file where an interrupted download stopped', async () => {
    const { manager, hub } = await setup({ dieAfter: { file: DECODER, bytes: 4000, times: 1 } });
    const info = await manager.download('opus-mt-es-en', 'q8');
    expect(info.dtypes[0]!.status).toBe('installed');
    const decoderRequests = hub.requests.filter((r) => r.path.endsWith(DECODER));
    expect(decoderRequests).toHaveLength(2);
    expect(decoderRequests[1]!.range).toMatch(/^bytes=\d+-$/);
    expect(Number(/\d+/.exec(decoderRequests[1]!.range!)![0])).toBeGreaterThan(0);
  });

  it('says at once, without retrying, when there is no network, and what to do instead', async () => {
    // A port nothing listens on: the connection is refused, as with no network.
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const manager = new ModelManager({ modelsDir: path.join(tempDataDir(), 'models'), manifest: manifest(), hubUrl: `http://127.0.0.1:${closed}`, retry: { attempts: 5, baseDelayMs: 60_000 } });
    // With a minute between attempts, only a refusal without retries ends within the test.
    await expect(manager.download('opus-mt-es-en', 'q8')).rejects.toThrow(
      new RegExp(`no network connection to 127\\.0\\.0\\.1:${closed} \\(the connection was refused\\).*Import a model folder.*or translate with Apertium`),
    );
  }, 20_000);

  it('keeps what it has when the server dies for good, says so, and resumes on the next try', async () => {
    const { manager, hub } = await setup({ dieAfter: { file: DECODER, bytes: 3000, times: 99 } });
    await expect(manager.download('opus-mt-es-en', 'q8')).rejects.toThrow(/failed after 3 attempts.*download again to resume/);
    expect(manager.info(manager.entry('opus-mt-es-en')).dtypes[0]).toMatchObject({ status: 'partial' });
    expect(fs.existsSync(manager.dirFor(manager.entry('opus-mt-es-en')))).toBe(false);
    hub.behaviour.dieAfter = undefined;
    const before = hub.requests.length;
    const info = await manager.download('opus-mt-es-en', 'q8');
    expect(info.dtypes[0]!.status).toBe('installed');
    const again = hub.requests.slice(before);
    expect(again.filter((r) => r.path.endsWith('config.json'))).toHaveLength(0);
    expect(again.find((r) => r.path.endsWith(DECODER))?.range).toMatch(/^bytes=[1-9]\d*-$/);
  });

  it('rejects a file that fails its sha256 check and installs nothing', async () => {
    const { manager } = await setup({ corrupt: [DECODER] });
    await expect(manager.download('opus-mt-es-en', 'q8')).rejects.toThrow(/failed its sha256 check/);
    expect(fs.existsSync(manager.dirFor(manager.entry('opus-mt-es-en')))).toBe(false);
    expect(manager.info(manager.entry('opus-mt-es-en')).dtypes[0]!.status).not.toBe('installed');
  });

  it('reports a file missing from the hub (404) by name', async () => {
    const { manager } = await setup({ missing: ['tokenizer.json'] });
    const error = await manager.download('opus-mt-es-en', 'q8').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlosaError);
    expect((error as Error).message).toMatch(/tokenizer\.json was not found on the hub .*HTTP 404/);
  });

  it('checks free disk space before it starts', async () => {
    const { manager, hub } = await setup({}, { freeBytes: async () => 1000 });
    await expect(manager.download('opus-mt-es-en', 'q8')).rejects.toThrow(/Not enough free disk space .* 1 kB is free/);
    expect(hub.requests).toHaveLength(0);
  });

  it('never touches the network in offline mode', async () => {
    const { manager, hub } = await setup({}, { offline: () => true });
    await expect(manager.download('opus-mt-es-en', 'q8')).rejects.toThrow(/Offline mode is on/);
    expect(hub.requests).toHaveLength(0);
  });

  it('can be cancelled, and resumes later', async () => {
    const { manager } = await setup();
    const controller = new AbortController();
    controller.abort();
    await expect(manager.download('opus-mt-es-en', 'q8', { signal: controller.signal })).rejects.toThrow(/cancelled/);
    expect((await manager.download('opus-mt-es-en', 'q8')).dtypes[0]!.status).toBe('installed');
  });
});

describe('installed models', () => {
  it('imports a folder the reader picks, and removes it', async () => {
    const modelsDir = path.join(tempDataDir(), 'models');
    const manager = new ModelManager({ modelsDir, manifest: manifest() });
    const info = await manager.importFolder('opus-mt-es-en', tinyModelDir());
    expect(info.dtypes.map((d) => d.status)).toEqual(['installed', 'installed']);
    expect(manager.installed('opus-mt-es-en', 'q8')?.dir).toBe(path.join(modelsDir, 'Xenova', 'opus-mt-es-en'));
    expect(manager.remove('opus-mt-es-en').dtypes.map((d) => d.status)).toEqual(['missing', 'missing']);
  });

  it('uses a model that came with a packaged app until the reader installs their own, and never removes it', async () => {
    // A packaged app's resources folder, laid out as a build with GLOSA_BUNDLE_MODELS=1 makes it.
    const resources = path.join(tempDataDir(), 'models');
    await new ModelManager({ modelsDir: resources, manifest: manifest() }).importFolder('opus-mt-es-en', tinyModelDir());
    const bundledDir = path.join(resources, 'Xenova', 'opus-mt-es-en');
    fs.chmodSync(bundledDir, 0o555);
    try {
      const modelsDir = path.join(tempDataDir(), 'models');
      const manager = new ModelManager({ modelsDir, bundledDir: resources, manifest: manifest() });
      expect(manager.installed('opus-mt-es-en', 'q8')?.dir).toBe(bundledDir);
      const engine = await OpusMtEngine.load({ dir: bundledDir, dtype: 'q8', revision: REVISION });
      expect((await engine.translateBatch(['la guerra en Ucrania']))[0]!.text).toBe('the war in Ukraine');
      await engine.dispose();
      expect((await manager.verify('opus-mt-es-en')).problems).toEqual([]);
      expect(manager.remove('opus-mt-es-en').dtypes.map((d) => d.status)).toEqual(['installed', 'installed']);
      expect(fs.existsSync(path.join(bundledDir, RECORD_FILE))).toBe(true);
      // The reader's own install, once there, is the one used.
      await manager.importFolder('opus-mt-es-en', tinyModelDir());
      expect(manager.installed('opus-mt-es-en', 'q8')?.dir).toBe(path.join(modelsDir, 'Xenova', 'opus-mt-es-en'));
    } finally {
      fs.chmodSync(bundledDir, 0o755);
    }
  });

  it('refuses a folder without the model or with a damaged file', async () => {
    const manager = new ModelManager({ modelsDir: path.join(tempDataDir(), 'models'), manifest: manifest() });
    await expect(manager.importFolder('opus-mt-es-en', tempDataDir())).rejects.toThrow(/holds no Xenova\/opus-mt-es-en weights/);
    const broken = path.join(tempDataDir(), 'broken');
    fs.cpSync(tinyModelDir(), broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'onnx', 'encoder_model_quantized.onnx'), 'junk');
    fs.rmSync(path.join(broken, 'onnx', 'encoder_model.onnx'));
    await expect(manager.importFolder('opus-mt-es-en', broken)).rejects.toThrow(/encoder_model_quantized\.onnx is not an ONNX model/);
    await expect(manager.importFolder('opus-mt-es-en', path.join(broken, 'nope'))).rejects.toThrow(/is not a folder/);
  });

  it('refuses a file that is a link out of the folder, and a manifest path that leaves the models folder', async () => {
    const manager = new ModelManager({ modelsDir: path.join(tempDataDir(), 'models'), manifest: manifest() });
    const linked = path.join(tempDataDir(), 'linked');
    fs.cpSync(tinyModelDir(), linked, { recursive: true });
    const outside = path.join(tempDataDir(), 'secret.json');
    fs.writeFileSync(outside, '{"secret": true}');
    fs.rmSync(path.join(linked, 'config.json'));
    fs.symlinkSync(outside, path.join(linked, 'config.json'));
    await expect(manager.importFolder('opus-mt-es-en', linked)).rejects.toThrow(/config\.json in .* is a link, not a file of the folder/);

    const file = path.join(tempDataDir(), 'manifest.json');
    for (const bad of ['../../../x', '/etc/passwd', 'onnx/../../x', './config.json', 'onnx\\..\\x']) {
      const entry = manifest()[0]!;
      fs.writeFileSync(file, JSON.stringify({ models: [{ ...entry, files: { ...entry.files, common: [{ path: bad, approxBytes: 1 }] } }] }));
      expect(() => readManifest(file), bad).toThrow(/must stay inside the model folder/);
    }
  });

  it('refuses a tokenizer whose pattern backtracks catastrophically, within its time limit', async () => {
    const manager = new ModelManager({ modelsDir: path.join(tempDataDir(), 'models'), manifest: manifest() });
    const slow = path.join(tempDataDir(), 'slow');
    fs.cpSync(tinyModelDir(), slow, { recursive: true });
    const tokenizer = JSON.parse(fs.readFileSync(path.join(slow, 'tokenizer.json'), 'utf8'));
    tokenizer.normalizer = { type: 'Replace', pattern: { Regex: '(a+)+$' }, content: '' };
    fs.writeFileSync(path.join(slow, 'tokenizer.json'), JSON.stringify(tokenizer));
    await expect(manager.importFolder('opus-mt-es-en', slow)).rejects.toThrow(/tokenizer\.json in .* was refused: one of its patterns took more than 3 s/);
    expect(fs.existsSync(path.join(manager.modelsDir, ...REPO.split('/')))).toBe(false);
    // An ordinary pattern passes.
    tokenizer.normalizer = { type: 'Replace', pattern: { Regex: ' {2,}' }, content: ' ' };
    fs.writeFileSync(path.join(slow, 'tokenizer.json'), JSON.stringify(tokenizer));
    await expect(manager.importFolder('opus-mt-es-en', slow)).resolves.toMatchObject({ id: 'opus-mt-es-en' });
  }, 30_000);

  it('checks a file against the sha256 the manifest pins, on import and on download', async () => {
    const pinned = manifest();
    const config = pinned[0]!.files.common.find((f) => f.path === 'config.json')!;
    config.sha256 = 'f'.repeat(64);
    const manager = new ModelManager({ modelsDir: path.join(tempDataDir(), 'models'), manifest: pinned });
    await expect(manager.importFolder('opus-mt-es-en', tinyModelDir())).rejects.toThrow(/config\.json in .* is not the file of Xenova\/opus-mt-es-en at revision c3f8f17/);
    const { manager: downloader } = await setup({}, { manifest: pinned });
    await expect(downloader.download('opus-mt-es-en', 'q8')).rejects.toThrow(/config\.json failed its sha256 check/);
    expect(fs.existsSync(path.join(downloader.modelsDir, ...REPO.split('/')))).toBe(false);
  }, 30_000);

  it('tells a corrupt install apart: a missing file, a changed file', async () => {
    const manager = new ModelManager({ modelsDir: path.join(tempDataDir(), 'models'), manifest: manifest() });
    const info = await manager.importFolder('opus-mt-es-en', tinyModelDir());
    fs.appendFileSync(path.join(info.dir, 'onnx', 'encoder_model.onnx'), 'x');
    const changed = manager.info(manager.entry('opus-mt-es-en')).dtypes[1]!;
    expect(changed.status).toBe('corrupt');
    expect(english(changed.problem!)).toMatch(/encoder_model\.onnx has \d+ bytes/);
    fs.rmSync(path.join(info.dir, 'tokenizer.json'));
    const gone = manager.info(manager.entry('opus-mt-es-en')).dtypes[0]!;
    expect(gone.status).toBe('corrupt');
    expect(english(gone.problem!)).toMatch(/tokenizer\.json is missing/);
    const verified = await manager.verify('opus-mt-es-en');
    expect(verified.problems).toContain('tokenizer.json');
  });

  it('finds a changed byte only by hashing, in verify', async () => {
    const manager = new ModelManager({ modelsDir: path.join(tempDataDir(), 'models'), manifest: manifest() });
    const info = await manager.importFolder('opus-mt-es-en', tinyModelDir());
    const file = path.join(info.dir, DECODER);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    expect(manager.installed('opus-mt-es-en', 'q8')).not.toBeNull();
    const { problems } = await manager.verify('opus-mt-es-en');
    expect(problems).toEqual([DECODER]);
    expect(manager.installed('opus-mt-es-en', 'q8')).toBeNull();
  });
});

describe('a model folder sent from a browser, file by file', () => {
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof GlosaError) return error.reason.key;
      throw error;
    }
    return 'accepted';
  };

  it('is put together in pieces, imported as a folder would be, and its staging folder cleared', async () => {
    const manager = new ModelManager({ modelsDir: path.join(tempDataDir(), 'models'), manifest: manifest() });
    const entry = manager.entry('opus-mt-es-en');
    const info = manager.info(entry);
    for (const file of info.files) {
      const source = path.join(tinyModelDir(), file);
      if (!fs.existsSync(source)) continue;
      const bytes = fs.readFileSync(source);
      // Two pieces each, the second appended where the first ended.
      const half = Math.floor(bytes.length / 2);
      expect(manager.receiveFile('opus-mt-es-en', file, 0, bytes.subarray(0, half))).toBe(half);
      expect(manager.receiveFile('opus-mt-es-en', file, half, bytes.subarray(half))).toBe(bytes.length);
    }
    const imported = await manager.importReceived('opus-mt-es-en');
    expect(imported.dtypes.find((d) => d.dtype === 'q8')!.status).toBe('installed');
    expect(fs.readdirSync(path.join(manager.modelsDir, '.partial')).filter((d) => d.startsWith('upload-'))).toEqual([]);
  });

  it('takes only the files of the model, in order, none far past its size; and a bad folder leaves nothing behind', async () => {
    const manager = new ModelManager({ modelsDir: path.join(tempDataDir(), 'models'), manifest: manifest() });
    expect(refusal(() => manager.receiveFile('opus-mt-es-en', '../../escape.onnx', 0, Buffer.from('x')))).toBe('uploadNotModelFile');
    expect(refusal(() => manager.receiveFile('opus-mt-es-en', 'notes.txt', 0, Buffer.from('x')))).toBe('uploadNotModelFile');
    expect(refusal(() => manager.receiveFile('opus-mt-es-en', 'config.json', 5, Buffer.from('x')))).toBe('uploadOutOfOrder');
    expect(refusal(() => manager.receiveFile('opus-mt-es-en', 'config.json', 0, Buffer.alloc(3_000_000)))).toBe('uploadTooLarge');
    expect(refusal(() => manager.receiveFile('opus-mt-xx', 'config.json', 0, Buffer.from('x')))).toBe('modelUnknown');
    // Resent from its start, a file is written anew.
    manager.receiveFile('opus-mt-es-en', 'config.json', 0, Buffer.from('{"a":'));
    expect(manager.receiveFile('opus-mt-es-en', 'config.json', 0, Buffer.from('{}'))).toBe(2);
    await expect(manager.importReceived('opus-mt-es-en')).rejects.toMatchObject({ reason: { key: 'folderNoWeights' } });
    expect(fs.readdirSync(path.join(manager.modelsDir, '.partial')).filter((d) => d.startsWith('upload-'))).toEqual([]);
    expect(manager.info(manager.entry('opus-mt-es-en')).dtypes.every((d) => d.status === 'missing')).toBe(true);
  });
});
