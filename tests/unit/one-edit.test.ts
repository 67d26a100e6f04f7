import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { oneEditApart } from '../../core/text/one-edit';

describe('one slip apart', () => {
  it('is one letter changed, added, left out, or two side by side swapped', () => {
    expect(oneEditApart('rodriguez', 'rogriguez')).toBe(true);
    expect(oneEditApart('daly', 'daily')).toBe(true);
    expect(oneEditApart('daily', 'daly')).toBe(true);
    expect(oneEditApart('laietana', 'laietnaa')).toBe(true);
    expect(oneEditApart('ab', 'ba')).toBe(true);
    expect(oneEditApart('a', '')).toBe(true);
    expect(oneEditApart('aa', 'a')).toBe(true);
  });

  it('is not two slips, nor none', () => {
    expect(oneEditApart('laietana', 'laitena')).toBe(false);
    expect(oneEditApart('same', 'same')).toBe(false);
    expect(oneEditApart('abc', 'cba')).toBe(false);
    expect(oneEditApart('abcd', 'abdx')).toBe(false);
    expect(oneEditApart('ab', 'abcd')).toBe(false);
    expect(oneEditApart('abc', 'xbz')).toBe(false);
  });

  it('agrees with a slow count of edits on any pair of short strings', () => {
    // The optimal string alignment distance, written out plainly.
    const distance = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(fc.property(word, word, (a, b) => oneEditApart(a, b) === (distance(a, b) === 1)), { numRuns: 3000 });
  });
});
