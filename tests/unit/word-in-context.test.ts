import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutWord, wordsAdded } from '../../core/translate/word-in-context';

describe("a word's rendering in its sentence", () => {
  it('is what the translation with the word has and the one without it lacks, in one run', () => {
    expect(wordsAdded('Blond said that the war has to end.', 'Said that the war has to end.')).toBe('Blond');
    expect(wordsAdded('The president spoke with the prime minister today.', 'The president spoke with today.')).toBe('the prime minister');
    // Punctuation and capitals do not count as a difference.
    expect(wordsAdded('Yesterday, Kyiv answered.', 'Yesterday, answered.')).toBe('Kyiv');
  });

  it('is unknown where the engine rewrote the sentence, or wrote nothing for the word', () => {
    expect(wordsAdded('The war ended today.', 'The war ended today.')).toBeNull();
    // Two places differ: the word changed the sentence around it.
    expect(wordsAdded('He went home early.', 'She went home.')).toBeNull();
    expect(wordsAdded('a b c d e f g', 'g', 4)).toBeNull();
  });

  it('is found whatever the words around it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('the', 'war', 'in', 'said', 'today', 'and'), { maxLength: 8 }), fc.array(fc.constantFrom('x', 'y'), { maxLength: 8 }), (before, after) => {
        expect(wordsAdded([...before, 'Kyiv', ...after].join(' '), [...before, ...after].join(' '))).toBe('Kyiv');
      }),
    );
  });

  it('takes one occurrence of the word out of the sentence, mending the spaces', () => {
    expect(withoutWord('Según Rubio, la paz está cerca.', 6, 11)).toBe('Según, la paz está cerca.');
    expect(withoutWord('Rubio dijo que sí.', 0, 5)).toBe('dijo que sí.');
    expect(withoutWord('Habló con Rubio.', 10, 15)).toBe('Habló con.');
  });
});

describe("a word's rendering, at the edges", () => {
  it('is found at the start, with its punctuation taken off, and up to four words long', () => {
    expect(wordsAdded('Kyiv said no.', 'said no.')).toBe('Kyiv');
    expect(wordsAdded('«Kyiv», said he.', 'said he.')).toBe('Kyiv');
    expect(wordsAdded('a b c d x', 'x')).toBe('a b c d');
    expect(wordsAdded('a b c d e x', 'x')).toBeNull();
    expect(wordsAdded('a b x', 'x', 1)).toBeNull();
    // Capitals alone are no difference.
    expect(wordsAdded('The war goes on.', 'the war goes on.')).toBeNull();
  });

  it('mends the spaces of a sentence with the word taken out, around every kind of closing mark', () => {
    expect(withoutWord('Dijo «sí» Rubio» hoy.', 10, 15)).toBe('Dijo «sí»» hoy.');
    expect(withoutWord('A  Rubio  dijo.', 3, 8)).toBe('A dijo.');
  });
});
