/**
 * Writes a full-size stand-in for Opus-MT es-en: the real architecture and sizes (d_model 512,
 * 6 encoder and 6 decoder layers, 8 heads, feed-forward 2048, a vocabulary of 65,001 pieces
 * with tied embeddings, sinusoidal positions, swish, post-layer-norm), the hub export's files,
 * input and output names (an encoder and a merged decoder whose `If` on `use_cache_branch`
 * either computes the cross-attention keys and values or reads them from the cache), in fp32
 * and in the 8-bit form of the hub's `*_quantized.onnx` files (weights of the MatMuls as int8,
 * activations quantised on the fly: DynamicQuantizeLinear, MatMulInteger; the embedding as
 * int8 behind a DequantizeLinear).
 *
 * The weights are random from a fixed seed: the stand-in is for speed and memory only and
 * says nothing about translation quality. It has no sense of when to stop either, so whoever
 * runs it sets each sentence's output length (the benchmark uses a reference translation's).
 *
 *   npx tsx scripts/stand-in-model.ts DIR [fp32|q8 ...]
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  BOOL,
  FLOAT,
  floatAttr,
  GraphBuilder,
  graphAttr,
  INT64,
  intAttr,
  intsAttr,
  model,
  node,
  type OnnxTypes,
  tensor,
  tensorAttr,
  valueInfo,
} from './onnx-graph';

/** Opus-MT es-en's sizes, as its config.json gives them. */
export const OPUS_MT_SIZES = { dModel: 512, layers: 6, heads: 8, ffn: 2048, vocab: 65_001, maxPositions: 512 } as const;
const HEAD_DIM = OPUS_MT_SIZES.dModel / OPUS_MT_SIZES.heads;
export const STAND_IN_SPECIAL = { eos: 0, unk: 1, pad: OPUS_MT_SIZES.vocab - 1 } as const;
export const STAND_IN_LABEL = 'stand-in with random weights: speed and memory only, no translation quality';

export type StandInDtype = 'fp32' | 'q8';

/** A deterministic generator of uniform floats (xorshift32). */
function randomFrom(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

/** The float parameters of the model, made once and shared by both forms and both files. */
class Parameters {
  private readonly made = new Map<string, Float32Array>();
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = randomFrom(seed);
  }

  /** Uniform values of standard deviation `std` (or all `fill`), made the first time a name is asked for. */
  get(name: string, size: number, std: number, fill?: number): Float32Array {
    let values = this.made.get(name);
    if (!values) {
      values = new Float32Array(size);
      if (fill !== undefined) values.fill(fill);
      else {
        const half = std * Math.sqrt(3);
        for (let i = 0; i < size; i++) values[i] = (this.random() * 2 - 1) * half;
      }
      this.made.set(name, values);
    }
    return values;
  }
}

/** Symmetric per-tensor int8, as dynamic quantisation stores a weight: values and one scale. */
function quantise(values: Float32Array): { data: Int8Array; scale: number } {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const data = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) data[i] = Math.max(-127, Math.min(127, Math.round(values[i]! / scale)));
  return { data, scale };
}

/** The layers' building blocks, written for one form (fp32 or q8) into one graph. */
class Layers {
  /** Weights already written into this graph: both branches of the decoder read the same ones. */
  private readonly written = new Set<string>();

  constructor(
    private readonly params: Parameters,
    private readonly dtype: StandInDtype,
    private readonly init: GraphBuilder,
  ) {
    init.constant('heads_shape', [4], [0n, 0n, BigInt(OPUS_MT_SIZES.heads), BigInt(HEAD_DIM)]);
    init.constant('merged_shape', [3], [0n, 0n, BigInt(OPUS_MT_SIZES.dModel)]);
    init.constant('query_scale', [], new Float32Array([1 / Math.sqrt(HEAD_DIM)]));
    init.constant('embed_scale', [], new Float32Array([Math.sqrt(OPUS_MT_SIZES.dModel)]));
    init.constant('one_float', [], new Float32Array([1]));
    init.constant('mask_value', [], new Float32Array([-1e9]));
    init.constant('weight_zero_point', [], new Int8Array([0]));
  }

  private weight(name: string, rows: number, cols: number): string {
    if (this.written.has(name)) return name;
    this.written.add(name);
    const values = this.params.get(name, rows * cols, 0.02);
    if (this.dtype === 'fp32') return this.init.constant(name, [rows, cols], values);
    const { data, scale } = quantise(values);
    this.init.constant(`${name}_quantized`, [rows, cols], data);
    this.init.constant(`${name}_scale`, [], new Float32Array([scale]));
    return name;
  }

  vector(name: string, size: number, fill?: number): string {
    if (this.written.has(name)) return name;
    this.written.add(name);
    return this.init.constant(name, [size], this.params.get(name, size, 0.02, fill));
  }

  /** x·W + b; in q8, x is quantised on the fly and multiplied as integers. */
  linear(g: GraphBuilder, x: string, name: string, rows: number, cols: number): string {
    const w = this.weight(`${name}.weight`, rows, cols);
    const b = this.vector(`${name}.bias`, cols);
    if (this.dtype === 'fp32') return g.op('Add', [g.op('MatMul', [x, w]), b]);
    const [xq, xScale, xZero] = g.ops('DynamicQuantizeLinear', [x], 3);
    const product = g.op('MatMulInteger', [xq!, `${w}_quantized`, xZero!, 'weight_zero_point']);
    const scale = g.op('Mul', [xScale!, `${w}_scale`]);
    return g.op('Add', [g.op('Mul', [g.op('Cast', [product], [intAttr('to', FLOAT)]), scale]), b]);
  }

  layerNorm(g: GraphBuilder, x: string, name: string): string {
    const gamma = this.vector(`${name}.weight`, OPUS_MT_SIZES.dModel, 1);
    const beta = this.vector(`${name}.bias`, OPUS_MT_SIZES.dModel, 0);
    return g.op('LayerNormalization', [x, gamma, beta], [intAttr('axis', -1), floatAttr('epsilon', 1e-5)]);
  }

  /** [batch, length, 512] -> [batch, heads, length, 64]. */
  heads(g: GraphBuilder, x: string): string {
    return g.op('Transpose', [g.op('Reshape', [x, 'heads_shape'])], [intsAttr('perm', [0, 2, 1, 3])]);
  }

  projectHeads(g: GraphBuilder, x: string, name: string, scaled = false): string {
    const projected = this.linear(g, x, name, OPUS_MT_SIZES.dModel, OPUS_MT_SIZES.dModel);
    return this.heads(g, scaled ? g.op('Mul', [projected, 'query_scale']) : projected);
  }

  /** Scaled dot-product attention over heads, then the output projection. */
  attend(g: GraphBuilder, q: string, k: string, v: string, bias: string, name: string): string {
    const scores = g.op('Add', [g.op('MatMul', [q, g.op('Transpose', [k], [intsAttr('perm', [0, 1, 3, 2])])]), bias]);
    const context = g.op('MatMul', [g.op('Softmax', [scores], [intAttr('axis', -1)]), v]);
    const merged = g.op('Reshape', [g.op('Transpose', [context], [intsAttr('perm', [0, 2, 1, 3])]), 'merged_shape']);
    return this.linear(g, merged, `${name}.out_proj`, OPUS_MT_SIZES.dModel, OPUS_MT_SIZES.dModel);
  }

  /** The feed-forward block with swish (x·sigmoid(x)). */
  feedForward(g: GraphBuilder, x: string, name: string): string {
    const inner = this.linear(g, x, `${name}.fc1`, OPUS_MT_SIZES.dModel, OPUS_MT_SIZES.ffn);
    const swish = g.op('Mul', [inner, g.op('Sigmoid', [inner])]);
    return this.linear(g, swish, `${name}.fc2`, OPUS_MT_SIZES.ffn, OPUS_MT_SIZES.dModel);
  }

  /** The shared token embedding, [vocab, 512]: float in fp32, int8 in q8 (dequantised row by row in `tokens`). */
  embedding(): string {
    const name = 'model.shared.weight';
    if (this.written.has(name)) return this.dtype === 'fp32' ? name : `${name}_quantized`;
    this.written.add(name);
    const values = this.params.get(name, OPUS_MT_SIZES.vocab * OPUS_MT_SIZES.dModel, 0.02);
    const dims = [OPUS_MT_SIZES.vocab, OPUS_MT_SIZES.dModel];
    if (this.dtype === 'fp32') return this.init.constant(name, dims, values);
    const { data, scale } = quantise(values);
    this.init.constant(`${name}_scale`, [], new Float32Array([scale]));
    return this.init.constant(`${name}_quantized`, dims, data);
  }

  /**
   * The tied head's weight, [512, vocab]: the embedding transposed. In q8 as the hub's
   * quantiser leaves a tied embedding: the int8 table transposed and dequantised for a float
   * MatMul (the head's B is no initializer, so its MatMul is not quantised).
   */
  head(g: GraphBuilder): string {
    const transposed = g.op('Transpose', [this.embedding()], [intsAttr('perm', [1, 0])], this.dtype === 'fp32' ? 'shared_embedding_t' : 'shared_embedding_t_quantized');
    if (this.dtype === 'fp32') return transposed;
    return g.op('DequantizeLinear', [transposed, 'model.shared.weight_scale', 'weight_zero_point'], [], 'shared_embedding_t');
  }

  /** Token embeddings, scaled by sqrt(d_model) as Marian does. */
  tokens(g: GraphBuilder, table: string, ids: string): string {
    const rows = g.op('Gather', [table, ids], [intAttr('axis', 0)]);
    const floats = this.dtype === 'fp32' ? rows : g.op('DequantizeLinear', [rows, 'model.shared.weight_scale', 'weight_zero_point']);
    return g.op('Mul', [floats, 'embed_scale']);
  }

  /** Marian's sinusoidal table: sines in the first half of each row, cosines in the second. */
  positions(): string {
    const { maxPositions, dModel } = OPUS_MT_SIZES;
    const table = new Float32Array(maxPositions * dModel);
    const half = dModel / 2;
    for (let pos = 0; pos < maxPositions; pos++) {
      for (let j = 0; j < half; j++) {
        const angle = pos / Math.pow(10000, (2 * j) / dModel);
        table[pos * dModel + j] = Math.sin(angle);
        table[pos * dModel + half + j] = Math.cos(angle);
      }
    }
    return this.init.constant('embed_positions', [maxPositions, dModel], table);
  }

  /** A padding mask [batch, source] of 1 and 0 as an additive bias [batch, 1, 1, source]. */
  paddingBias(g: GraphBuilder, mask: string): string {
    const keep = g.op('Cast', [mask], [intAttr('to', FLOAT)]);
    const bias = g.op('Mul', [g.op('Sub', ['one_float', keep]), 'mask_value']);
    return g.op('Unsqueeze', [bias, 'axes_1_2']);
  }
}

const D = OPUS_MT_SIZES.dModel;

function encoderModel(params: Parameters, dtype: StandInDtype): Uint8Array {
  const g = new GraphBuilder('encoder/');
  const layers = new Layers(params, dtype, g);
  g.constant('axes_0', [1], [0n]);
  g.constant('axes_1_2', [2], [1n, 2n]);
  g.constant('start_0', [1], [0n]);
  g.constant('index_1', [1], [1n]);
  g.constant('index_2', [1], [2n]);
  const table = layers.embedding();
  const positions = layers.positions();
  const length = g.op('Slice', [g.op('Shape', ['input_ids']), 'index_1', 'index_2']);
  const tokens = layers.tokens(g, table, 'input_ids');
  let x = g.op('Add', [tokens, g.op('Slice', [positions, 'start_0', length, 'axes_0'])]);
  const bias = layers.paddingBias(g, 'attention_mask');
  for (let i = 0; i < OPUS_MT_SIZES.layers; i++) {
    const name = `model.encoder.layers.${i}`;
    const q = layers.projectHeads(g, x, `${name}.self_attn.q_proj`, true);
    const k = layers.projectHeads(g, x, `${name}.self_attn.k_proj`);
    const v = layers.projectHeads(g, x, `${name}.self_attn.v_proj`);
    x = layers.layerNorm(g, g.op('Add', [x, layers.attend(g, q, k, v, bias, `${name}.self_attn`)]), `${name}.self_attn_layer_norm`);
    x = layers.layerNorm(g, g.op('Add', [x, layers.feedForward(g, x, name)]), `${name}.final_layer_norm`);
  }
  g.op('Identity', [x], [], 'last_hidden_state');
  return model(
    {
      name: 'marian_encoder',
      input: [valueInfo('input_ids', INT64, ['batch_size', 'encoder_sequence_length']), valueInfo('attention_mask', INT64, ['batch_size', 'encoder_sequence_length'])],
      output: [valueInfo('last_hidden_state', FLOAT, ['batch_size', 'encoder_sequence_length', D])],
      initializer: g.initializers,
      node: g.nodes,
    },
    'glosa-stand-in-model',
  );
}

const cacheNames = (prefix: 'past_key_values' | 'present') =>
  Array.from({ length: OPUS_MT_SIZES.layers }, (_, i) => [`${prefix}.${i}.decoder.key`, `${prefix}.${i}.decoder.value`, `${prefix}.${i}.encoder.key`, `${prefix}.${i}.encoder.value`]).flat();

/**
 * One branch of the merged decoder. Both run the decoder over the new tokens after the past
 * ones (the first step's past is empty); the first step computes each layer's cross-attention
 * keys and values from the encoder's states, later steps read them from the cache.
 */
function decoderBranch(layers: Layers, init: GraphBuilder, table: string, first: boolean): OnnxTypes.IGraphProto {
  const g = new GraphBuilder(first ? 'first/' : 'cached/', init.initializers);
  const past = g.op('Gather', [g.op('Shape', ['past_key_values.0.decoder.key']), 'scalar_2'], [intAttr('axis', 0)]);
  const past1d = g.op('Unsqueeze', [past, 'axes_0']);
  const length = g.op('Slice', [g.op('Shape', ['input_ids']), 'index_1', 'index_2']);
  const end = g.op('Add', [past1d, length]);
  const tokens = layers.tokens(g, table, 'input_ids');
  let y = g.op('Add', [tokens, g.op('Slice', ['embed_positions', past1d, end, 'axes_0'])]);
  // Causal: a new token sees the past and the new tokens up to itself.
  const ones = g.op('ConstantOfShape', [g.op('Concat', [length, end], [intAttr('axis', 0)])], [tensorAttr('value', tensor('one', [1], new Float32Array([1])))]);
  const future = g.op('Trilu', [ones, g.op('Add', [past, 'scalar_1'])], [intAttr('upper', 1)]);
  const causal = g.op('Mul', [future, 'mask_value']);
  const padding = layers.paddingBias(g, 'encoder_attention_mask');
  const outputs: string[] = [];
  for (let i = 0; i < OPUS_MT_SIZES.layers; i++) {
    const name = `model.decoder.layers.${i}`;
    const q = layers.projectHeads(g, y, `${name}.self_attn.q_proj`, true);
    const k = g.op('Concat', [`past_key_values.${i}.decoder.key`, layers.projectHeads(g, y, `${name}.self_attn.k_proj`)], [intAttr('axis', 2)]);
    const v = g.op('Concat', [`past_key_values.${i}.decoder.value`, layers.projectHeads(g, y, `${name}.self_attn.v_proj`)], [intAttr('axis', 2)]);
    y = layers.layerNorm(g, g.op('Add', [y, layers.attend(g, q, k, v, causal, `${name}.self_attn`)]), `${name}.self_attn_layer_norm`);
    const cq = layers.projectHeads(g, y, `${name}.encoder_attn.q_proj`, true);
    const ck = first ? layers.projectHeads(g, 'encoder_hidden_states', `${name}.encoder_attn.k_proj`) : g.op('Identity', [`past_key_values.${i}.encoder.key`]);
    const cv = first ? layers.projectHeads(g, 'encoder_hidden_states', `${name}.encoder_attn.v_proj`) : g.op('Identity', [`past_key_values.${i}.encoder.value`]);
    y = layers.layerNorm(g, g.op('Add', [y, layers.attend(g, cq, ck, cv, padding, `${name}.encoder_attn`)]), `${name}.encoder_attn_layer_norm`);
    y = layers.layerNorm(g, g.op('Add', [y, layers.feedForward(g, y, name)]), `${name}.final_layer_norm`);
    outputs.push(g.op('Identity', [k]), g.op('Identity', [v]), g.op('Identity', [ck]), g.op('Identity', [cv]));
  }
  const logits = g.op('Add', [g.op('MatMul', [y, 'shared_embedding_t']), 'final_logits_bias']);
  return {
    name: first ? 'decoder_first_step' : 'decoder_with_past',
    node: g.nodes,
    output: [logits, ...outputs].map((n) => valueInfo(n, FLOAT)),
  };
}

function decoderModel(params: Parameters, dtype: StandInDtype): Uint8Array {
  const outer = new GraphBuilder('decoder/');
  const layers = new Layers(params, dtype, outer);
  for (const [name, value] of [['axes_0', [0n]], ['axes_1_2', [1n, 2n]], ['index_1', [1n]], ['index_2', [2n]]] as const) outer.constant(name, [value.length], [...value]);
  outer.constant('scalar_1', [], [1n]);
  outer.constant('scalar_2', [], [2n]);
  const table = layers.embedding();
  layers.head(outer);
  layers.positions();
  const bias = new Float32Array(OPUS_MT_SIZES.vocab);
  bias[STAND_IN_SPECIAL.pad] = -1e9;
  outer.constant('final_logits_bias', [1, OPUS_MT_SIZES.vocab], bias);
  // Both branches are written before the If so that every weight they use is an initializer.
  const cached = decoderBranch(layers, outer, table, false);
  const first = decoderBranch(layers, outer, table, true);
  const outputs = ['logits', ...cacheNames('present')];
  outer.nodes.push(node('If', ['use_cache_branch'], outputs, [graphAttr('then_branch', cached), graphAttr('else_branch', first)]));
  const cacheInput = (name: string) => valueInfo(name, FLOAT, ['batch_size', OPUS_MT_SIZES.heads, name.includes('.decoder.') ? 'past_decoder_sequence_length' : 'encoder_sequence_length_out', HEAD_DIM]);
  const cacheOutput = (name: string) => valueInfo(name, FLOAT, ['batch_size', OPUS_MT_SIZES.heads, name.includes('.decoder.') ? 'past_decoder_sequence_length + 1' : 'encoder_sequence_length_out', HEAD_DIM]);
  return model(
    {
      name: 'marian_decoder_merged',
      input: [
        valueInfo('encoder_attention_mask', INT64, ['batch_size', 'encoder_sequence_length']),
        valueInfo('input_ids', INT64, ['batch_size', 'decoder_sequence_length']),
        valueInfo('encoder_hidden_states', FLOAT, ['batch_size', 'encoder_sequence_length', D]),
        ...cacheNames('past_key_values').map(cacheInput),
        valueInfo('use_cache_branch', BOOL, [1]),
      ],
      output: [valueInfo('logits', FLOAT, ['batch_size', 'decoder_sequence_length', OPUS_MT_SIZES.vocab]), ...cacheNames('present').map(cacheOutput)],
      initializer: outer.initializers,
      node: outer.nodes,
    },
    'glosa-stand-in-model',
  );
}

/**
 * The stand-in's pieces, 65,001 in Marian's order (</s> 0, <unk> 1, <pad> last): the words
 * met at least twice in `texts` whole, every 1- to 4-letter start of a word and 1- to
 * 3-letter piece inside one, punctuation, and filler pieces no text contains up to the
 * size. Unknown words split into pieces, as SentencePiece splits rare names.
 */
export function standInPieces(texts: string[]): string[] {
  const counts = new Map<string, number>();
  const pieces = new Set<string>();
  for (const text of texts) {
    for (const token of text.normalize('NFC').match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []) {
      if (!/[\p{L}\p{N}]/u.test(token)) {
        pieces.add(token);
        pieces.add(`▁${token}`);
        continue;
      }
      counts.set(token, (counts.get(token) ?? 0) + 1);
      for (let n = 1; n <= Math.min(4, token.length); n++) pieces.add(`▁${token.slice(0, n)}`);
      for (let at = 1; at < token.length; at++) for (let n = 1; n <= 3 && at + n <= token.length; n++) pieces.add(token.slice(at, at + n));
    }
  }
  const words = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const room = OPUS_MT_SIZES.vocab - 3;
  const unique = [...new Set([...words.map(([w]) => `▁${w}`), ...[...pieces].sort()])].slice(0, room);
  for (let i = 0; unique.length < room; i++) unique.push(`▁⟨${i.toString(36)}⟩`);
  return ['</s>', '<unk>', ...unique, '<pad>'];
}

function tokenizerJson(pieces: string[]): object {
  const special = (id: number) => ({ id, content: pieces[id], single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(STAND_IN_SPECIAL.eos), special(STAND_IN_SPECIAL.unk), special(STAND_IN_SPECIAL.pad)],
    normalizer: null,
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
      pair: [{ Sequence: { id: 'A', type_id: 0 } }, { Sequence: { id: 'B', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
      special_tokens: { '</s>': { id: '</s>', ids: [STAND_IN_SPECIAL.eos], tokens: ['</s>'] } },
    },
    decoder: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    model: {
      type: 'Unigram',
      unk_id: STAND_IN_SPECIAL.unk,
      // Whole words score above pieces: the fewest pieces win, as they mostly do in SentencePiece.
      vocab: pieces.map((p, id) => [p, id === STAND_IN_SPECIAL.unk ? -100 : p.startsWith('▁') && p.length > 5 ? -8 : -10]),
      byte_fallback: false,
    },
  };
}

function configJson(): object {
  const { dModel, layers, heads, ffn, vocab, maxPositions } = OPUS_MT_SIZES;
  return {
    _name_or_path: 'glosa/stand-in-opus-mt-es-en',
    glosa_stand_in: STAND_IN_LABEL,
    architectures: ['MarianMTModel'],
    model_type: 'marian',
    activation_function: 'swish',
    d_model: dModel,
    encoder_layers: layers,
    decoder_layers: layers,
    encoder_attention_heads: heads,
    decoder_attention_heads: heads,
    encoder_ffn_dim: ffn,
    decoder_ffn_dim: ffn,
    vocab_size: vocab,
    decoder_vocab_size: vocab,
    share_encoder_decoder_embeddings: true,
    scale_embedding: true,
    static_position_embeddings: true,
    max_position_embeddings: maxPositions,
    bos_token_id: STAND_IN_SPECIAL.eos,
    eos_token_id: STAND_IN_SPECIAL.eos,
    forced_eos_token_id: STAND_IN_SPECIAL.eos,
    pad_token_id: STAND_IN_SPECIAL.pad,
    decoder_start_token_id: STAND_IN_SPECIAL.pad,
    is_encoder_decoder: true,
    max_length: 512,
    use_cache: true,
  };
}

export type StandInOptions = { dtypes?: StandInDtype[]; seed?: number; texts?: string[] };

/** Writes the stand-in into `dir` (created if needed) and returns the files written. */
export function writeStandInModel(dir: string, { dtypes = ['fp32', 'q8'], seed = 20_260_401, texts = [] }: StandInOptions = {}): string[] {
  const params = new Parameters(seed);
  const pieces = standInPieces(texts);
  const { eos, pad } = STAND_IN_SPECIAL;
  const files: [string, () => string | Uint8Array][] = [
    ['config.json', () => JSON.stringify(configJson(), null, 2)],
    ['generation_config.json', () => JSON.stringify({ bad_words_ids: [[pad]], bos_token_id: eos, decoder_start_token_id: pad, eos_token_id: eos, forced_eos_token_id: eos, max_length: 512, pad_token_id: pad }, null, 2)],
    ['tokenizer.json', () => JSON.stringify(tokenizerJson(pieces))],
    ['tokenizer_config.json', () => JSON.stringify({ tokenizer_class: 'MarianTokenizer', model_max_length: 512, eos_token: '</s>', unk_token: '<unk>', pad_token: '<pad>', source_lang: 'es', target_lang: 'en' }, null, 2)],
  ];
  for (const dtype of dtypes) {
    const suffix = dtype === 'q8' ? '_quantized' : '';
    files.push([`onnx/encoder_model${suffix}.onnx`, () => encoderModel(params, dtype)]);
    files.push([`onnx/decoder_model_merged${suffix}.onnx`, () => decoderModel(params, dtype)]);
  }
  for (const [name, content] of files) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content());
  }
  return files.map(([name]) => name);
}

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The texts the stand-in's vocabulary is made from: the first-run samples and the real
 * articles of the languages corpus (Spanish, English and the other sources Glosa reads).
 */
export function standInTexts(): string[] {
  const dirs = [path.join(ROOT, 'assets', 'samples'), ...['en', 'fr', 'it', 'pt', 'de'].map((l) => path.join(ROOT, 'tests', 'fixtures', 'languages', l))];
  return dirs.filter((d) => fs.existsSync(d)).flatMap((d) => fs.readdirSync(d).sort().map((f) => fs.readFileSync(path.join(d, f), 'utf8')));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [dir, ...forms] = process.argv.slice(2);
  if (!dir || forms.some((f) => f !== 'fp32' && f !== 'q8')) {
    console.error('usage: npx tsx scripts/stand-in-model.ts DIR [fp32|q8 ...]');
    process.exit(2);
  }
  const written = writeStandInModel(dir, { dtypes: forms.length ? (forms as StandInDtype[]) : undefined, texts: standInTexts() });
  console.log(`Opus-MT stand-in (${STAND_IN_LABEL}) written to ${dir}: ${written.join(', ')}`);
}
