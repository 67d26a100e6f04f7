/**
 * Suggestions from what the library holds: spellings gathered under one key, surnames
 * joined to the full names they belong to, the curated table consulted, and the result
 * ranked by how useful an entry is to this reader (recurrence across articles first).
 */
import type { TermKind } from '../contract';
import { countryOfAdjective, type CuratedEntry, curatedFor } from './curated';
import { lastWordKey, variantKey } from '../text/variant-key';
import { ArticleMarks } from './article-marks';
import { oneEditApart } from '../text/one-edit';
import { isGivenName } from '../languages/given-names';
import { placeWordKeys, stateWordKeys } from '../languages';

import type { OccurrenceRow } from '../store/glossary';

export type { OccurrenceRow };

export type Suggestion = {
  key: string;
  canonical: string;
  variants: string[];
  kind: TermKind;
  target: string;
  count: number;
  articles: number[];
  unknownToEngine: boolean;
  curated: boolean;
  score: number;
  /** The adjective of a country, found beside it ("bielorruso", "bielorrusas": Belarusian), accepted with it. */
  adjective?: Adjective;
};

/** The forms of a country's adjective met in the library, and its English. */
export type Adjective = { key: string; variants: string[]; target: string; count: number; articles: number[] };

type Cluster = {
  keys: Set<string>;
  forms: Map<string, number>;
  /** The articles it is met in, each with the first sentence it is met in there. */
  articles: ArticleMarks;
  count: number;
  initial: number;
  afterPreposition: number;
  afterTitle: number;
  common: number;
  unlisted: number;
  listed: number;
  afterArticle: number;
  ordinary: number;
  /** Met after "en", "desde": where a thing happens. */
  afterLocative: number;
  /** Met as a name the dictionary lists: "Pérez", "Santander". */
  inDictionary: number;
  kindHint: TermKind | null;
  unknown: boolean;
};

/** Enough to rank a name met once below any that recurs. */
const ONCE_PENALTY = 20;
/**
 * A phrase of ordinary words that recurs ("canasta básica", and as often "partidos políticos")
 * is less often a reader's term than a name that recurs is their name: it ranks below the
 * names that recur in its articles' number, above the names met once.
 */
const TERM_PENALTY = 10;
/** The words that join a name's parts ("Rosario del Pilar", "Universidad de la República"): inside a key, at its end. */
const CONNECTORS = 'de|del|la|las|los|el|para';
const HOLDS_CONNECTOR = new RegExp(` (${CONNECTORS}) `);
const ENDS_WITH_CONNECTOR = new RegExp(` (${CONNECTORS}) $`);
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(CONNECTORS.split('|'));
/** A given name of two joined by "de" or "del", and the rest: "maria de los angeles perez". */
const COMPOUND_GIVEN = /^(\S+)(?: \S+)? (?:de|del)(?: (?:la|las|los|el))? (\S+) (.+)$/;

/** The surname of a person whose given name is two joined by "de" ("perez" of "maria de los angeles perez"), null for any other name. */
function surnameAfterCompoundGiven(full: string): string | null {
  const m = COMPOUND_GIVEN.exec(full);
  // (The second given name may be none of the lists', "Ángeles", "Pilar", "Rosario"; one or two surnames after it.)
  if (!m || !isGivenName(m[1]!) || HOLDS_CONNECTOR.test(` ${m[3]!} `) || m[3]!.split(' ').length > 2) return null;
  // (Of two surnames, the first is the one the press writes alone: "Gómez" of "Rosa María del Pilar Gómez Ruiz".)
  return m[3]!.split(' ')[0]!;
}

/** A given name (or two), a surname's particle and the surname: "charles de gaulle", "ursula von der leyen". */
const PARTICLE_SURNAME = /^(\S+)(?: \S+)? (?:de|del|da|do|dos|von|van|di)(?: (?:la|las|los|der|den))? (\S+)$/;

/** The surname after its particle of a person's name led by a given name ("gaulle" of "charles de gaulle"), null for any other name. */
function surnameAfterParticle(full: string): string | null {
  const m = PARTICLE_SURNAME.exec(full);
  return m && isGivenName(m[1]!) ? m[2]! : null;
}
/** Below every name: a capitalised ordinary word ranks by how many articles write it so, under them all. */
const COMMON_WORD_FLOOR = 1000;
/** How much more often one longer name than the next must be written for its part alone to be taken as its. */
const FAR_MORE = 2;

/** The last part of a name's last word, two surnames joined by a hyphen: "maillo" of "fernando martinez-maillo"; null for any other name. */
function hyphenedLast(full: string): string | null {
  const parts = lastWordKey(full).split('-');
  return parts.length === 2 && parts[1]!.length >= 3 ? parts[1]! : null;
}

/** The first of an occurrence's sentences (they are not all listed in order), none where none is listed. */
function firstOf(sentences: number[]): number | undefined {
  let first: number | undefined;
  for (const s of sentences) if (first === undefined || s < first) first = s;
  return first;
}

export function buildSuggestions(rows: Iterable<OccurrenceRow>, unknownWords: Map<string, Set<number>> = new Map()): Suggestion[] {
  const clusters = new Map<string, Cluster>();
  const clusterOf = (key: string) => {
    let c = clusters.get(key);
    if (!c) {
      c = { keys: new Set([key]), forms: new Map(), articles: new ArticleMarks(), count: 0, initial: 0, afterPreposition: 0, afterTitle: 0, common: 0, unlisted: 0, listed: 0, afterArticle: 0, ordinary: 0, afterLocative: 0, inDictionary: 0, kindHint: null, unknown: false };
      clusters.set(key, c);
    }
    return c;
  };
  for (const r of rows) {
    const c = clusterOf(r.key);
    c.forms.set(r.form, (c.forms.get(r.form) ?? 0) + r.count);
    c.articles.meet(r.article_id, firstOf(r.sentences));
    c.count += r.count;
    c.initial += r.initial;
    c.afterPreposition += r.after_preposition;
    c.afterTitle += r.after_title;
    c.common += r.common ?? 0;
    c.unlisted += r.unlisted ?? 0;
    c.listed += r.listed ?? 0;
    c.afterArticle += r.after_article ?? 0;
    c.ordinary += r.ordinary ?? 0;
    c.afterLocative += r.after_locative ?? 0;
    c.inDictionary += r.in_dictionary ?? 0;
    if (r.kind) c.kindHint = r.kind as TermKind;
  }
  for (const [key, articles] of unknownWords) {
    const c = clusters.get(key);
    if (c) c.unknown = true;
    else {
      // A word only the engine flagged (it may start sentences only, or be lower-case).
      const created = clusterOf(key);
      created.unknown = true;
      created.count = articles.size;
      for (const a of articles) created.articles.meet(a);
    }
  }

  // Adjectives of countries wait apart: they join their country's entry, at the end.
  const adjectives = new Map<string, Cluster>();
  const placeWords = placeWordKeys();
  for (const [key, c] of [...clusters]) {
    if (!countryOfAdjective(key)) continue;
    adjectives.set(key, c);
    clusters.delete(key);
  }

  const merge = (into: Cluster, from: Cluster, fromKey: string) => {
    for (const k of from.keys) into.keys.add(k);
    for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
    into.articles.absorb(from.articles);
    into.count += from.count;
    into.initial += from.initial;
    into.afterPreposition += from.afterPreposition;
    into.afterTitle += from.afterTitle;
    into.common += from.common;
    into.unlisted += from.unlisted;
    into.listed += from.listed;
    into.afterArticle += from.afterArticle;
    into.ordinary += from.ordinary;
    into.afterLocative += from.afterLocative;
    into.inDictionary += from.inDictionary;
    into.unknown ||= from.unknown;
    into.kindHint ??= from.kindHint;
    clusters.delete(fromKey);
  };

  /** `merge`, the name joined to keeping the kind its own words gave it. */
  const keepingKind = (into: Cluster, from: Cluster, fromKey: string) => {
    const kind = into.kindHint;
    merge(into, from, fromKey);
    into.kindHint = kind;
  };

  // A spelling given as another name's ("Codeca" of "Comité de Desarrollo Campesino (Codeca)")
  // brings the name's other occurrences with it.
  // (Such a spelling is one word, an acronym, or a nickname, "Iván Mordisco" of "Néstor Gregorio
  // Vera Fernández, alias ‘Iván Mordisco’", in the cluster of a name of several.)
  // (A spelling two names are given, "CC" of "Comité Central" and of "Corte de Constitucionalidad", is neither's.)
  // (The spellings given, each keyed once: a library holds tens of thousands of forms.)
  const given: { key: string; form: string; other: string }[] = [];
  const givenTo = new Map<string, Set<string>>();
  for (const [key, c] of clusters) {
    for (const form of c.forms.keys()) {
      const other = variantKey(form);
      if (other === key) continue;
      given.push({ key, form, other });
      givenTo.set(other, (givenTo.get(other) ?? new Set()).add(key));
    }
  }
  for (const { key, form, other } of given) {
    const c = clusters.get(key);
    if (!c) continue;
    if (givenTo.get(other)!.size > 1) {
      // (It stays a spelling of its own, for the reader to tell whose it is where.)
      c.count -= c.forms.get(form)!;
      c.forms.delete(form);
    } else if (clusters.has(other) && !curatedFor(other)) keepingKind(c, clusters.get(other)!, other);
  }

  // One curated entry, several spellings with different keys (ONU / Naciones Unidas).
  // (And a name given one of its spellings that holds another: "Organización de las Naciones Unidas (ONU)".)
  const byCurated = new Map<string, string>();
  for (const [key, c] of [...clusters]) {
    const curated = curatedFor(key) ?? curatedGiven(key, c);
    if (!curated) continue;
    const id = curated.source[0]!;
    const home = byCurated.get(id);
    if (home && clusters.has(home) && home !== key) merge(clusters.get(home)!, c, key);
    else byCurated.set(id, key);
  }

  // A name written in Cyrillic changes its ending with its case ("Бастиана Швайнштайгера" is
  // "Бастиан Швайнштайгер"): each such spelling joins the spelling its stem belongs to.
  const byStem = new Map<string, string>();
  for (const [key, c] of [...clusters].sort((a, b) => b[1].count - a[1].count)) {
    if (c.kindHint === 'term' || curatedFor(key)) continue;
    const stem = declensionStem(key);
    const home = byStem.get(stem);
    if (home && home !== key && clusters.has(home) && [...c.forms.keys()].some((f) => CYRILLIC.test(f))) merge(clusters.get(home)!, c, key);
    else if (!home) byStem.set(stem, key);
  }

  // A long name the press writes two ways ("Confederación Nacional del Transporte de Cargas",
  // "… de Transporte de Carga"): the same words, connectors and plurals aside, are one name; and
  // so with the initials of what it belongs to after it ("Sala de Reconocimiento de Verdad de la JEP").
  const byLoose = new Map<string, string>();
  for (const [key, c] of [...clusters].sort((a, b) => b[1].count - a[1].count)) {
    if (!clusters.has(key) || c.kindHint === 'term' || curatedFor(key)) continue;
    const loose = [...c.forms.keys()].map((f) => looseKey(variantKey(f.replace(OF_INITIALS, '')))).filter((k) => k !== null);
    const home = loose.map((k) => byLoose.get(k)).find((h) => h !== undefined && h !== key && clusters.has(h));
    if (home) keepingKind(clusters.get(home)!, c, key);
    else for (const k of loose) if (!byLoose.has(k)) byLoose.set(k, key);
  }

  // A name misspelt beside its right spelling in the same article ("Ariel Rogríguez" of "Ariel
  // Rodríguez", "Jostin Daily" of "Jostin Daly", "Jeancarlo Sánchez" of "Jean Carlos Sánchez"):
  // the spelling met less often joins the one met more often, when every article that writes it names that one.
  // (Only the articles' names are compared, each with the others of its article: a library holds tens of thousands.)
  const byArticle = new Map<string, string[]>();
  const letters = new Map<string, string>();
  for (const [key, c] of clusters) {
    const squeezedKey = squeezed(key);
    if (c.kindHint === 'term' || curatedFor(key) || squeezedKey.length < MIN_SLIP_LENGTH) continue;
    letters.set(key, squeezedKey);
    for (const a of c.articles.ids()) listUnder(byArticle, String(a), key);
  }
  for (const listed of byArticle.values()) {
    // (A spelling of several articles may have joined another in an article read before.)
    const keys = listed.filter((key) => clusters.has(key)).sort((a, b) => clusters.get(b)!.count - clusters.get(a)!.count);
    for (const [i, key] of keys.entries()) {
      const c = clusters.get(key);
      if (!c) continue;
      // (Met as often, neither spelling is the slip: "Torres Pérez" and "Torre Pérez" may be two; not
      // so two that differ in their punctuation alone, nor in a letter inside a word, "Jostin Daly" and
      // "Jostin Daily", or where two words meet, "Jean Carlos" and "Jeancarlo".)
      // (Lengths a letter apart at most, looked at first: an article of a long list of names compares many.)
      const mine = letters.get(key)!;
      const home = keys.slice(0, i).find((other) => {
        const theirs = letters.get(other)!;
        return Math.abs(theirs.length - mine.length) <= 1 && clusters.has(other) && (clusters.get(other)!.count > c.count || theirs === mine || (clusters.get(other)!.count === c.count && innerSlip(key, other))) && slipOf(key, other) && c.articles.within(clusters.get(other)!.articles);
      });
      if (home) keepingKind(clusters.get(home)!, c, key);
    }
  }

  // Initials that spell a name met in the same article ("PPK" beside "Pedro Pablo Kuczynski", "PP" beside "Partido Popular",
  // "CC PCC" beside "Comité Central del Partido Comunista de Cuba"): one name, when one name
  // has them and every article that writes them names it.
  const named = [...clusters.entries()].filter(([key, c]) => key.includes(' ') && c.kindHint !== 'term');
  for (const [key, c] of [...clusters]) {
    const form = [...c.forms.keys()][0];
    // (Or written as a word, as Spanish writes the initials it reads as one, "la Anuc, Asociación Nacional de Usuarios
    // Campesinos": a capitalised word no dictionary lists, as a word or as a name, "Iván", "Pérez".)
    const asWord = form !== undefined && /^\p{Lu}\p{Ll}{2,5}$/u.test(form) && c.common === 0 && c.inDictionary === 0;
    if (!form || !clusters.has(key) || key.includes(' ') || !(asWord || /^\p{Lu}{2,8}$/u.test(form.replace(/[.\s]/g, ''))) || curatedFor(key)) continue;
    // (Its capitalised words' initials too, a leading article's among them: "LLA" of "La Libertad Avanza".)
    // (Two letters spell a name of two words only, "PP" of "Partido Popular".)
    const spells = (f: string) => f.includes(' ') && (key.length > 2 || f.split(' ').length === 2) && (initialsOf(variantKey(f)) === key || capitalInitials(f) === key);
    const owners = named.filter(([full, owner]) => clusters.has(full) && [...owner.forms.keys()].some(spells) && c.articles.within(owner.articles));
    if (owners.length === 1) keepingKind(owners[0]![1], c, key);
  }

  // A person's two surnames after their full name in the same article ("Pedro Pablo Kuczynski"
  // … "Kuczynski Godard"): the first of them ends the full name, a person's (a given name leads
  // it, or a title stands before it). Not two ordinary words ("Gran Magdalena", "Magdalena Medio").
  const people = [...clusters.entries()].filter(
    ([key, c]) => key.split(' ').length >= 2 && !c.kindHint && !HOLDS_CONNECTOR.test(key) && (c.afterTitle > 0 || ledByGivenName(c)),
  );
  for (const [key, c] of [...clusters]) {
    const words = key.split(' ');
    if (!clusters.has(key) || words.length !== 2 || c.kindHint || c.ordinary > 0 || curatedFor(key)) continue;
    // (Led by a given name, it is a name of its own: "David Guzmán" is not "Aubrey David"'s.)
    if (ledByGivenName(c)) continue;
    // (A name that ends with both, "Rafael Pérez Fernández", is theirs, not "Roberto Pérez"'s.)
    if ([...clusters.keys()].some((full) => full.endsWith(` ${key}`))) continue;
    const owners = people.filter(([full, owner]) => full !== key && clusters.has(full) && lastWordKey(full) === words[0] && !full.endsWith(` ${key}`) && c.articles.within(owner.articles));
    if (owners.length === 1) keepingKind(owners[0]![1], c, key);
  }

  // A surname alone belongs to the full name it ends ("Zelenski" in "Volodimir Zelenski").
  // (A person's, said so by a nickname, "Joel Alfonso Urrea Yariar, alias El Gangoso", or of no kind said.
  // Not a meeting's by its number, "IV Pleno", written in capitals: "Xi Jinping" is someone's.)
  const fullNames = [...clusters.entries()].filter(([key, c]) => key.includes(' ') && (!c.kindHint || c.kindHint === 'person') && !curatedFor(key) && ![...c.forms.keys()].some((f) => ROMAN_FIRST.test(f)));
  // (A given name or two and two surnames, by the first surname, read once: "Urrea" of "Joel Alfonso Urrea Yariar".)
  const bySurname = new Map<string, [string, Cluster][]>();
  for (const entry of fullNames) {
    const w = entry[0].split(' ');
    if ((w.length === 3 || (w.length === 4 && isGivenName(w[1]!))) && isGivenName(w[0]!) && !HOLDS_CONNECTOR.test(entry[0])) listUnder(bySurname, w[w.length - 2]!, entry);
  }
  for (const [key, c] of [...clusters]) {
    if (key.includes(' ') || c.kindHint || curatedFor(key)) continue;
    const plain = fullNames.filter(([full]) => clusters.has(full) && !HOLDS_CONNECTOR.test(full));
    // The surname alone ("Zelenski"), or, failing that, a name given first ("Kim" of "Kim Jong-un").
    // (A word written mostly where things happen, "en Córdoba", or listed among places, is a
    // person's surname only in the articles that name that person: elsewhere it is the place.
    // Not so a surname the dictionary lists, "Sánchez": a famous one stands alone in many articles.)
    const whereThingsHappen = (c.afterLocative + c.listed) * 2 >= c.count;
    // (A word written mostly right after a preposition, where places stand, ends a person's name, a
    // given name leading it or a title before it, or a place's, written so itself ("Paso Centurión"):
    // "a Madrid" is not of "Real Madrid", "la calzada de Amador" not of "Desarrollo Marítimo Amador".)
    const placeLike = (o: Cluster) => (o.afterPreposition + o.listed) * 2 >= o.count;
    let owners = plain.filter(([full, owner]) => lastWordKey(full) === key && (!whereThingsHappen || c.articles.within(owner.articles)) && (!placeLike(c) || ledByGivenName(owner) || owner.afterTitle > 0 || placeLike(owner)));
    // (A person named in full where it stands, it the first of their two surnames, before others named
    // elsewhere: "Macías" of "José Adolfo Macías Villamar" in its articles, not of another's "José Adolfo Macías".)
    // (Its names that end another, "Adolfo Macías Villamar" of "José Adolfo Macías Villamar", are that one.)
    const here = (bySurname.get(key) ?? []).filter(([full, owner]) => clusters.has(full) && c.articles.within(owner.articles));
    const firstSurnameHere = here.filter(([full]) => !here.some(([other]) => other.endsWith(` ${full}`)));
    if (firstSurnameHere.length === 1 && !owners.some(([, owner]) => c.articles.within(owner.articles))) owners = firstSurnameHere;
    // (Or a person's surname after its particle: "Gaulle" of "Charles de Gaulle", its "De" left at the sentence's start;
    // or after a given name of two joined by "de": "Pérez" of "María de los Ángeles Pérez".)
    // (Or the last of two surnames joined by a hyphen: "Maillo" of "Fernando Martínez-Maillo".)
    if (owners.length === 0) owners = fullNames.filter(([full]) => clusters.has(full) && (surnameAfterParticle(full) === key || surnameAfterCompoundGiven(full) === key || hyphenedLast(full) === key));
    // (The first word of two surnames, "Morales" of "Morales Ojeda" of "Roberto Morales Ojeda",
    // is that person's only in the articles that name them: elsewhere it is another Morales.)
    const endsLonger = (full: string) => fullNames.some(([other]) => other.endsWith(` ${full}`) && clusters.has(other));
    // (Not an ordinary word, unless it is a given name: "Primera" is no one's of "Primera Enmienda".)
    const mayBeFirstName = c.common < c.count || isGivenName(key);
    // (A given name alone is as many people's as bear it: only the one named in its articles. So is
    // a word written mostly where places are, "ganamos en Rosario", not "Rosario Murillo" of another.)
    if (owners.length === 0 && mayBeFirstName) owners = plain.filter(([full, owner]) => full.split(' ')[0] === key && ((!endsLonger(full) && !isGivenName(key) && !placeLike(c)) || c.articles.within(owner.articles)));
    // The first of a person's two surnames, in the articles that name them: "Porcell" of "Carolina Porcell Méndez".
    if (owners.length === 0) owners = (bySurname.get(key) ?? []).filter(([full, owner]) => clusters.has(full) && c.articles.within(owner.articles));
    // Or a word inside a person's name, in the articles that name them: "Lula" of "Luiz Inácio Lula
    // da Silva" (the name a president goes by), "Guevara" of "Ernesto Guevara de la Serna".
    if (owners.length === 0) owners = fullNames.filter(([full, owner]) => clusters.has(full) && (ledByGivenName(owner) || owner.afterTitle > 0) && full.split(' ').slice(1, -1).includes(key) && c.articles.within(owner.articles));
    // Two people of that surname in the library: the one named in full in every article it stands alone in;
    // or, named in none of them all, the one name that is a person's, a given name leading it or a
    // title before it ("Donald Trump", not "Estados Unidos Trump", a section's name run into a title).
    if (owners.length > 1) {
      const present = owners.filter(([, owner]) => c.articles.within(owner.articles));
      const personal = owners.filter(([, owner]) => ledByGivenName(owner) || owner.afterTitle > 0);
      owners = present.length === 0 && personal.length === 1 ? personal : present;
    }
    // Both named in those articles: the one named before it, in every one of them ("Ulpiano
    // Vergara presentó … expresó Vergara … su hija, Dania María Vergara"); of several, the one
    // named first, whom the article is about ("Javier Milei" … "Karina Milei" … "Milei").
    if (owners.length > 1) {
      const nearest = (a: number) => {
        const before = owners.map(([k, o]) => [k, o.articles.firstAt(a)!] as const).filter(([, at]) => at <= c.articles.firstAt(a)!).sort((x, y) => x[1] - y[1]);
        return before.length === 1 || (before.length > 1 && before[0]![1] !== before[1]![1]) ? before[0]![0] : null;
      };
      const picked = new Set(c.articles.ids().map(nearest));
      owners = picked.size === 1 && !picked.has(null) ? owners.filter(([k]) => picked.has(k)) : owners;
    }
    // (Not a person's, for a word written mostly after an article, as a thing's name is and a person's seldom:
    // "el Nobel", "del Nobel" is the prize, not "Alfred Nobel"; "el Ejecutivo" is still the "Poder Ejecutivo".)
    if (owners.length === 1 && afterArticleMostly(c) && ledByGivenName(owners[0]![1])) continue;
    // (Nor, in articles that never name them in full, a person's the library names so in one article only: the
    // "Cano" of one article is not the "Esteban Cano" of another; "Trump" alone is the "Donald Trump" of several.)
    if (owners.length === 1 && !c.articles.meets(owners[0]![1].articles) && owners[0]![1].articles.size < 2) continue;
    if (owners.length === 1) {
      const [ownerKey, owner] = owners[0]!;
      merge(owner, c, key);
      // (A name of ordinary words that no given name leads, "Poder Ejecutivo", is an institution's, its last word alone or not.)
      if (owner.ordinary * 2 <= multiWord(owner)) owner.kindHint = 'person';
      clusters.set(ownerKey, owner);
    }
  }

  // A place's name alone without the noun that leads it ("el Atlántico" of "Océano Atlántico"), in
  // the articles that name it in full. (Not a given name, nor a word after a title: "Carlos" of "San
  // Carlos", "el ministro Bolívar" of "Plaza Bolívar" are someone.)
  const byPlaceName = new Map<string, [string, Cluster][]>();
  for (const entry of clusters) {
    const words = entry[0].split(' ');
    if (words.length === 2 && entry[1].kindHint === 'place' && placeWords.has(words[0]!)) listUnder(byPlaceName, words[1]!, entry);
  }
  for (const [key, c] of [...clusters]) {
    if (key.includes(' ') || (c.kindHint && c.kindHint !== 'place') || c.afterTitle > 0 || curatedFor(key) || isGivenName(key)) continue;
    const owners = (byPlaceName.get(key) ?? []).filter(([full, owner]) => clusters.has(full) && c.articles.within(owner.articles));
    if (owners.length === 1) keepingKind(owners[0]![1], c, key);
  }

  // A name that ends with the initials of another, spelt out elsewhere ("Comité Central del PCC",
  // "Comité Central del Partido Comunista de Cuba", with "PCC" a spelling of "Partido Comunista
  // de Cuba"): one name.
  const spelledBy = new Map<string, string>();
  for (const [key, c] of clusters) if (key.includes(' ')) for (const f of c.forms.keys()) if (/^\p{Lu}{2,6}$/u.test(f)) spelledBy.set(f, key);
  for (const [key, c] of [...clusters]) {
    if (!clusters.has(key)) continue;
    for (const form of c.forms.keys()) {
      const initials = OF_INITIALS.exec(form)?.[0].trim().split(' ').pop();
      const spelled = initials && spelledBy.get(initials);
      if (!spelled) continue;
      const whole = `${variantKey(form.slice(0, form.length - initials.length).trim())} ${spelled}`;
      if (whole !== key && clusters.has(whole)) {
        keepingKind(clusters.get(whole)!, c, key);
        break;
      }
    }
  }

  // A state's formal name is the state's: "la República de Turquía" and "Turquía", "la
  // República Popular China" and "China", "el Reino de los Países Bajos" and "los Países Bajos"
  // are one place. (A name the words after it are not, "República Dominicana", stays its own.)
  const states = stateWordKeys();
  for (const [key, c] of [...clusters]) {
    const words = key.split(' ');
    if (words.length < 2 || !states.has(words[0]!) || !clusters.has(key)) continue;
    for (let k = 1; k < words.length; k++) {
      const short = clusters.get(words.slice(k).join(' '));
      if (!short || short === c || (short.kindHint && short.kindHint !== 'place')) continue;
      keepingKind(short, c, key);
      short.kindHint = 'place';
      break;
    }
  }

  /** " de Guatemala", " de la India": a country or a place the library has, after "of". */
  const ofPlace = (rest: string) => {
    const place = /^ (?:de|del)(?: (?:la|los|las|el))? (.+)$/.exec(rest)?.[1];
    return place !== undefined && (curatedFor(place)?.kind === 'place' || clusters.get(place)?.kindHint === 'place');
  };

  // Part of one longer name, and of that one only: "Morales Ojeda" of "Roberto Morales Ojeda",
  // "Rosario del Pilar Pentón" of "Rosario del Pilar Pentón Díaz".
  const longer = [...clusters.keys()].filter((k) => k.includes(' '));
  for (const [key, c] of [...clusters].sort((a, b) => b[0].length - a[0].length)) {
    if (!key.includes(' ') || c.kindHint === 'term' || curatedFor(key) || !clusters.has(key)) continue;
    // (Not the name after a connector: the "Universidad Nacional Agraria" of "Movimiento Estudiantil de la Universidad Nacional Agraria" is another.)
    // (Inside it, a person's given name and surname: "Camilo Hernández" of "Humberto Camilo Hernández Suárez".)
    const givenFirst = isGivenName(key.split(' ')[0]!) && c.ordinary === 0;
    // (A person's name, before words that make it a thing's named after them, written after an
    // article: "Toni Morrison" of "el Toni Morrison Hall", a building.)
    const personal = givenFirst || c.afterTitle > 0;
    // (Any of its spellings' keys, one misspelt among them: "Policía de Bucaramanaga" and "Policía de Bucaramanga" of "Policía Metropolitana de Bucaramanga".)
    const partOf = (full: string, k: string) =>
      // (Not a given name and a surname after another given name: "Carlos Mora" is not "Juan Carlos Mora".)
      (full.endsWith(` ${k}`) && !ENDS_WITH_CONNECTOR.test(full.slice(0, -k.length)) && !(givenFirst && full.slice(0, -k.length).trim().split(' ').every(isGivenName))) ||
      (full.startsWith(`${k} `) && !(personal && afterArticleMostly(clusters.get(full)!))) ||
      withoutMiddle(full, k) ||
      (givenFirst && ((full.includes(` ${k} `) && !HOLDS_CONNECTOR.test(full)) || withoutGivenNames(full, k))) ||
      shortGivenName(full, k) ||
      firstNameAndSurname(full, k);
    let owners = longer.filter((full) => !c.keys.has(full) && clusters.has(full) && clusters.get(full)!.kindHint !== 'term' && [...c.keys].some((k) => k.includes(' ') && partOf(full, k)));
    // Of several, the one named in every article it stands in ("Fiscalía General" of "Fiscalía
    // General de Colombia" there, not of another article's "Fiscalía General de la República"); of
    // several named where it stands, the one those articles write far more often: "Polo
    // Democrático" of "Polo Democrático Alternativo" (with its "Polo" and "PDA", eight times), not
    // of "Polo Democrático Independiente" (once).
    if (owners.length > 1) {
      const present = owners.filter((full) => c.articles.within(clusters.get(full)!.articles)).sort((a, b) => clusters.get(b)!.count - clusters.get(a)!.count);
      const [top, next] = present.map((full) => clusters.get(full)!.count);
      if (top !== undefined && (next === undefined || top >= FAR_MORE * next)) owners = present.slice(0, 1);
    }
    if (owners.length !== 1) continue;
    // The longer name says what it is; its part ("Cabrera Castellanos") does not.
    const owner = clusters.get(owners[0]!)!;
    // (Part of a name only where that name is given: "San Martín" of one article is not "Flavio
    // Arce San Martín" of another, the "Policía Nacional" of Panama not the "Policía Nacional Civil
    // de El Salvador". An institution "of" a country, or its meeting by number, is the one its
    // articles have: "Ministerio Público" of "Ministerio Público de Guatemala", "Pleno del Comité
    // Central" of "II Pleno del Comité Central".)
    if (!c.articles.within(owner.articles) && !(owner.kindHint === 'organization' && (ofPlace(owners[0]!.slice(key.length)) || NUMBERED.test(owners[0]!.slice(0, -key.length))))) continue;
    keepingKind(owner, c, key);
  }

  // A named term's part, in the articles that name it whole: "Premio Nobel" of "Premio Nobel de
  // Literatura", "Código de las Familias" of "Proyecto de Código de las Familias". (A phrase's
  // parts, "alto el fuego" of "alto el fuego inmediato", are told by `termFragments`.)
  // (The named terms by their first and last words, read once: a library holds thousands.)
  const namedTerms = [...clusters.entries()].filter(([key, c]) => key.includes(' ') && c.kindHint === 'term' && capitalisedWords(formsByCount(c)[0]!) >= 2);
  const byEdge = new Map<string, [string, Cluster][]>();
  for (const entry of namedTerms) {
    const words = entry[0].split(' ');
    for (let k = 1; k < words.length; k++) {
      listUnder(byEdge, words.slice(0, k).join(' '), entry);
      listUnder(byEdge, words.slice(k).join(' '), entry);
    }
  }
  for (const [key, c] of namedTerms) {
    if (!clusters.has(key)) continue;
    const owners = [...new Set(byEdge.get(key) ?? [])].filter(([full, owner]) => clusters.has(full) && c.articles.within(owner.articles));
    if (owners.length === 1) keepingKind(owners[0]![1], c, key);
  }

  // An institution's first word alone, capitalised as its short name ("el Partido" of "Partido
  // Comunista de Cuba"): the one institution it opens in every article it stands in. (Elsewhere,
  // "la Fiscalía" is another country's.) And so a place's: "la Provincia" of "Provincia de Buenos Aires".
  // (The institutions and places by their first word, read once: a library holds tens of thousands of names.)
  const opening = new Map<string, string[]>();
  for (const [full, o] of clusters) {
    if (!full.includes(' ') || (o.kindHint !== 'organization' && o.kindHint !== 'place')) continue;
    listUnder(opening, full.slice(0, full.indexOf(' ')), full);
  }
  // (An ordinary word alone, capitalised wherever it is met, of no kind but an institution's or a place's: "Partido", "Interior";
  // or a word its own reading says is an institution's, which the dictionary may lack: "la Contraloría". Not initials.)
  const mayBeShortName = (key: string, c: Cluster) =>
    !key.includes(' ') &&
    clusters.has(key) &&
    (c.common >= c.count || (c.kindHint === 'organization' && ![...c.forms.keys()].some((f) => /^\p{Lu}+$/u.test(f)))) &&
    (!c.kindHint || c.kindHint === 'organization' || c.kindHint === 'place') &&
    !curatedFor(key);
  for (const [key, c] of [...clusters]) {
    if (!mayBeShortName(key, c)) continue;
    const owners = (opening.get(key) ?? []).filter((full) => clusters.has(full) && c.articles.within(clusters.get(full)!.articles));
    if (owners.length === 1) keepingKind(clusters.get(owners[0]!)!, c, key);
  }

  // A town's name before what sets it apart, its short name: "Jerez" of "Jerez de la Frontera" (and
  // "Santiago" of "Santiago de Compostela"), in the articles that name it whole, the one such name there.
  // (Not a given name, nor a name of an institution, a person or a term: their own rules weigh the
  // other names beside them, "Carlos" of "Carlos de la Torre" or of "Carlos Pérez".)
  const byOpening = new Map<string, string[]>();
  for (const [full, o] of clusters) {
    const m = / (?:de|del) /.exec(full);
    if (!m || (o.kindHint && o.kindHint !== 'place') || o.afterTitle > 0) continue;
    listUnder(byOpening, full.slice(0, m.index), full);
  }
  for (const [key, c] of [...clusters]) {
    if (!byOpening.has(key) || (c.kindHint && c.kindHint !== 'place') || isGivenName(key.split(' ')[0]!) || curatedFor(key)) continue;
    const owners = byOpening.get(key)!.filter((full) => clusters.has(full) && c.articles.within(clusters.get(full)!.articles));
    if (owners.length === 1) keepingKind(clusters.get(owners[0]!)!, c, key);
  }

  // An institution's last words, after its connector, its portfolio as its short name ("la
  // titular de Interior" of "Ministerio del Interior", "Hacienda" of "Secretaría de Hacienda",
  // "Obras Públicas" of "Ministerio de Obras Públicas"): the one institution the library has
  // that ends with them, or, of several, the one in every article they stand in.
  const ending = new Map<string, string[]>();
  for (const [full, o] of clusters) {
    const words = full.split(' ');
    // (Its words between are connectors only: the "Senado" of "Comisión de Seguridad del Senado" is an institution of its own.)
    // (Nor a state's word, "República" of "Congreso de la República": the state's, not the institution's.)
    const connectors = words.slice(1).findIndex((w) => !CONNECTOR_WORDS.has(w)) + 1;
    if (words.length < 3 || o.kindHint !== 'organization' || connectors < 2 || states.has(words[words.length - 1]!)) continue;
    if (connectors === words.length - 1) listUnder(ending, words[words.length - 1]!, full);
    else if (!words.slice(connectors).some((w) => CONNECTOR_WORDS.has(w))) listUnder(ending, words.slice(connectors).join(' '), full);
  }
  // (Several ordinary words, each capitalised wherever they are met, of no kind but an institution's: "Relaciones Exteriores".
  // Not a place's name, "Distrito Nacional" of "Fiscalía del Distrito Nacional".)
  const mayBePortfolio = (key: string, c: Cluster) =>
    key.includes(' ') && clusters.has(key) && c.ordinary >= c.count && (!c.kindHint || c.kindHint === 'organization') && !curatedFor(key) && !placeWords.has(key.slice(0, key.indexOf(' ')));
  for (const [key, c] of [...clusters]) {
    if (!mayBeShortName(key, c) && !mayBePortfolio(key, c)) continue;
    const all = (ending.get(key) ?? []).filter((full) => clusters.has(full));
    // (The one the library has where an article writes both, or where several articles name it: "Sanidad" of one
    // article is not the "Ministerio de Sanidad gazatí" of another, named once.)
    const known = (full: string) => c.articles.meets(clusters.get(full)!.articles) || clusters.get(full)!.articles.size >= 2;
    const owners = all.length === 1 && known(all[0]!) ? all : all.filter((full) => c.articles.within(clusters.get(full)!.articles));
    if (owners.length === 1) keepingKind(clusters.get(owners[0]!)!, c, key);
  }

  const fragments = termFragments(clusters);
  // (The words of the names of several words left: a surname or a given name of people named in full, a place's in an institution's name.)
  const nameParts = new Set([...clusters.keys()].filter((k) => k.includes(' ')).flatMap((k) => k.split(' ')));
  // (The surnames of people named in full, led by a given name: "Correa" of "Mayín Correa" and "Francisco Correa".)
  const peoplesSurnames = new Set(
    [...clusters.entries()].filter(([k, o]) => k.includes(' ') && (!o.kindHint || o.kindHint === 'person') && !HOLDS_CONNECTOR.test(k) && ledByGivenName(o)).map(([k]) => lastWordKey(k)),
  );
  const suggestions: Suggestion[] = [];
  for (const [key, c] of clusters) {
    const curated = [...c.keys].map(curatedFor).find(Boolean);
    const forms = [...c.forms.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1]);
    const canonical = forms[0]?.[0] ?? key;
    const words = canonical.split(' ').length;
    const kind: TermKind =
      curated?.kind ??
      c.kindHint ??
      // (Initials, or initials among its words, "Fecha FIFA", are no one's name; a Roman numeral, "Juan Pablo II", may be.)
      (/^[\p{Lu}.\s]+$/u.test(canonical) || (words > 1 && INITIALS_WORD.test(canonical))
        ? 'organization'
        : // (Listed with places, mostly, and no given name leading it, it is one: "en Buenaventura y el Pacífico Medio";
          // or written mostly right after "in", no article between, as towns are: "entre mafias en Jerez de la Frontera".)
          words > 1 && (c.listed * 2 > c.count || c.afterLocative * 2 > c.count) && !isGivenName(canonical.split(' ')[0]!)
          ? 'place'
          : // "la Fuerza Aérea", "los Asuntos Constitucionales": a person's name seldom follows an
          // article, nor is it mostly written in ordinary words that no given name leads ("Poder Judicial").
          words > 1 && c.afterTitle === 0 && (c.afterArticle * 2 > c.count || c.ordinary * 2 > multiWord(c))
          ? 'organization'
          : words > 1 || c.afterTitle > 0
            ? 'person'
            : (c.afterPreposition + c.listed) * 2 < c.count && isGivenName(canonical)
              ? 'person'
              : // (A capitalised ordinary word alone, "el ministro de Hacienda", "la Contraloría", is an institution's name.)
                c.common >= c.count && c.listed === 0 && !c.unknown
                ? 'organization'
                : // (Alone where several people bear it as their surname, it is one of theirs: "Correa".)
                  peoplesSurnames.has(key) && (c.afterLocative + c.listed) * 2 < c.count
                  ? 'person'
                  : 'place');
    const articles = c.articles.ids();
    // Recurrence across articles counts more than repetition within one.
    const recurring = articles.length >= 2 || (kind !== 'term' && c.count >= 3);
    const onlyInitial = words === 1 && c.initial >= c.count && !curated && !c.unknown;
    // A name met once is what a reader meeting that minister (or that town) for the first time
    // needs: kept, and ranked below everything that recurs. A full name, or one word with the
    // evidence of a name about it: capitalised mid-sentence after a preposition or a title.
    // (A name of three words or more may open its sentence: its other capitals say it is one.)
    // One word the language's dictionary does not know, capitalised, is a name's evidence too; so is
    // one it lists as a name ("Navarra"), unless it is part of a longer name ("Sánchez" of people named in full).
    const fullNameOnce = kind !== 'term' && (words >= 3 || (c.initial < c.count && (words >= 2 || c.afterPreposition > 0 || c.afterTitle > 0 || c.unlisted > 0 || c.listed > 0 || (c.inDictionary > 0 && !nameParts.has(key)))));
    // A capitalised word the dictionary has as an ordinary one ("Salud", "Gobierno", "la
    // Revolución"), alone, with no title before it: offered only when several articles write it
    // so, and below every name.
    const commonWord = words === 1 && c.common >= c.count && !curated && !c.unknown && c.afterTitle === 0 && c.listed === 0;
    // (So is a term's name, its words capitalised, "Estatuto de Roma"; not a phrase, "alto el fuego", at a sentence's start or not.)
    const namedTerm = kind === 'term' && capitalisedWords(canonical) >= 2;
    if (onlyInitial || (!recurring && !fullNameOnce && !namedTerm && !curated && !c.unknown)) continue;
    if (((kind === 'term' && !namedTerm) || commonWord) && articles.length < 2 && !curated) continue;
    if (fragments.has(key)) continue;
    const score = commonWord
      ? articles.length - COMMON_WORD_FLOOR
      : articles.length * 10 + Math.min(c.count, 30) + (curated ? 5 : 0) + (c.unknown ? 3 : 0) + (words > 1 && kind !== 'term' ? 2 : 0) - (recurring || curated || c.unknown ? 0 : ONCE_PENALTY) - (kind === 'term' && !curated ? TERM_PENALTY : 0);
    suggestions.push({
      key,
      canonical,
      variants: forms.map(([f]) => f),
      kind,
      target: curated?.target ?? canonical,
      count: c.count,
      articles,
      unknownToEngine: c.unknown,
      curated: Boolean(curated),
      score,
    });
  }
  attachAdjectives(suggestions, adjectives);
  return suggestions.sort((a, b) => b.score - a.score || a.canonical.localeCompare(b.canonical));
}

/**
 * Terms that overlap a longer term at its edge wherever they stand ("fuego inmediato" of
 * "alto el fuego inmediato", beside "alto el fuego"): the other term's last word is their
 * first, or its first their last, and every article of theirs holds it too.
 */
function termFragments(clusters: Map<string, Cluster>): Set<string> {
  const terms = [...clusters].filter(([, c]) => c.kindHint === 'term').map(([key, c]) => ({ key, c, words: key.split(' ') }));
  // Terms by their last word and by their first: the ones a term may overlap at its edges.
  const byLast = new Map<string, typeof terms>();
  const byFirst = new Map<string, typeof terms>();
  for (const t of terms) {
    const [first, last] = [t.words[0]!, t.words[t.words.length - 1]!];
    byLast.set(last, [...(byLast.get(last) ?? []), t]);
    byFirst.set(first, [...(byFirst.get(first) ?? []), t]);
  }
  const fragments = new Set<string>();
  for (const { key, c, words } of terms) {
    const covers = (o: (typeof terms)[number]) => o.key !== key && o.c.count >= c.count && c.articles.within(o.c.articles);
    const before = (byLast.get(words[0]!) ?? []).some((o) => o.words.length >= words.length && covers(o));
    const after = (byFirst.get(words[words.length - 1]!) ?? []).some((o) => o.words.length > words.length && covers(o));
    if ((before || after) && !curatedFor(key)) fragments.add(key);
  }
  return fragments;
}

/** How many of a name's words are capitalised: "Estatuto de Roma" two, "alto el fuego" none. */
const capitalisedWords = (form: string) => form.split(' ').filter((w) => /^\p{Lu}/u.test(w)).length;

/** Whether a spelling of the name opens with a given name: "Gabriel Boric", "María de los Ángeles Pérez". */
const ledByGivenName = (c: Cluster) => [...c.forms.keys()].some((f) => isGivenName(f.split(' ')[0]!));

const formsByCount = (c: Cluster) => [...c.forms.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);

/**
 * Each adjective goes with its country's entry ("Bielorrusia": Belarus; "bielorruso",
 * "bielorrusa": Belarusian). One whose country the library does not name is an entry of its own.
 */
function attachAdjectives(suggestions: Suggestion[], adjectives: Map<string, Cluster>): void {
  for (const [key, c] of adjectives) {
    const country = countryOfAdjective(key)!;
    const adjective: Adjective = { key, variants: formsByCount(c), target: country.demonym ?? country.target, count: c.count, articles: c.articles.ids() };
    const owner = suggestions.find((s) => s.key === country.key || s.variants.some((v) => variantKey(v) === country.key));
    if (owner) owner.adjective = adjective;
    else suggestions.push(adjectiveSuggestion(adjective));
  }
}

/** A country's adjective as an entry of its own. */
export function adjectiveSuggestion(adjective: Adjective): Suggestion {
  return {
    key: adjective.key,
    canonical: adjective.variants[0]!,
    variants: adjective.variants,
    kind: 'term',
    target: adjective.target,
    count: adjective.count,
    articles: adjective.articles,
    unknownToEngine: false,
    curated: true,
    score: adjective.articles.length * 10 + Math.min(adjective.count, 30),
  };
}

/** Adds `value` to the list kept under `key`. */
function listUnder<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A name's letters, without its spaces, hyphens and apostrophes: "saut’d’eau" and "saut-d’eau" are "sautdeau". */
const squeezed = (key: string) => key.replace(/[\s\-‐–'’]/g, '');
/** A slip in a shorter name may well be another name: "Ruiz" and "Ruis", "Ana Peña" and "Ana Piña" are not compared. */
const MIN_SLIP_LENGTH = 8;

/**
 * Whether `key` is `other` with one slip: its punctuation or spaces changed, or one letter of
 * one word ("rogriguez", "daily"), or one letter and the space between two words ("jeancarlo
 * sanchez"). Not a word's first letter ("Hernández" is not "Fernández"), nor one given name for
 * another ("Daniel" and "Daniela" Ruiz are two).
 */
function slipOf(key: string, other: string): boolean {
  if (key === other) return false;
  const [a, b] = [squeezed(key), squeezed(other)];
  if (a === b) return true;
  if (!oneEditApart(a, b)) return false;
  const [wa, wb] = [key.split(' '), other.split(' ')];
  if (wa.length !== wb.length) return true;
  const differ = wa.map((w, k) => [w, wb[k]!] as const).filter(([x, y]) => x !== y);
  return differ.length === 1 && differ.every(([x, y]) => x[0] === y[0] && !(isGivenName(x) && isGivenName(y)));
}

/**
 * Whether the slip of `slipOf` lies inside a word, away from its ending ("daly", "daily"), or
 * where two words meet ("jeancarlo sanchez"): no ending of a surname of its own ("Torre", "Torres").
 */
function innerSlip(key: string, other: string): boolean {
  const [wa, wb] = [key.split(' '), other.split(' ')];
  if (wa.length !== wb.length) return true;
  return wa.every((w, k) => w === wb[k] || (w.at(-1) === wb[k]!.at(-1) && w.length > 1 && wb[k]!.length > 1));
}

/** The shipped entry of initials given to a name that they spell and that holds another of that entry's spellings (see buildSuggestions). */
function curatedGiven(key: string, c: Cluster): CuratedEntry | undefined {
  if (!key.includes(' ')) return undefined;
  // (The spelling given is the name's initials: "UE" spells "Unión Europea", not "Parlamento de la Unión Europea".)
  const initials = initialsOf(key);
  for (const form of c.forms.keys()) {
    const given = variantKey(form);
    const entry = given === initials ? curatedFor(given) : undefined;
    if (entry?.source.some((f) => variantKey(f) !== given && ` ${key} `.includes(` ${variantKey(f)} `))) return entry;
  }
  return undefined;
}

/** Whether a name is written after an article more often than not ("el Toni Morrison Hall"): a person's seldom is. */
const afterArticleMostly = (c: Cluster) => c.afterArticle * 2 > c.count;

/** How often a name was met in full, its parts met alone ("Ejecutivo" of "Poder Ejecutivo") aside. */
function multiWord(c: Cluster): number {
  let n = 0;
  for (const [form, count] of c.forms) if (form.includes(' ')) n += count;
  return n;
}

/** The words that join a long name's parts and the plural's ending set aside; null for a name of two words without a connector, or of one. */
function looseKey(key: string): string | null {
  const all = key.split(' ');
  const words = all.filter((w) => !LOOSE_CONNECTORS.has(w));
  // (Two words are enough with a connector between them, an institution's "Consejos de Ministros";
  // two alone may be two people's, "Torres Pérez" and "Torre Pérez".)
  if (words.length < 2 || (words.length === 2 && all.length === 2)) return null;
  return words.map((w) => (w.length > 4 ? w.replace(/e?s$/, '') : w)).join(' ');
}
const LOOSE_CONNECTORS = new Set([...CONNECTORS.split('|'), 'al', 'y', 'e']);
/** A word of initials among a name's, a Roman numeral aside: "Fecha FIFA", not "Juan Pablo II". */
const INITIALS_WORD = /(?:^|\s)(?![IVXLC]+(?:\s|$))\p{Lu}{2,}(?:\s|$)/u;
/** The initials of what a name belongs to, at its end: " de la JEP", " del PCC". */
const OF_INITIALS = new RegExp(` (?:${CONNECTORS}|al)(?: (?:la|el|los|las))? \\p{Lu}{2,6}$`, 'u');

/** The initials of a name's words, connectors aside: "comite central del partido comunista de cuba" is "ccpcc". */
function initialsOf(key: string): string {
  return key
    .split(' ')
    .filter((w) => !LOOSE_CONNECTORS.has(w))
    .map((w) => w[0])
    .join('');
}

/** The initials of a form's capitalised words, in lower case, a hyphen's parts each a word: "La Libertad Avanza" is "lla", "Paris Saint-Germain" "psg". */
function capitalInitials(form: string): string {
  return form
    .split(/[\s\-‐]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

/** Whether the words of `k` stand in `f` in their order, the words left out between them all of a kind. */
function keptInOrder(f: string[], k: string[], mayLeaveOut: (word: string) => boolean): boolean {
  let at = 0;
  for (const word of k) {
    const found = f.indexOf(word, at);
    if (found < 0 || !f.slice(at, found).every(mayLeaveOut)) return false;
    at = found + 1;
  }
  return true;
}

/**
 * "Mario Vargas Llosa" of "Jorge Mario Pedro Vargas Llosa": a person's name with some of their
 * given names left out, the surnames whole.
 */
function withoutGivenNames(full: string, key: string): boolean {
  const [f, k] = [full.split(' '), key.split(' ')];
  // (A given name and a surname are a name of their own, another person's as often: "Carlos Mora"
  // beside "Juan Carlos Mora" in a team's line-up.)
  if (k.length < 3 || k.length >= f.length || f[f.length - 1] !== k[k.length - 1]) return false;
  return keptInOrder(f, k, isGivenName);
}

/** The shortest given name that may stand for a longer one: "Maxi" of "Maximiliano". */
const SHORT_GIVEN = 4;

/**
 * "Maxi Pullaro" of "Maximiliano Pullaro": the same surnames, and a first name that is the start
 * of the other's and no given name of its own ("Juan" is no short "Juana").
 */
function shortGivenName(full: string, key: string): boolean {
  const [f, k] = [full.split(' '), key.split(' ')];
  if (k.length < 2 || k.length !== f.length || k.slice(1).join(' ') !== f.slice(1).join(' ')) return false;
  const [short, long] = [k[0]!, f[0]!];
  return short.length >= SHORT_GIVEN && short.length < long.length && long.startsWith(short) && isGivenName(long) && !isGivenName(short);
}

/**
 * "Henry Bello" of "Henry Yesid Bello Cubides": a person's first given name and first surname, their
 * other given names and their second surname left out.
 */
function firstNameAndSurname(full: string, key: string): boolean {
  const [f, k] = [full.split(' '), key.split(' ')];
  // (Its first word a given name: "Partido Obrero" is not of "Partido Socialista Obrero Español".)
  return k.length === 2 && f.length >= 4 && k[0] === f[0] && k[1] === f[f.length - 2] && isGivenName(k[0]!);
}

/** "Nancy Rodas" of "Nancy Paola Rodas": the same first and last words, some between left out. */
function withoutMiddle(full: string, key: string): boolean {
  const [f, k] = [full.split(' '), key.split(' ')];
  if (k.length < 2 || k.length >= f.length || f[0] !== k[0] || f[f.length - 1] !== k[k.length - 1]) return false;
  // (Not an institution with one of its parts left out: "Secretaría de Seguridad Ciudadana" is not
  // the "Secretaría de Seguridad y Protección Ciudadana".)
  if (f.some((w) => AND_WORDS.has(w)) && !k.some((w) => AND_WORDS.has(w))) return false;
  return keptInOrder(f, k, () => true);
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** "And" in the keys of names: "y" is keyed "i". */
const AND_WORDS: ReadonlySet<string> = new Set(['i', 'e', 'and', 'et', 'und', 'и', 'і', 'та']);
/** A number before a name, in Roman numerals or figures, and the space after it: "ii ", "20 ". */
const NUMBERED = /^(?:[ivxlc]+|\d+) $/;
/** A name whose first word is a number in Roman numerals, as written: "IV Pleno", "XX Congreso". */
const ROMAN_FIRST = /^[IVXLC]+ /;
/** Case endings of Russian and Ukrainian names as the spelling key writes them, longest first. */
const CASE_ENDINGS = ['iakh', 'ogo', 'ego', 'omu', 'emu', 'ami', 'iam', 'ikh', 'akh', 'om', 'em', 'oi', 'ei', 'im', 'iu', 'ia', 'a', 'e', 'i', 'u'];

/** A name's key with each long word's case ending taken off: the spellings of one name in its cases meet here. */
export function declensionStem(key: string): string {
  return key
    .split(' ')
    .map((word) => {
      if (word.length < 5) return word;
      const ending = CASE_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 4);
      return ending ? word.slice(0, -ending.length) : word;
    })
    .join(' ');
}
