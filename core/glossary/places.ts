/**
 * The world's countries, as a source language names them and as an English reader expects
 * them (from the world-countries package): "Chile" is a place whatever the sentence says, and
 * "bielorruso", "bielorrusas" are the adjective of "Bielorrusia", Belarusian in English, so
 * that the glossary enforces them beside the country's own entry.
 */
import { type Language } from '../languages';
import type { PlaceRules } from '../languages/rules';
import { requirePackage } from '../paths';
import { variantKey } from '../text/variant-key';

type CountryRecord = {
  cca3: string;
  name: { common: string };
  translations: Record<string, { common: string } | undefined>;
  demonyms?: { eng?: { m: string } };
};

export type Country = {
  code: string;
  /** The name in the source language, and its key. */
  source: string;
  key: string;
  /** The English name and the English adjective. */
  target: string;
  demonym: string | null;
};

/** An adjective of a country as met in a text. */
export type PlaceAdjective = { country: Country; form: string };

/** The key that gathers the forms of one country's adjective: "bielorruso", "bielorrusas" meet here. */
export const ADJECTIVE = ' (adj.)';
export const adjectiveKey = (country: Country) => `${country.key}${ADJECTIVE}`;

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

type Table = {
  byKey: Map<string, Country>;
  /** Stems of regular adjectives by their first three letters. */
  stems: Map<string, { stem: string; country: Country }[]>;
  /** Forms of listed adjectives, accents off. */
  listed: Map<string, Country>;
  rules: PlaceRules;
};

let records: CountryRecord[] | null = null;
const tables = new Map<Language, Table | null>();

function countryRecords(): CountryRecord[] {
  records ??= requirePackage('world-countries/countries.json') as CountryRecord[];
  return records;
}

/** The stem a regular adjective is made on: the name without what its adjective drops ("ucran" of "Ucrania"). */
function stemOf(name: string, rules: PlaceRules): string {
  const word = plain(name);
  const ending = rules.nameEndings.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending ? word.slice(0, -ending.length) : word;
}

function tableFor(lang: Language): Table | null {
  if (tables.has(lang)) return tables.get(lang)!;
  const rules = lang.places;
  let table: Table | null = null;
  if (rules) {
    table = { byKey: new Map(), stems: new Map(), listed: new Map(), rules };
    for (const r of countryRecords()) {
      const source = r.translations[rules.countryNames]?.common;
      if (!source) continue;
      const country: Country = { code: r.cca3, source, key: variantKey(source), target: r.name.common, demonym: r.demonyms?.eng?.m ?? null };
      table.byKey.set(country.key, country);
      const lemma = rules.irregular[r.cca3];
      if (lemma) for (const form of inflect(lemma, rules)) table.listed.set(plain(form), country);
      if (!source.includes(' ')) {
        const stem = stemOf(source, rules);
        const head = stem.slice(0, 3);
        if (!table.stems.has(head)) table.stems.set(head, []);
        table.stems.get(head)!.push({ stem, country });
      }
    }
  }
  tables.set(lang, table);
  return table;
}

/** The forms of an adjective given in the masculine singular ("ruso": ruso, rusa, rusos, rusas). */
export function inflect(lemma: string, rules: PlaceRules): string[] {
  const found = rules.inflections.find(([ending]) => lemma.endsWith(ending));
  if (!found) return [lemma];
  const base = lemma.slice(0, lemma.length - found[0].length);
  return found[1].map((e) => base + e);
}

/** The country of this name in a source language, if it is one. */
export function countryNamed(key: string, lang: Language): Country | undefined {
  return tableFor(lang)?.byKey.get(key);
}

/** The countries a source language names. */
export function countriesOf(lang: Language): Country[] {
  return [...(tableFor(lang)?.byKey.values() ?? [])];
}

/** The country whose adjective this lower-case word is, if it is one ("bielorrusas" → Bielorrusia). */
export function adjectiveOf(word: string, lang: Language): Country | undefined {
  const table = tableFor(lang);
  if (!table || word.length < 4 || word !== word.toLowerCase()) return undefined;
  const folded = plain(word);
  const listed = table.listed.get(folded);
  if (listed) return listed;
  for (const { stem, country } of table.stems.get(folded.slice(0, 3)) ?? []) {
    if (!folded.startsWith(stem) || table.rules.irregular[country.code]) continue;
    const rest = folded.slice(stem.length);
    // "alemán" of "Alemania" is the stem alone; a short stem needs a suffix ("cub-ano", not "cub-o").
    const long = stem.length >= table.rules.shortStem;
    // "reunión", "reuniones" are no adjective of Reunión: the name itself, or its plural.
    if (stem === plain(country.source) && (!rest || rest === 'es' || rest === 's')) continue;
    if (!table.rules.adjectiveEndings.test(rest) || (!long && !table.rules.adjectiveSuffix.test(rest))) continue;
    return country;
  }
  return undefined;
}
