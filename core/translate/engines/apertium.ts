import { ApertiumEngine, type ApertiumInfo, detectApertium } from '../apertium';
import { EngineError } from '../engine';
import { type EngineRow, type Pair, pairKey } from './row';
import { message } from '../../messages';

/** Apertium's modes are read once per command until the registry is reset. */
const detected = new Map<string, Promise<ApertiumInfo>>();
function info(command: string): Promise<ApertiumInfo> {
  let found = detected.get(command);
  if (!found) detected.set(command, (found = detectApertium(command)));
  return found;
}
export function forgetApertium(): void {
  detected.clear();
}

async function modeFor(command: string, pair: Pair): Promise<{ version: string; mode: string }> {
  const found = await info(command);
  if (!found.available) throw new EngineError(found.reason.key, found.reason.params);
  const mode = found.modes.get(pairKey(pair));
  if (!mode) throw new EngineError('apertiumNoPair', { pair: pairKey(pair) });
  return { version: found.version, mode };
}

/** Apertium: rule-based, on the computer's own packages; its pairs are the modes installed. */
export const apertiumRow: EngineRow = {
  id: 'apertium',
  async detect(ctx) {
    const found = await info(ctx.apertiumCommand);
    if (!found.available) return { available: false, detail: found.reason, pairs: [] };
    const pairs = [...found.modes.keys()].map((key) => {
      const [from, to] = key.split('-') as [string, string];
      return { from, to };
    });
    return { available: true, detail: message('apertiumReady', { version: found.version, modes: [...found.modes.keys()].join(', ') }), pairs };
  },
  async revision(ctx, pair) {
    const { version, mode } = await modeFor(ctx.apertiumCommand, pair);
    return `${version}/${mode}`;
  },
  async load(ctx, pair) {
    const { version, mode } = await modeFor(ctx.apertiumCommand, pair);
    return new ApertiumEngine(`${version}/${mode}`, mode, ctx.apertiumCommand, pair);
  },
};
