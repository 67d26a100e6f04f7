/**
 * A minimal greedy decoder written directly on onnxruntime-node, without transformers.js:
 * the encoder once, then the merged decoder a token at a time with its key/value cache. It
 * is the floor Glosa's translator is measured against, run with the same session options.
 */
import fs from 'node:fs';
import path from 'node:path';
import ort from 'onnxruntime-node';
import { type OpusMtRunOptions, sessionOptions } from '../../core/translate/opus-mt';

type Config = { d_model: number; decoder_layers: number; decoder_attention_heads: number; eos_token_id: number; pad_token_id: number; decoder_start_token_id: number };

export class OrtGreedy {
  private constructor(
    private readonly encoder: ort.InferenceSession,
    private readonly decoder: ort.InferenceSession,
    private readonly config: Config,
  ) {}

  static async open(dir: string, dtype: 'fp32' | 'q8', run: OpusMtRunOptions = {}): Promise<OrtGreedy> {
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as Config;
    const suffix = dtype === 'q8' ? '_quantized' : '';
    const options = sessionOptions(run) as ort.InferenceSession.SessionOptions;
    const encoder = await ort.InferenceSession.create(path.join(dir, 'onnx', `encoder_model${suffix}.onnx`), options);
    const decoder = await ort.InferenceSession.create(path.join(dir, 'onnx', `decoder_model_merged${suffix}.onnx`), options);
    return new OrtGreedy(encoder, decoder, config);
  }

  /**
   * Decodes a batch of tokenised sources (each ending with the end token). Row i writes
   * exactly `lengths[i]` tokens and then the end token; the batch runs until its longest row
   * is done. Returns each row's tokens, the end token excluded.
   */
  async generate(sources: number[][], lengths: number[]): Promise<number[][]> {
    const { eos_token_id: eos, pad_token_id: pad, decoder_start_token_id: start } = this.config;
    const heads = this.config.decoder_attention_heads;
    const headDim = this.config.d_model / heads;
    const batch = sources.length;
    const width = Math.max(...sources.map((s) => s.length));
    const ids = new BigInt64Array(batch * width).fill(BigInt(pad));
    const mask = new BigInt64Array(batch * width);
    sources.forEach((s, b) =>
      s.forEach((id, i) => {
        ids[b * width + i] = BigInt(id);
        mask[b * width + i] = 1n;
      }),
    );
    const attention = new ort.Tensor('int64', mask, [batch, width]);
    const { last_hidden_state: hidden } = await this.encoder.run({ input_ids: new ort.Tensor('int64', ids, [batch, width]), attention_mask: attention });
    const feeds: Record<string, ort.Tensor> = { encoder_attention_mask: attention, encoder_hidden_states: hidden! };
    const empty = new ort.Tensor('float32', new Float32Array(0), [batch, heads, 0, headDim]);
    for (let layer = 0; layer < this.config.decoder_layers; layer++) {
      for (const part of ['decoder.key', 'decoder.value', 'encoder.key', 'encoder.value']) feeds[`past_key_values.${layer}.${part}`] = empty;
    }
    const written: number[][] = sources.map(() => []);
    let next = new BigInt64Array(batch).fill(BigInt(start));
    let cached = false;
    const steps = Math.max(...lengths) + 1;
    for (let step = 0; step < steps; step++) {
      feeds.input_ids = new ort.Tensor('int64', next, [batch, 1]);
      feeds.use_cache_branch = new ort.Tensor('bool', [cached], [1]);
      const out = await this.decoder.run(feeds);
      const logits = out.logits!.data as Float32Array;
      const vocab = logits.length / batch;
      next = new BigInt64Array(batch);
      for (let b = 0; b < batch; b++) {
        let token = eos;
        if (step < lengths[b]!) {
          let best = -Infinity;
          for (let v = 0, at = b * vocab; v < vocab; v++, at++) {
            if (v !== eos && v !== pad && logits[at]! > best) {
              best = logits[at]!;
              token = v;
            }
          }
          written[b]!.push(token);
        } else if (step > lengths[b]!) token = pad;
        next[b] = BigInt(token);
      }
      for (let layer = 0; layer < this.config.decoder_layers; layer++) {
        for (const part of ['decoder.key', 'decoder.value', 'encoder.key', 'encoder.value']) feeds[`past_key_values.${layer}.${part}`] = out[`present.${layer}.${part}`]!;
      }
      cached = true;
    }
    return written;
  }

  async dispose(): Promise<void> {
    await this.encoder.release();
    await this.decoder.release();
  }
}
