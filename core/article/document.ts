/**
 * What every importer produces: the article as plain blocks of text, with the structure the
 * source format made explicit (a heading in HTML, Markdown or Word) kept as a hint.
 */
import type { Block } from '../contract';

export type { Block, BlockHint } from '../contract';

export type ImportedDocument = {
  title: string | null;
  blocks: Block[];
};

/** Blocks are stored as one text, separated by a blank line; offsets point into it. */
export const BLOCK_SEPARATOR = '\n\n';

/** A standfirst is a few sentences at most: what the page sets apart above its text, or names so. */
export const STANDFIRST_WORDS = 60;

export function joinBlocks(blocks: Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/**
 * Whitespace inside a block is collapsed the way a browser would show it. In plain text a
 * gap of several spaces is kept as two (`keepGaps`): where a scraper dropped a link's words it
 * left their spaces, the trace of a sentence cut short ("del presidente  Así lo reveló").
 */
export function normaliseInline(text: string, { keepGaps = false } = {}): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[ \t\r\f\v]+/g, (gap) => (keepGaps && gap.length > 1 ? '  ' : ' '))
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Titles longer than this are cut at a word; the Library shows a few lines of it. */
const MAX_TITLE = 200;
const QUOTES = `"'«»“”‘’„`;

/**
 * The article's title where the source gave none: its first heading, else the first
 * sentence of the first paragraph that has words in it (a stray quote mark or a rule of
 * dashes is no title), with a quote mark left open by the cut taken off.
 */
export function deriveTitle(blocks: Block[], fallback: string): string {
  const worded = blocks.filter((b) => /\p{L}/u.test(b.text));
  const first = worded.find((b) => b.hint === 'heading') ?? worded[0];
  if (!first) return fallback;
  const line = first.text.split('\n').find((l) => /\p{L}/u.test(l))!.trim();
  const sentenceEnd = line.search(/[.!?…](\s|$)/);
  let sentence = sentenceEnd > 0 ? line.slice(0, sentenceEnd + 1) : line;
  if (QUOTES.includes(sentence[0]!) && !hasClosingQuote(sentence)) sentence = sentence.slice(1).trim();
  return truncateWords(sentence, MAX_TITLE) || fallback;
}

function hasClosingQuote(text: string): boolean {
  const open = text[0]!;
  const close = ({ '«': '»', '“': '”', '‘': '’', '„': '“' } as Record<string, string>)[open] ?? open;
  return text.indexOf(close, 1) > 0;
}

export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,;:\s]+$/, '')}…`;
}
