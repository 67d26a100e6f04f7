/**
 * Greedy decoding for a Marian model's encoder and merged decoder (the hub's export): the
 * encoder once, then one token a step for every unfinished row, with the key/value cache.
 * Glosa runs it on the sessions transformers.js loaded, in place of the library's generic
 * `generate`, whose sampler spent about a fifth of every step scanning logits (see the
 * README's figures): the same choices, made in one pass over each row.
 *
 * The rules are those of the models' generation config and of Glosa's guards: the decoder
 * starts from its start token; the padding token is never chosen; no 4-gram is written twice
 * in a row's output; a row ends at its end token, or is made to end at `maxNewTokens`. A row
 * may be given its exact length (a stand-in model's forced lengths).
 */

/** What the decoder needs of onnxruntime: a tensor constructor and sessions. */
export type OrtTensor = { data: unknown; dims: readonly number[] };
export type TensorFactory = new (type: 'int64' | 'float32' | 'bool', data: BigInt64Array | Float32Array | boolean[], dims: number[]) => OrtTensor;
export type OrtSession = {
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  readonly inputNames: readonly string[];
  readonly inputMetadata?: readonly { name: string; shape?: readonly (number | string)[] }[];
};

export type MarianShape = { layers: number; heads: number; headDim: number; eos: number; pad: number; start: number };

export type GreedyOptions = {
  maxNewTokens: number;
  /** No n-gram of this size twice in a row's output (0: no rule). */
  noRepeatNgram: number;
  /** Each row's exact number of tokens before its end token (forced lengths). */
  lengths?: number[];
  signal?: AbortSignal;
};

const CACHE_PARTS = ['decoder.key', 'decoder.value', 'encoder.key', 'encoder.value'];

/**
 * The cache's layout, read from the merged decoder's inputs (the layers counted, heads and
 * head size from past_key_values.0.decoder.key's fixed dimensions) where the model says it,
 * from the configuration otherwise.
 */
export function marianShape(
  decoder: OrtSession,
  config: { eos_token_id?: number; pad_token_id?: number; decoder_start_token_id?: number; decoder_layers?: number; decoder_attention_heads?: number; d_model?: number },
): MarianShape {
  const layers = decoder.inputNames.filter((n) => /^past_key_values\.\d+\.decoder\.key$/.test(n)).length || (config.decoder_layers ?? 6);
  const dims = decoder.inputMetadata?.find((m) => m.name === 'past_key_values.0.decoder.key')?.shape ?? [];
  const heads = typeof dims[1] === 'number' ? dims[1] : (config.decoder_attention_heads ?? 8);
  const headDim = typeof dims[3] === 'number' ? dims[3] : (config.d_model ?? 512) / heads;
  const pad = config.pad_token_id ?? 0;
  return { layers, heads, headDim, eos: config.eos_token_id ?? 0, pad, start: config.decoder_start_token_id ?? pad };
}

/** The tokens the rule bars after a row's output so far: those that would repeat an n-gram. */
export function bannedNext(output: number[], n: number): Set<number> {
  const banned = new Set<number>();
  if (n <= 0 || output.length < n - 1) return banned;
  const tail = output.slice(output.length - (n - 1));
  for (let start = 0; start + n <= output.length; start++) {
    let same = true;
    for (let k = 0; k < n - 1 && same; k++) same = output[start + k] === tail[k];
    if (same) banned.add(output[start + n - 1]!);
  }
  return banned;
}

/**
 * The best token of one row of logits, never `never` nor `alsoNever` (-1: none) nor one of
 * `banned`. One pass over the row: a banned winner (rare) has its score struck out in the
 * row and the pass is run again.
 */
export function bestToken(logits: Float32Array, from: number, vocab: number, never: number, alsoNever: number, banned: ReadonlySet<number>): number {
  for (;;) {
    let best = -1;
    let bestScore = -Infinity;
    for (let v = 0, at = from; v < vocab; v++, at++) {
      const score = logits[at]!;
      if (score > bestScore && v !== never && v !== alsoNever) {
        bestScore = score;
        best = v;
      }
    }
    if (best < 0 || !banned.has(best)) return best;
    logits[from + best] = -Infinity;
  }
}

/** Decodes a batch of tokenised sources; returns each row's tokens, its end token excluded. */
export async function greedyDecode(
  Tensor: TensorFactory,
  sessions: { encoder: OrtSession; decoder: OrtSession },
  shape: MarianShape,
  sources: number[][],
  options: GreedyOptions,
): Promise<number[][]> {
  const { eos, pad, start, heads, headDim, layers } = shape;
  const batch = sources.length;
  const width = Math.max(1, ...sources.map((s) => s.length));
  const ids = new BigInt64Array(batch * width).fill(BigInt(pad));
  const mask = new BigInt64Array(batch * width);
  sources.forEach((s, b) =>
    s.forEach((id, i) => {
      ids[b * width + i] = BigInt(id);
      mask[b * width + i] = 1n;
    }),
  );
  const attention = new Tensor('int64', mask, [batch, width]);
  const encoded = await sessions.encoder.run({ input_ids: new Tensor('int64', ids, [batch, width]), attention_mask: attention });
  const feeds: Record<string, OrtTensor> = { encoder_attention_mask: attention, encoder_hidden_states: encoded.last_hidden_state! };
  const empty = new Tensor('float32', new Float32Array(0), [batch, heads, 0, headDim]);
  for (let layer = 0; layer < layers; layer++) for (const part of CACHE_PARTS) feeds[`past_key_values.${layer}.${part}`] = empty;

  const outputs: number[][] = sources.map(() => []);
  const finished = sources.map(() => false);
  const limit = options.lengths ? Math.max(...options.lengths) + 1 : options.maxNewTokens;
  let next = new BigInt64Array(batch).fill(BigInt(start));
  for (let step = 0; step < limit && finished.includes(false); step++) {
    if (options.signal?.aborted) throw new Error('cancelled');
    feeds.input_ids = new Tensor('int64', next, [batch, 1]);
    feeds.use_cache_branch = new Tensor('bool', [step > 0], [1]);
    const out = await sessions.decoder.run(feeds);
    const logits = out.logits!.data as Float32Array;
    const vocab = logits.length / batch;
    next = new BigInt64Array(batch).fill(BigInt(pad));
    for (let b = 0; b < batch; b++) {
      if (finished[b]) continue;
      const written = outputs[b]!;
      const length = options.lengths?.[b];
      let token: number;
      if (length !== undefined ? written.length >= length : step === limit - 1) token = eos;
      else {
        const banned = bannedNext(written, options.noRepeatNgram);
        token = bestToken(logits, b * vocab, vocab, pad, length !== undefined ? eos : -1, banned);
      }
      if (token === eos) finished[b] = true;
      else written.push(token);
      next[b] = BigInt(token);
    }
    for (let layer = 0; layer < layers; layer++) for (const part of CACHE_PARTS) feeds[`past_key_values.${layer}.${part}`] = out[`present.${layer}.${part}`]!;
  }
  return outputs;
}
