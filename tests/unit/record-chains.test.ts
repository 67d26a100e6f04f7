import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordChains } from '../../core/text/record-chains';

const read = <K>(chains: RecordChains<K>, key: K, width: (data: Int32Array, at: number) => number) =>
  [...chains.records(key)].map(({ data, at }) => [...data.subarray(at, at + width(data, at))]);

describe('records chained by key', () => {
  it('gives back each key\'s records in the order added, and counts them', () => {
    const chains = new RecordChains<string>();
    chains.add('a', [1, 2]);
    chains.add('b', [3, 4]);
    chains.add('a', [5, 6]);
    expect(read(chains, 'a', () => 2)).toEqual([[1, 2], [5, 6]]);
    expect(read(chains, 'b', () => 2)).toEqual([[3, 4]]);
    expect(read(chains, 'c', () => 2)).toEqual([]);
    expect([chains.count('a'), chains.count('b'), chains.count('c')]).toEqual([2, 1, 0]);
  });

  it('keeps records across many chunks, one longer than a chunk, and after finishing', () => {
    const chains = new RecordChains<number>();
    const long = Array.from({ length: 200_000 }, (_, i) => i - 100_000);
    for (let i = 0; i < 50_000; i++) chains.add(i % 7, [i, -i]);
    chains.add(3, [long.length, ...long]);
    chains.finish();
    chains.add(3, [1, 42]);
    const records = read(chains, 3, (data, at) => (data[at] === long.length ? 1 + long.length : 2));
    const expected = [...Array.from({ length: 50_000 }, (_, i) => i).filter((i) => i % 7 === 3).map((i) => [i, -i]), [long.length, ...long], [1, 42]];
    expect(records).toEqual(expected);
    expect(chains.count(3)).toBe(expected.length);
  });

  it('holds what was added, whatever its shape (property)', () => {
    const records = fc.array(fc.record({ key: fc.constantFrom('x', 'y', 'z'), values: fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 30 }) }), { maxLength: 200 });
    fc.assert(
      fc.property(records, (list) => {
        const chains = new RecordChains<string>();
        for (const r of list) chains.add(r.key, [r.values.length, ...r.values]);
        for (const key of ['x', 'y', 'z']) {
          expect(read(chains, key, (data, at) => 1 + data[at]!).map((r) => r.slice(1))).toEqual(list.filter((r) => r.key === key).map((r) => r.values));
        }
      }),
    );
  });
});
