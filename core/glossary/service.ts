import type { GlossaryItem } from '../api';
import type { GlossaryMode, TermKind } from '../contract';
import { GlosaError } from '../errors';
import type { Library } from '../library';
import type { GlossaryRepository, NewEntry } from '../store/glossary';
import { curatedFor, curatedKeys } from './curated';
import { extractOccurrences } from './extract';
import { language } from '../languages';
import type { GlossaryRecord } from './formats';
import { fold, type MatchableEntry, matchTerms } from './match';
import { variantKey } from '../text/variant-key';
import { SpellingIndex } from './spelling-index';
import { type Suggestion, adjectiveSuggestion, buildSuggestions } from './suggest';

export type ActiveEntry = MatchableEntry & { canonical: string; kind: TermKind };

/** The words of a text as the matcher compares them. */
const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** One sentence a glossary item stands in, with the spelling found there. */
export type Place = { articleId: number; n: number; form: string };

/**
 * The reader's glossary: suggestions built from the whole library (kept current one
 * import at a time), and the entries the reader accepted, edited, merged or rejected.
 */
export class Glossary {
  private cached: Suggestion[] | null = null;
  /** Where each spelling stands (folded as the matcher compares it), from the index; built with the suggestions. */
  private where: SpellingIndex | null = null;
  /** Where the items the index does not know stand, found by the matcher; by their spellings. */
  private readonly matched = new Map<string, Place[]>();
  /** Every word of the library's sentences, folded: a spelling with a word outside it stands nowhere. */
  private vocabulary: Set<string> | null = null;
  /** True while articles wait to be indexed in the background; asking for suggestions finishes them. */
  private behind = false;

  constructor(
    private readonly library: Library,
    private readonly store: GlossaryRepository,
    /** The language new entries are written in, and suggestions offered for, unless told otherwise. */
    private readonly readingLanguage: () => string = () => 'en',
  ) {}

  /** Finds the names and terms of one article; the suggestions follow. */
  indexArticle(articleId: number): void {
    const refs = this.library.sentenceRefs(articleId).filter((s) => !s.boilerplate);
    const lang = language(this.library.summary(articleId).sourceLang);
    this.store.setOccurrences(articleId, extractOccurrences(refs.map((s) => s.text), lang, refs.map((s) => s.n)));
    this.invalidate();
  }

  /** Indexes every article that has not been yet (a library from before the glossary). */
  ensureIndexed(): void {
    const todo = this.unindexed();
    if (todo.length) this.store.batch(() => todo.forEach((id) => this.indexArticle(id)));
    this.behind = false;
  }

  /**
   * The same, a few articles at a time, so that a large library still opens at once and
   * answers the reader while its glossary catches up. Stops when `stopped` says so.
   */
  async catchUp(stopped: () => boolean, chunk = 25): Promise<void> {
    const todo = this.unindexed();
    this.behind = todo.length > 0;
    for (let i = 0; i < todo.length && this.behind; i += chunk) {
      await new Promise((resolve) => setImmediate(resolve));
      if (stopped()) return;
      this.store.batch(() => {
        for (const id of todo.slice(i, i + chunk)) {
          try {
            this.indexArticle(id);
          } catch (error) {
            // An article deleted meanwhile has nothing left to index.
            if (!(error instanceof GlosaError && error.code === 'not_found')) throw error;
          }
        }
      });
    }
    this.behind = false;
  }

  private unindexed(): number[] {
    const done = this.store.articlesWithOccurrences();
    return this.library
      .list()
      .map((a) => a.id)
      .filter((id) => !done.has(id));
  }

  rebuild(): void {
    this.store.batch(() => {
      this.store.clearOccurrences();
      for (const a of this.library.list()) this.indexArticle(a.id);
    });
  }

  invalidate(): void {
    this.cached = null;
    this.where = null;
    this.matched.clear();
    this.vocabulary = null;
  }

  suggestions(): Suggestion[] {
    if (this.behind) this.ensureIndexed();
    if (!this.cached) {
      const unknown = new Map<string, Set<number>>();
      for (const row of this.store.unknownWords()) {
        for (const word of JSON.parse(row.unknown_words) as string[]) {
          const key = variantKey(word);
          if (!unknown.has(key)) unknown.set(key, new Set());
          unknown.get(key)!.add(row.article_id);
        }
      }
      // One pass over the index, article by article: the suggestions and where each spelling stands.
      const where = new SpellingIndex();
      this.cached = buildSuggestions(this.store.occurrences(curatedKeys(), (r) => where.add(fold(r.form), r)), unknown);
      this.where = where.finish();
    }
    return this.cached;
  }

  /**
   * The sentences an item's spellings stand in, one place per sentence, in library order: what
   * the panel lists, and so what it counts. From the index where it knows the spellings; else
   * (a term added by hand, a word only the engine flagged) found by the glossary's matcher.
   */
  places(variants: string[]): Place[] {
    this.suggestions();
    const bySentence = new Map<string, Place>();
    for (const key of new Set(variants.map(fold))) {
      for (const place of this.where?.places(key) ?? []) {
        const id = `${place.articleId}:${place.n}`;
        // The longer spelling names the sentence's place ("Volodimir Zelenski" over "Zelenski").
        const seen = bySentence.get(id);
        if (!seen || place.form.length > seen.form.length) bySentence.set(id, place);
      }
    }
    if (bySentence.size) return [...bySentence.values()].sort((a, b) => a.articleId - b.articleId || a.n - b.n);
    const id = JSON.stringify([...variants].sort());
    let found = this.matched.get(id);
    if (!found) this.matched.set(id, (found = this.match(variants)));
    return found;
  }

  private match(variants: string[]): Place[] {
    // A glossary file brings thousands of names no article has: those are told apart at once.
    const words = this.words();
    const possible = variants.filter((v) => wordsOf(v).every((w) => words.has(w)));
    if (!possible.length) return [];
    const entry = { id: 0, target: '', mode: 'hint' as const, variants: possible };
    // Full-text search finds the candidate articles; their sentences are then matched exactly.
    const candidates = new Set<number>();
    for (const form of possible) for (const a of this.library.list(form)) candidates.add(a.id);
    const places: Place[] = [];
    for (const articleId of [...candidates].sort((a, b) => a - b)) {
      for (const ref of this.library.sentenceRefs(articleId)) {
        if (ref.boilerplate) continue;
        const [m] = matchTerms(ref.text, [entry]);
        if (m) places.push({ articleId, n: ref.n, form: m.form });
      }
    }
    return places;
  }

  private words(): Set<string> {
    if (!this.vocabulary) {
      const words = new Set<string>();
      for (const a of this.library.list()) for (const r of this.library.sentenceRefs(a.id)) for (const w of wordsOf(r.text)) words.add(w);
      this.vocabulary = words;
    }
    return this.vocabulary;
  }

  /** How often an item stands in the library: the sentences it is listed in, and their articles. */
  private stats(variants: string[]): { count: number; articleIds: number[] } {
    const places = this.places(variants);
    return { count: places.length, articleIds: [...new Set(places.map((p) => p.articleId))] };
  }

  list(filter: { status?: 'suggested' | 'accepted' | 'rejected'; query?: string } = {}): GlossaryItem[] {
    const items: GlossaryItem[] = [];
    const reading = this.readingLanguage();
    const covered = this.store.coveredKeys(reading);
    for (const e of this.store.entries()) {
      const { count, articleIds } = this.stats(e.variants);
      items.push({
        id: e.id,
        key: variantKey(e.canonical),
        canonical: e.canonical,
        variants: e.variants,
        target: e.target,
        targetLang: e.target_lang,
        kind: e.kind,
        note: e.note,
        status: e.status,
        mode: e.mode,
        scopeArticleId: e.scope_article_id,
        count,
        articleIds,
      });
    }
    const isCovered = (s: { key: string; variants: string[] }) => covered.has(s.key) || s.variants.some((v) => covered.has(variantKey(v)));
    const suggested = (s: Suggestion): GlossaryItem => ({
      id: null,
      key: s.key,
      canonical: s.canonical,
      variants: s.variants,
      target: suggestedTarget(s, reading),
      targetLang: reading,
      kind: s.kind,
      note: '',
      status: 'suggested',
      mode: 'enforce',
      scopeArticleId: null,
      ...this.stats(s.variants),
    });
    for (const s of this.suggestions()) {
      const adjective = s.adjective && !isCovered(s.adjective) ? adjectiveSuggestion(s.adjective) : null;
      // A country decided on already: its adjective, still open, is offered alone.
      if (isCovered(s)) {
        if (adjective) items.push(suggested(adjective));
        continue;
      }
      const item = suggested(s);
      if (adjective) item.adjective = { variants: adjective.variants, target: suggestedTarget(adjective, reading) };
      items.push(item);
    }
    const q = filter.query ? variantKey(filter.query) : '';
    return items.filter(
      (i) => (!filter.status || i.status === filter.status) && (!q || i.variants.some((v) => variantKey(v).includes(q)) || variantKey(i.target).includes(q)),
    );
  }

  private item(id: number): GlossaryItem {
    const found = this.list().find((i) => i.id === id);
    if (!found) throw new GlosaError('not_found', 'entryNotFound', { id });
    return found;
  }

  private suggestion(key: string): Suggestion {
    const all = this.suggestions();
    const adjective = all.find((x) => x.adjective?.key === key)?.adjective;
    const s = all.find((x) => x.key === key) ?? (adjective ? adjectiveSuggestion(adjective) : undefined);
    if (!s) throw new GlosaError('not_found', 'suggestionGone', { key });
    return s;
  }

  /**
   * Accepts or rejects a suggestion, with the reader's changes to it. A country accepted brings
   * its adjective along ("Bielorrusia", and "bielorruso", "bielorrusa"), in the same transaction,
   * unless the reader has decided on the adjective already.
   */
  decide(key: string, status: 'accepted' | 'rejected', changes: Partial<Pick<NewEntry, 'target' | 'targetLang' | 'kind' | 'note' | 'mode' | 'scopeArticleId'>> = {}): GlossaryItem {
    const s = this.suggestion(key);
    this.checkScope(changes.scopeArticleId);
    const targetLang = changes.targetLang ?? this.readingLanguage();
    const entry = (from: Suggestion, kind: TermKind, target: string, note: string): NewEntry => ({
      canonical: from.canonical,
      target,
      targetLang,
      kind,
      note,
      status,
      mode: changes.mode ?? 'enforce',
      scopeArticleId: changes.scopeArticleId ?? null,
      variants: from.variants,
    });
    let id = 0;
    this.store.batch(() => {
      id = this.store.insert(entry(s, changes.kind ?? s.kind, changes.target ?? suggestedTarget(s, targetLang), changes.note ?? ''));
      const covered = this.store.coveredKeys(targetLang);
      if (status !== 'accepted' || !s.adjective || s.adjective.variants.some((v) => covered.has(variantKey(v)))) return;
      const adjective = adjectiveSuggestion(s.adjective);
      this.store.insert(entry(adjective, 'term', suggestedTarget(adjective, targetLang), ''));
    });
    return this.item(id);
  }

  add(entry: { variants: string[]; target: string; targetLang?: string; kind: TermKind; note?: string; mode?: GlossaryMode; scopeArticleId?: number | null }): GlossaryItem {
    const given = entry.variants.map((v) => v.trim()).filter(Boolean);
    if (!given.length || !entry.target.trim()) throw new GlosaError('invalid_input', 'entryIncomplete');
    this.checkScope(entry.scopeArticleId);
    const variants = entry.kind === 'person' ? this.withSurname(given) : given;
    const id = this.store.insert({
      canonical: variants[0]!,
      target: entry.target.trim(),
      targetLang: entry.targetLang ?? this.readingLanguage(),
      kind: entry.kind,
      note: entry.note ?? '',
      status: 'accepted',
      mode: entry.mode ?? 'enforce',
      scopeArticleId: entry.scopeArticleId ?? null,
      variants,
    });
    return this.item(id);
  }

  /**
   * A person picked from the text is met by their surname alone too ("Rubio dijo", after
   * "Marco Rubio"), where the library writes it alone and no other entry claims it: the
   * reader sees it among the entry's spellings and can split it off.
   */
  private withSurname(variants: string[]): string[] {
    const full = variants.find((v) => /\s/.test(v));
    const surname = full?.split(/\s+/).pop();
    if (!surname || surname.length < 3 || !/^\p{Lu}/u.test(surname) || variants.some((v) => fold(v) === fold(surname))) return variants;
    this.suggestions();
    const alone = this.where?.places(fold(surname)).next().done === false;
    const claimed = this.store.entries().some((e) => e.variants.some((v) => fold(v) === fold(surname)));
    return alone && !claimed ? [...variants, surname] : variants;
  }

  update(id: number, changes: Partial<NewEntry>): GlossaryItem {
    this.checkScope(changes.scopeArticleId);
    if (!this.store.update(id, changes)) throw new GlosaError('not_found', 'entryNotFound', { id });
    return this.item(id);
  }

  /** An entry scoped to one article needs that article. */
  private checkScope(articleId: number | null | undefined): void {
    if (articleId !== null && articleId !== undefined) this.library.get(articleId);
  }

  remove(id: number): void {
    if (!this.store.delete(id)) throw new GlosaError('not_found', 'entryNotFound', { id });
  }

  /** One entry from several: every spelling kept, the first entry's target and settings. */
  merge(ids: number[]): GlossaryItem {
    const entries = ids.map((id) => this.store.entry(id));
    if (entries.some((e) => !e) || entries.length < 2) throw new GlosaError('invalid_input', 'mergeTooFew');
    const [first, ...rest] = entries as NonNullable<(typeof entries)[number]>[];
    if (rest.some((e) => e.target_lang !== first!.target_lang)) throw new GlosaError('invalid_input', 'mergeLanguages');
    this.store.update(first!.id, { variants: [...first!.variants, ...rest.flatMap((e) => e.variants)] });
    for (const e of rest) this.store.delete(e.id);
    return this.item(first!.id);
  }

  /** Takes one spelling out of an entry into an entry of its own. */
  split(id: number, form: string): GlossaryItem[] {
    const entry = this.store.entry(id);
    if (!entry) throw new GlosaError('not_found', 'entryNotFound', { id });
    if (!entry.variants.includes(form) || entry.variants.length < 2) throw new GlosaError('invalid_input', 'splitNotSpelling', { form });
    const remaining = entry.variants.filter((v) => v !== form);
    this.store.update(id, { variants: remaining, canonical: entry.canonical === form ? remaining[0]! : entry.canonical });
    const newId = this.store.insert({ ...entry, canonical: form, scopeArticleId: entry.scope_article_id, targetLang: entry.target_lang, variants: [form] });
    return [this.item(id), this.item(newId)];
  }

  /**
   * Accepted entries that apply to an article: those for all articles and its own, whose
   * target is in the language the article is read in (an English target is no help in Spanish).
   */
  activeEntries(articleId: number | null): ActiveEntry[] {
    const targetLang = articleId === null ? this.readingLanguage() : this.library.summary(articleId).targetLang;
    return this.store
      .entries()
      .filter((e) => e.status === 'accepted' && e.target_lang === targetLang && (e.scope_article_id === null || e.scope_article_id === articleId))
      .map((e) => ({ id: e.id, target: e.target, mode: e.mode, variants: e.variants, canonical: e.canonical, kind: e.kind }));
  }

  /** The accepted entries into one language, as a glossary file holds them. */
  records(targetLang = this.readingLanguage()): GlossaryRecord[] {
    return this.store
      .entries()
      .filter((e) => e.status === 'accepted' && e.target_lang === targetLang)
      .map((e) => ({ variants: e.variants, target: e.target, kind: e.kind, note: e.note }));
  }

  /** Adds the records as accepted entries into one language, all or nothing; entries into other languages are left as they are. */
  importRecords(records: GlossaryRecord[], targetLang = this.readingLanguage()): number {
    const existing = this.store.entries();
    const next: NewEntry[] = existing.map((e) => ({ ...e, scopeArticleId: e.scope_article_id, targetLang: e.target_lang }));
    // Each spelling's key leads to the first entry into the language that has it, so that a large file merges in linear time.
    const byKey = new Map<string, NewEntry>();
    const index = (entry: NewEntry) => {
      if (entry.targetLang !== targetLang) return;
      for (const v of entry.variants) if (!byKey.has(variantKey(v))) byKey.set(variantKey(v), entry);
    };
    next.forEach(index);
    for (const r of records) {
      const same = r.variants.map((v) => byKey.get(variantKey(v))).find((e) => e !== undefined);
      if (same) {
        Object.assign(same, { target: r.target, kind: r.kind, note: r.note, status: 'accepted', variants: [...new Set([...same.variants, ...r.variants])] });
        index(same);
      } else {
        const entry: NewEntry = { canonical: r.variants[0]!, target: r.target, targetLang, kind: r.kind, note: r.note, status: 'accepted', mode: 'enforce', scopeArticleId: null, variants: r.variants };
        next.push(entry);
        index(entry);
      }
    }
    this.store.replaceAll(next);
    return records.length;
  }
}

/**
 * A suggestion's target in a reading language. The shipped table gives English and lists the
 * Spanish press's own spellings first (Moscú, Kiev, la OTAN), so into Spanish an entry of it
 * reads as that first spelling; a name is kept as written.
 */
function suggestedTarget(s: Suggestion, targetLang: string): string {
  if (targetLang === 'en') return s.target;
  const curated = s.curated ? curatedFor(s.key) ?? s.variants.map((v) => curatedFor(variantKey(v))).find(Boolean) : undefined;
  return curated && targetLang === 'es' ? curated.source[0]! : s.canonical;
}
