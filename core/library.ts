import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Article, ArticleSummary, ImportResult } from './api';
import { joinBlocks } from './article/document';
import { type ParsedArticle, parseArticleFile, parsePastedText } from './article/import';
import { SEGMENTER_VERSION, segmentBlocks } from './article/segment';
import { GlosaError, ImportError } from './errors';
import { language } from './languages';
import { detectLanguage } from './languages/detect';
import type { ArticleRepository, SentenceRef } from './store/articles';

/** The same article imported twice has the same text, whatever its file or encoding. */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}

/** An article's language as found on import: the detector's guess, and whether it was sure. */
export type FoundLanguage = { code: string; sure: boolean };

/** Text with at least this many letters and no language in it is refused; a shorter one is kept, marked unsure. */
const LETTERS_FOR_A_VERDICT = 200;

/** The language of an article about to be stored, found by the detector (core/languages/detect.ts). */
export async function findLanguage(parsed: ParsedArticle, name: string, fallback: string): Promise<FoundLanguage> {
  const text = parsed.blocks.map((b) => b.text).join('\n');
  const { language: code, reliable } = await detectLanguage(text);
  if (code) return { code, sure: reliable };
  if ((text.match(/\p{L}/gu)?.length ?? 0) >= LETTERS_FOR_A_VERDICT) {
    throw new ImportError('no_language', `${name} does not read as text in any language Glosa recognises.`);
  }
  return { code: fallback, sure: false };
}

export type LibraryOptions = {
  now?: () => Date;
  /** The language new articles are translated into (the reader's setting). */
  readingLanguage?: () => string;
};

/** The reader's articles: import, list, search, rename, delete and restore. */
export class Library {
  private readonly now: () => Date;
  private readonly readingLanguage: () => string;

  constructor(
    private readonly articles: ArticleRepository,
    options: LibraryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.readingLanguage = options.readingLanguage ?? (() => 'en');
  }

  async importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
    try {
      const parsed = await parseArticleFile(name, bytes);
      return this.store(parsed, name, await findLanguage(parsed, name, this.lastLanguage()));
    } catch (error) {
      return importFailure(name, error);
    }
  }

  async importText(text: string, title?: string): Promise<ImportResult> {
    const name = title?.trim() || 'pasted text';
    try {
      const parsed = parsePastedText(text, title);
      return this.store(parsed, null, await findLanguage(parsed, 'The pasted text', this.lastLanguage()));
    } catch (error) {
      return importFailure(name, error);
    }
  }

  /** For a text too short to tell: the language of the article imported last, as a reader mostly reads one. */
  private lastLanguage(): string {
    return this.articles.lastSourceLang() ?? 'es';
  }

  /** Reads files and folders from disk (the CLI); a folder brings in every article file in it. */
  /** Stores an article already read; the caller may wrap several in one transaction. */
  storeParsed(parsed: ParsedArticle, sourceName: string | null, found: FoundLanguage): ImportResult {
    return this.store(parsed, sourceName, found);
  }

  private store(parsed: ParsedArticle, sourceName: string | null, found: FoundLanguage): ImportResult {
    const text = joinBlocks(parsed.blocks);
    const hash = contentHash(text);
    const name = sourceName ? path.basename(sourceName) : parsed.title;
    const existing = this.articles.findLiveByHash(hash);
    if (existing) return { status: 'duplicate', name, article: existing };
    const { id, duplicate } = this.articles.insertUnlessPresent({
      title: parsed.title,
      sourceName: sourceName ? path.basename(sourceName) : null,
      sourceLang: found.code,
      sourceLangSure: found.sure,
      targetLang: this.readingLanguage(),
      contentHash: hash,
      text,
      blocks: parsed.blocks,
      paragraphs: segmentBlocks(parsed.blocks, language(found.code)),
      segmenterVersion: SEGMENTER_VERSION,
      importedAt: this.now().toISOString(),
    });
    return { status: duplicate ? 'duplicate' : 'imported', name, article: this.articles.summary(id)! };
  }

  list(query?: string): ArticleSummary[] {
    return query?.trim() ? this.articles.search(query) : this.articles.list();
  }

  /** The article, whole, or its first paragraphs up to the one that holds sentence `head - 1`. */
  get(id: number, head?: number): Article {
    this.resegmentIfStale(id);
    const article = this.articles.get(id, head);
    if (!article) throw new GlosaError('not_found', 'articleNotFound', { id });
    return article;
  }

  /** The article's sentences with their hashes, for translation, edits and notes. */
  sentenceRefs(id: number): SentenceRef[] {
    this.resegmentIfStale(id);
    const refs = this.articles.sentenceRefs(id);
    if (!refs) throw new GlosaError('not_found', 'articleNotFound', { id });
    return refs;
  }

  /** The article's stored text, which sentence ranges point into. */
  text(id: number): string {
    const source = this.articles.source(id);
    if (!source) throw new GlosaError('not_found', 'articleNotFound', { id });
    return source.text;
  }

  /** Articles stored by an older segmenter are segmented again when opened. */
  private resegmentIfStale(id: number): void {
    const source = this.articles.source(id);
    if (!source || source.segmenterVersion === SEGMENTER_VERSION) return;
    this.resegment(id, source);
  }

  private resegment(id: number, source: NonNullable<ReturnType<ArticleRepository['source']>>): void {
    const texts = source.text.split('\n\n');
    const blocks = texts.map((text, i) => {
      const hint = source.blockHints[i];
      return hint ? { text, hint } : { text };
    });
    this.articles.replaceSegmentation(id, segmentBlocks(blocks, language(source.sourceLang)), SEGMENTER_VERSION);
  }

  /**
   * The reader corrects the article's language, or chooses the one it is read in. A new
   * source language segments the article again by that language's rules; translations,
   * edits and notes stay with the sentences whose text did not change.
   */
  setLanguages(id: number, sourceLang: string, targetLang: string): ArticleSummary {
    const before = this.articles.source(id);
    if (!before || !this.articles.setLanguages(id, sourceLang, targetLang)) throw new GlosaError('not_found', 'articleNotFound', { id });
    if (before.sourceLang !== sourceLang) this.resegment(id, { ...before, sourceLang });
    return this.articles.summary(id)!;
  }

  /** The article's summary (title, languages), without its text. */
  summary(id: number): ArticleSummary {
    const summary = this.articles.summary(id);
    if (!summary) throw new GlosaError('not_found', 'articleNotFound', { id });
    return summary;
  }

  rename(id: number, title: string): ArticleSummary {
    if (!this.articles.rename(id, title.trim())) throw new GlosaError('not_found', 'articleNotFound', { id });
    return this.articles.summary(id)!;
  }

  delete(id: number): void {
    if (!this.articles.softDelete(id, this.now().toISOString())) {
      throw new GlosaError('not_found', 'articleNotFound', { id });
    }
  }

  restore(id: number): ArticleSummary {
    const deleted = this.articles.summary(id, { includeDeleted: true });
    if (!deleted) throw new GlosaError('not_found', 'articleNotDeleted', { id });
    this.articles.restore(id);
    return this.articles.summary(id)!;
  }

  /** Deleted articles stay restorable for the session; they are removed on the next start. */
  purgeDeleted(): number {
    return this.articles.purgeDeleted(this.now().toISOString());
  }
}

function importFailure(name: string, error: unknown): ImportResult {
  if (error instanceof ImportError) return { status: 'error', name, code: error.code, message: error.message };
  throw error;
}

