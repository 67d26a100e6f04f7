/** The words of a sentence, as the reader can look them up one by one. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export type WordAt = { start: number; end: number; word: string };

export function wordsOf(text: string): WordAt[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].replace(/['’-]+$/, '').length, word: m[0].replace(/['’-]+$/, '') }));
}

/** The word at a character offset (a click lands on a letter or just after it), or null between words. */
export function wordAtOffset(text: string, offset: number): WordAt | null {
  return wordsOf(text).find((w) => w.start <= offset && offset <= w.end) ?? null;
}

/** The character offset within `cell` of a point in its text (a caret position). */
export function offsetIn(cell: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(cell, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** A DOM range over characters start..end of the cell's text, across the spans that mark terms. */
export function rangeOver(cell: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let begun = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!begun && start <= at + length) {
      range.setStart(node, start - at);
      begun = true;
    }
    if (begun && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
  }
  return null;
}
