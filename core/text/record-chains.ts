/**
 * Records of small integers kept by key in fixed-size chunks of typed memory: each record is
 * appended behind the last one, chained to the previous record of its key, and read back per
 * key in the order added. A library's million occurrences held as JS arrays grew and copied
 * each array as it filled (garbage in the heap's large-object space, whose pages the heap then
 * kept); chunks are never copied, live outside the heap and go with their owner.
 *
 * A record is [next chunk, next offset, …values]; next chunk -1 ends its key's chain.
 */
const CHUNK = 1 << 16;

type Place = { chunk: number; at: number };

export class RecordChains<K> {
  private readonly chunks: Int32Array[] = [new Int32Array(CHUNK)];
  private used = 0;
  private readonly chains = new Map<K, { head: Place; tail: Place; records: number }>();

  /** Appends one record to the key's chain. Values are 32-bit integers. */
  add(key: K, values: ArrayLike<number>): void {
    const size = 2 + values.length;
    let data = this.chunks.at(-1)!;
    if (this.used + size > data.length) {
      // A record longer than a chunk gets a chunk of its own size.
      data = new Int32Array(Math.max(CHUNK, size));
      this.chunks.push(data);
      this.used = 0;
    }
    const place = { chunk: this.chunks.length - 1, at: this.used };
    data[place.at] = -1;
    data.set(values, place.at + 2);
    this.used += size;
    const chain = this.chains.get(key);
    if (!chain) {
      this.chains.set(key, { head: place, tail: place, records: 1 });
      return;
    }
    const tail = this.chunks[chain.tail.chunk]!;
    tail[chain.tail.at] = place.chunk;
    tail[chain.tail.at + 1] = place.at;
    chain.tail = place;
    chain.records++;
  }

  /** How many records the key holds. */
  count(key: K): number {
    return this.chains.get(key)?.records ?? 0;
  }

  /** The key's records in the order added: each is its chunk and the offset of its first value. */
  *records(key: K): Generator<{ data: Int32Array; at: number }> {
    const head = this.chains.get(key)?.head;
    if (!head) return;
    let { chunk, at } = head;
    while (chunk >= 0) {
      const data = this.chunks[chunk]!;
      yield { data, at: at + 2 };
      chunk = data[at]!;
      at = data[at + 1]!;
    }
  }

  /** Done adding: the last chunk shrinks to what it holds. */
  finish(): this {
    const last = this.chunks.length - 1;
    if (this.used < this.chunks[last]!.length) this.chunks[last] = this.chunks[last]!.slice(0, this.used);
    return this;
  }
}
