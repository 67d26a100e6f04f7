import { describe, expect, it } from 'vitest';
import { wordAtOffset, wordsOf } from '../../renderer/src/reader/words';

describe('the words of a sentence, as the reader looks them up', () => {
  it('are runs of letters and digits, with the apostrophes and hyphens inside names', () => {
    expect(wordsOf('«Kiev», dijo Jean-Yves l’Oréal; 2024.').map((w) => w.word)).toEqual(['Kiev', 'dijo', 'Jean-Yves', 'l’Oréal', '2024']);
    expect(wordsOf('Зеленський сказав.').map((w) => [w.word, w.start, w.end])).toEqual([
      ['Зеленський', 0, 10],
      ['сказав', 11, 17],
    ]);
    // A hyphen or apostrophe that ends a word is not part of it.
    expect(wordsOf('pre- y post-guerra').map((w) => w.word)).toEqual(['pre', 'y', 'post-guerra']);
  });

  it('give the word a click lands in or just after, and none between words', () => {
    const text = 'Rubio dijo que sí.';
    expect(wordAtOffset(text, 0)?.word).toBe('Rubio');
    expect(wordAtOffset(text, 5)?.word).toBe('Rubio');
    expect(wordAtOffset(text, 7)?.word).toBe('dijo');
    expect(wordAtOffset('a  b', 2)).toBeNull();
  });
});
