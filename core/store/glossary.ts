import type { GlossaryMode, TermKind } from '../contract';
import { variantKey } from '../text/variant-key';
import type { Database } from './database';
import { RecordChains } from '../text/record-chains';

/** How often one spelling occurs in one article, as extraction counts it. */
export type Occurrence = {
  key: string;
  form: string;
  kind: TermKind | null;
  count: number;
  /** How many of those were the first word of a sentence, where any word is capitalised. */
  initial: number;
  afterPreposition: number;
  afterTitle: number;
  /** The numbers of the sentences it was met in, each once, in order. */
  sentences: number[];
  /** How many of those were one capitalised word that the language's dictionary has as an ordinary word ("Salud"). */
  common?: number;
  /** How many of those were one capitalised word the dictionary does not know at all ("Uyuni"): a name's evidence. */
  unlisted?: number;
  /** How many of those stood in a list beside a known place ("La Habana y Artemisa"). */
  listed?: number;
  /** How many of those came right after a definite article ("la Fuerza Aérea"), which a person's name seldom does. */
  afterArticle?: number;
  /** How many of those were a name of several words all ordinary ones, led by no given name ("Poder Judicial"): an institution's evidence. */
  ordinary?: number;
  /** How many of those came right after a preposition of where a thing is ("en Córdoba"). */
  afterLocative?: number;
  /** How many of those were one word the language's dictionary lists as a name ("Pérez", "Santander"): a name many bear. */
  inDictionary?: number;
};

/** An occurrence as stored, with its article. */
export type OccurrenceRow = {
  article_id: number;
  key: string;
  form: string;
  kind: string | null;
  count: number;
  initial: number;
  after_preposition: number;
  after_title: number;
  sentences: number[];
  common?: number;
  unlisted?: number;
  listed?: number;
  after_article?: number;
  ordinary?: number;
  after_locative?: number;
  in_dictionary?: number;
};

/** An article's occurrence as the index gives it back. */
export function occurrenceRow(articleId: number, o: Occurrence): OccurrenceRow {
  return { article_id: articleId, key: o.key, form: o.form, kind: o.kind, count: o.count, initial: o.initial, after_preposition: o.afterPreposition, after_title: o.afterTitle, sentences: o.sentences, common: o.common ?? 0, unlisted: o.unlisted ?? 0, listed: o.listed ?? 0, after_article: o.afterArticle ?? 0, ordinary: o.ordinary ?? 0, after_locative: o.afterLocative ?? 0, in_dictionary: o.inDictionary ?? 0 };
}

export type EntryRow = {
  id: number;
  canonical: string;
  target: string;
  kind: TermKind;
  note: string;
  status: 'accepted' | 'rejected';
  mode: GlossaryMode;
  scope_article_id: number | null;
  /** The language the target is in: an entry is applied to translations into it only. */
  target_lang: string;
  created_at: string;
  updated_at: string;
};

export type NewEntry = {
  canonical: string;
  target: string;
  kind: TermKind;
  note: string;
  status: 'accepted' | 'rejected';
  mode: GlossaryMode;
  scopeArticleId: number | null;
  variants: string[];
  /** The language the target is in. */
  targetLang: string;
};

export class GlossaryRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Replaces what was found in one article: one row, so that indexing stays cheap. */
  setOccurrences(articleId: number, occurrences: Occurrence[]): void {
    const packed = occurrences.map((o) => [o.key, o.form, o.kind, o.count, o.initial, o.afterPreposition, o.afterTitle, o.sentences, o.common ?? 0, o.unlisted ?? 0, o.listed ?? 0, o.afterArticle ?? 0, o.ordinary ?? 0, o.afterLocative ?? 0, o.inDictionary ?? 0]);
    this.db.transaction(() => {
      this.db.run('INSERT INTO term_index (article_id, occurrences) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET occurrences = excluded.occurrences', [
        articleId,
        JSON.stringify(packed),
      ]);
    });
  }

  clearOccurrences(): void {
    this.db.transaction(() => this.db.run('DELETE FROM term_index'));
  }

  /** Runs `fn` in one transaction: indexing a whole library costs one commit, not one each. */
  batch(fn: () => void): void {
    this.db.transaction(fn);
  }

  /**
   * Occurrences in live articles: every name (a single mention of a full name is what a
   * surname elsewhere joins), and the lower-case terms found in more than one article or
   * listed in `alwaysKeys` (the curated table). Read one article at a time, so that a large
   * library is never held in memory whole: names as they come, the terms held back (packed,
   * without their sentences) until it is known in how many articles each stands. `every`
   * sees every occurrence whole, those left out included (where a spelling stands).
   */
  *occurrences(alwaysKeys: Iterable<string> = [], every?: (row: OccurrenceRow) => void): Generator<OccurrenceRow> {
    const always = new Set(alwaysKeys);
    // Terms held back by key, packed: [article, form, count, initial, after a preposition, after a title] each.
    const terms = new RecordChains<string>();
    const held = new Map<string, { kind: string | null; forms: string[] }>();
    for (const r of this.everyOccurrence()) {
      every?.(r);
      if (r.kind !== 'term') {
        yield r;
        continue;
      }
      let term = held.get(r.key);
      if (!term) held.set(r.key, (term = { kind: r.kind, forms: [] }));
      let form = term.forms.indexOf(r.form);
      if (form < 0) form = term.forms.push(r.form) - 1;
      terms.add(r.key, [r.article_id, form, r.count, r.initial, r.after_preposition, r.after_title]);
    }
    // A term found in more than one article, or one the curated table lists; its sentences
    // were seen by `every` (what is yielded here is what suggestions count).
    for (const [key, { kind, forms }] of held) {
      if (terms.count(key) < 2 && !always.has(key)) continue;
      for (const { data: d, at } of terms.records(key)) {
        yield { article_id: d[at]!, key, form: forms[d[at + 1]!]!, kind, count: d[at + 2]!, initial: d[at + 3]!, after_preposition: d[at + 4]!, after_title: d[at + 5]!, sentences: [] };
      }
    }
  }

  /** Every occurrence in live articles, terms met in one article included, one article at a time. */
  *everyOccurrence(): Generator<OccurrenceRow> {
    for (const { article_id, occurrences } of this.db.iterate<{ article_id: number; occurrences: string }>(
      'SELECT t.article_id, t.occurrences FROM term_index t JOIN articles a ON a.id = t.article_id AND a.deleted_at IS NULL',
    )) {
      for (const [key, form, kind, count, initial, afterPreposition, afterTitle, sentences, common, unlisted, listed, afterArticle, ordinary, afterLocative, inDictionary] of JSON.parse(occurrences) as [string, string, string | null, number, number, number, number, number[]?, number?, number?, number?, number?, number?, number?, number?][]) {
        yield { article_id, key, form, kind, count, initial, after_preposition: afterPreposition, after_title: afterTitle, sentences: sentences ?? [], common: common ?? 0, unlisted: unlisted ?? 0, listed: listed ?? 0, after_article: afterArticle ?? 0, ordinary: ordinary ?? 0, after_locative: afterLocative ?? 0, in_dictionary: inDictionary ?? 0 };
      }
    }
  }

  articlesWithOccurrences(): Set<number> {
    return new Set(this.db.all<{ article_id: number }>('SELECT article_id FROM term_index').map((r) => r.article_id));
  }

  /** Words the engine flagged as unknown, by the articles they occur in. */
  unknownWords(): { article_id: number; unknown_words: string }[] {
    return this.db.all(
      `SELECT DISTINCT s.article_id, t.unknown_words FROM translations t
       JOIN segments s ON s.source_hash = t.source_hash
       JOIN articles a ON a.id = s.article_id AND a.deleted_at IS NULL
       WHERE t.unknown_words <> '[]'`,
    );
  }

  entries(): (EntryRow & { variants: string[] })[] {
    const rows = this.db.all<EntryRow>('SELECT * FROM glossary_entries ORDER BY canonical COLLATE NOCASE');
    const variants = this.db.all<{ entry_id: number; form: string }>('SELECT entry_id, form FROM glossary_variants ORDER BY rowid');
    const byEntry = new Map<number, string[]>();
    for (const v of variants) byEntry.set(v.entry_id, [...(byEntry.get(v.entry_id) ?? []), v.form]);
    return rows.map((r) => ({ ...r, variants: byEntry.get(r.id) ?? [r.canonical] }));
  }

  entry(id: number): (EntryRow & { variants: string[] }) | undefined {
    return this.entries().find((e) => e.id === id);
  }

  /** Keys the entries into a language already cover: their spellings are no longer suggested for it. */
  coveredKeys(targetLang: string): Set<string> {
    return new Set(
      this.db
        .all<{ key: string }>('SELECT v.key FROM glossary_variants v JOIN glossary_entries e ON e.id = v.entry_id WHERE e.target_lang = ?', [targetLang])
        .map((r) => r.key),
    );
  }

  insert(entry: NewEntry): number {
    return this.db.transaction(() => {
      const at = this.now().toISOString();
      const { lastInsertRowid: id } = this.db.run(
        `INSERT INTO glossary_entries (canonical, target, kind, note, status, mode, scope_article_id, target_lang, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [entry.canonical, entry.target, entry.kind, entry.note, entry.status, entry.mode, entry.scopeArticleId, entry.targetLang, at, at],
      );
      this.setVariants(id, entry.variants);
      return id;
    });
  }

  update(id: number, changes: Partial<Omit<NewEntry, 'variants'>> & { variants?: string[] }): boolean {
    return this.db.transaction(() => {
      const columns: [string, string | number | null][] = [];
      if (changes.canonical !== undefined) columns.push(['canonical', changes.canonical]);
      if (changes.target !== undefined) columns.push(['target', changes.target]);
      if (changes.kind !== undefined) columns.push(['kind', changes.kind]);
      if (changes.note !== undefined) columns.push(['note', changes.note]);
      if (changes.status !== undefined) columns.push(['status', changes.status]);
      if (changes.mode !== undefined) columns.push(['mode', changes.mode]);
      if (changes.scopeArticleId !== undefined) columns.push(['scope_article_id', changes.scopeArticleId]);
      if (changes.targetLang !== undefined) columns.push(['target_lang', changes.targetLang]);
      columns.push(['updated_at', this.now().toISOString()]);
      const { changes: n } = this.db.run(`UPDATE glossary_entries SET ${columns.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`, [...columns.map(([, v]) => v), id]);
      if (n && changes.variants) this.setVariants(id, changes.variants);
      return n > 0;
    });
  }

  private setVariants(id: number, variants: string[]): void {
    this.db.run('DELETE FROM glossary_variants WHERE entry_id = ?', [id]);
    for (const form of [...new Set(variants.map((v) => v.trim()).filter(Boolean))]) {
      this.db.run('INSERT OR IGNORE INTO glossary_variants (entry_id, form, key) VALUES (?, ?, ?)', [id, form, variantKey(form)]);
    }
  }

  delete(id: number): boolean {
    return this.db.transaction(() => this.db.run('DELETE FROM glossary_entries WHERE id = ?', [id]).changes > 0);
  }

  /** Replaces the whole glossary in one transaction (an import that must not half-happen). */
  replaceAll(entries: NewEntry[]): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM glossary_entries');
      for (const e of entries) this.insert(e);
    });
  }
}
