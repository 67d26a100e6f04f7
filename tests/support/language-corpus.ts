/**
 * The multilingual corpus: real articles in tests/fixtures/languages/<lang>/, kept as found
 * (SOURCES.tsv says where each comes from), and hand-made gold for two of each language's
 * (gold/<lang>--<name>.json). One gold article per language is for development and its gold
 * must hold; the other is held apart and only measured by the benchmark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArticleFile } from '../../core/article/import';
import { segmentBlocks } from '../../core/article/segment';
import { language } from '../../core/languages';
import { occurrenceRow } from '../../core/store/glossary';
import type { Segmented } from './segmentation-score';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'languages');

export type CorpusArticle = { file: string; lang: string };
export type GoldArticle = CorpusArticle & { name: string; split: 'dev' | 'heldout'; gold: Segmented };

/** Every article of the corpus, with the language its folder names. */
export function corpusArticles(): CorpusArticle[] {
  return fs
    .readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name))
    .flatMap((d) => fs.readdirSync(path.join(CORPUS_DIR, d.name)).sort().map((f) => ({ file: path.join(CORPUS_DIR, d.name, f), lang: d.name })));
}

export function goldArticles(): GoldArticle[] {
  const dir = path.join(CORPUS_DIR, 'gold');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const doc = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { source: string; split: 'dev' | 'heldout' } & Segmented;
      return { name: f.replace(/\.json$/, ''), file: path.join(CORPUS_DIR, doc.source), lang: doc.source.slice(0, 2), split: doc.split, gold: { paragraphs: doc.paragraphs } };
    });
}

/**
 * The file's name and bytes as a reader would import them. "news_data.json#3" is the body of
 * the fourth record of a scraper's JSON output, "test_005.json#contenido_texto" the field of a
 * scraper's record of one article, "news.json#84.justicia.body" a field down a path of keys;
 * each kept whole as found: a plain-text article.
 */
export function articleFile(file: string): { name: string; bytes: Buffer } {
  const [json, entry] = file.split('#');
  if (entry === undefined) return { name: file, bytes: fs.readFileSync(file) };
  let found = JSON.parse(fs.readFileSync(json!, 'utf8')) as unknown;
  for (const key of entry.split('.')) found = (found as Record<string, unknown>)[key];
  // (A record of a scraper's list, its text in "body".)
  const text = typeof found === 'string' ? found : (found as { body: string }).body;
  return { name: `${json!.replace(/\.json$/, '')}-${entry}.txt`, bytes: Buffer.from(text, 'utf8') };
}

/** An article as Glosa reads it: parsed as its file type, segmented by its language's rules. */
export async function segmentArticle({ file, lang }: CorpusArticle): Promise<Segmented> {
  const { name, bytes } = articleFile(file);
  const parsed = await parseArticleFile(name, bytes);
  return { paragraphs: segmentBlocks(parsed.blocks, language(lang)).map((p) => ({ role: p.role, sentences: p.sentences.map((s) => s.text) })) };
}

/** The article's text as Glosa extracts it, for detection. */
export async function articleText({ file }: CorpusArticle): Promise<string> {
  const { name, bytes } = articleFile(file);
  const parsed = await parseArticleFile(name, bytes);
  return parsed.blocks.map((b) => b.text).join('\n\n');
}

/** The glossary's suggestions from one article alone, as `glosa terms` gives them. */
export async function articleSuggestions(article: CorpusArticle) {
  const [{ extractOccurrences }, { buildSuggestions }] = await Promise.all([import('../../core/glossary/extract'), import('../../core/glossary/suggest')]);
  const segmented = await segmentArticle(article);
  const sentences = segmented.paragraphs.filter((p) => p.role !== 'boilerplate').flatMap((p) => p.sentences);
  const rows = extractOccurrences(sentences, language(article.lang)).map((o) => occurrenceRow(1, o));
  return buildSuggestions(rows);
}
