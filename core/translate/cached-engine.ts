/**
 * An engine that asks the translation cache first: each text already translated under its key
 * comes from the store, only the rest go to the engine, and what the engine returns is kept.
 * The hops of a pivot are wrapped in it, so that each hop is cached on its own (French to
 * Spanish, read later directly in Spanish, is not translated again).
 */
import type { EngineKey, TranslationRepository } from '../store/translations';
import { sourceHash } from '../store/source-hash';
import type { EngineOutput, TranslationEngine } from './engine';

export class CachedEngine implements TranslationEngine {
  constructor(
    private readonly engine: TranslationEngine,
    private readonly key: EngineKey,
    private readonly store: Pick<TranslationRepository, 'find' | 'save'>,
  ) {}

  get id() {
    return this.engine.id;
  }
  get revision() {
    return this.engine.revision;
  }
  get sourceLang() {
    return this.engine.sourceLang;
  }
  get targetLang() {
    return this.engine.targetLang;
  }
  get batchSize() {
    return this.engine.batchSize;
  }

  async translateBatch(sources: string[], signal?: AbortSignal): Promise<EngineOutput[]> {
    const hashes = sources.map(sourceHash);
    const cached = this.store.find(this.key, hashes);
    const missing = [...new Set(sources.filter((_, i) => !cached.has(hashes[i]!)))];
    const fresh = new Map<string, EngineOutput>();
    if (missing.length) {
      const out = await this.engine.translateBatch(missing, signal);
      missing.forEach((text, i) => fresh.set(text, out[i]!));
      this.store.save(
        this.key,
        missing.map((text, i) => ({ hash: sourceHash(text), text: out[i]!.text, unknownWords: out[i]!.unknownWords })),
      );
    }
    return sources.map((text, i) => {
      const hit = cached.get(hashes[i]!);
      return hit ? { text: hit.text, unknownWords: hit.unknownWords } : fresh.get(text)!;
    });
  }

  async dispose(): Promise<void> {
    // The wrapped engine is the registry's, disposed with the rest.
  }
}
