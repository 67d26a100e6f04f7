import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../core/api';
import type { ActiveEntry } from '../../core/glossary/service';
import type { StoredTranslation } from '../../core/store/translations';
import type { TranslationEngine } from '../../core/translate/engine';
import { ArticleRoutes } from '../../core/translate/routes';

/** A translation store in memory, keyed as the real one is. */
function memoryStore() {
  const rows = new Map<string, StoredTranslation>();
  const id = (key: { engine: string; revision: string; sourceLang: string; targetLang: string }, hash: string) => `${key.engine}|${key.revision}|${key.sourceLang}|${key.targetLang}|${hash}`;
  return {
    rows,
    find: (key: Parameters<typeof id>[0], hashes: string[]) => new Map(hashes.flatMap((h) => (rows.has(id(key, h)) ? [[h, rows.get(id(key, h))!] as const] : []))),
    save: (key: Parameters<typeof id>[0], entries: { hash: string; text: string; unknownWords: string[] }[]) => entries.forEach((e) => rows.set(id(key, e.hash), { text: e.text, unknownWords: e.unknownWords })),
  };
}

const engine = (translate: (texts: string[]) => string[]): TranslationEngine & { calls: string[][] } => {
  const calls: string[][] = [];
  return { id: 'apertium', revision: 'r1', sourceLang: 'es', targetLang: 'en', batchSize: 8, calls, translateBatch: async (texts) => (calls.push(texts), translate(texts).map((text) => ({ text, unknownWords: [] }))), dispose: async () => {} };
};

describe('what the cache knows of an article', () => {
  const key = { engine: 'apertium' as const, revision: 'r1', sourceLang: 'es', targetLang: 'en' };
  const kiev: ActiveEntry = { id: 1, target: 'Kyiv', mode: 'enforce', variants: ['Kiev'], canonical: 'Kiev', kind: 'place' };
  const routes = (store = memoryStore()) => ({ store, routes: new ArticleRoutes({ store: store as never, pair: () => ({ from: 'es', to: 'en' }), engines: {} as never, settings: () => ({}) as Settings }) });

  it('asks the engine to render a term once, then finds it in the cache', async () => {
    const { routes: r } = routes();
    const e = engine((texts) => texts.map((t) => t.replace('Kiev', 'Kiew')));
    expect(await r.renderings(key, [kiev], ['La guerra en Kiev.'], e)).toEqual(new Map([['Kiev', expect.stringMatching(/Kiew/)]]));
    expect(e.calls).toHaveLength(1);
    expect(await r.renderings(key, [kiev], ['Kiev resiste.'], e)).toEqual(new Map([['Kiev', expect.stringMatching(/Kiew/)]]));
    expect(e.calls).toHaveLength(1);
    // Without an engine, only what the cache holds.
    expect(await routes().routes.renderings(key, [kiev], ['Kiev resiste.'])).toEqual(new Map());
  });

  it('goes on without the renderings when the engine fails', async () => {
    const { routes: r, store } = routes();
    const failing = engine(() => {
      throw new Error('engine down');
    });
    expect(await r.renderings(key, [kiev], ['La guerra en Kiev.'], failing)).toEqual(new Map());
    expect(store.rows.size).toBe(0);
    expect(await r.renderings(key, [kiev], ['Nada.'], failing)).toEqual(new Map());
    expect(failing.calls).toHaveLength(1);
  });

  it('reads the route and the cache key of an article from its pair and its engine choice', async () => {
    const store = { ...memoryStore(), articleEngine: vi.fn(() => null) };
    const engines = { route: vi.fn(async () => ({ engine: 'apertium', via: 'es' })), revision: vi.fn(async () => 'a > es > b') };
    const r = new ArticleRoutes({ store: store as never, pair: () => ({ from: 'fr', to: 'en' }), engines: engines as never, settings: () => ({ engine: 'auto' }) as Settings });
    const routed = await r.routeFor(7);
    expect(routed).toEqual({ route: { engine: 'apertium', via: 'es' }, pair: { from: 'fr', to: 'en' } });
    expect(engines.route).toHaveBeenCalledWith('auto', { from: 'fr', to: 'en' });
    expect(await r.keyFor(routed!)).toEqual({ engine: 'apertium', revision: 'a > es > b', sourceLang: 'fr', targetLang: 'en' });
  });
});
