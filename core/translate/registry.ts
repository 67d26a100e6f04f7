import type { EngineInfo, EnginesState, Settings } from '../api';
import type { EngineChoice, EngineId, ModelDtype } from '../contract';
import { type ApertiumInfo, ApertiumEngine, detectApertium } from './apertium';
import { EngineError, type TranslationEngine } from './engine';
import type { ModelManager } from './models';
import { OpusMtEngine } from './opus-mt';

export const OPUS_MODEL_ID = 'opus-mt-es-en';

/**
 * Which engines exist on this machine, and one loaded instance of each. Opus-MT is
 * available once its model is installed; Apertium when its command and data are present.
 */
export class EngineRegistry {
  private apertium: Promise<ApertiumInfo> | null = null;
  private loaded = new Map<string, Promise<TranslationEngine>>();
  private loadErrors = new Map<string, string>();
  /** What state() found, until something changes (reset) or an engine fails to load. */
  private cachedState: Promise<EnginesState> | null = null;

  constructor(
    private readonly models: ModelManager,
    private readonly settings: () => Settings,
    private readonly apertiumCommand = 'apertium',
  ) {}

  private detectApertium(): Promise<ApertiumInfo> {
    this.apertium ??= detectApertium(this.apertiumCommand);
    return this.apertium;
  }

  private opusKey(dtype: ModelDtype): string {
    return `opus-mt:${dtype}`;
  }

  state(): Promise<EnginesState> {
    this.cachedState ??= this.computeState();
    return this.cachedState;
  }

  private async computeState(): Promise<EnginesState> {
    const { dtype } = this.settings();
    const entry = this.models.entry(OPUS_MODEL_ID);
    const { status, problem } = this.models.status(entry, dtype);
    const loadError = this.loadErrors.get(this.opusKey(dtype));
    const opus: EngineInfo =
      status === 'installed' && !loadError
        ? { id: 'opus-mt', available: true, detail: `${entry.repo} ${dtype} (revision ${entry.revision.slice(0, 7)})` }
        : { id: 'opus-mt', available: false, detail: loadError ?? problem ?? `The ${entry.repo} model (${dtype}) is not installed yet.` };
    const apertiumInfo = await this.detectApertium();
    const apertium: EngineInfo = apertiumInfo.available
      ? { id: 'apertium', available: true, detail: apertiumInfo.version }
      : { id: 'apertium', available: false, detail: apertiumInfo.reason };
    const engines = [opus, apertium];
    return { engines, automatic: engines.find((e) => e.available)?.id ?? null };
  }

  /** The engine a choice stands for now, or null when it is not available. */
  async resolve(choice: EngineChoice): Promise<EngineId | null> {
    const state = await this.state();
    if (choice === 'auto') return state.automatic;
    return state.engines.find((e) => e.id === choice && e.available) ? choice : null;
  }

  async get(id: EngineId): Promise<TranslationEngine> {
    const key = id === 'opus-mt' ? this.opusKey(this.settings().dtype) : id;
    let engine = this.loaded.get(key);
    if (!engine) {
      engine = this.create(id);
      this.loaded.set(key, engine);
      engine.catch((error: unknown) => {
        this.loaded.delete(key);
        this.loadErrors.set(key, error instanceof Error ? error.message : String(error));
        this.cachedState = null;
      });
    }
    return engine;
  }

  private async create(id: EngineId): Promise<TranslationEngine> {
    if (id === 'apertium') {
      const info = await this.detectApertium();
      if (!info.available) throw new EngineError(info.reason);
      return new ApertiumEngine(info.version, info.mode, this.apertiumCommand);
    }
    const { dtype } = this.settings();
    const installed = this.models.installed(OPUS_MODEL_ID, dtype);
    if (!installed) throw new EngineError(`The Opus-MT model (${dtype}) is not installed.`);
    return OpusMtEngine.load({
      dir: installed.dir,
      dtype,
      revision: `${installed.entry.revision.slice(0, 12)}-${dtype}`,
      sourceLang: installed.entry.sourceLang,
      targetLang: installed.entry.targetLang,
    });
  }

  /** Forgets loaded engines and what was detected, after a model changed or settings did. */
  async reset(): Promise<void> {
    const engines = [...this.loaded.values()];
    this.loaded.clear();
    this.loadErrors.clear();
    this.apertium = null;
    this.cachedState = null;
    for (const engine of engines) {
      try {
        await (await engine).dispose();
      } catch {
        // An engine that failed to load has nothing to dispose.
      }
    }
  }
}
