import type { Settings } from '../../api';
import type { EngineId } from '../../contract';
import type { Pair } from '../apertium';
import type { TranslationEngine } from '../engine';
import type { ModelManager } from '../models';
import type { OpusMtRunOptions } from '../opus-mt';
import type { Message } from '../../messages';

export type { Pair };

export function pairKey(pair: Pair): string {
  return `${pair.from}-${pair.to}`;
}

/** What an engine's row may use to find and load what it needs. */
export type EngineContext = {
  models: ModelManager;
  settings: () => Settings;
  apertiumCommand: string;
  /** How Opus-MT models run (threads; a benchmark's forced lengths). */
  opus: OpusMtRunOptions;
};

/** What an engine can do on this computer now. */
export type Detected =
  | { available: true; detail: Message; pairs: Pair[] }
  | { available: false; detail: Message; pairs: [] };

/**
 * One translation engine, as the registry sees it: how it is detected (with the language
 * pairs it serves directly), what revision would translate a pair (read without loading
 * anything), and how it loads for a pair. The rows are in ./index.ts.
 */
export type EngineRow = {
  id: EngineId;
  detect(ctx: EngineContext): Promise<Detected>;
  revision(ctx: EngineContext, pair: Pair): Promise<string>;
  load(ctx: EngineContext, pair: Pair): Promise<TranslationEngine>;
};
