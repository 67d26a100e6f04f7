/**
 * What every export format is written from: articles as paragraphs of sentence pairs, with
 * the reader's edits told apart, their notes, the glossary terms found in each sentence,
 * and the glossary itself.
 */
import type { ParagraphRole } from '../api';
import type { TermKind } from '../contract';

export type ExportNote = { side: 'source' | 'target'; quote: string | null; body: string };
/** A glossary term in a sentence: where its spelling stands in the source and, when held, its target in the translation. */
export type ExportTerm = { source: string; target: string; ok: boolean; sourceRange: Range; targetRange: Range | null };
export type Range = { start: number; end: number };

export type ExportSentence = {
  n: number;
  source: string;
  /** The English, or null when the sentence is not translated. */
  target: string | null;
  edited: boolean;
  notes: ExportNote[];
  terms: ExportTerm[];
};

export type ExportArticle = {
  title: string;
  sourceName: string | null;
  importedAt: string;
  sourceLang: string;
  targetLang: string;
  engine: string | null;
  /** The language the translation went through (a pivot), or null when the engine serves the pair directly. */
  via: string | null;
  paragraphs: { role: ParagraphRole; sentences: ExportSentence[] }[];
};

/**
 * The glossary terms to mark in one side of a sentence, in order and never overlapping: in
 * the source where each spelling was found, in the translation where each held target stands
 * (the ranges the glossary's matcher gave).
 */
export function termSpans(text: string, sentence: ExportSentence, side: 'source' | 'target'): (Range & { term: ExportTerm })[] {
  const spans = sentence.terms
    .map((term) => ({ term, range: side === 'source' ? term.sourceRange : term.ok ? term.targetRange : null }))
    .filter((x): x is { term: ExportTerm; range: Range } => x.range !== null && x.range.end <= text.length && x.range.start < x.range.end)
    .sort((a, b) => a.range.start - b.range.start);
  const out: (Range & { term: ExportTerm })[] = [];
  for (const { term, range } of spans) if (!out.length || range.start >= out[out.length - 1]!.end) out.push({ ...range, term });
  return out;
}

/** How the article was translated, as the exports state it: "translated with apertium through es on this computer". */
export function translatedWith(article: Pick<ExportArticle, 'engine' | 'via'>): string | null {
  if (!article.engine) return null;
  return `translated with ${article.engine}${article.via ? ` through ${article.via} (a pivot)` : ''} on this computer`;
}

export type ExportGlossaryEntry = { variants: string[]; target: string; kind: TermKind; note: string };

export type ExportOptions = {
  layout: 'side' | 'interleaved';
  includeNotes: boolean;
  includeGlossary: boolean;
  includeBoilerplate: boolean;
  translationOnly: boolean;
};

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  layout: 'side',
  includeNotes: true,
  includeGlossary: true,
  includeBoilerplate: false,
  translationOnly: false,
};

export type ExportDocument = { articles: ExportArticle[]; glossary: ExportGlossaryEntry[]; options: ExportOptions };

/** The paragraphs an export shows: boilerplate only when asked for. */
export function visibleParagraphs(article: ExportArticle, options: ExportOptions) {
  return article.paragraphs.filter((p) => options.includeBoilerplate || p.role !== 'boilerplate');
}

/** Notes numbered in reading order across the document, as footnotes are. */
export function numberNotes(doc: ExportDocument): Map<ExportNote, number> {
  const numbers = new Map<ExportNote, number>();
  if (!doc.options.includeNotes) return numbers;
  for (const article of doc.articles) {
    for (const p of visibleParagraphs(article, doc.options)) {
      for (const s of p.sentences) for (const note of s.notes) numbers.set(note, numbers.size + 1);
    }
  }
  return numbers;
}

/** A file name that every system accepts, from an article title. */
export function safeFileName(title: string, extension: string): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || 'glosa-export';
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base) ? `${base}-export` : base;
  return `${reserved}.${extension}`;
}

/** The glossary as the glossary files carry it. */
export function glossaryRecords(doc: ExportDocument): ExportGlossaryEntry[] {
  return doc.glossary.map((g) => ({ variants: g.variants, target: g.target, kind: g.kind, note: g.note }));
}
