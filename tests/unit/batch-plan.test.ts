import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextBatch, POOL_BATCHES, type Queued } from '../../core/translate/batch-plan';

/** An article whose sentence n is `lengths[n]` characters long, all pending in reading order. */
const article = (id: number, lengths: number[], urgent: number[] = [], pending = lengths.map((_, n) => n)): Queued => ({
  id,
  pending,
  urgent: new Set(urgent),
  length: (n) => lengths[n]!,
});

describe('the next batch', () => {
  it('holds the most wanted sentence first, with those of the most similar length', () => {
    const front = article(1, [50, 10, 48, 12, 52, 11]);
    expect(nextBatch(front, [], 3)).toEqual([
      { id: 1, n: 0 },
      { id: 1, n: 4 },
      { id: 1, n: 2 },
    ]);
  });

  it('sends the visible sentences together, of the front article alone', () => {
    const front = article(1, [50, 10, 48, 12, 52, 11], [3, 5]);
    const other = article(2, [12, 12, 12]);
    const batch = nextBatch({ ...front, pending: [3, 5, 0, 1, 2, 4] }, [other], 4);
    expect(batch.slice(0, 2)).toEqual([
      { id: 1, n: 3 },
      { id: 1, n: 5 },
    ]);
    expect(batch.every((p) => p.id === 1)).toBe(true);
    expect(batch).toHaveLength(4);
  });

  it("fills an article's last, short batch with the sentences of the same length queued behind it", () => {
    const front = article(1, [30, 31, 29]);
    const other = article(2, [90, 30, 88, 32, 31]);
    // By length: 90, 88, 32, 31 | 31, 30, 30, 29; the front's first sentence is in the second.
    expect(nextBatch(front, [other], 4)).toEqual([
      { id: 1, n: 0 },
      { id: 2, n: 4 },
      { id: 2, n: 1 },
      { id: 1, n: 2 },
    ]);
    // Alone, the front article would send its three in a batch of three.
    expect(nextBatch(front, [], 4)).toHaveLength(3);
  });

  it("takes no more than a few batches' worth of the other articles' sentences into account", () => {
    const front = article(1, [5]);
    const many = Array.from({ length: 20 }, (_, i) => article(i + 2, Array.from({ length: 10 }, () => 5)));
    const batch = nextBatch(front, many, 4);
    const furthest = Math.max(...batch.map((p) => p.id));
    expect(furthest).toBeLessThanOrEqual(2 + (4 * POOL_BATCHES) / 10);
  });

  it('sends nothing for an article with nothing pending', () => {
    expect(nextBatch(article(1, [10], [], []), [article(2, [10])], 8)).toEqual([]);
  });

  const queues = fc
    .array(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 5 })
    .chain((articles) =>
      fc.tuple(
        fc.constant(articles),
        fc.integer({ min: 1, max: 16 }),
        fc.array(fc.nat(), { maxLength: 3 }).map((xs) => xs.map((x) => x % articles[0]!.length)),
      ),
    );

  it('is never empty nor over size, never repeats a sentence, and holds only pending ones with the most wanted', () => {
    fc.assert(
      fc.property(queues, ([articles, size, visible]) => {
        const [head, ...rest] = articles.map((lengths, i) => article(i + 1, lengths));
        const urgent = new Set(visible);
        const front = { ...head!, urgent, pending: [...head!.pending.filter((n) => urgent.has(n)), ...head!.pending.filter((n) => !urgent.has(n))] };
        const batch = nextBatch(front, rest, size);
        expect(batch.length).toBeGreaterThan(0);
        expect(batch.length).toBeLessThanOrEqual(size);
        expect(batch[0]).toEqual({ id: 1, n: front.pending[0] });
        expect(new Set(batch.map((p) => `${p.id}:${p.n}`)).size).toBe(batch.length);
        for (const p of batch) expect([front, ...rest].find((a) => a.id === p.id)!.pending).toContain(p.n);
        if (urgent.size) expect(batch.every((p) => p.id === 1)).toBe(true);
      }),
    );
  });

  it('sends every sentence once when called until nothing is left', () => {
    fc.assert(
      fc.property(queues, ([articles, size]) => {
        let queue = articles.map((lengths, i) => article(i + 1, lengths));
        const sent = new Set<string>();
        for (let round = 0; queue.length && round < 1000; round++) {
          for (const p of nextBatch(queue[0]!, queue.slice(1), size)) sent.add(`${p.id}:${p.n}`);
          queue = queue.map((a) => ({ ...a, pending: a.pending.filter((n) => !sent.has(`${a.id}:${n}`)) })).filter((a) => a.pending.length);
        }
        expect(sent.size).toBe(articles.flat().length);
      }),
    );
  });
});
