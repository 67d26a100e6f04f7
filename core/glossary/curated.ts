import type { TermKind } from '../contract';
import data from './curated.json';
import { variantKey } from '../text/variant-key';

export type CuratedEntry = { source: string[]; target: string; kind: TermKind };

/** The shipped table of places, organisations and terms, found by any spelling's key. */
const byKey = new Map<string, CuratedEntry>();
for (const entry of data.entries as CuratedEntry[]) for (const form of entry.source) byKey.set(variantKey(form), entry);

export function curatedFor(key: string): CuratedEntry | undefined {
  return byKey.get(key);
}

/** Every key the curated table knows. */
export function curatedKeys(): string[] {
  return [...byKey.keys()];
}
