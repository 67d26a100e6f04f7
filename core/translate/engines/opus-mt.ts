import { EngineError } from '../engine';
import type { ModelManifestEntry } from '../models';
import { OpusMtEngine } from '../opus-mt';
import { type EngineContext, type EngineRow, type Pair, pairKey } from './row';
import { message } from '../../messages';

/** The manifest's model for a pair, whatever its state. */
function entryFor(ctx: EngineContext, pair: Pair): ModelManifestEntry | undefined {
  return ctx.models.entries().find((e) => e.sourceLang === pair.from && e.targetLang === pair.to);
}

function installedFor(ctx: EngineContext, pair: Pair) {
  const entry = entryFor(ctx, pair);
  const { dtype } = ctx.settings();
  if (!entry) throw new EngineError('opusUnknownPair', { pair: pairKey(pair) });
  const installed = ctx.models.installed(entry.id, dtype);
  if (!installed) throw new EngineError('opusNotInstalled', { pair: pairKey(pair), dtype, id: entry.id });
  return { ...installed, dtype };
}

/** Opus-MT through transformers.js: one model per pair, as the manifest lists them. */
export const opusMtRow: EngineRow = {
  id: 'opus-mt',
  async detect(ctx) {
    const { dtype } = ctx.settings();
    const installed = ctx.models.entries().filter((e) => ctx.models.status(e, dtype).status === 'installed');
    if (!installed.length) {
      const known = ctx.models.entries().map((e) => pairKey({ from: e.sourceLang, to: e.targetLang }));
      return { available: false, detail: message('opusMissing', { dtype, pairs: known.join(', ') }), pairs: [] };
    }
    return {
      available: true,
      detail: message('opusInstalled', { models: installed.map((e) => `${e.repo} ${dtype} (revision ${e.revision.slice(0, 7)})`).join(', ') }),
      pairs: installed.map((e) => ({ from: e.sourceLang, to: e.targetLang })),
    };
  },
  async revision(ctx, pair) {
    const { entry, dtype } = installedFor(ctx, pair);
    return `${entry.revision.slice(0, 12)}-${dtype}`;
  },
  async load(ctx, pair) {
    const { dir, entry, dtype } = installedFor(ctx, pair);
    return OpusMtEngine.load({ dir, dtype, revision: `${entry.revision.slice(0, 12)}-${dtype}`, sourceLang: entry.sourceLang, targetLang: entry.targetLang, run: ctx.opus });
  },
};
