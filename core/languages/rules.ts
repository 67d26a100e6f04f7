/**
 * What Glosa knows of one source language: how its sentences end (abbreviations that do or
 * do not close one), how a scraped article's leftovers read (subscription calls, "read
 * also" links, agency sign-offs), and the small closed classes of words that tell a name
 * from an ordinary word (function words, titles, months). Each language is one module
 * beside this file and one row in the table in index.ts.
 */
export type LanguageRules = {
  /** Abbreviations always followed by more of the same sentence: titles, "p." before a page. Lower case, no dots. */
  neverFinal: readonly string[];
  /** Given names cut short, which go on before another given name and may close a sentence elsewhere ("Ma. Elena", but "… dijo Jack Ma. El…"). Lower case, no dots. */
  givenNameShort?: readonly string[];
  /** Abbreviations that may close a sentence ("etc.", the last part of "EE. UU."). Lower case, no dots. */
  mayEnd: readonly string[];
  /** Words that begin sentences, capitalised: a glued "portEl" splits only before one of these. */
  sentenceStarters: readonly string[];
  /**
   * Of the sentence starters, those that never begin a name or a title (demonstratives,
   * conjunctions, adverbs): one capitalised in mid-sentence says a full stop was lost before it.
   */
  clauseStarters?: readonly string[];
  /**
   * Phrases that link a sentence to the one before and open it, a comma after them ("Por lo tanto,",
   * "Sin embargo,"): capitalised after a word in mid-sentence, the stop before them was lost.
   */
  discourseMarkers?: readonly string[];
  /** Paragraphs that are the page's furniture, not the article: calls to subscribe, related links, credits. */
  boilerplate: readonly RegExp[];
  /** Articles, prepositions, pronouns, conjunctions and common adverbs: never a name on their own. */
  functionWords: readonly string[];
  /** Lower-case words allowed inside a name ("Corte Penal Internacional de La Haya"); never "and": "Puglia e Calabria" is two names. */
  nameConnectors: readonly string[];
  /**
   * Lower-case words allowed inside an institution's name, between the ordinary words it is made
   * of ("Comisión Ejecutiva de Atención a Víctimas", "Departamento de Planes y Operaciones"); not
   * between two names ("la Fiscalía y la Policía", "España y Francia").
   */
  institutionConnectors?: {
    /** "y": not before an article or an institution's first word. */
    and: readonly string[];
    /** "a": straight before the word ("Atención a Víctimas"). */
    of: readonly string[];
    /** "en", "contra": before an article only ("en la Migración", "contra la Corrupción"); "en Lima" is a place after the name. */
    ofThe: readonly string[];
  };
  /** Lower-case words allowed inside a term ("alto el fuego"). */
  termConnectors: readonly string[];
  /** Prepositions of place: a name mostly after one is a place. */
  placePrepositions: readonly string[];
  /** Of those, the ones of where a thing is or happens ("en Córdoba"), which a person's name seldom follows ("de Maduro" may be anyone's). */
  locativePrepositions?: readonly string[];
  /** Definite articles and their contractions ("la", "del"): a name of several words mostly met after one is not a person's ("la Fuerza Aérea"). */
  definiteArticles?: readonly string[];
  /** Titles before a person's name ("el presidente ucraniano, Volodímir Zelenski"). */
  titles: readonly string[];
  /** Verbs of saying that a speaker's name follows, in lower case ("continuó Caballero", "añadió Rubio"): a person's evidence, as a title is. */
  speechVerbs?: readonly string[];
  /** Titles whose "of" names a portfolio, an institution's, in lower case ("la exministra de Sanidad", "el consejero de Educación"). */
  portfolioTitles?: readonly string[];
  /** Words that make a name an organisation ("Ministerio de Defensa"). */
  organisationWords: readonly string[];
  /** Nouns that introduce an organisation's name, in lower case ("la agencia Reuters", "la farmacéutica Pfizer", "el diario El Espectador"). */
  organisationNouns?: readonly string[];
  /** Nouns that introduce a place's name with the language's "of", in lower case ("la provincia de Matanzas", "the city of Kharkiv"). */
  placeNouns?: readonly string[];
  /** Words that make a name an event, a plan, a law, a term when they lead it ("Día Internacional de…", "Operación Cóndor", "Carta Magna"). */
  termWords?: readonly string[];
  /** Words that lead a state's formal name ("República de Turquía", "Reino de los Países Bajos"): the state its short name names. */
  stateWords?: readonly string[];
  /** Words that make a name a place when they lead it ("Puerto Natales", "Plaza de la Revolución"). */
  placeWords?: readonly string[];
  /** Articles written as part of a place's name ("La Habana", "El Salvador"), capitalised. */
  nameArticles?: readonly string[];
  /** Months and weekdays, which are capitalised in some languages and never a glossary entry. */
  monthsAndDays: readonly string[];
  /** Units of time, amounts and currencies: a phrase they open measures and is no term ("semana pasada", "millones de euros"). */
  measureWords?: readonly string[];
  /** Months and weekdays are written in lower case: a capitalised one is part of a name ("Plaza de Mayo", "Julio César"). */
  monthsLowercase?: boolean;
  /** Words written with an apostrophe before the next one ("l’", "d’", "dell’"): "Quai d’Orsay" is one name. */
  elisions?: readonly string[];
  /** German capitalises every noun: a capitalised word met after one of these determiners is a noun, not a name. */
  nounDeterminers?: readonly string[];
  /** Names change their endings with their case (Russian, Ukrainian): a place in the genitive may stand right before a name. */
  declines?: boolean;
  /** A "read more" link alone: the short paragraph before it is the linked article's headline. */
  readMore?: RegExp;
  /** A prompt to read another article and its colon, at a sentence's start: "Lea también:", "Puede leer:", "Te puede interesar:" (among the boilerplate too). */
  readAlso?: RegExp;
  /** The label that opens the author's box, before the author's name ("Sobre la firma Rafa de Miguel"): what follows it is the box. */
  authorBox?: RegExp;
  /** Words that are a picture's credit alone, after "Foto:" ("Cortesía", "Archivo"): the text may begin right after them. */
  creditWords?: readonly string[];
  /** Ordinals written with a number and a dot ("8vo.", "1er.", "3.º"): the sentence goes on after them. Lower case, no dot. */
  ordinal?: RegExp;
  /** The language's names of countries and how its adjectives of places are made (see core/glossary/places.ts). */
  places?: PlaceRules;
  /** The npm package of the language's hunspell dictionary (read by nspell, see lexicon.ts). */
  dictionary?: string;
};


/**
 * Countries by their names in the language (from the world-countries package, under its
 * translation code) and their adjectives: made regularly from the name's stem ("Bielorrusia",
 * "bielorruso"; "Perú", "peruano"), or listed where they are not ("Rusia", "ruso"; "Estados
 * Unidos", "estadounidense").
 */
export type PlaceRules = {
  /** world-countries' code for the language's names ("spa"). */
  countryNames: string;
  /** What a country's name ends in that its adjective drops ("Ucrania" → "ucran-"), longest first. */
  nameEndings: readonly string[];
  /** What follows the stem in an adjective, accents off ("-iano", "-esas", "-eño"). */
  adjectiveEndings: RegExp;
  /** The part of such an ending that makes an adjective of a short stem ("per-uano", not "cub-o"). */
  adjectiveSuffix: RegExp;
  /** Stems shorter than this take only endings with a suffix. */
  shortStem: number;
  /** Adjectives not made from the name, by the country's ISO 3166 alpha-3 code, in the masculine singular. */
  irregular: Readonly<Record<string, string>>;
  /** A masculine singular's forms by its ending ("-o": -o, -a, -os, -as), longest ending first. */
  inflections: readonly (readonly [ending: string, forms: readonly string[]])[];
};
