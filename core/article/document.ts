/**
 * What every importer produces: the article as plain blocks of text, with the structure the
 * source format made explicit (a heading in HTML, Markdown or Word) kept as a hint.
 */
export type BlockHint = 'heading' | 'list';

export type Block = { text: string; hint?: BlockHint };

export type ImportedDocument = {
  title: string | null;
  blocks: Block[];
};

/** Blocks are stored as one text, separated by a blank line; offsets point into it. */
export const BLOCK_SEPARATOR = '\n\n';

export function joinBlocks(blocks: Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Whitespace inside a block is collapsed the way a browser would show it. */
export function normaliseInline(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The first sentence or heading, short enough for a list. */
export function deriveTitle(blocks: Block[], fallback: string): string {
  const heading = blocks.find((b) => b.hint === 'heading');
  const first = heading ?? blocks[0];
  if (!first) return fallback;
  const line = first.text.split('\n')[0]!.trim();
  const sentenceEnd = line.search(/[.!?…](\s|$)/);
  const sentence = sentenceEnd > 0 ? line.slice(0, sentenceEnd + 1) : line;
  return truncateWords(sentence, 72) || fallback;
}

export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,;:\s]+$/, '')}…`;
}
