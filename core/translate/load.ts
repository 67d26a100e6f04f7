import fs from 'node:fs';
import path from 'node:path';
import type { EngineChoice, ModelDtype } from '../contract';
import { GlosaError } from '../errors';
import { ApertiumEngine, detectApertium } from './apertium';
import type { TranslationEngine } from './engine';
import { ModelManager, readManifest } from './models';
import { OpusMtEngine } from './opus-mt';
import { OPUS_MODEL_ID } from './registry';

/**
 * One engine for a one-off job (the CLI, benchmarks): a model folder given by path, the
 * installed Opus-MT model, or Apertium; "auto" prefers Opus-MT.
 */
export async function loadEngine(options: {
  choice: EngineChoice;
  modelDir?: string;
  dtype?: ModelDtype;
  modelsDir: string;
  manifestFile: string;
}): Promise<TranslationEngine> {
  if (options.modelDir) {
    if (!fs.existsSync(path.join(options.modelDir, 'config.json'))) {
      throw new GlosaError('invalid_input', `${options.modelDir} is not a model folder (it has no config.json).`);
    }
    const dtype = options.dtype ?? (fs.existsSync(path.join(options.modelDir, 'onnx', 'decoder_model_merged_quantized.onnx')) ? 'q8' : 'fp32');
    return OpusMtEngine.load({ dir: options.modelDir, dtype, revision: `local-${dtype}` });
  }
  if (options.choice !== 'apertium') {
    const manager = new ModelManager({ modelsDir: options.modelsDir, manifest: readManifest(options.manifestFile) });
    const dtype = options.dtype ?? 'q8';
    const installed = manager.installed(OPUS_MODEL_ID, dtype);
    if (installed) {
      return OpusMtEngine.load({ dir: installed.dir, dtype, revision: `${installed.entry.revision.slice(0, 12)}-${dtype}` });
    }
    if (options.choice === 'opus-mt') {
      throw new GlosaError('unavailable', `The Opus-MT model (${dtype}) is not installed in ${options.modelsDir}. Get it with: glosa model download`);
    }
  }
  const apertium = await detectApertium(process.env.GLOSA_APERTIUM ?? 'apertium');
  if (apertium.available) return new ApertiumEngine(apertium.version, apertium.mode, process.env.GLOSA_APERTIUM ?? 'apertium');
  throw new GlosaError(
    'unavailable',
    options.choice === 'apertium'
      ? apertium.reason
      : `No translation engine is available: get the Opus-MT model with "glosa model download", or install Apertium (apertium and apertium-eng-spa).`,
  );
}
