import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../core/api';
import { ENGINE_IDS } from '../../core/contract';
import { ENGINE_ROWS } from '../../core/translate/engines';
import type { EngineContext } from '../../core/translate/engines/row';
import { ModelManager, readManifest } from '../../core/translate/models';
import { ROOT, tempDataDir } from '../support/serve';
import { tinyModelDir } from '../support/tiny-model';
import { english } from '../../core/messages';

const manifest = readManifest(path.join(ROOT, 'models', 'manifest.json'));
const settings = () => ({ dtype: 'q8' }) as Settings;
const context = (over: Partial<EngineContext> = {}): EngineContext => ({ models: new ModelManager({ modelsDir: tempDataDir(), manifest }), settings, apertiumCommand: 'apertium', opus: {}, ...over });
const locale = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'renderer', 'src', 'i18n', `${lang}.json`), 'utf8')) as { engines: Record<string, string> };

// The engine table, walked row by row: each engine is detected here, or says why it is not.
describe('the engine table', () => {
  it('has one row per engine id, each named in both interface languages', () => {
    expect(Object.keys(ENGINE_ROWS).sort()).toEqual([...ENGINE_IDS].sort());
    for (const id of ENGINE_IDS) {
      expect(ENGINE_ROWS[id].id).toBe(id);
      for (const lang of ['en', 'es']) expect(locale(lang).engines[id], `${lang}: engines.${id}`).toBeTruthy();
    }
  });

  it.each(ENGINE_IDS.map((id) => [id]))('%s is detected with the pairs it serves, or reports why it is not', async (id) => {
    const row = ENGINE_ROWS[id];
    const missing = await row.detect(context({ apertiumCommand: '/nonexistent/apertium' }));
    expect(missing).toMatchObject({ available: false, pairs: [] });
    expect(english(missing.detail).length).toBeGreaterThan(10);
    // With what it needs: Apertium as CI installs it, the tiny model imported as the Spanish one.
    const ctx = context();
    if (id === 'opus-mt') await ctx.models.importFolder('opus-mt-es-en', tinyModelDir());
    const found = await row.detect(ctx);
    expect(found.available).toBe(true);
    expect(found.pairs).toEqual(expect.arrayContaining([{ from: 'es', to: 'en' }]));
    // Its revision names what would translate the pair, read without loading the engine.
    expect(await row.revision(ctx, { from: 'es', to: 'en' })).toMatch(/\S/);
    const engine = await row.load(ctx, { from: 'es', to: 'en' });
    try {
      const [out] = await engine.translateBatch(['La guerra.']);
      expect(out!.text).toMatch(/war/i);
    } finally {
      await engine.dispose();
    }
  }, 60_000);
});
