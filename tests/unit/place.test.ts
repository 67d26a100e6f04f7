import { describe, expect, it } from 'vitest';
import { placeHash, readPlace } from '../../renderer/src/place';

describe('the place kept in the address', () => {
  it('round-trips an article and a sentence, or an article alone', () => {
    expect(readPlace(placeHash({ id: 12, n: 40 }))).toEqual({ id: 12, n: 40 });
    expect(readPlace(placeHash({ id: 12, n: 0 }))).toEqual({ id: 12, n: 0 });
    expect(readPlace(placeHash({ id: 3, n: null }))).toEqual({ id: 3, n: null });
    expect(placeHash(null)).toBe('');
  });

  it('ignores what is not a place: no article, a bad number, a negative sentence', () => {
    for (const hash of ['', '#', '#article=', '#article=abc', '#article=-2', '#article=1.5', '#sentence=4', `#article=${2 ** 60}`]) expect(readPlace(hash), hash).toBeNull();
    expect(readPlace('#article=7&sentence=-1')).toEqual({ id: 7, n: null });
    expect(readPlace('#article=7&sentence=x')).toEqual({ id: 7, n: null });
  });
});
