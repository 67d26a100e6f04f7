/**
 * Where the reader is (the open article and its current sentence), kept in the address's
 * fragment, so that a reload, or the window opening again on the same address, comes back
 * to it. The history is replaced, not added to: moving through sentences is not navigation.
 */
export type Place = { id: number; n: number | null };

export function readPlace(hash: string = window.location.hash): Place | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = Number(params.get('article'));
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const raw = params.get('sentence');
  const n = raw === null ? NaN : Number(raw);
  return { id, n: Number.isSafeInteger(n) && n >= 0 ? n : null };
}

export function placeHash(place: Place | null): string {
  if (!place) return '';
  return `#article=${place.id}${place.n !== null ? `&sentence=${place.n}` : ''}`;
}

export function writePlace(place: Place | null): void {
  const url = new URL(window.location.href);
  url.hash = placeHash(place);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
}
