/**
 * Suggestions from what the library holds: spellings gathered under one key, surnames
 * joined to the full names they belong to, the curated table consulted, and the result
 * ranked by how useful an entry is to this reader (recurrence across articles first).
 */
import type { TermKind } from '../contract';
import { curatedFor } from './curated';
import { lastWordKey } from '../text/variant-key';

import type { OccurrenceRow } from '../store/glossary';

export type { OccurrenceRow };

export type Suggestion = {
  key: string;
  canonical: string;
  variants: string[];
  kind: TermKind;
  target: string;
  count: number;
  articles: number[];
  unknownToEngine: boolean;
  curated: boolean;
  score: number;
};

type Cluster = {
  keys: Set<string>;
  forms: Map<string, number>;
  articles: Set<number>;
  count: number;
  initial: number;
  afterPreposition: number;
  afterTitle: number;
  kindHint: TermKind | null;
  unknown: boolean;
};

/** Enough to rank a name met once below any that recurs. */
const ONCE_PENALTY = 20;

export function buildSuggestions(rows: Iterable<OccurrenceRow>, unknownWords: Map<string, Set<number>> = new Map()): Suggestion[] {
  const clusters = new Map<string, Cluster>();
  const clusterOf = (key: string) => {
    let c = clusters.get(key);
    if (!c) {
      c = { keys: new Set([key]), forms: new Map(), articles: new Set(), count: 0, initial: 0, afterPreposition: 0, afterTitle: 0, kindHint: null, unknown: false };
      clusters.set(key, c);
    }
    return c;
  };
  for (const r of rows) {
    const c = clusterOf(r.key);
    c.forms.set(r.form, (c.forms.get(r.form) ?? 0) + r.count);
    c.articles.add(r.article_id);
    c.count += r.count;
    c.initial += r.initial;
    c.afterPreposition += r.after_preposition;
    c.afterTitle += r.after_title;
    if (r.kind) c.kindHint = r.kind as TermKind;
  }
  for (const [key, articles] of unknownWords) {
    const c = clusters.get(key);
    if (c) c.unknown = true;
    else {
      // A word only the engine flagged (it may start sentences only, or be lower-case).
      const created = clusterOf(key);
      created.unknown = true;
      created.count = articles.size;
      for (const a of articles) created.articles.add(a);
    }
  }

  const merge = (into: Cluster, from: Cluster, fromKey: string) => {
    for (const k of from.keys) into.keys.add(k);
    for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
    for (const a of from.articles) into.articles.add(a);
    into.count += from.count;
    into.initial += from.initial;
    into.afterPreposition += from.afterPreposition;
    into.afterTitle += from.afterTitle;
    into.unknown ||= from.unknown;
    into.kindHint ??= from.kindHint;
    clusters.delete(fromKey);
  };

  // One curated entry, several spellings with different keys (ONU / Naciones Unidas).
  const byCurated = new Map<string, string>();
  for (const [key, c] of [...clusters]) {
    const curated = curatedFor(key);
    if (!curated) continue;
    const id = curated.source[0]!;
    const home = byCurated.get(id);
    if (home && clusters.has(home) && home !== key) merge(clusters.get(home)!, c, key);
    else byCurated.set(id, key);
  }

  // A name written in Cyrillic changes its ending with its case ("Бастиана Швайнштайгера" is
  // "Бастиан Швайнштайгер"): each such spelling joins the spelling its stem belongs to.
  const byStem = new Map<string, string>();
  for (const [key, c] of [...clusters].sort((a, b) => b[1].count - a[1].count)) {
    if (c.kindHint === 'term' || curatedFor(key)) continue;
    const stem = declensionStem(key);
    const home = byStem.get(stem);
    if (home && home !== key && clusters.has(home) && [...c.forms.keys()].some((f) => CYRILLIC.test(f))) merge(clusters.get(home)!, c, key);
    else if (!home) byStem.set(stem, key);
  }

  // A surname alone belongs to the full name it ends ("Zelenski" in "Volodimir Zelenski").
  const fullNames = [...clusters.entries()].filter(([key, c]) => key.includes(' ') && c.kindHint !== 'term' && c.kindHint !== 'organization' && !curatedFor(key));
  for (const [key, c] of [...clusters]) {
    if (key.includes(' ') || c.kindHint === 'term' || curatedFor(key)) continue;
    const plain = fullNames.filter(([full]) => clusters.has(full) && !/ (de|del|la|las|los|el|para) /.test(full));
    // The surname alone ("Zelenski"), or, failing that, a name given first ("Kim" of "Kim Jong-un").
    let owners = plain.filter(([full]) => lastWordKey(full) === key);
    if (owners.length === 0) owners = plain.filter(([full]) => full.split(' ')[0] === key);
    if (owners.length === 1) {
      const [ownerKey, owner] = owners[0]!;
      merge(owner, c, key);
      owner.kindHint = 'person';
      clusters.set(ownerKey, owner);
    }
  }

  // Part of one longer name, and of that one only: "Morales Ojeda" of "Roberto Morales Ojeda",
  // "Rosario del Pilar Pentón" of "Rosario del Pilar Pentón Díaz".
  const longer = [...clusters.keys()].filter((k) => k.includes(' '));
  for (const [key, c] of [...clusters].sort((a, b) => a[0].length - b[0].length)) {
    if (!key.includes(' ') || c.kindHint === 'term' || curatedFor(key) || !clusters.has(key)) continue;
    const owners = longer.filter((full) => full !== key && clusters.has(full) && clusters.get(full)!.kindHint !== 'term' && (full.endsWith(` ${key}`) || full.startsWith(`${key} `)));
    if (owners.length === 1) merge(clusters.get(owners[0]!)!, c, key);
  }

  const suggestions: Suggestion[] = [];
  for (const [key, c] of clusters) {
    const curated = [...c.keys].map(curatedFor).find(Boolean);
    const forms = [...c.forms.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1]);
    const canonical = forms[0]?.[0] ?? key;
    const words = canonical.split(' ').length;
    const kind: TermKind =
      curated?.kind ??
      c.kindHint ??
      (/^[\p{Lu}.\s]+$/u.test(canonical) ? 'organization' : words > 1 || c.afterTitle > 0 ? 'person' : c.afterPreposition * 2 >= c.count ? 'place' : 'person');
    const articles = [...c.articles].sort((a, b) => a - b);
    // Recurrence across articles counts more than repetition within one.
    const recurring = articles.length >= 2 || (kind !== 'term' && c.count >= 3);
    const onlyInitial = words === 1 && c.initial >= c.count && !curated && !c.unknown;
    // A name met once is what a reader meeting that minister (or that town) for the first time
    // needs: kept, and ranked below everything that recurs. A full name, or one word with the
    // evidence of a name about it: capitalised mid-sentence after a preposition or a title.
    // (A name of three words or more may open its sentence: its other capitals say it is one.)
    const fullNameOnce = kind !== 'term' && (words >= 3 || (c.initial < c.count && (words >= 2 || c.afterPreposition > 0 || c.afterTitle > 0)));
    if (onlyInitial || (!recurring && !fullNameOnce && !curated && !c.unknown)) continue;
    if (kind === 'term' && articles.length < 2 && !curated) continue;
    const score =
      articles.length * 10 + Math.min(c.count, 30) + (curated ? 5 : 0) + (c.unknown ? 3 : 0) + (words > 1 && kind !== 'term' ? 2 : 0) - (recurring || curated || c.unknown ? 0 : ONCE_PENALTY);
    suggestions.push({
      key,
      canonical,
      variants: forms.map(([f]) => f),
      kind,
      target: curated?.target ?? canonical,
      count: c.count,
      articles,
      unknownToEngine: c.unknown,
      curated: Boolean(curated),
      score,
    });
  }
  return suggestions.sort((a, b) => b.score - a.score || a.canonical.localeCompare(b.canonical));
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Case endings of Russian and Ukrainian names as the spelling key writes them, longest first. */
const CASE_ENDINGS = ['iakh', 'ogo', 'ego', 'omu', 'emu', 'ami', 'iam', 'ikh', 'akh', 'om', 'em', 'oi', 'ei', 'im', 'iu', 'ia', 'a', 'e', 'i', 'u'];

/** A name's key with each long word's case ending taken off: the spellings of one name in its cases meet here. */
export function declensionStem(key: string): string {
  return key
    .split(' ')
    .map((word) => {
      if (word.length < 5) return word;
      const ending = CASE_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 4);
      return ending ? word.slice(0, -ending.length) : word;
    })
    .join(' ');
}
