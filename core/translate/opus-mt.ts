import path from 'node:path';
import type { ModelDtype } from '../contract';
import { EngineError, type EngineOutput, type TranslationEngine } from './engine';
import { cutRepetitionLoops, maxNewTokens } from './guards';
import { greedyDecode, type MarianShape, marianShape, type OrtSession, type TensorFactory } from './greedy';

type Pipeline = {
  tokenizer: { encode(text: string): number[]; batch_decode(ids: number[][], options: { skip_special_tokens: boolean }): string[] };
  model: {
    config: { eos_token_id?: number; pad_token_id?: number; decoder_start_token_id?: number; decoder_layers?: number; decoder_attention_heads?: number; d_model?: number };
    sessions: Record<string, OrtSession>;
  };
  dispose(): Promise<void>;
};

/** A source longer than this many tokens is cut, as the models' tokenizers do (model_max_length). */
const MAX_SOURCE_TOKENS = 512;

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

/**
 * Opus-MT through transformers.js on onnxruntime-node. Loads a model folder laid out as
 * the hub has it (config, tokenizer, onnx/encoder and merged decoder); never downloads.
 */
export class OpusMtEngine implements TranslationEngine {
  readonly id = 'opus-mt' as const;
  readonly batchSize = 8;

  private constructor(
    private readonly translator: Pipeline,
    private readonly Tensor: TensorFactory,
    private readonly shape: MarianShape,
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
      const { encoder, decoder } = { encoder: translator.model.sessions.model, decoder: translator.model.sessions.decoder_model_merged };
      if (!encoder || !decoder) throw new Error('the model has no encoder and merged decoder');
      const shape = marianShape(decoder, translator.model.config);
      // The Tensor of the onnxruntime-node that transformers.js loaded the sessions with.
      const { Tensor } = (await import('onnxruntime-node')) as unknown as { Tensor: TensorFactory };
      return new OpusMtEngine(translator, Tensor, shape, options.revision, options.sourceLang ?? 'es', options.targetLang ?? 'en', run);
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      throw new EngineError('opusLoadFailed', { dir: options.dir, detail: reason });
    } finally {
      release();
    }
  }

  async translateBatch(sources: string[], signal?: AbortSignal): Promise<EngineOutput[]> {
    if (signal?.aborted) throw new EngineError('translationCancelled');
    const { tokenizer, model } = this.translator;
    const encoded = sources.map((s) => {
      const ids = tokenizer.encode(s);
      return ids.length > MAX_SOURCE_TOKENS ? [...ids.slice(0, MAX_SOURCE_TOKENS - 1), this.shape.eos] : ids;
    });
    const longest = Math.max(1, ...encoded.map((ids) => ids.length));
    const forced = this.run.forcedLength ? sources.map((s) => this.run.forcedLength!(s) ?? 0) : undefined;
    let tokens: number[][];
    try {
      tokens = await greedyDecode(this.Tensor, { encoder: model.sessions.model!, decoder: model.sessions.decoder_model_merged! }, this.shape, encoded, {
        maxNewTokens: maxNewTokens(longest),
        // Greedy decoding can loop on a phrase; a 4-gram said twice in one sentence is rare.
        noRepeatNgram: 4,
        lengths: forced,
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw new EngineError('translationCancelled');
      throw error;
    }
    return tokenizer.batch_decode(tokens, { skip_special_tokens: true }).map((text) => ({ text: cutRepetitionLoops(text.trim()).text, unknownWords: [] }));
  }

  async dispose(): Promise<void> {
    await this.translator.dispose();
  }
}
