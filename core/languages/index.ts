/**
 * The source languages Glosa reads, one row each, and their rules prepared for use. A new
 * source language is a module beside this one (see rules.ts) and its row here and in
 * SOURCE_LANGUAGES (core/contract.ts).
 */
import { SOURCE_LANGUAGES, type SourceLanguage } from '../contract';
import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { italian } from './it';
import { portuguese } from './pt';
import { type Lexicon, lexiconOf } from './lexicon';
import type { LanguageRules, PlaceRules } from './rules';
import { russian } from './ru';
import { ukrainian } from './uk';
import { variantKey } from '../text/variant-key';

const RULES: Record<SourceLanguage, LanguageRules> = {
  es: spanish,
  fr: french,
  it: italian,
  pt: portuguese,
  de: german,
  ru: russian,
  uk: ukrainian,
  en: english,
};

/** A language's rules as sets, for lookups while segmenting and extracting. */
export type Language = {
  /** The ISO 639-1 code; for a language Glosa has no rules for, generic rules under its own code. */
  code: string;
  neverFinal: ReadonlySet<string>;
  mayEnd: ReadonlySet<string>;
  givenNameShort: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  clauseStarters: ReadonlySet<string>;
  /** See LanguageRules; one pattern, each phrase capitalised before its comma ("Por lo tanto,"), or null. */
  discourseMarker: RegExp | null;
  boilerplate: readonly RegExp[];
  /** Of those, the ones anchored at the start: what furniture opens with, wherever it stands. */
  boilerplateOpenings: readonly RegExp[];
  functionWords: ReadonlySet<string>;
  nameConnectors: ReadonlySet<string>;
  institutionConnectors: { and: ReadonlySet<string>; of: ReadonlySet<string>; ofThe: ReadonlySet<string> };
  termConnectors: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  definiteArticles: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  portfolioTitles: ReadonlySet<string>;
  organisationWords: ReadonlySet<string>;
  organisationNouns: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  monthsAndDays: ReadonlySet<string>;
  measureWords: ReadonlySet<string>;
  monthsLowercase: boolean;
  elisions: ReadonlySet<string>;
  /** Empty but for languages that capitalise every noun. */
  nounDeterminers: ReadonlySet<string>;
  declines: boolean;
  ordinal: RegExp | null;
  readMore: RegExp | null;
  readAlso: RegExp | null;
  authorBox: RegExp | null;
  creditWords: readonly string[];
  placeWords: ReadonlySet<string>;
  termWords: ReadonlySet<string>;
  nameArticles: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  /** Its names of countries and how it makes their adjectives; null where Glosa knows none. */
  places: PlaceRules | null;
  /** The language's dictionary, loaded on first use; null without one. */
  lexicon(): Lexicon | null;
};

/** For a language without a module: sentence ends and the page's furniture common to all. */
const GENERIC: LanguageRules = {
  neverFinal: [],
  mayEnd: [],
  sentenceStarters: [],
  boilerplate: [],
  functionWords: [],
  nameConnectors: [],
  termConnectors: [],
  placePrepositions: [],
  titles: [],
  organisationWords: [],
  monthsAndDays: [],
};

const prepared = new Map<string, Language>();

export function isSourceLanguage(code: unknown): code is SourceLanguage {
  return typeof code === 'string' && (SOURCE_LANGUAGES as readonly string[]).includes(code);
}

/** The rules of a source language, prepared once. */
export function language(code: string): Language {
  let found = prepared.get(code);
  if (!found) {
    const r = isSourceLanguage(code) ? RULES[code] : GENERIC;
    /** Loaded on first use, once. */
    let lexicon: Lexicon | null | undefined;
    found = {
      code,
      neverFinal: new Set(r.neverFinal),
      mayEnd: new Set(r.mayEnd),
      givenNameShort: new Set(r.givenNameShort ?? []),
      sentenceStarters: new Set(r.sentenceStarters),
      clauseStarters: new Set(r.clauseStarters ?? []),
      discourseMarker: r.discourseMarkers?.length ? new RegExp(`(?:${r.discourseMarkers.join('|')}),`, 'gu') : null,
      boilerplate: r.boilerplate,
      boilerplateOpenings: r.boilerplate.filter((re) => re.source.startsWith('^')),
      functionWords: new Set(r.functionWords),
      nameConnectors: new Set(r.nameConnectors),
      institutionConnectors: { and: new Set(r.institutionConnectors?.and), of: new Set(r.institutionConnectors?.of), ofThe: new Set(r.institutionConnectors?.ofThe) },
      termConnectors: new Set(r.termConnectors),
      placePrepositions: new Set(r.placePrepositions),
      locativePrepositions: new Set(r.locativePrepositions ?? []),
      definiteArticles: new Set(r.definiteArticles ?? []),
      titles: new Set(r.titles),
      portfolioTitles: new Set(r.portfolioTitles ?? []),
      organisationWords: new Set(r.organisationWords),
      organisationNouns: new Set(r.organisationNouns ?? []),
      placeNouns: new Set(r.placeNouns ?? []),
      monthsAndDays: new Set(r.monthsAndDays),
      measureWords: new Set(r.measureWords ?? []),
      monthsLowercase: r.monthsLowercase ?? false,
      elisions: new Set(r.elisions ?? []),
      nounDeterminers: new Set(r.nounDeterminers ?? []),
      declines: r.declines ?? false,
      ordinal: r.ordinal ?? null,
      readMore: r.readMore ?? null,
      readAlso: r.readAlso ?? null,
      authorBox: r.authorBox ?? null,
      creditWords: r.creditWords ?? [],
      placeWords: new Set(r.placeWords ?? []),
      termWords: new Set(r.termWords ?? []),
      nameArticles: new Set(r.nameArticles ?? []),
      speechVerbs: new Set(r.speechVerbs ?? []),
      places: r.places ?? null,
      lexicon: () => (lexicon === undefined ? (lexicon = r.dictionary ? lexiconOf(r.dictionary) : null) : lexicon),
    };
    prepared.set(code, found);
  }
  return found;
}

let stateKeys: ReadonlySet<string> | undefined;

/**
 * The words that lead a state's formal name in every language Glosa reads, as spelling keys
 * ("republica", "respublika"): a library holds articles of several languages, and its
 * suggestions are built over all of them.
 */
export function stateWordKeys(): ReadonlySet<string> {
  return (stateKeys ??= new Set(Object.values(RULES).flatMap((r) => (r.stateWords ?? []).map(variantKey))));
}

let placeKeys: ReadonlySet<string> | undefined;
/** The words that open a place's name or call it one, every language's, as keys: "distrito", "provincia", "puerto". */
export function placeWordKeys(): ReadonlySet<string> {
  return (placeKeys ??= new Set(Object.values(RULES).flatMap((r) => [...(r.placeWords ?? []), ...(r.placeNouns ?? [])].map(variantKey))));
}
