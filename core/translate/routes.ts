/**
 * How an article is translated now, and what the translation cache knows of it: the route
 * its engine choice resolves to for its pair, the cache's key for that route (the revision,
 * read without loading the engine), the engine itself, and the engine's rendering of the
 * glossary's spellings. Shared by the translator's queue and by post-editing.
 */
import type { ActiveEntry } from '../glossary/service';
import { readRenderingProbe, renderingProbe } from '../glossary/match';
import type { EngineKey, TranslationRepository } from '../store/translations';
import { sourceHash } from '../store/source-hash';
import type { TranslationEngine } from './engine';
import { CachedEngine } from './cached-engine';
import { PivotEngine } from './pivot';
import { formsToRender } from './presentation';
import type { EngineRegistry, Pair, Route } from './registry';
import type { Settings } from '../api';

export type Routed = { route: Route; pair: Pair };

export class ArticleRoutes {
  constructor(
    private readonly deps: {
      store: TranslationRepository;
      /** The article's languages: what it is written in and what it is read in. */
      pair: (articleId: number) => Pair;
      engines: EngineRegistry;
      settings: () => Settings;
    },
  ) {}

  /** How the article is translated now: the engine its choice resolves to for its pair, and any pivot. */
  async routeFor(articleId: number): Promise<Routed | null> {
    const own = this.deps.store.articleEngine(articleId);
    const pair = this.deps.pair(articleId);
    const route = await this.deps.engines.route(own ?? this.deps.settings().engine, pair);
    return route ? { route, pair } : null;
  }

  /** The cache's key for a route: the revision that translates it, read without loading the engine. */
  async keyFor({ route, pair }: { route: Route; pair: Pair }): Promise<EngineKey> {
    return { engine: route.engine, revision: await this.deps.engines.revision(route, pair), sourceLang: pair.from, targetLang: pair.to };
  }

  /** The engine for a route; through a pivot, each hop asks the cache under its own pair first. */
  async engineOf({ route, pair }: { route: Route; pair: Pair }): Promise<TranslationEngine> {
    if (!route.via) return this.deps.engines.get(route.engine, pair);
    const hop = async (from: string, to: string) => {
      const hopPair = { from, to };
      const key = await this.keyFor({ route: { engine: route.engine, via: null }, pair: hopPair });
      return new CachedEngine(await this.deps.engines.get(route.engine, hopPair), key, this.deps.store);
    };
    return new PivotEngine(await hop(pair.from, route.via), await hop(route.via, pair.to), route.via);
  }

  /** The engine's own translation of each spelling of the matched enforced terms. */
  async renderings(key: EngineKey, entries: ActiveEntry[], sources: string[], engine?: TranslationEngine): Promise<Map<string, string>> {
    return this.renderingsOf(key, formsToRender(sources, entries), engine);
  }

  /** The engine's own translation of each spelling given: from the cache, and from the engine for the rest where one is given. */
  async renderingsOf(key: EngineKey, list: string[], engine?: TranslationEngine): Promise<Map<string, string>> {
    const cached = this.deps.store.find(key, list.map(sourceHash));
    const out = new Map<string, string>();
    const missing: string[] = [];
    for (const form of list) {
      const hit = cached.get(sourceHash(form));
      if (hit) out.set(form, hit.text);
      else missing.push(form);
    }
    if (engine && missing.length) {
      try {
        const results = await engine.translateBatch(missing.map(renderingProbe));
        const texts = missing.map((form, i) => readRenderingProbe(form, results[i]!.text));
        this.deps.store.save(key, missing.map((form, i) => ({ hash: sourceHash(form), text: texts[i]!, unknownWords: [] })));
        missing.forEach((form, i) => out.set(form, texts[i]!));
      } catch {
        // Without the engine's rendering, repair still finds spellings passed through as is.
      }
    }
    return out;
  }
}
