/**
 * Finding glossary terms in a sentence and holding a translation to them: a term is
 * matched in the Spanish by any of its spellings, and the English passes when it contains
 * the entry's target form. Enforcement repairs the English after translation.
 */
export type MatchableEntry = { id: number; target: string; mode: 'enforce' | 'hint'; variants: string[] };
export type TermMatch = { entryId: number; form: string; start: number; end: number };

/** A spelling as the matcher compares it: without accents, in lower case. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Positions of `needle` in `haystack` as a whole word or phrase, ignoring case and accents,
 * from the position `from` on.
 */
export function findPhrase(haystack: string, needle: string, from = 0): { start: number; end: number } | null {
  const h = fold(haystack);
  const n = fold(needle.trim());
  if (!n) return null;
  if (h.length !== haystack.length) {
    const i = haystack.toLowerCase().indexOf(needle.trim().toLowerCase(), from);
    return i < 0 ? null : { start: i, end: i + needle.trim().length };
  }
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(n).replace(/\\\.\s*|\s+/g, (m) => (m.includes('.') ? '\\.\\s*' : '\\s+'))}(?![\\p{L}\\p{N}])`, 'gu');
  re.lastIndex = from;
  const m = re.exec(h);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Whether a name found at `at` is only the start of a longer name: "Vladimir" in
 * "Vladimir Medinski" is another man than the entry's Vladimir Putin, and must not be
 * rewritten to him. A capitalised word right after it, or after a name particle ("de la",
 * "van"), continues the name; a lower-case word, punctuation or the end does not.
 */
function continuesAsAnotherName(sentence: string, at: { start: number; end: number }): boolean {
  if (!/^\p{Lu}/u.test(sentence.slice(at.start))) return false;
  return /^\s+(?:(?:de(?:l| la| los| las)?|van|von|da|di|du|bin|al|el|ibn)\s+)?\p{Lu}\p{Ll}/u.test(sentence.slice(at.end));
}

/** Every entry whose spelling occurs in the sentence; the longest spelling wins a place. */
export function matchTerms(sentence: string, entries: MatchableEntry[]): TermMatch[] {
  const found: TermMatch[] = [];
  for (const entry of entries) {
    const forms = [...entry.variants].sort((a, b) => b.length - a.length);
    for (const form of forms) {
      let at = findPhrase(sentence, form);
      while (at && continuesAsAnotherName(sentence, at)) at = findPhrase(sentence, form, at.end);
      if (at && !found.some((f) => f.start < at!.end && at!.start < f.end)) {
        found.push({ entryId: entry.id, form: sentence.slice(at.start, at.end), ...at });
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What a spelling found in the source should read as in the translation: the entry's target,
 * or, for a surname met alone ("Rubio" of "Marco Rubio"), the target's own last word, so that
 * "Rubio dijo" reads "Rubio said", not "Blond said" nor "Marco Rubio said". (A person's only,
 * when the entry says its kind: "Atlántico" of "Océano Atlántico" is no "Ocean" of "Atlantic Ocean".)
 */
export function targetFor(entry: Pick<MatchableEntry, 'target' | 'variants'> & { kind?: string }, form: string): string {
  const words = entry.target.trim().split(/\s+/);
  if (words.length < 2 || /\s/.test(form.trim()) || (entry.kind !== undefined && entry.kind !== 'person')) return entry.target;
  const key = fold(form.trim());
  const surname = entry.variants.some((v) => /\s/.test(v.trim()) && fold(v.trim().split(/\s+/).pop()!) === key);
  return surname ? words[words.length - 1]! : entry.target;
}

export function containsTarget(translation: string, target: string): boolean {
  return findPhrase(translation, target) !== null;
}

/** Where the target stands in a translation (accents, case and spacing as the matcher allows), or null. */
export function locateTarget(translation: string, target: string): { start: number; end: number } | null {
  return findPhrase(translation, target);
}

/**
 * Puts the entry's target into a translation that lacks it, where the engine's own
 * rendering of the term (or a spelling of it passed through untranslated) stands.
 * Returns null when no such place is found.
 */
export function repairTranslation(translation: string, target: string, candidates: string[]): string | null {
  for (const candidate of candidates.filter((c) => c.trim()).sort((a, b) => b.length - a.length)) {
    let at = findPhrase(translation, candidate);
    // Part of another person's name is not where this term's rendering stands.
    while (at && continuesAsAnotherName(translation, at)) at = findPhrase(translation, candidate, at.end);
    if (!at) continue;
    const original = translation.slice(at.start, at.end);
    const capital = at.start === 0 || /[.!?]\s*$/.test(translation.slice(0, at.start));
    const replacement = capital && /^\p{Ll}/u.test(target) && /^\p{Lu}/u.test(original) ? target[0]!.toUpperCase() + target.slice(1) : target;
    return translation.slice(0, at.start) + replacement + translation.slice(at.end);
  }
  return null;
}

/** Method measured against repair: the target written into the Spanish before translating. */
export function substituteInSource(sentence: string, matches: TermMatch[], targetOf: (match: TermMatch) => string): string {
  let out = sentence;
  for (const m of [...matches].sort((a, b) => b.start - a.start)) out = out.slice(0, m.start) + targetOf(m) + out.slice(m.end);
  return out;
}

/**
 * How to ask an engine for its rendering of a term: a lower-case term alone is read as a
 * sentence of its own (Apertium turns "alto el fuego" into "Tall"), so it goes in behind
 * an article, which is then taken off the English.
 */
export function renderingProbe(form: string): string {
  return /^\p{Ll}/u.test(form) ? `el ${form}` : form;
}

export function readRenderingProbe(form: string, output: string): string {
  return /^\p{Ll}/u.test(form) ? output.replace(/^the\s+/i, '').replace(/[.]$/, '') : output.replace(/[.]$/, '');
}

