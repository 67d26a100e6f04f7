import type { TermKind } from '../contract';
import { SOURCE_LANGUAGES } from '../contract';
import data from './curated.json';
import { language } from '../languages';
import { ADJECTIVE, type Country, countriesOf, countryNamed } from './places';
import { variantKey } from '../text/variant-key';

export type CuratedEntry = { source: string[]; target: string; kind: TermKind };

/** The shipped table of places, organisations and terms, found by any spelling's key. */
const byKey = new Map<string, CuratedEntry>();
for (const entry of data.entries as CuratedEntry[]) for (const form of entry.source) byKey.set(variantKey(form), entry);

const languages = () => SOURCE_LANGUAGES.map(language).filter((l) => l.places);
const fromCountries = new Map<string, CuratedEntry | null>();

/** The curated entry of this key; failing one, the country of that name in a source language. */
export function curatedFor(key: string): CuratedEntry | undefined {
  const entry = byKey.get(key);
  if (entry) return entry;
  let country = fromCountries.get(key);
  if (country === undefined) {
    const found = languages().map((l) => countryNamed(key, l)).find(Boolean);
    country = found ? { source: [found.source], target: found.target, kind: 'place' } : null;
    fromCountries.set(key, country);
  }
  return country ?? undefined;
}

/** Every key the curated table knows, the countries' included. */
export function curatedKeys(): string[] {
  return [...new Set([...byKey.keys(), ...languages().flatMap((l) => countriesOf(l).map((c) => c.key))])];
}

/** The country whose adjective's forms gather under this key ("bielorrusia (adj.)"), if it is one. */
export function countryOfAdjective(key: string): Country | undefined {
  if (!key.endsWith(ADJECTIVE)) return undefined;
  const countryKey = key.slice(0, -ADJECTIVE.length);
  return languages().map((l) => countryNamed(countryKey, l)).find(Boolean);
}
