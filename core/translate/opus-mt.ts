import path from 'node:path';
import type { ModelDtype } from '../contract';
import { EngineError, type EngineOutput, type TranslationEngine } from './engine';
import { cutRepetitionLoops, maxNewTokens } from './guards';

type Translate = (texts: string[], options: Record<string, unknown>) => Promise<{ translation_text: string }[]>;
type Pipeline = Translate & {
  tokenizer: { encode(text: string): number[] };
  model: { config: { eos_token_id?: number } };
  dispose(): Promise<void>;
};

let loading: Promise<unknown> = Promise.resolve();

/** How a model is run: for benchmarks and for whoever tunes Glosa to a computer. */
export type OpusMtRunOptions = {
  /** onnxruntime's threads within one operator; by default, as many as the computer's cores. */
  threads?: number;
  /**
   * How many tokens to write for a source sentence, then stop. Only for a stand-in model
   * with random weights (the benchmark's), which has no sense of when a sentence ends.
   */
  forcedLength?: (source: string) => number | undefined;
};

/**
 * onnxruntime's session options. The 8-bit exports keep their tied embedding as int8 and
 * dequantise it for the output layer; onnxruntime leaves a DequantizeLinear unfolded while
 * its QDQ rewrites are on, so the whole table (65,001 x 512) was dequantised at every
 * generated token. These models have no QDQ pairs to rewrite: with the rewrites off, the
 * table is dequantised once, when the model loads.
 */
export function sessionOptions(run: OpusMtRunOptions): Record<string, unknown> {
  return { ...(run.threads ? { intraOpNumThreads: run.threads, interOpNumThreads: 1 } : {}), extra: { session: { disable_quant_qdq: '1' } } };
}

type Logits = { dims: number[]; data: Float32Array };

/**
 * Makes each row of a batch end after its own number of tokens: the end token is barred
 * before it and is the only choice at it. `input_ids` rows start with the decoder's start token.
 */
export function forceLengths(lengths: number[], eos: number) {
  return (inputIds: unknown[][], logits: Logits): Logits => {
    const vocab = logits.dims.at(-1)!;
    inputIds.forEach((row, b) => {
      const written = row.length - 1;
      const length = lengths[b] ?? 0;
      const scores = logits.data.subarray(b * vocab, (b + 1) * vocab);
      if (written < length) scores[eos] = -Infinity;
      else {
        scores.fill(-Infinity);
        scores[eos] = 0;
      }
    });
    return logits;
  };
}

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
    private readonly run: OpusMtRunOptions,
  ) {}

  static async load(options: { dir: string; dtype: ModelDtype; revision: string; sourceLang?: string; targetLang?: string; run?: OpusMtRunOptions }): Promise<OpusMtEngine> {
    const run = options.run ?? {};
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
          session_options: sessionOptions(run),
        })) as unknown as Pipeline;
      } finally {
        console.warn = warn;
      }
      return new OpusMtEngine(translator, options.revision, options.sourceLang ?? 'es', options.targetLang ?? 'en', run);
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
    const forced = this.run.forcedLength ? sources.map((s) => this.run.forcedLength!(s) ?? 0) : null;
    const results = await this.translator(sources, {
      max_new_tokens: forced ? Math.max(...forced) + 1 : maxNewTokens(longest),
      // Greedy decoding can loop on a phrase; a 4-gram said twice in one sentence is rare.
      no_repeat_ngram_size: 4,
      ...(forced ? { logits_processor: [forceLengths(forced, this.eos)] } : {}),
    });
    return results.map((r) => ({ text: cutRepetitionLoops(r.translation_text.trim()).text, unknownWords: [] }));
  }

  private get eos(): number {
    return this.translator.model.config.eos_token_id ?? 0;
  }

  async dispose(): Promise<void> {
    await this.translator.dispose();
  }
}
