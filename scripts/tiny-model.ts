/**
 * Writes a tiny Marian-interface translation model: an ONNX encoder and merged decoder with
 * the real Opus-MT export's input and output names, a Unigram tokenizer and the configs,
 * from a small Spanish-English word list. The real transformers.js pipeline loads it and
 * translates "la guerra en Ucrania" into "the war in Ukraine" word by word.
 *
 * It exercises Glosa's loader, tokenizer, generation loop, batching, cache and glossary code
 * against the real library. It says nothing about translation quality.
 *
 *   npx tsx scripts/tiny-model.ts DIR
 */
import fs from 'node:fs';
import path from 'node:path';
import { BOOL, FLOAT, INT64, intAttr, model as encodeModel, node, type OnnxTypes, tensor, valueInfo } from './onnx-graph';

/** Spanish word -> English word. Both sides share one vocabulary, as Opus-MT es-en does. */
export const TINY_LEXICON: Record<string, string> = {
  la: 'the', el: 'the', los: 'the', las: 'the', La: 'The', El: 'The', Los: 'The', Las: 'The',
  guerra: 'war', en: 'in', Ucrania: 'Ukraine', Rusia: 'Russia', y: 'and', de: 'of', del: 'of',
  presidente: 'president', Kiev: 'Kiev', Moscú: 'Moscow', Zelenski: 'Zelenski', Zelensky: 'Zelensky',
  Putin: 'Putin', habló: 'spoke', con: 'with', alto: 'high', fuego: 'fire', al: 'to', a: 'to',
  ciudad: 'city', tropas: 'troops', rusas: 'Russian', ucraniano: 'Ukrainian', ruso: 'Russian',
  negociaciones: 'negotiations', paz: 'peace', acuerdo: 'agreement', Bielorrusia: 'Belarus',
  ONU: 'UN', OTAN: 'NATO', Lukashenko: 'Lukashenko', Minsk: 'Minsk', viaja: 'travels', este: 'this',
  jueves: 'Thursday', miércoles: 'Wednesday', líder: 'leader', ejército: 'army', garantías: 'guarantees',
  seguridad: 'security', sigue: 'continues', ha: 'has', dicho: 'said', es: 'is', un: 'a', una: 'a',
  que: 'that', por: 'by', para: 'for', no: 'not', más: 'more', hoy: 'today', dijo: 'said',
  gobierno: 'government', ataque: 'attack', región: 'region', frontera: 'border', Volodimir: 'Volodimir',
  Vladímir: 'Vladimir', Vladimir: 'Vladimir', Kremlin: 'Kremlin', pide: 'asks', pidió: 'asked',
};

const SPECIAL = { eos: '</s>', unk: '<unk>', pad: '<pad>' };
const PUNCTUATION = ['.', ',', ';', ':', '?', '!', '"'];
/** Attention heads and head size of the (unused) key/value cache. */
const HEADS = 1;
const HEAD_DIM = 2;

export type TinyVocabulary = { pieces: string[]; ids: Map<string, number> };

export function tinyVocabulary(): TinyVocabulary {
  const words = new Set<string>();
  for (const [es, en] of Object.entries(TINY_LEXICON)) {
    words.add(es);
    words.add(en);
  }
  const pieces = [SPECIAL.eos, SPECIAL.unk, ...[...words].sort().map((w) => `▁${w}`), ...PUNCTUATION, SPECIAL.pad];
  return { pieces, ids: new Map(pieces.map((p, i) => [p, i])) };
}

const model = (graph: OnnxTypes.IGraphProto) => encodeModel(graph, 'glosa-tiny-model');

/** Encoder: each source token becomes its one-hot row; padding becomes a row of zeros. */
function encoderModel(size: number): Uint8Array {
  const identity = new Float32Array(size * size);
  for (let i = 0; i < size; i++) identity[i * size + i] = 1;
  return model({
    name: 'tiny_marian_encoder',
    input: [valueInfo('input_ids', INT64, ['batch_size', 'encoder_sequence_length']), valueInfo('attention_mask', INT64, ['batch_size', 'encoder_sequence_length'])],
    output: [valueInfo('last_hidden_state', FLOAT, ['batch_size', 'encoder_sequence_length', size])],
    initializer: [tensor('embedding', [size, size], identity), tensor('axis_2', [1], [2n])],
    node: [
      node('Gather', ['embedding', 'input_ids'], ['one_hot'], [intAttr('axis', 0)]),
      node('Cast', ['attention_mask'], ['mask_float'], [intAttr('to', FLOAT)]),
      node('Unsqueeze', ['mask_float', 'axis_2'], ['mask_3d']),
      node('Mul', ['one_hot', 'mask_3d'], ['last_hidden_state']),
    ],
  });
}

/**
 * Merged decoder: the step number is the length of the past decoder key. The encoder state
 * at that position (clamped to the last one) goes through a word-to-word matrix to logits.
 * The present key/value outputs are the past plus one zero step (decoder) and zeros of the
 * source length (encoder), as a real merged decoder's cache grows.
 */
function decoderModel(size: number, wordToWord: Float32Array): Uint8Array {
  const past = (kind: 'decoder' | 'encoder', part: 'key' | 'value') =>
    valueInfo(`past_key_values.0.${kind}.${part}`, FLOAT, ['batch_size', HEADS, kind === 'decoder' ? 'past_decoder_sequence_length' : 'encoder_sequence_length_out', HEAD_DIM]);
  const present = (kind: 'decoder' | 'encoder', part: 'key' | 'value') =>
    valueInfo(`present.0.${kind}.${part}`, FLOAT, ['batch_size', HEADS, kind === 'decoder' ? 'past_decoder_sequence_length + 1' : 'encoder_sequence_length_out', HEAD_DIM]);
  return model({
    name: 'tiny_marian_decoder_merged',
    input: [
      valueInfo('encoder_attention_mask', INT64, ['batch_size', 'encoder_sequence_length']),
      valueInfo('input_ids', INT64, ['batch_size', 'decoder_sequence_length']),
      valueInfo('encoder_hidden_states', FLOAT, ['batch_size', 'encoder_sequence_length', size]),
      past('decoder', 'key'),
      past('decoder', 'value'),
      past('encoder', 'key'),
      past('encoder', 'value'),
      valueInfo('use_cache_branch', BOOL, [1]),
    ],
    output: [
      valueInfo('logits', FLOAT, ['batch_size', 'decoder_sequence_length', size]),
      present('decoder', 'key'),
      present('decoder', 'value'),
      present('encoder', 'key'),
      present('encoder', 'value'),
    ],
    initializer: [
      tensor('word_to_word', [size, size], wordToWord),
      tensor('two', [], [2n]),
      tensor('one', [], [1n]),
      tensor('axis_1', [1], [1n]),
      tensor('start_0', [1], [0n]),
      tensor('end_1', [1], [1n]),
      tensor('end_2', [1], [2n]),
      tensor('heads', [1], [BigInt(HEADS)]),
      tensor('one_step_tail', [3], [BigInt(HEADS), 1n, BigInt(HEAD_DIM)]),
      tensor('head_dim', [1], [BigInt(HEAD_DIM)]),
    ],
    node: [
      node('Shape', ['past_key_values.0.decoder.key'], ['past_shape']),
      node('Gather', ['past_shape', 'two'], ['step'], [intAttr('axis', 0)]),
      node('Shape', ['encoder_hidden_states'], ['encoder_shape']),
      node('Gather', ['encoder_shape', 'one'], ['source_length'], [intAttr('axis', 0)]),
      node('Sub', ['source_length', 'one'], ['last_position']),
      node('Min', ['step', 'last_position'], ['position']),
      node('Gather', ['encoder_hidden_states', 'position'], ['source_row'], [intAttr('axis', 1)]),
      node('MatMul', ['source_row', 'word_to_word'], ['step_logits']),
      node('Unsqueeze', ['step_logits', 'axis_1'], ['logits']),
      node('Slice', ['encoder_shape', 'start_0', 'end_1'], ['batch']),
      node('Concat', ['batch', 'one_step_tail'], ['step_shape'], [intAttr('axis', 0)]),
      node('ConstantOfShape', ['step_shape'], ['zero_step']),
      node('Concat', ['past_key_values.0.decoder.key', 'zero_step'], ['present.0.decoder.key'], [intAttr('axis', 2)]),
      node('Concat', ['past_key_values.0.decoder.value', 'zero_step'], ['present.0.decoder.value'], [intAttr('axis', 2)]),
      node('Slice', ['encoder_shape', 'end_1', 'end_2'], ['source_length_1d']),
      node('Concat', ['batch', 'heads', 'source_length_1d', 'head_dim'], ['encoder_cache_shape'], [intAttr('axis', 0)]),
      node('ConstantOfShape', ['encoder_cache_shape'], ['present.0.encoder.key']),
      node('ConstantOfShape', ['encoder_cache_shape'], ['present.0.encoder.value']),
    ],
  });
}

function wordToWordMatrix(vocab: TinyVocabulary): Float32Array {
  const size = vocab.pieces.length;
  const m = new Float32Array(size * size);
  const id = (piece: string) => vocab.ids.get(piece)!;
  const set = (from: number, to: number) => {
    m[from * size + to] = 10;
  };
  vocab.pieces.forEach((piece, i) => {
    if (piece === SPECIAL.pad || piece === SPECIAL.eos) return set(i, id(SPECIAL.eos));
    if (piece === SPECIAL.unk) return set(i, id(SPECIAL.unk));
    if (!piece.startsWith('▁')) return set(i, i); // punctuation copies itself
    const word = piece.slice(1);
    const english = TINY_LEXICON[word];
    set(i, english !== undefined ? id(`▁${english}`) : i);
  });
  return m;
}

function tokenizerJson(vocab: TinyVocabulary): object {
  const special = (content: string, id: number) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const eos = vocab.ids.get(SPECIAL.eos)!;
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(SPECIAL.eos, eos), special(SPECIAL.unk, vocab.ids.get(SPECIAL.unk)!), special(SPECIAL.pad, vocab.ids.get(SPECIAL.pad)!)],
    normalizer: null,
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: SPECIAL.eos, type_id: 0 } }],
      pair: [{ Sequence: { id: 'A', type_id: 0 } }, { Sequence: { id: 'B', type_id: 0 } }, { SpecialToken: { id: SPECIAL.eos, type_id: 0 } }],
      special_tokens: { [SPECIAL.eos]: { id: SPECIAL.eos, ids: [eos], tokens: [SPECIAL.eos] } },
    },
    decoder: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    model: {
      type: 'Unigram',
      unk_id: vocab.ids.get(SPECIAL.unk),
      vocab: vocab.pieces.map((p) => [p, p.startsWith('▁') ? -2 : -1]),
      byte_fallback: false,
    },
  };
}

export type TinyModelOptions = { quantizedCopies?: boolean };

/** Writes the model into `dir` (created if needed) and returns the files written. */
export function writeTinyModel(dir: string, { quantizedCopies = true }: TinyModelOptions = {}): string[] {
  const vocab = tinyVocabulary();
  const size = vocab.pieces.length;
  const pad = vocab.ids.get(SPECIAL.pad)!;
  const eos = vocab.ids.get(SPECIAL.eos)!;
  const files: Record<string, string | Uint8Array> = {
    'config.json': JSON.stringify(
      {
        _name_or_path: 'glosa/tiny-opus-mt-es-en',
        architectures: ['MarianMTModel'],
        model_type: 'marian',
        d_model: size,
        encoder_layers: 1,
        decoder_layers: 1,
        encoder_attention_heads: HEADS,
        decoder_attention_heads: HEADS,
        vocab_size: size,
        decoder_vocab_size: size,
        bos_token_id: eos,
        eos_token_id: eos,
        forced_eos_token_id: eos,
        pad_token_id: pad,
        decoder_start_token_id: pad,
        is_encoder_decoder: true,
        max_length: 512,
        max_position_embeddings: 512,
        use_cache: true,
      },
      null,
      2,
    ),
    'generation_config.json': JSON.stringify(
      { bad_words_ids: [[pad]], bos_token_id: eos, decoder_start_token_id: pad, eos_token_id: eos, forced_eos_token_id: eos, max_length: 512, pad_token_id: pad },
      null,
      2,
    ),
    'tokenizer.json': JSON.stringify(tokenizerJson(vocab)),
    'tokenizer_config.json': JSON.stringify(
      { tokenizer_class: 'MarianTokenizer', model_max_length: 512, eos_token: SPECIAL.eos, unk_token: SPECIAL.unk, pad_token: SPECIAL.pad, source_lang: 'es', target_lang: 'en' },
      null,
      2,
    ),
    'onnx/encoder_model.onnx': encoderModel(size),
    'onnx/decoder_model_merged.onnx': decoderModel(size, wordToWordMatrix(vocab)),
  };
  if (quantizedCopies) {
    // The q8 names hold the same float graphs: enough to exercise the q8 loading path.
    files['onnx/encoder_model_quantized.onnx'] = files['onnx/encoder_model.onnx']!;
    files['onnx/decoder_model_merged_quantized.onnx'] = files['onnx/decoder_model_merged.onnx']!;
  }
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return Object.keys(files);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx scripts/tiny-model.ts DIR');
    process.exit(2);
  }
  const written = writeTinyModel(dir);
  console.log(`tiny model written to ${dir}: ${written.join(', ')}`);
}
