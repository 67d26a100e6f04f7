import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpellingIndex } from '../../core/glossary/spelling-index';
import type { OccurrenceRow } from '../../core/store/glossary';

const row = (article_id: number, form: string, sentences: number[]): OccurrenceRow => ({
  article_id,
  key: form.toLowerCase(),
  form,
  kind: null,
  count: sentences.length,
  initial: 0,
  after_preposition: 0,
  after_title: 0,
  sentences,
});

describe('the spelling index', () => {
  it('gives back every sentence of a folded spelling, with its form as written, in the order added', () => {
    const index = new SpellingIndex();
    index.add('zelenski', row(1, 'Zelenski', [0, 4]));
    index.add('kiev', row(1, 'Kiev', [2]));
    index.add('zelenski', row(2, 'ZELENSKI', []));
    index.add('zelenski', row(3, 'Zelenski', [7]));
    index.finish();
    expect([...index.places('zelenski')]).toEqual([
      { articleId: 1, n: 0, form: 'Zelenski' },
      { articleId: 1, n: 4, form: 'Zelenski' },
      { articleId: 3, n: 7, form: 'Zelenski' },
    ]);
    expect([...index.places('kiev')]).toEqual([{ articleId: 1, n: 2, form: 'Kiev' }]);
    expect([...index.places('kyiv')]).toEqual([]);
  });

  it('keeps exactly what rows say, whatever their shape (property)', () => {
    const rows = fc.array(fc.record({ fold: fc.constantFrom('a', 'b', 'c'), form: fc.constantFrom('A', 'a', 'Á'), article: fc.nat(10_000), sentences: fc.array(fc.nat(100_000), { maxLength: 5 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(rows, (list) => {
        const index = new SpellingIndex();
        for (const r of list) index.add(r.fold, row(r.article, r.form, r.sentences));
        index.finish();
        for (const fold of ['a', 'b', 'c']) {
          const expected = list.filter((r) => r.fold === fold).flatMap((r) => r.sentences.map((n) => ({ articleId: r.article, n, form: r.form })));
          expect([...index.places(fold)]).toEqual(expected);
        }
      }),
    );
  });
});
