/**
 * The Spanish news corpus: real articles in tests/fixtures/es-news/, kept as crawled
 * (SOURCES.tsv: where each comes from, and which half it is in), and hand-made gold for
 * most of them (gold/<name>.json): sentences, paragraph roles (heading, body,
 * boilerplate) and the glossary entries a reader would want, spellings grouped. The
 * development half is worked on; the held-apart half is only measured, by the benchmark.
 * (The records of agchaparroh/LaMaquinaDeNoticias are kept without their contenido_html and
 * metadata fields, which Glosa never reads: the text they hold, contenido_texto, is as crawled.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSuggestions, type OccurrenceRow } from '../../core/glossary/suggest';
import { extractOccurrences } from '../../core/glossary/extract';
import { fold } from '../../core/glossary/match';
import { language } from '../../core/languages';
import { occurrenceRow } from '../../core/store/glossary';
import type { TermKind } from '../../core/contract';
import { type CorpusArticle, segmentArticle } from './language-corpus';
import type { Segmented } from './segmentation-score';

export const ES_NEWS_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'es-news');

export type Split = 'dev' | 'heldout';
export type Source = { file: string; repository: string; commit: string; path: string; originalUrl: string; split: Split };
export type GoldEntry = { kind: TermKind; variants: string[] };
export type EsGold = CorpusArticle & { name: string; split: Split; gold: Segmented; glossary: GoldEntry[] };

/** SOURCES.tsv, a row per article. */
export function esSources(): Source[] {
  const [, ...rows] = fs.readFileSync(path.join(ES_NEWS_DIR, 'SOURCES.tsv'), 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [file, repository, commit, p, originalUrl, split] = row.split('\t') as [string, string, string, string, string, Split];
    return { file, repository, commit, path: p, originalUrl, split };
  });
}

export function esArticles(): CorpusArticle[] {
  return esSources().map((s) => ({ file: path.join(ES_NEWS_DIR, s.file), lang: 'es' }));
}

export function esGold(): EsGold[] {
  const dir = path.join(ES_NEWS_DIR, 'gold');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const doc = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { source: string; split: Split; glossary: GoldEntry[] } & Segmented;
      return { name: f.replace(/\.json$/, ''), file: path.join(ES_NEWS_DIR, '..', doc.source), lang: 'es', split: doc.split, gold: { paragraphs: doc.paragraphs }, glossary: doc.glossary };
    });
}

export type SuggestionScore = {
  /** Of the top 30 suggestions, those that are a gold entry (by any spelling). */
  precisionTop30: number;
  /** Of the gold's people and places, those some suggestion is (by any spelling). */
  recallPeoplePlaces: number;
  /** Gold groups of several spellings whose spellings all stand in one suggestion, of those found. */
  groupsMerged: number;
  groups: number;
  /** Suggestions that hold spellings of two gold entries. */
  confused: number;
  /** Of the suggestions that are a gold entry, those of the gold's kind (person, place, organisation, term). */
  kindsRight: number;
  suggestions: number;
};

export type Entity = { kind: TermKind; spellings: Set<string> };

/** Of a set of spellings, the names of two words or more that none of the other set's stands inside or holds. */
const ownNames = (a: Set<string>, b: Set<string>) => {
  const longer = (set: Set<string>) => [...set].filter((s) => s.includes(' '));
  const within = (x: string, y: string) => ` ${y} `.includes(` ${x} `);
  return longer(a).filter((x) => !longer(b).some((y) => within(x, y) || within(y, x)));
};

/** A person, a place and an institution are never one, whatever spelling they share ("Magallanes", a region and a surname); a term may be a name's word. */
const namesOfTwoKinds = (a: TermKind, b: TermKind) => a !== b && a !== 'term' && b !== 'term';

/**
 * The gold's entities: entries of several articles that share a folded spelling are one
 * ("Zelenski" of one article, "Volodímir Zelenski" and "Zelenski" of another). Unless each
 * has a name of its own the other's is no part of ("Cecilia Moreau", "Leopoldo Moreau"), or
 * they are names of two kinds ("Magallanes", a region, and "Laura Magallanes"): then they are two, and the spelling they share is its own, since no one entry can hold
 * it for both.
 */
export function goldEntities(entries: GoldEntry[]): Entity[] {
  const entities: Entity[] = [];
  const ambiguous = new Map<string, TermKind>();
  for (const entry of entries) {
    const spellings = new Set(entry.variants.map(fold));
    const same = entities.filter((e) => [...spellings].some((s) => e.spellings.has(s) && !ambiguous.has(s)));
    const distinct = (e: Entity) => (ownNames(e.spellings, spellings).length > 0 && ownNames(spellings, e.spellings).length > 0) || namesOfTwoKinds(e.kind, entry.kind);
    for (const other of same.filter(distinct)) for (const s of spellings) if (other.spellings.has(s)) ambiguous.set(s, entry.kind);
    const [one, ...more] = same.filter((e) => !distinct(e));
    if (!one) entities.push({ kind: entry.kind, spellings: new Set([...spellings].filter((s) => !ambiguous.has(s))) });
    else {
      for (const s of [...spellings, ...more.flatMap((e) => [...e.spellings])]) one.spellings.add(s);
      for (const e of more) entities.splice(entities.indexOf(e), 1);
    }
  }
  for (const e of entities) for (const s of ambiguous.keys()) e.spellings.delete(s);
  for (const [s, kind] of ambiguous) entities.push({ kind, spellings: new Set([s]) });
  return entities.filter((e) => e.spellings.size);
}

/** The index of the entity a spelling is of (-1 if none), by its folded form, looked up once per spelling. */
export function entityIndex(entities: Entity[]): (spelling: string) => number {
  const byFolded = new Map<string, number>();
  for (const [i, e] of entities.entries()) for (const s of e.spellings) if (!byFolded.has(s)) byFolded.set(s, i);
  const known = new Map<string, number>();
  return (spelling) => {
    let i = known.get(spelling);
    if (i === undefined) known.set(spelling, (i = byFolded.get(fold(spelling)) ?? -1));
    return i;
  };
}

/**
 * The glossary's suggestions from a set of articles read as one library, scored against
 * their gold: entries of several articles that share a spelling are one entity.
 */
export async function scoreSuggestions(articles: EsGold[]): Promise<SuggestionScore> {
  const rows: OccurrenceRow[] = [];
  for (const [i, a] of articles.entries()) {
    const segmented = await segmentArticle(a);
    const sentences = segmented.paragraphs.filter((p) => p.role !== 'boilerplate').flatMap((p) => p.sentences);
    for (const o of extractOccurrences(sentences, language('es'))) rows.push(occurrenceRow(i + 1, o));
  }
  const suggestions = buildSuggestions(rows);
  const entities = goldEntities(articles.flatMap((a) => a.glossary));
  const entityOf = entityIndex(entities);
  const top = suggestions.slice(0, 30);
  const precisionTop30 = top.length ? top.filter((s) => s.variants.some((v) => entityOf(v) >= 0)).length / top.length : 0;
  const wanted = entities.filter((e) => e.kind === 'person' || e.kind === 'place');
  const foundEntities = new Set(suggestions.flatMap((s) => s.variants.map(entityOf)).filter((i) => i >= 0));
  const recallPeoplePlaces = wanted.length ? wanted.filter((e) => foundEntities.has(entities.indexOf(e))).length / wanted.length : 1;
  // A group of spellings is merged when every spelling of it suggested stands in one suggestion.
  let groups = 0;
  let groupsMerged = 0;
  for (const [i, e] of entities.entries()) {
    if (e.spellings.size < 2) continue;
    const holding = suggestions.filter((s) => s.variants.some((v) => entityOf(v) === i));
    if (!holding.length) continue;
    groups++;
    if (holding.length === 1) groupsMerged++;
  }
  const confused = suggestions.filter((s) => new Set(s.variants.map(entityOf).filter((i) => i >= 0)).size > 1).length;
  const matched = suggestions.map((s) => ({ s, entity: s.variants.map(entityOf).find((i) => i >= 0) })).filter((m) => m.entity !== undefined);
  const kindsRight = matched.length ? matched.filter((m) => entities[m.entity!]!.kind === m.s.kind).length / matched.length : 1;
  return { precisionTop30, recallPeoplePlaces, groupsMerged, groups, confused, kindsRight, suggestions: suggestions.length };
}
