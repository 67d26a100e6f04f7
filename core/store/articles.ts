import type { Article, ArticleSummary, Paragraph, ParagraphRole } from '../api';
import type { Block, BlockHint } from '../contract';
import { sourceHash } from './source-hash';
import type { Database } from './database';

export type SentenceRef = { n: number; text: string; start: number; end: number; hash: string; boilerplate: boolean };

export type NewArticle = {
  title: string;
  sourceName: string | null;
  sourceLang: string;
  /** False when the language detector was not sure; the reader is asked to check it. */
  sourceLangSure: boolean;
  targetLang: string;
  contentHash: string;
  text: string;
  blocks: Block[];
  paragraphs: Paragraph[];
  segmenterVersion: number;
  importedAt: string;
};

type ArticleRow = {
  id: number;
  title: string;
  source_name: string | null;
  source_lang: string;
  source_lang_sure: number;
  target_lang: string;
  imported_at: string;
  sentence_count: number;
  snippet?: string;
};

const SUMMARY_COLUMNS = 'a.id, a.title, a.source_name, a.source_lang, a.source_lang_sure, a.target_lang, a.imported_at, a.sentence_count';

function toSummary(row: ArticleRow): ArticleSummary {
  const summary: ArticleSummary = {
    id: row.id,
    title: row.title,
    sourceName: row.source_name,
    importedAt: row.imported_at,
    sourceLang: row.source_lang,
    sourceLangSure: row.source_lang_sure === 1,
    targetLang: row.target_lang,
    sentenceCount: row.sentence_count,
  };
  if (row.snippet) summary.snippet = row.snippet;
  return summary;
}

/** Words of a search box turned into an FTS5 query: every word, each as a prefix. */
export function toFtsQuery(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

export class ArticleRepository {
  constructor(private readonly db: Database) {}

  /**
   * Stores an article unless a live one with the same content is there already, deciding
   * both under one write lock: imports of one file racing in several processes store it once.
   */
  insertUnlessPresent(article: NewArticle): { id: number; duplicate: boolean } {
    return this.db.transaction(() => {
      const existing = this.findLiveByHash(article.contentHash);
      return existing ? { id: existing.id, duplicate: true } : { id: this.insert(article), duplicate: false };
    });
  }

  insert(article: NewArticle): number {
    return this.db.transaction(() => {
      const { lastInsertRowid: id } = this.db.run(
        `INSERT INTO articles (title, source_name, source_lang, source_lang_sure, target_lang, content_hash, text, block_hints,
           imported_at, segmenter_version, sentence_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          article.title,
          article.sourceName,
          article.sourceLang,
          Number(article.sourceLangSure),
          article.targetLang,
          article.contentHash,
          article.text,
          JSON.stringify(article.blocks.map((b) => b.hint ?? null)),
          article.importedAt,
          article.segmenterVersion,
          countSentences(article.paragraphs),
        ],
      );
      this.writeSegments(id, article.paragraphs);
      this.db.run('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)', [id, article.title, article.text]);
      return id;
    });
  }

  /** Replaces an article's paragraphs and sentences, as after a new segmenter version. */
  replaceSegmentation(id: number, paragraphs: Paragraph[], segmenterVersion: number): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM segments WHERE article_id = ?', [id]);
      this.db.run('DELETE FROM paragraphs WHERE article_id = ?', [id]);
      this.writeSegments(id, paragraphs);
      this.db.run('UPDATE articles SET segmenter_version = ?, sentence_count = ? WHERE id = ?', [
        segmenterVersion,
        countSentences(paragraphs),
        id,
      ]);
    });
  }

  private writeSegments(id: number, paragraphs: Paragraph[]): void {
    paragraphs.forEach((p, idx) => {
      this.db.run('INSERT INTO paragraphs (article_id, idx, role, start, "end") VALUES (?, ?, ?, ?, ?)', [
        id,
        idx,
        p.role,
        p.start,
        p.end,
      ]);
      for (const s of p.sentences) {
        this.db.run('INSERT INTO segments (article_id, n, paragraph_idx, start, "end", source_hash) VALUES (?, ?, ?, ?, ?, ?)', [
          id,
          s.n,
          idx,
          s.start,
          s.end,
          sourceHash(s.text),
        ]);
      }
    });
  }

  findLiveByHash(hash: string): ArticleSummary | undefined {
    const row = this.db.get<ArticleRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.content_hash = ? AND a.deleted_at IS NULL LIMIT 1`,
      [hash],
    );
    return row && toSummary(row);
  }

  summary(id: number, { includeDeleted = false } = {}): ArticleSummary | undefined {
    const row = this.db.get<ArticleRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ? ${includeDeleted ? '' : 'AND a.deleted_at IS NULL'}`,
      [id],
    );
    return row && toSummary(row);
  }

  list(): ArticleSummary[] {
    return this.db
      .all<ArticleRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.deleted_at IS NULL ORDER BY a.imported_at DESC, a.id DESC`)
      .map(toSummary);
  }

  search(query: string, limit = 200): ArticleSummary[] {
    const fts = toFtsQuery(query);
    if (!fts) return this.list();
    return this.db
      .all<ArticleRow>(
        `SELECT ${SUMMARY_COLUMNS}, snippet(articles_fts, 1, char(57344), char(57345), '…', 14) AS snippet
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH ? AND a.deleted_at IS NULL
         ORDER BY rank LIMIT ?`,
        [fts, limit],
      )
      .map(toSummary);
  }

  /** The stored article with the hints needed to segment it again. */
  source(id: number): { text: string; blockHints: (BlockHint | null)[]; segmenterVersion: number; sourceLang: string } | undefined {
    const row = this.db.get<{ text: string; block_hints: string; segmenter_version: number; source_lang: string }>(
      'SELECT text, block_hints, segmenter_version, source_lang FROM articles WHERE id = ? AND deleted_at IS NULL',
      [id],
    );
    if (!row) return undefined;
    return {
      text: row.text,
      blockHints: JSON.parse(row.block_hints) as (BlockHint | null)[],
      segmenterVersion: row.segmenter_version,
      sourceLang: row.source_lang,
    };
  }

  /** The source language of the newest live article, if any. */
  lastSourceLang(): string | undefined {
    return this.db.get<{ source_lang: string }>('SELECT source_lang FROM articles WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1')?.source_lang;
  }

  /** Sets the article's languages as the reader chose them (the reader's choice is sure). */
  setLanguages(id: number, sourceLang: string, targetLang: string): boolean {
    return this.db.run('UPDATE articles SET source_lang = ?, source_lang_sure = 1, target_lang = ? WHERE id = ? AND deleted_at IS NULL', [sourceLang, targetLang, id]).changes > 0;
  }

  get(id: number, head?: number): Article | undefined {
    const summary = this.summary(id);
    const source = this.source(id);
    if (!summary || !source) return undefined;
    // A head ends with the paragraph of its last sentence, whole; past the end, it is everything.
    const lastParagraph =
      head === undefined
        ? null
        : (this.db.get<{ idx: number | null }>('SELECT MAX(paragraph_idx) AS idx FROM segments WHERE article_id = ? AND n < ?', [id, head])?.idx ?? -1);
    const upTo = lastParagraph ?? Number.MAX_SAFE_INTEGER;
    const paragraphRows = this.db.all<{ idx: number; role: ParagraphRole; start: number; end: number }>(
      'SELECT idx, role, start, "end" FROM paragraphs WHERE article_id = ? AND idx <= ? ORDER BY idx',
      [id, upTo],
    );
    const segmentRows = this.db.all<{ n: number; paragraph_idx: number; start: number; end: number }>(
      'SELECT n, paragraph_idx, start, "end" FROM segments WHERE article_id = ? AND paragraph_idx <= ? ORDER BY n',
      [id, upTo],
    );
    const paragraphs: Paragraph[] = paragraphRows.map((p) => ({ role: p.role, start: p.start, end: p.end, sentences: [] }));
    for (const s of segmentRows) {
      paragraphs[s.paragraph_idx]?.sentences.push({ n: s.n, start: s.start, end: s.end, text: source.text.slice(s.start, s.end) });
    }
    return { ...summary, paragraphs };
  }

  /** Every sentence with its paragraph's role and its text hash, in reading order. */
  sentenceRefs(id: number): SentenceRef[] | undefined {
    const source = this.source(id);
    if (!source) return undefined;
    const rows = this.db.all<{ n: number; start: number; end: number; source_hash: string | null; role: ParagraphRole }>(
      `SELECT s.n, s.start, s."end", s.source_hash, p.role FROM segments s
       JOIN paragraphs p ON p.article_id = s.article_id AND p.idx = s.paragraph_idx
       WHERE s.article_id = ? ORDER BY s.n`,
      [id],
    );
    const missing: { n: number; hash: string }[] = [];
    const refs = rows.map((r) => {
      const text = source.text.slice(r.start, r.end);
      const hash = r.source_hash ?? sourceHash(text);
      if (!r.source_hash) missing.push({ n: r.n, hash });
      return { n: r.n, text, start: r.start, end: r.end, hash, boilerplate: r.role === 'boilerplate' };
    });
    if (missing.length) {
      this.db.transaction(() => {
        for (const m of missing) this.db.run('UPDATE segments SET source_hash = ? WHERE article_id = ? AND n = ?', [m.hash, id, m.n]);
      });
    }
    return refs;
  }

  rename(id: number, title: string): boolean {
    return this.db.transaction(() => {
      const { changes } = this.db.run('UPDATE articles SET title = ? WHERE id = ? AND deleted_at IS NULL', [title, id]);
      if (changes) this.db.run('UPDATE articles_fts SET title = ? WHERE rowid = ?', [title, id]);
      return changes > 0;
    });
  }

  /** Hides the article; `restore` brings it back until the next purge. */
  softDelete(id: number, at: string): boolean {
    return this.db.transaction(
      () => this.db.run('UPDATE articles SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL', [at, id]).changes > 0,
    );
  }

  restore(id: number): boolean {
    return this.db.transaction(
      () => this.db.run('UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL', [id]).changes > 0,
    );
  }

  /** Removes for good the articles deleted before `before` (ISO time). */
  purgeDeleted(before: string): number {
    return this.db.transaction(() => {
      const ids = this.db.all<{ id: number }>('SELECT id FROM articles WHERE deleted_at IS NOT NULL AND deleted_at < ?', [before]);
      for (const { id } of ids) {
        this.db.run('DELETE FROM articles_fts WHERE rowid = ?', [id]);
        this.db.run('DELETE FROM articles WHERE id = ?', [id]);
      }
      return ids.length;
    });
  }
}

function countSentences(paragraphs: Paragraph[]): number {
  return paragraphs.reduce((n, p) => n + p.sentences.length, 0);
}
