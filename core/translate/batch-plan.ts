/**
 * Which sentences the translator sends its engine next. A batch costs as many steps as its
 * longest sentence needs and a step costs less per row the more rows it has, so batches are
 * full and of sentences of similar length; the reader's own order decides which goes first.
 */

/** A queued article as the plan sees it: its sentences still to send, most wanted first. */
export type Queued = {
  readonly id: number;
  readonly pending: readonly number[];
  /** Sentences on screen: they go first, and together. */
  readonly urgent: ReadonlySet<number>;
  /** A sentence's length (its characters: what the engine's steps grow with). */
  readonly length: (n: number) => number;
};

export type Pick = { id: number; n: number };

/** How many batches' worth of other articles' sentences one batch is chosen among. */
export const POOL_BATCHES = 8;

/**
 * The next batch of at most `size` sentences, holding the front article's most wanted one.
 *
 * - That sentence on screen: it goes with the other visible ones first, then with those of
 *   the most similar length, all of the front article (what the reader is looking at waits
 *   for nothing else).
 * - Otherwise the pending sentences are ordered by length, longest first, and cut into
 *   batches; the batch sent is the one holding the most wanted sentence. The other queued
 *   articles given (those the same engine translates the same way) share that order, up to
 *   `POOL_BATCHES` batches of their sentences: an article's last batch is then filled with
 *   theirs instead of going half empty, and each batch's lengths are closer.
 */
export function nextBatch(front: Queued, others: readonly Queued[], size: number): Pick[] {
  const first = front.pending[0];
  if (first === undefined || size < 1) return [];
  if (front.urgent.has(first)) {
    const target = front.length(first);
    const rank = (n: number) => (front.urgent.has(n) ? 0 : 1_000_000) + Math.abs(front.length(n) - target);
    const rest = front.pending.slice(1, 1 + size * 4).sort((a, b) => rank(a) - rank(b));
    return [first, ...rest.slice(0, size - 1)].map((n) => ({ id: front.id, n }));
  }
  type Entry = Pick & { length: number; queue: number; wanted: number };
  const pool: Entry[] = front.pending.map((n, wanted) => ({ id: front.id, n, length: front.length(n), queue: 0, wanted }));
  let room = size * POOL_BATCHES;
  others.forEach((job, i) => {
    for (const [wanted, n] of job.pending.slice(0, Math.max(0, room)).entries()) pool.push({ id: job.id, n, length: job.length(n), queue: i + 1, wanted });
    room -= job.pending.length;
  });
  pool.sort((a, b) => b.length - a.length || a.queue - b.queue || a.wanted - b.wanted);
  const at = pool.findIndex((e) => e.queue === 0 && e.wanted === 0);
  const start = Math.floor(at / size) * size;
  const batch = pool.slice(start, start + size);
  // The most wanted sentence first (its result is the first shown), the rest as they lie.
  batch.sort((a, b) => Number(b.queue === 0 && b.wanted === 0) - Number(a.queue === 0 && a.wanted === 0));
  return batch.map(({ id, n }) => ({ id, n }));
}
