import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/app';
import { SAMPLES_DIR } from '../support/fixtures';
import { startHub } from '../support/hub';
import { GLOSA_BIN, tempDataDir } from '../support/serve';
import { tinyModelDir } from '../support/tiny-model';

function glosa(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [GLOSA_BIN, ...args], {
    env: { ...process.env, GLOSA_DATA_DIR: tempDataDir(), GLOSA_MODELS_DIR: tempDataDir(), ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Output = { engine: string; segments: { source: string; target: string; terms: unknown[] }[] };

describe('glosa translate', () => {
  it('translates a sample with Apertium, in the JSON contract', () => {
    const r = glosa(['translate', path.join(SAMPLES_DIR, 'rusia-ucrania-segunda-ronda.txt'), '--engine', 'apertium', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(Object.keys(out)).toEqual(['engine', 'from', 'to', 'pivot', 'segments']);
    expect(out).toMatchObject({ engine: 'apertium', from: 'es', to: 'en', pivot: [] });
    expect(out.segments.length).toBeGreaterThan(20);
    for (const s of out.segments) {
      expect(Object.keys(s)).toEqual(['source', 'target', 'terms']);
      expect(s.target.trim()).not.toBe('');
      expect(s.target).not.toMatch(/[*#@]\p{L}/u);
    }
    // Boilerplate is left out.
    expect(out.segments.some((s) => s.source.startsWith('Relacionado'))).toBe(false);
  });

  it('detects the language, pivots where it must, and takes --from and --to', () => {
    const file = path.join(tempDataDir(), 'francais.txt');
    fs.writeFileSync(file, "Le président ukrainien est arrivé mardi à Bruxelles pour rencontrer les dirigeants de l'OTAN.\n\nIl a demandé davantage de défense aérienne.");
    const english = JSON.parse(glosa(['translate', file, '--json']).stdout) as Output & { from: string; to: string; pivot: string[] };
    expect(english).toMatchObject({ engine: 'apertium', from: 'fr', to: 'en', pivot: ['es'] });
    expect(english.segments[0]!.target).toMatch(/president/);
    const spanish = JSON.parse(glosa(['translate', file, '--to', 'es', '--json']).stdout) as Output & { pivot: string[] };
    expect(spanish).toMatchObject({ from: 'fr', to: 'es', pivot: [] });
    expect(spanish.segments[0]!.target).toMatch(/presidente/);
    const none = glosa(['translate', file, '--from', 'ru']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/No translation engine serves ru-en on this computer/);
    expect(glosa(['translate', file, '--to', 'de']).code).toBe(2);
    // Every source language into English and Spanish, with the engines that serve it.
    const { pairs } = JSON.parse(glosa(['languages', '--json']).stdout) as { pairs: { from: string; to: string; engines: { id: string; available: boolean; pivot: string[] }[] }[] };
    expect(pairs.find((p) => p.from === 'fr' && p.to === 'en')!.engines).toEqual([
      { id: 'opus-mt', available: false, pivot: [] },
      { id: 'apertium', available: true, pivot: ['es'] },
    ]);
    expect(pairs.find((p) => p.from === 'it' && p.to === 'es')!.engines[1]).toEqual({ id: 'apertium', available: true, pivot: [] });
    expect(pairs.find((p) => p.from === 'uk' && p.to === 'en')!.engines.every((e) => !e.available)).toBe(true);
  });

  it('translates with a model folder given by path (--model)', () => {
    const file = path.join(tempDataDir(), 'frase.txt');
    fs.writeFileSync(file, 'la guerra en Ucrania.\n\nEl presidente Zelenski habló con Putin.');
    const r = glosa(['translate', file, '--model', tinyModelDir(), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      engine: 'opus-mt',
      from: 'es',
      to: 'en',
      pivot: [],
      segments: [
        { source: 'la guerra en Ucrania.', target: 'the war in Ukraine.', terms: [] },
        { source: 'El presidente Zelenski habló con Putin.', target: 'The president Zelenski spoke with Putin.', terms: [] },
      ],
    });
  });

  it('says how to get an engine when there is none, with exit code 1', () => {
    const r = glosa(['translate', path.join(SAMPLES_DIR, 'rusia-ucrania-segunda-ronda.txt')], { GLOSA_APERTIUM: '/nonexistent/apertium' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/No translation engine serves es-en on this computer: get an Opus-MT model with "glosa model download", or install Apertium/);
    const opus = glosa(['translate', path.join(SAMPLES_DIR, 'rusia-ucrania-segunda-ronda.txt'), '--engine', 'opus-mt']);
    expect(opus.code).toBe(1);
    expect(opus.stderr).toMatch(/The Opus-MT model for es-en \(q8\) is not installed/);
  });

  it('refuses a bad engine name or a model folder that is not one', () => {
    expect(glosa(['translate', 'x.txt', '--engine', 'google']).code).toBe(2);
    const r = glosa(['translate', path.join(SAMPLES_DIR, 'rusia-ucrania-segunda-ronda.txt'), '--model', tempDataDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not a model folder/);
  });
});

describe('glosa model', () => {
  it('lists, imports, verifies and removes the model', () => {
    const env = { GLOSA_MODELS_DIR: tempDataDir(), GLOSA_DATA_DIR: tempDataDir() };
    const list = JSON.parse(glosa(['model', 'list', '--json'], env).stdout) as { models: { id: string; dtypes: { dtype: string; status: string }[] }[] };
    expect(list.models[0]).toMatchObject({ id: 'opus-mt-es-en', dtypes: [{ dtype: 'q8', status: 'missing' }, { dtype: 'fp32', status: 'missing' }] });
    const imported = glosa(['model', 'import', tinyModelDir()], env);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/q8 +installed/);
    expect(glosa(['model', 'verify'], env).code).toBe(0);
    const file = path.join(tempDataDir(), 'frase.txt');
    fs.writeFileSync(file, 'la guerra en Ucrania');
    expect(JSON.parse(glosa(['translate', file, '--json'], env).stdout).segments[0].target).toBe('the war in Ukraine');
    expect(glosa(['model', 'remove'], env).stdout).toMatch(/q8 +missing/);
    expect(glosa(['model', 'frobnicate'], env).code).toBe(2);
  });

  it('refuses to download in offline mode without touching the network', async () => {
    const dataDir = tempDataDir();
    const core = await openCore({ dataDir });
    await core.api.updateSettings({ offline: true });
    await core.close();
    const hub = await startHub('Xenova/opus-mt-es-en', 'c3f8f178b475a947b2e4c7a4c34b2989297eec05', tinyModelDir());
    try {
      const r = glosa(['model', 'download'], { GLOSA_DATA_DIR: dataDir, GLOSA_HUB_URL: hub.url });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/Offline mode is on/);
      expect(hub.requests).toEqual([]);
    } finally {
      await hub.close();
    }
  });

  it('downloads the model from the hub with progress, then translates with it', async () => {
    const hub = await startHub('Xenova/opus-mt-es-en', 'c3f8f178b475a947b2e4c7a4c34b2989297eec05', tinyModelDir());
    const env = { GLOSA_DATA_DIR: tempDataDir(), GLOSA_MODELS_DIR: tempDataDir(), GLOSA_HUB_URL: hub.url };
    try {
      const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [GLOSA_BIN, 'model', 'download'], { env: { ...process.env, ...env } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c) => (stdout += c));
        child.stderr.on('data', (c) => (stderr += c));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/100%/);
      expect(r.stdout).toMatch(/q8 +installed/);
      expect(hub.requests.length).toBeGreaterThanOrEqual(6);
      const file = path.join(tempDataDir(), 'frase.txt');
      fs.writeFileSync(file, 'la paz en Ucrania');
      expect(JSON.parse(glosa(['translate', file, '--json'], env).stdout).segments[0].target).toBe('the peace in Ukraine');
    } finally {
      await hub.close();
    }
  });
});
