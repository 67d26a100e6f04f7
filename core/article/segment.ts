import type { Paragraph, ParagraphRole } from '../api';
import { BLOCK_SEPARATOR, type Block } from './document';
import { type Language, language } from '../languages';
import { splitSentences } from './sentences';

/**
 * Bumped whenever segmentation changes its output, so that stored articles are
 * segmented again on open.
 */
export const SEGMENTER_VERSION = 2;

/** The page's furniture in any language: cookie notices, share buttons, agency sign-offs, a stray quote mark. */
const COMMON_BOILERPLATE: RegExp[] = [
  /\bcookies?\b/i,
  /^share\b/i,
  /^\(?\s*(efe|europa press|ep|afp|ansa|reuters|ap|dpa|sputnik|tass|xinhua|ria novosti|interfax|ukrinform|lusa)\s*\)?\s*\.?$/i,
  /^["“”«»'‘’„\s]+$/,
];

function isBoilerplate(text: string, lang: Language): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 400) return false;
  return COMMON_BOILERPLATE.some((re) => re.test(trimmed)) || lang.boilerplate.some((re) => re.test(trimmed));
}

/** A short line without closing punctuation, followed by more text, reads as a heading. */
function looksLikeHeading(text: string, isLast: boolean): boolean {
  if (isLast || text.includes('\n')) return false;
  const words = text.trim().split(/\s+/).length;
  if (text.length > 140 || words > 18) return false;
  return !/[.:;,…"”»]$/.test(text.trim());
}

export type BlockSpan = Block & { start: number };

/** Lays the blocks out in the stored text, with the offset where each begins. */
export function placeBlocks(blocks: Block[]): BlockSpan[] {
  let offset = 0;
  return blocks.map((b) => {
    const span = { ...b, start: offset };
    offset += b.text.length + BLOCK_SEPARATOR.length;
    return span;
  });
}

/**
 * Paragraphs with their roles and sentences, numbered from 0 across the article. Offsets
 * point into the article text, the blocks joined with BLOCK_SEPARATOR.
 */
export function segmentBlocks(blocks: Block[], lang: Language = language('es')): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let n = 0;
  const spans = placeBlocks(blocks);
  spans.forEach((block, index) => {
    const isLast = index === spans.length - 1;
    const ranges = splitSentences(block.text, lang);
    let role: ParagraphRole = 'body';
    if (isBoilerplate(block.text, lang)) role = 'boilerplate';
    else if (block.hint === 'heading' || looksLikeHeading(block.text, isLast)) role = 'heading';

    // A heading glued to its first sentence ("Crisis en el puertoEl gobierno…") becomes
    // a paragraph of its own.
    const first = ranges[0];
    if (role === 'body' && first && ranges.length > 1) {
      const firstText = block.text.slice(first.start, first.end);
      const gluedAt = ranges[1]!.start;
      if (gluedAt === first.end && looksLikeHeading(firstText, false)) {
        paragraphs.push({
          role: 'heading',
          start: block.start + first.start,
          end: block.start + first.end,
          sentences: [{ n: n++, text: firstText, start: block.start + first.start, end: block.start + first.end }],
        });
        ranges.shift();
      }
    }

    const sentences = ranges.map((r) => ({
      n: n++,
      text: block.text.slice(r.start, r.end),
      start: block.start + r.start,
      end: block.start + r.end,
    }));
    if (sentences.length === 0) return;
    paragraphs.push({
      role,
      start: sentences[0]!.start,
      end: sentences[sentences.length - 1]!.end,
      sentences,
    });
  });
  return paragraphs;
}
