import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleMarks, NO_SENTENCE } from '../../core/glossary/article-marks';

/** The same marks kept the plain way: article to its first sentence. */
function model(meetings: [number, number | undefined][]): Map<number, number> {
  const m = new Map<number, number>();
  for (const [a, at] of meetings) m.set(a, Math.min(m.get(a) ?? NO_SENTENCE, at ?? NO_SENTENCE));
  return m;
}

const marks = (meetings: [number, number | undefined][]) => {
  const m = new ArticleMarks();
  for (const [a, at] of meetings) m.meet(a, at);
  return m;
};

const meetings = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined })), { maxLength: 60 });

describe('the articles a name is met in', () => {
  it('keeps each article once, with the first sentence met in it, in ascending order', () => {
    const m = marks([[3, 9], [3, 4], [7, undefined], [1, 12], [3, 6], [7, 2]]);
    expect(m.ids()).toEqual([1, 3, 7]);
    expect(m.size).toBe(3);
    expect(m.firstAt(3)).toBe(4);
    expect(m.firstAt(7)).toBe(2);
    expect(m.firstAt(1)).toBe(12);
    expect(m.firstAt(2)).toBeUndefined();
    expect(m.has(2)).toBe(false);
  });

  it('reads an article with no sentence listed as met after every sentence', () => {
    const m = marks([[5, undefined]]);
    expect(m.has(5)).toBe(true);
    expect(m.firstAt(5)).toBe(NO_SENTENCE);
  });

  it('answers as a map of article to first sentence would, in any order of meeting', () => {
    fc.assert(
      fc.property(meetings, (ms) => {
        const expected = model(ms);
        // Each question asked first of marks of its own: every one of them puts them in order.
        expect(marks(ms).size).toBe(expected.size);
        const asked = marks(ms);
        for (let a = 0; a <= 41; a++) expect(asked.firstAt(a)).toBe(expected.get(a));
        expect(marks(ms).ids()).toEqual([...expected.keys()].sort((a, b) => a - b));
      }),
    );
  });

  it('takes in another as the two maps joined, keeping the earlier sentence', () => {
    fc.assert(
      fc.property(meetings, meetings, (xs, ys) => {
        const m = marks(xs);
        m.absorb(marks(ys));
        const expected = model([...xs, ...ys]);
        expect(m.ids()).toEqual([...expected.keys()].sort((a, b) => a - b));
        expect(m.size).toBe(expected.size);
        for (const [a, at] of expected) expect(m.firstAt(a)).toBe(at);
        // Still takes meetings after it.
        m.meet(1000, 1);
        expect(m.ids().at(-1)).toBe(1000);
      }),
    );
  });

  it('tells whether all its articles are among another\'s', () => {
    fc.assert(
      fc.property(meetings, meetings, (xs, ys) => {
        const inner = new Set(model(xs).keys());
        const outer = new Set(model(ys).keys());
        expect(marks(xs).within(marks(ys))).toBe([...inner].every((a) => outer.has(a)));
        expect(marks(xs).within(marks([...ys, ...xs]))).toBe(true);
      }),
    );
  });

  it('tells whether one of its articles at least is one of another\'s', () => {
    fc.assert(
      fc.property(meetings, meetings, (xs, ys) => {
        const outer = new Set(model(ys).keys());
        expect(marks(xs).meets(marks(ys))).toBe([...model(xs).keys()].some((a) => outer.has(a)));
      }),
    );
    expect(marks([[5, 1], [9, 2]]).meets(marks([[1, 1], [9, 4]]))).toBe(true);
    expect(marks([[5, 1], [9, 2]]).meets(marks([[1, 1], [7, 4], [10, 0]]))).toBe(false);
  });
});
