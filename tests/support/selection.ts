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

/** Clicks the middle of a word of a sentence with the mouse, as a reader clicks a word to look it up. */
export async function clickWord(sentence: Locator, word: string): Promise<void> {
  const box = await sentence.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.search(new RegExp(`(?<![\\p{L}])${wanted}(?![\\p{L}])`, 'u'));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${wanted}" is not in this sentence`);
  }, word);
  await sentence.page().mouse.click(box.x, box.y);
}
