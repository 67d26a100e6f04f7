/**
 * The translation engines, one row each (see row.ts). A new engine is one module beside
 * this one, its row here and in ENGINE_IDS (core/contract.ts), and its strings in the
 * interface's locale files. The order is the order of preference for "auto".
 */
import type { EngineId } from '../../contract';
import { apertiumRow } from './apertium';
import { opusMtRow } from './opus-mt';
import type { EngineRow } from './row';

export const ENGINE_ROWS: Record<EngineId, EngineRow> = {
  'opus-mt': opusMtRow,
  apertium: apertiumRow,
};
