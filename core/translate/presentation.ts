/**
 * The sentence as shown: a translation held to the glossary. Enforced terms are repaired in
 * the machine's text (never in the reader's own) and every matched term is checked. Pure, and
 * the one place this is done: the app's translator and the command line both show sentences so.
 */
import type { TermCheck } from '../api';
import type { GlossaryMode } from '../contract';
import { containsTarget, locateTarget, matchTerms, repairTranslation, targetFor } from '../glossary/match';

export type PresentableEntry = { id: number; target: string; mode: GlossaryMode; variants: string[] };
export type Presented = { text: string | null; terms: TermCheck[] };

export function presentSentence(source: string, text: string | null, edited: boolean, entries: readonly PresentableEntry[], renderings: ReadonlyMap<string, string>): Presented {
  if (text === null || !entries.length) return { text, terms: [] };
  const matches = matchTerms(source, [...entries]);
  const byId = new Map(entries.map((e) => [e.id, e]));
  let out = text;
  if (!edited) {
    for (const m of matches) {
      const entry = byId.get(m.entryId)!;
      const target = targetFor(entry, m.form);
      if (entry.mode !== 'enforce' || containsTarget(out, target)) continue;
      out = repairTranslation(out, target, repairCandidates(entry, renderings)) ?? out;
    }
  }
  const terms = matches.map((m) => {
    const entry = byId.get(m.entryId)!;
    const target = targetFor(entry, m.form);
    const targetRange = locateTarget(out, target);
    return { entryId: m.entryId, source: m.form, start: m.start, end: m.end, target, mode: entry.mode, ok: targetRange !== null, targetRange };
  });
  return { text: out, terms };
}

/** What the engine may have written for an entry: its rendering of each spelling, then the spellings as they are. */
export function repairCandidates(entry: PresentableEntry, renderings: ReadonlyMap<string, string>): string[] {
  return [...entry.variants.flatMap((v) => renderings.get(v) ?? []), ...entry.variants];
}

/** The spellings of the enforced entries found in the sources: the ones whose rendering repair needs. */
export function formsToRender(sources: readonly string[], entries: readonly PresentableEntry[]): string[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const forms = new Set<string>();
  for (const source of sources) {
    for (const m of matchTerms(source, [...entries])) {
      const entry = byId.get(m.entryId)!;
      if (entry.mode === 'enforce') for (const v of entry.variants) forms.add(v);
    }
  }
  return [...forms];
}
