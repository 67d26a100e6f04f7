import fs from 'node:fs';
import path from 'node:path';
import type { Settings } from '../api';
import type { EngineChoice, ModelDtype } from '../contract';
import { GlosaError } from '../errors';
import type { TranslationEngine } from './engine';
import { pairKey } from './engines/row';
import { ModelManager, readManifest } from './models';
import { OpusMtEngine } from './opus-mt';
import { EngineRegistry, type Pair } from './registry';

/**
 * One engine for a one-off job (the CLI, benchmarks): a model folder given by path, or what
 * the registry routes the pair to, as in the app ("auto" prefers a direct pair, Opus-MT first).
 */
export async function loadEngine(options: {
  choice: EngineChoice;
  modelDir?: string;
  dtype?: ModelDtype;
  modelsDir: string;
  manifestFile: string;
  pair?: Pair;
}): Promise<TranslationEngine> {
  const pair = options.pair ?? { from: 'es', to: 'en' };
  if (options.modelDir) {
    if (!fs.existsSync(path.join(options.modelDir, 'config.json'))) {
      throw new GlosaError('invalid_input', 'notAModelFolder', { path: options.modelDir });
    }
    const dtype = options.dtype ?? (fs.existsSync(path.join(options.modelDir, 'onnx', 'decoder_model_merged_quantized.onnx')) ? 'q8' : 'fp32');
    return OpusMtEngine.load({ dir: options.modelDir, dtype, revision: `local-${dtype}`, sourceLang: pair.from, targetLang: pair.to });
  }
  const models = new ModelManager({ modelsDir: options.modelsDir, manifest: readManifest(options.manifestFile) });
  const settings = { dtype: options.dtype ?? 'q8' } as Settings;
  const registry = new EngineRegistry(models, () => settings, process.env.GLOSA_APERTIUM ?? 'apertium');
  const route = await registry.route(options.choice, pair);
  if (!route && options.choice !== 'auto') {
    // The engine's own reason: not installed, or no such pair.
    try {
      await registry.get(options.choice, pair);
    } catch (error) {
      throw error instanceof GlosaError ? error : new GlosaError('unavailable', 'engineFailed', { detail: error instanceof Error ? error.message : String(error) });
    }
  }
  if (!route) {
    throw new GlosaError('unavailable', 'noEngineForPair', { pair: pairKey(pair) });
  }
  return registry.get(route.engine, pair, route.via);
}
