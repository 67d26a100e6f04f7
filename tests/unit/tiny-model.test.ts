import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpusMtEngine } from '../../core/translate/opus-mt';
import { TINY_LEXICON, tinyVocabulary } from '../../scripts/tiny-model';
import { tinyModelDir } from '../support/tiny-model';

describe('the tiny test model', () => {
  it('has the real export’s files and interface', async () => {
    const dir = tinyModelDir();
    for (const f of ['config.json', 'generation_config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/encoder_model.onnx', 'onnx/decoder_model_merged.onnx', 'onnx/encoder_model_quantized.onnx', 'onnx/decoder_model_merged_quantized.onnx']) {
      expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
    }
    const ort = await import('onnxruntime-node');
    const encoder = await ort.InferenceSession.create(path.join(dir, 'onnx/encoder_model.onnx'));
    expect([...encoder.inputNames].sort()).toEqual(['attention_mask', 'input_ids']);
    expect(encoder.outputNames).toEqual(['last_hidden_state']);
    const decoder = await ort.InferenceSession.create(path.join(dir, 'onnx/decoder_model_merged.onnx'));
    expect([...decoder.inputNames].sort()).toEqual([
      'encoder_attention_mask',
      'encoder_hidden_states',
      'input_ids',
      'past_key_values.0.decoder.key',
      'past_key_values.0.decoder.value',
      'past_key_values.0.encoder.key',
      'past_key_values.0.encoder.value',
      'use_cache_branch',
    ]);
    expect([...decoder.outputNames].sort()).toEqual(['logits', 'present.0.decoder.key', 'present.0.decoder.value', 'present.0.encoder.key', 'present.0.encoder.value']);
    const tokenizer = JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer.json'), 'utf8'));
    expect(tokenizer.model.type).toBe('Unigram');
    expect(tokenizer.pre_tokenizer.type).toBe('Metaspace');
    expect(tokenizer.decoder.type).toBe('Metaspace');
    expect(tinyVocabulary().pieces.length).toBeGreaterThan(Object.keys(TINY_LEXICON).length);
  });

  it.each(['q8', 'fp32'] as const)('turns "la guerra en Ucrania" into "the war in Ukraine" through the real pipeline (%s)', async (dtype) => {
    const engine = await OpusMtEngine.load({ dir: tinyModelDir(), dtype, revision: 'tiny' });
    try {
      expect(await engine.translateBatch(['la guerra en Ucrania'])).toEqual([{ text: 'the war in Ukraine', unknownWords: [] }]);
    } finally {
      await engine.dispose();
    }
  });

  it('translates a batch of sentences of different lengths, each on its own', async () => {
    const engine = await OpusMtEngine.load({ dir: tinyModelDir(), dtype: 'q8', revision: 'tiny' });
    try {
      const out = await engine.translateBatch(['paz', 'El presidente Zelenski habló con Putin hoy.', 'la guerra en Ucrania y Rusia']);
      expect(out.map((o) => o.text)).toEqual(['peace', 'The president Zelenski spoke with Putin today.', 'the war in Ukraine and Russia']);
    } finally {
      await engine.dispose();
    }
  });

  it('refuses a damaged model folder with a message naming it', async () => {
    const dir = path.join(path.dirname(tinyModelDir()), 'damaged');
    fs.cpSync(tinyModelDir(), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'onnx', 'decoder_model_merged_quantized.onnx'), 'not an onnx model');
    await expect(OpusMtEngine.load({ dir, dtype: 'q8', revision: 'x' })).rejects.toThrow(new RegExp(`model in ${dir.replace(/[/\\]/g, '.')} could not be loaded`));
  });
});
