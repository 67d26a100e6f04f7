import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greedyDecode, marianShape, type OrtSession, type TensorFactory } from '../../core/translate/greedy';
import { OpusMtEngine } from '../../core/translate/opus-mt';
import { forceLengths } from '../support/force-lengths';
import { OPUS_MT_SIZES, STAND_IN_SPECIAL, standInPieces, standInTexts, writeStandInModel } from '../../scripts/stand-in-model';
import { OrtGreedy } from '../support/ort-greedy';

const { onnx } = onnxProto;
type Port = [name: string, type: string, dims: (number | string)[]];
type Interface = { files: Record<string, { inputs: Port[]; outputs: Port[] }>; approximateBytes: Record<string, number> };
const reference = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'opus-mt', 'export-interface.json'), 'utf8')) as Interface;

const TYPES: Record<number, string> = { [onnx.TensorProto.DataType.FLOAT]: 'float32', [onnx.TensorProto.DataType.INT64]: 'int64', [onnx.TensorProto.DataType.BOOL]: 'bool' };
const ports = (values: onnxProto.onnx.IValueInfoProto[]): Port[] =>
  values.map((v) => [v.name!, TYPES[v.type!.tensorType!.elemType!] ?? '?', v.type!.tensorType!.shape!.dim!.map((d) => (d.dimParam ? d.dimParam : Number(d.dimValue)))]);

/** Every operator of a model, its If's branches included. */
function operators(graph: onnxProto.onnx.IGraphProto, into = new Set<string>()): Set<string> {
  for (const n of graph.node ?? []) {
    into.add(n.opType!);
    for (const a of n.attribute ?? []) if (a.g) operators(a.g, into);
  }
  return into;
}

let dir = '';
const texts = standInTexts();

beforeAll(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glosa-stand-in-')), 'opus-mt-es-en');
  writeStandInModel(dir, { texts });
}, 120_000);
afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

describe('the full-size Opus-MT stand-in', () => {
  it.each([
    ['encoder_model', ''],
    ['decoder_model_merged', ''],
    ['encoder_model', '_quantized'],
    ['decoder_model_merged', '_quantized'],
  ])('has the real export’s inputs, outputs and size: %s%s', (name, suffix) => {
    const file = `onnx/${name}${suffix}.onnx`;
    const bytes = fs.readFileSync(path.join(dir, file));
    const graph = onnx.ModelProto.decode(bytes).graph!;
    expect(ports(graph.input!)).toEqual(reference.files[name]!.inputs);
    expect(ports(graph.output!)).toEqual(reference.files[name]!.outputs);
    // Within 3 % of the hub's file: the same parameters in the same number types.
    expect(Math.abs(bytes.length / reference.approximateBytes[file]! - 1)).toBeLessThan(0.03);
    const ops = operators(graph);
    if (suffix) {
      expect(ops).toContain('DynamicQuantizeLinear');
      expect(ops).toContain('MatMulInteger');
      expect(ops).toContain('DequantizeLinear');
    } else {
      expect(ops).not.toContain('MatMulInteger');
    }
    if (name === 'decoder_model_merged') expect(ops).toContain('If');
  });

  it('has Opus-MT es-en’s configuration and a vocabulary of its size', () => {
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
    expect(config).toMatchObject({ d_model: 512, encoder_layers: 6, decoder_layers: 6, encoder_attention_heads: 8, decoder_ffn_dim: 2048, vocab_size: 65_001, activation_function: 'swish', pad_token_id: 65_000, eos_token_id: 0, decoder_start_token_id: 65_000 });
    expect(config.glosa_stand_in).toMatch(/random weights/);
    const pieces = standInPieces(texts);
    expect(pieces).toHaveLength(OPUS_MT_SIZES.vocab);
    expect(new Set(pieces).size).toBe(pieces.length);
    expect([pieces[STAND_IN_SPECIAL.eos], pieces[STAND_IN_SPECIAL.unk], pieces[STAND_IN_SPECIAL.pad]]).toEqual(['</s>', '<unk>', '<pad>']);
  });

  it('decodes with the raw onnxruntime loop exactly what transformers.js decodes, each row to its forced length', async () => {
    const { pipeline, env } = await import('@huggingface/transformers');
    env.allowRemoteModels = false;
    env.localModelPath = `${path.dirname(dir)}${path.sep}`;
    const translator = (await pipeline('translation', path.basename(dir), { dtype: 'q8', device: 'cpu', local_files_only: true })) as unknown as {
      tokenizer: ((texts: string[], options: object) => { input_ids: { tolist(): bigint[][] }; attention_mask: { tolist(): bigint[][] } }) & { encode(text: string): number[] };
      model: { generate(options: object): Promise<{ tolist(): bigint[][] }> };
      dispose(): Promise<void>;
    };
    const greedy = await OrtGreedy.open(dir, 'q8', { threads: 1 });
    try {
      const sources = ['La guerra en Ucrania sigue.', 'El presidente habló con los periodistas en Kiev este jueves.'];
      const lengths = [4, 9];
      const inputs = translator.tokenizer(sources, { padding: true });
      const sequences = (await translator.model.generate({ ...inputs, max_new_tokens: 10, logits_processor: [forceLengths(lengths, STAND_IN_SPECIAL.eos)] })).tolist();
      // transformers.js starts each row with the decoder's start token; then the tokens; then the end token and padding.
      const library = sequences.map((row, i) => row.slice(1, 1 + lengths[i]!).map(Number));
      expect(sequences.map((row, i) => Number(row[1 + lengths[i]!]))).toEqual([STAND_IN_SPECIAL.eos, STAND_IN_SPECIAL.eos]);
      const raw = await greedy.generate(sources.map((s) => translator.tokenizer.encode(s)), lengths);
      expect(raw.map((r) => r.length)).toEqual(lengths);
      expect(raw).toEqual(library);
    } finally {
      await greedy.dispose();
      await translator.dispose();
    }
  }, 120_000);

  it('decodes with Glosa’s own loop what transformers.js’s generate decodes, with the no-repeat rule and without forced lengths', async () => {
    const { pipeline, env } = await import('@huggingface/transformers');
    const ort = await import('onnxruntime-node');
    env.allowRemoteModels = false;
    env.localModelPath = `${path.dirname(dir)}${path.sep}`;
    const translator = (await pipeline('translation', path.basename(dir), { dtype: 'q8', device: 'cpu', local_files_only: true })) as unknown as {
      tokenizer: ((texts: string[], options: object) => object) & { encode(text: string): number[] };
      model: { generate(options: object): Promise<{ tolist(): bigint[][] }>; sessions: Record<string, OrtSession>; config: object };
      dispose(): Promise<void>;
    };
    try {
      const sources = ['La guerra en Ucrania sigue.', 'El presidente habló con los periodistas en Kiev este jueves.'];
      const sessions = { encoder: translator.model.sessions.model!, decoder: translator.model.sessions.decoder_model_merged! };
      const shape = marianShape(sessions.decoder, translator.model.config);
      expect(shape).toEqual({ layers: 6, heads: 8, headDim: 64, eos: 0, pad: 65_000, start: 65_000 });
      // The random weights repeat themselves: the rule is exercised at once.
      const library = (await translator.model.generate({ ...translator.tokenizer(sources, { padding: true }), max_new_tokens: 12, no_repeat_ngram_size: 2 })).tolist();
      const untilEnd = (row: bigint[]) => {
        const tokens = row.slice(1).map(Number);
        const end = tokens.indexOf(STAND_IN_SPECIAL.eos);
        return end < 0 ? tokens : tokens.slice(0, end);
      };
      const ours = await greedyDecode(ort.Tensor as unknown as TensorFactory, sessions, shape, sources.map((s) => translator.tokenizer.encode(s)), { maxNewTokens: 12, noRepeatNgram: 2 });
      expect(ours).toEqual(library.map(untilEnd));
      expect(ours.every((row) => row.length === 11)).toBe(true); // made to end at the twelfth token
    } finally {
      await translator.dispose();
    }
  }, 120_000);

  it('writes text for every sentence through Glosa’s engine, with its threads and forced lengths', async () => {
    const engine = await OpusMtEngine.load({ dir, dtype: 'q8', revision: 'stand-in', run: { threads: 1, forcedLength: (s) => s.split(' ').length } });
    try {
      const out = await engine.translateBatch(['La guerra sigue.', 'El presidente habló con los periodistas.']);
      expect(out).toHaveLength(2);
      for (const o of out) expect(o.text.length).toBeGreaterThan(0);
    } finally {
      await engine.dispose();
    }
  }, 60_000);
});

describe('forced lengths', () => {
  const logits = (rows: number, vocab: number) => ({ dims: [rows, vocab], data: new Float32Array(rows * vocab).fill(1) });

  it('bars the end token before a row’s length and allows nothing else at it', () => {
    const scores = forceLengths([1, 2], 0)(
      [
        [9n, 5n],
        [9n, 5n],
      ],
      logits(2, 4),
    );
    expect([...scores.data.subarray(0, 4)]).toEqual([0, -Infinity, -Infinity, -Infinity]);
    expect([...scores.data.subarray(4, 8)]).toEqual([-Infinity, 1, 1, 1]);
  });

  it('ends a row of length 0 at once and counts only the tokens written after the start token', () => {
    const scores = forceLengths([0, 3], 2)([[9n], [9n, 4n, 4n, 4n]], logits(2, 3));
    expect([...scores.data]).toEqual([-Infinity, -Infinity, 0, -Infinity, -Infinity, 0]);
  });
});
