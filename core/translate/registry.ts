import type { EngineInfo, EnginesState, Settings } from '../api';
import { ENGINE_IDS, type EngineChoice, type EngineId } from '../contract';
import type { TranslationEngine } from './engine';
import { ENGINE_ROWS } from './engines';
import { forgetApertium } from './engines/apertium';
import { type Detected, type EngineContext, type Pair, pairKey } from './engines/row';
import type { ModelManager } from './models';
import type { OpusMtRunOptions } from './opus-mt';
import { PivotEngine, pivotRevision } from './pivot';
import { reasonOf } from '../errors';
import type { Message } from '../messages';

export type { Pair };

/** How a pair is translated: by one engine, directly or through a third language. */
export type Route = { engine: EngineId; via: string | null };

/** The languages a pivot may go through, in order of preference: the best-served pairs. */
export const PIVOTS = ['es', 'en'];

/**
 * Which engines exist on this computer and which language pairs each serves, and one
 * loaded instance per engine and pair. An engine serves a pair directly, or through a
 * third language when it has both halves; the rows of ENGINE_ROWS say what each can do.
 */
export class EngineRegistry {
  private readonly loaded = new Map<string, Promise<TranslationEngine>>();
  private readonly loadErrors = new Map<string, Message>();
  /** What detection found, until something changes (reset) or an engine fails to load. */
  private detected: Promise<Map<EngineId, Detected>> | null = null;
  private readonly ctx: EngineContext;

  constructor(models: ModelManager, settings: () => Settings, apertiumCommand = 'apertium', opus: OpusMtRunOptions = {}) {
    this.ctx = { models, settings, apertiumCommand, opus };
  }

  private detectAll(): Promise<Map<EngineId, Detected>> {
    this.detected ??= (async () => {
      const found = new Map<EngineId, Detected>();
      for (const id of ENGINE_IDS) found.set(id, await ENGINE_ROWS[id].detect(this.ctx));
      return found;
    })();
    return this.detected;
  }

  async state(): Promise<EnginesState> {
    const found = await this.detectAll();
    const engines: EngineInfo[] = ENGINE_IDS.map((id) => {
      const d = found.get(id)!;
      const failed = d.pairs.map((p) => this.loadErrors.get(this.keyOf(id, p))).find(Boolean);
      return { id, available: d.available, detail: failed ?? d.detail, pairs: d.pairs.map(pairKey) };
    });
    return { engines, automatic: engines.find((e) => e.available)?.id ?? null };
  }

  /** How an engine would translate a pair: directly, through a third language, or not at all. */
  private async routeWith(id: EngineId, pair: Pair): Promise<Route | null> {
    const d = (await this.detectAll()).get(id)!;
    const has = (from: string, to: string) => d.pairs.some((p) => p.from === from && p.to === to && !this.loadErrors.has(this.keyOf(id, p)));
    if (has(pair.from, pair.to)) return { engine: id, via: null };
    const via = PIVOTS.find((v) => v !== pair.from && v !== pair.to && has(pair.from, v) && has(v, pair.to));
    return via ? { engine: id, via } : null;
  }

  /**
   * The route a choice stands for now, for a pair, or null when nothing serves it. "auto"
   * prefers a direct route, and among those the engines in the table's order.
   */
  async route(choice: EngineChoice, pair: Pair): Promise<Route | null> {
    const candidates = choice === 'auto' ? [...ENGINE_IDS] : [choice];
    const routes = (await Promise.all(candidates.map((id) => this.routeWith(id, pair)))).filter((r): r is Route => r !== null);
    return routes.find((r) => r.via === null) ?? routes[0] ?? null;
  }

  /** The engine a choice stands for now, for a pair, or null. */
  async resolve(choice: EngineChoice, pair: Pair = { from: 'es', to: 'en' }): Promise<EngineId | null> {
    return (await this.route(choice, pair))?.engine ?? null;
  }

  /** What would translate the pair by this route, without loading anything: the cache's key. */
  async revision(route: Route, pair: Pair): Promise<string> {
    const row = ENGINE_ROWS[route.engine];
    if (!route.via) return row.revision(this.ctx, pair);
    const [first, second] = [await row.revision(this.ctx, { from: pair.from, to: route.via }), await row.revision(this.ctx, { from: route.via, to: pair.to })];
    return pivotRevision(first, route.via, second);
  }

  private keyOf(id: EngineId, pair: Pair): string {
    return `${id}:${pairKey(pair)}:${id === 'opus-mt' ? this.ctx.settings().dtype : ''}`;
  }

  /** The engine for a pair by a route, loaded once and kept until reset. */
  async get(id: EngineId, pair: Pair = { from: 'es', to: 'en' }, via: string | null = null): Promise<TranslationEngine> {
    if (via) return new PivotEngine(await this.get(id, { from: pair.from, to: via }), await this.get(id, { from: via, to: pair.to }), via);
    const key = this.keyOf(id, pair);
    let engine = this.loaded.get(key);
    if (!engine) {
      engine = ENGINE_ROWS[id].load(this.ctx, pair);
      this.loaded.set(key, engine);
      engine.catch((error: unknown) => {
        this.loaded.delete(key);
        this.loadErrors.set(key, reasonOf(error));
      });
    }
    return engine;
  }

  /** Forgets loaded engines and what was detected, after a model changed or settings did. */
  async reset(): Promise<void> {
    const engines = [...this.loaded.values()];
    this.loaded.clear();
    this.loadErrors.clear();
    this.detected = null;
    forgetApertium();
    for (const engine of engines) {
      try {
        await (await engine).dispose();
      } catch {
        // An engine that failed to load has nothing to dispose.
      }
    }
  }
}

