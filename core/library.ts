import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article, ArticleSummary, ImportResult } from './api';
import { joinBlocks } from './article/document';
import { IMPORTABLE_EXTENSIONS, type ParsedArticle, parseArticleFile, parsePastedText } from './article/import';
import { SEGMENTER_VERSION, segmentBlocks } from './article/segment';
import { GlosaError, ImportError } from './errors';
import type { ArticleRepository, SentenceRef } from './store/articles';

/** The same article imported twice has the same text, whatever its file or encoding. */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}

/** The reader's articles: import, list, search, rename, delete and restore. */
export class Library {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
    try {
      return this.store(await parseArticleFile(name, bytes), name);
    } catch (error) {
      return importFailure(name, error);
    }
  }

  importText(text: string, title?: string): ImportResult {
    const name = title?.trim() || 'pasted text';
    try {
      return this.store(parsePastedText(text, title), null);
    } catch (error) {
      return importFailure(name, error);
    }
  }

  /** Reads files and folders from disk (the CLI); a folder brings in every article file in it. */
  async importPaths(paths: string[]): Promise<ImportResult[]> {
    const results: ImportResult[] = [];
    for (const file of expandPaths(paths, results)) {
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        results.push({ status: 'error', name: file, code: 'no_text', message: `${file} cannot be read: ${(error as Error).message}` });
        continue;
      }
      results.push(await this.importFile(file, bytes));
    }
    return results;
  }

  /** Stores an article already read; the caller may wrap several in one transaction. */
  storeParsed(parsed: ParsedArticle, sourceName: string | null): ImportResult {
    return this.store(parsed, sourceName);
  }

  private store(parsed: ParsedArticle, sourceName: string | null): ImportResult {
    const text = joinBlocks(parsed.blocks);
    const hash = contentHash(text);
    const name = sourceName ? path.basename(sourceName) : parsed.title;
    const existing = this.articles.findLiveByHash(hash);
    if (existing) return { status: 'duplicate', name, article: existing };
    const { id, duplicate } = this.articles.insertUnlessPresent({
      title: parsed.title,
      sourceName: sourceName ? path.basename(sourceName) : null,
      sourceLang: 'es',
      targetLang: 'en',
      contentHash: hash,
      text,
      blocks: parsed.blocks,
      paragraphs: segmentBlocks(parsed.blocks),
      segmenterVersion: SEGMENTER_VERSION,
      importedAt: this.now().toISOString(),
    });
    return { status: duplicate ? 'duplicate' : 'imported', name, article: this.articles.summary(id)! };
  }

  list(query?: string): ArticleSummary[] {
    return query?.trim() ? this.articles.search(query) : this.articles.list();
  }

  get(id: number): Article {
    this.resegmentIfStale(id);
    const article = this.articles.get(id);
    if (!article) throw new GlosaError('not_found', `There is no article ${id} in the library.`);
    return article;
  }

  /** The article's sentences with their hashes, for translation, edits and notes. */
  sentenceRefs(id: number): SentenceRef[] {
    this.resegmentIfStale(id);
    const refs = this.articles.sentenceRefs(id);
    if (!refs) throw new GlosaError('not_found', `There is no article ${id} in the library.`);
    return refs;
  }

  /** The article's stored text, which sentence ranges point into. */
  text(id: number): string {
    const source = this.articles.source(id);
    if (!source) throw new GlosaError('not_found', `There is no article ${id} in the library.`);
    return source.text;
  }

  /** Articles stored by an older segmenter are segmented again when opened. */
  private resegmentIfStale(id: number): void {
    const source = this.articles.source(id);
    if (!source || source.segmenterVersion === SEGMENTER_VERSION) return;
    const texts = source.text.split('\n\n');
    const blocks = texts.map((text, i) => {
      const hint = source.blockHints[i];
      return hint ? { text, hint } : { text };
    });
    this.articles.replaceSegmentation(id, segmentBlocks(blocks), SEGMENTER_VERSION);
  }

  rename(id: number, title: string): ArticleSummary {
    if (!this.articles.rename(id, title.trim())) throw new GlosaError('not_found', `There is no article ${id} in the library.`);
    return this.articles.summary(id)!;
  }

  delete(id: number): void {
    if (!this.articles.softDelete(id, this.now().toISOString())) {
      throw new GlosaError('not_found', `There is no article ${id} in the library.`);
    }
  }

  restore(id: number): ArticleSummary {
    const deleted = this.articles.summary(id, { includeDeleted: true });
    if (!deleted) throw new GlosaError('not_found', `There is no article ${id} to restore.`);
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

function expandPaths(paths: string[], results: ImportResult[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      results.push({ status: 'error', name: p, code: 'no_text', message: `${p} does not exist.` });
      continue;
    }
    if (stat.isDirectory()) {
      const entries = fs.readdirSync(p, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((e) => e.isFile() && IMPORTABLE_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext)))
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      if (found.length === 0) {
        results.push({ status: 'error', name: p, code: 'unsupported_type', message: `${p} holds no .txt, .md, .html or .docx files.` });
      }
      files.push(...found);
    } else {
      files.push(p);
    }
  }
  return files;
}
