import type { Locator } from 'playwright-core';

/** Selects `words` inside a sentence as a reader would with the mouse, and lets go of the button. */
export async function selectWords(sentence: Locator, words: string): Promise<void> {
  await sentence.evaluate((el, wanted) => {
    const text = el.firstChild!.firstChild!;
    const start = text.textContent!.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in this sentence`);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + wanted.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }, words);
  await sentence.dispatchEvent('mouseup', { bubbles: true });
}
