import path from 'node:path';
import type { ModelDtype } from '../contract';
import { EngineError, type EngineOutput, type TranslationEngine } from './engine';
import { cutRepetitionLoops, maxNewTokens } from './guards';

type Translate = (texts: string[], options: Record<string, unknown>) => Promise<{ translation_text: string }[]>;
type Pipeline = Translate & {
  tokenizer: { encode(text: string): number[] };
  dispose(): Promise<void>;
};

let loading: Promise<unknown> = Promise.resolve();

/**
 * Opus-MT through transformers.js on onnxruntime-node. Loads a model folder laid out as
 * the hub has it (config, tokenizer, onnx/encoder and merged decoder); never downloads.
 */
export class OpusMtEngine implements TranslationEngine {
  readonly id = 'opus-mt' as const;
  readonly batchSize = 8;

  private constructor(
    private readonly translator: Pipeline,
    readonly revision: string,
    readonly sourceLang: string,
    readonly targetLang: string,
  ) {}

  static async load(options: { dir: string; dtype: ModelDtype; revision: string; sourceLang?: string; targetLang?: string }): Promise<OpusMtEngine> {
    // transformers.js keeps its settings in one global object: one load at a time.
    const previous = loading;
    let release = () => {};
    loading = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      const { env, pipeline, LogLevel } = await import('@huggingface/transformers');
      env.allowRemoteModels = false;
      env.allowLocalModels = true;
      env.localModelPath = `${path.dirname(path.resolve(options.dir))}${path.sep}`;
      env.logLevel = LogLevel.ERROR;
      const warn = console.warn;
      // The Marian tokenizer announces itself as approximate on every load; Glosa knows.
      console.warn = (...args: unknown[]) => {
        if (!String(args[0]).includes('MarianTokenizer')) warn(...args);
      };
      let translator: Pipeline;
      try {
        translator = (await pipeline('translation', path.basename(options.dir), {
          dtype: options.dtype,
          device: 'cpu',
          local_files_only: true,
        })) as unknown as Pipeline;
      } finally {
        console.warn = warn;
      }
      return new OpusMtEngine(translator, options.revision, options.sourceLang ?? 'es', options.targetLang ?? 'en');
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      throw new EngineError('opusLoadFailed', { dir: options.dir, detail: reason });
    } finally {
      release();
    }
  }

  async translateBatch(sources: string[], signal?: AbortSignal): Promise<EngineOutput[]> {
    if (signal?.aborted) throw new EngineError('translationCancelled');
    const longest = Math.max(1, ...sources.map((s) => this.translator.tokenizer.encode(s).length));
    const results = await this.translator(sources, {
      max_new_tokens: maxNewTokens(longest),
      // Greedy decoding can loop on a phrase; a 4-gram said twice in one sentence is rare.
      no_repeat_ngram_size: 4,
    });
    return results.map((r) => ({ text: cutRepetitionLoops(r.translation_text.trim()).text, unknownWords: [] }));
  }

  async dispose(): Promise<void> {
    await this.translator.dispose();
  }
}
