import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bannedNext, bestToken, marianShape } from '../../core/translate/greedy';

const ngrams = (tokens: number[], n: number) => tokens.slice(0, tokens.length - n + 1).map((_, i) => tokens.slice(i, i + n).join(','));

describe('the no-repeat rule', () => {
  it('bars the token that would write an n-gram a second time', () => {
    expect([...bannedNext([1, 2, 3, 1, 2], 3)]).toEqual([3]);
    expect([...bannedNext([1, 2, 1, 2, 1], 2)].sort()).toEqual([2]);
    expect([...bannedNext([7, 7, 7], 2)]).toEqual([7]);
  });

  it('bars nothing when the output is shorter than the n-gram, or the rule is off', () => {
    expect(bannedNext([1], 3).size).toBe(0);
    expect(bannedNext([1, 2, 3, 1, 2], 0).size).toBe(0);
  });

  it('never lets a repeated n-gram through: any token it allows keeps every n-gram unique', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (choices, n) => {
        const out: number[] = [];
        for (const choice of choices) {
          const banned = bannedNext(out, n);
          const token = [choice, ...Array.from({ length: 40 }, (_, t) => t)].find((t) => !banned.has(t))!;
          out.push(token);
          const seen = ngrams(out, n);
          expect(new Set(seen).size).toBe(seen.length);
        }
      }),
    );
  });
});

describe('choosing a token', () => {
  const none = new Set<number>();
  it('takes the highest score of its row, the first of equals, never the barred tokens', () => {
    const logits = () => new Float32Array([0, 5, 1, 4, /* row 2 */ 3, 9, 9, 2]);
    expect(bestToken(logits(), 0, 4, -1, -1, none)).toBe(1);
    expect(bestToken(logits(), 0, 4, 1, -1, none)).toBe(3);
    expect(bestToken(logits(), 0, 4, -1, 1, none)).toBe(3);
    expect(bestToken(logits(), 4, 4, -1, -1, none)).toBe(1);
    expect(bestToken(logits(), 4, 4, 1, -1, none)).toBe(2);
  });

  it('passes over banned tokens to the best allowed one, and says -1 when none is left', () => {
    expect(bestToken(new Float32Array([0, 5, 1, 4]), 0, 4, -1, -1, new Set([1, 3]))).toBe(2);
    expect(bestToken(new Float32Array([0, 5]), 0, 2, 0, -1, new Set([1]))).toBe(-1);
  });
});

describe('the cache layout', () => {
  const decoder = (shape?: (number | string)[]) => ({
    run: async () => ({}),
    inputNames: ['input_ids', 'past_key_values.0.decoder.key', 'past_key_values.0.encoder.key', 'past_key_values.1.decoder.key', 'use_cache_branch'],
    inputMetadata: shape ? [{ name: 'past_key_values.0.decoder.key', shape }] : undefined,
  });

  it('reads layers, heads and head size from the decoder’s inputs', () => {
    expect(marianShape(decoder(['batch_size', 1, 'past', 2]), { d_model: 130, decoder_attention_heads: 1, eos_token_id: 0, pad_token_id: 129 })).toEqual({ layers: 2, heads: 1, headDim: 2, eos: 0, pad: 129, start: 129 });
  });

  it('falls back on the configuration where the dimensions are symbolic or unknown', () => {
    expect(marianShape(decoder(['b', 'h', 'p', 'd']), { d_model: 512, decoder_attention_heads: 8, pad_token_id: 65_000, decoder_start_token_id: 7 })).toMatchObject({ heads: 8, headDim: 64, start: 7 });
    expect(marianShape(decoder(), { d_model: 256, decoder_attention_heads: 4 })).toMatchObject({ heads: 4, headDim: 64, layers: 2 });
  });
});
