/**
 * Where the reader is (the open article and its current sentence), kept in the address's
 * fragment, so that a reload, or the window opening again on the same address, comes back
 * to it. The history is replaced, not added to: moving through sentences is not navigation.
 * The address follows only when the cursor rests (browsers throttle, and Firefox refuses, a
 * page that rewrites its history many times a second); the tab's session storage follows at
 * once, so that a reload right after a move still finds it.
 */
export type Place = { id: number; n: number | null };

const STORED = 'glosa.place';

/** The place to come back to: the address's, or the fresher one of this tab for the same article. */
export function restorePlace(): Place | null {
  const fromAddress = readPlace();
  const fromTab = readPlace(window.sessionStorage.getItem(STORED) ?? '');
  return fromTab && (!fromAddress || fromTab.id === fromAddress.id) ? fromTab : fromAddress;
}

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

/** Keeps the place in this tab at once, and in the address too unless `address` is false. */
export function writePlace(place: Place | null, { address = true }: { address?: boolean } = {}): void {
  window.sessionStorage.setItem(STORED, placeHash(place));
  if (!address) return;
  const url = new URL(window.location.href);
  url.hash = placeHash(place);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
}
