/** A transformers.js logits processor for the stand-in model's forced lengths: to compare its `generate` with Glosa's decoder. */
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

