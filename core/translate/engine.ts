import type { EngineId } from '../contract';
import { GlosaError } from '../errors';
import type { MessageKey, MessageParams } from '../messages';

/** One sentence's machine translation. */
export type EngineOutput = {
  text: string;
  /** Source words the engine did not know, as written in the source. */
  unknownWords: string[];
};

/**
 * A translation engine: Opus-MT through transformers.js, or Apertium. Engines translate
 * batches of sentences and know nothing of articles, storage or the interface.
 */
export interface TranslationEngine {
  readonly id: EngineId;
  /** What produced a translation: the model revision and weights, or Apertium's version. */
  readonly revision: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  /** How many sentences one call should carry. */
  readonly batchSize: number;
  translateBatch(sources: string[], signal?: AbortSignal): Promise<EngineOutput[]>;
  dispose(): Promise<void>;
}

/** Raised for a failure of the engine itself (not of one sentence): missing, crashed, cancelled. */
export class EngineError extends GlosaError {
  constructor(key: MessageKey, params: MessageParams = {}) {
    super('unavailable', key, params);
    this.name = 'EngineError';
  }
}
