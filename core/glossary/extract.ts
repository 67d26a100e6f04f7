/**
 * Finds the names and terms in one article's sentences: capitalised sequences (with the
 * connectors names carry inside them), acronyms, and content word n-grams that may recur
 * across the library. Counting across articles, clustering and ranking happen later.
 */
import type { TermKind } from '../contract';
import { curatedFor } from './curated';
import { adjectiveKey, adjectiveOf, countryNamed } from './places';
import { type Language, language } from '../languages';
import { isGivenName } from '../languages/given-names';
import { isOrdinaryWord, type Lexicon } from '../languages/lexicon';
import { variantKey } from '../text/variant-key';
import { AGENCIES } from '../article/sentences';
import { declensionStem } from './suggest';

import type { Occurrence } from '../store/glossary';

export type { Occurrence };

/** `joined`: only spaces (or an elision's apostrophe) separate this token from the one before (no comma, no quote). */
type Token = { text: string; start: number; end: number; capital: boolean; acronym: boolean; joined: boolean };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\.(?:\s?\p{Lu}{1,3}\.)+)?/gu;
/** An elided word and the word it leans on: "d’Orsay", "L’Airbus", "dell’ONU". */
const ELIDED = /^(\p{L}{1,6})['’](\p{L}.*)$/u;

/** Whether a word is capitalised, and whether it is an acronym ("OTAN", "EE.UU."; only a capitalised word can be one). */
function shapeOf(text: string): { capital: boolean; acronym: boolean } {
  if (!/^\p{Lu}/u.test(text)) return { capital: false, acronym: false };
  if (/^\p{Lu}{1,3}\.(?:\s?\p{Lu}{1,3}\.)+$/u.test(text)) return { capital: true, acronym: true };
  const letters = text.replace(/[^\p{L}]/gu, '');
  return { capital: true, acronym: /^\p{Lu}{2,6}$/u.test(letters) && letters.length === text.replace(/[.\s]/g, '').length };
}

function tokenize(sentence: string, lang: Language): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  /** Whether a single quote opened before this word is still open. */
  let quoteOpen = false;
  const push = (text: string, start: number, end: number, joined: boolean) => {
    const { capital, acronym } = shapeOf(text);
    tokens.push({ text, start, end, capital, acronym, joined });
  };
  for (const m of sentence.matchAll(WORD)) {
    let text = m[0];
    const dotted = /^\p{Lu}{1,3}\.(?:\s?\p{Lu}{1,3}\.)+$/u.test(text);
    if (!dotted) text = text.replace(/[.'’-]+$/, '');
    if (!text) continue;
    // (A middle initial's stop goes on with the name: "John F. Kennedy", "George W. Bush".)
    const gap = previousEnd >= 0 ? sentence.slice(previousEnd, m.index) : '';
    const previous = tokens[tokens.length - 1];
    const initialBefore = gap === '. ' && previous !== undefined && /^\p{Lu}$/u.test(previous.text) && tokens[tokens.length - 2]?.capital === true && previous.joined && /^\p{Lu}\p{Ll}/u.test(text);
    const joined = previousEnd >= 0 && (/^\s+$/.test(gap) || initialBefore);
    const elided = ELIDED.exec(text);
    // (A list's number glued to a name, "28-Joaquín Aguirre": the name begins after it.)
    const numbered = /^(\d{1,3}[-–])\p{Lu}\p{Ll}/u.exec(text);
    if (numbered) {
      push(text.slice(numbered[1]!.length), m.index + numbered[1]!.length, m.index + text.length, false);
    } else if (elided && lang.elisions.has(elided[1]!.toLowerCase())) {
      // The elided word is a word of its own, joined to the next by its apostrophe.
      push(elided[1]!, m.index, m.index + elided[1]!.length, joined);
      push(elided[2]!, m.index + elided[1]!.length + 1, m.index + text.length, true);
    } else {
      push(text, m.index, m.index + text.length, joined);
    }
    // (Words in single quotes, "el ‘Tata’ Martino", "Gerardo 'el Tata' Martino", "las ‘Chivas’
    // del Guadalajara", stand apart from the next as they do in double quotes: the closing quote
    // is no apostrophe. An apostrophe that ends a word no quote opened is the word's, as one
    // inside it is, "O’Donnell".)
    if (/['‘]/.test(sentence[m.index - 1] ?? '') && !/[\p{L}\p{N}]/u.test(sentence[m.index - 2] ?? '')) quoteOpen = true;
    const closes = quoteOpen && /['’]$/.test(m[0]);
    if (closes) quoteOpen = false;
    previousEnd = closes ? m.index + m[0].replace(/['’]+$/, '').length : m.index + m[0].length;
  }
  // A Roman numeral ends a name ("Juan Pablo II", "Felipe VI") and is no acronym; before a name
  // ("el II Pleno del Comité Central", "Sesiona IV Pleno") it is an ordinal, no part of it.
  const lexicon = lang.lexicon();
  for (const [i, t] of tokens.entries()) {
    if (!ROMAN.test(t.text)) continue;
    const before = tokens[i - 1];
    t.acronym = false;
    t.capital = t.joined && before !== undefined && before.capital && !ROMAN.test(before.text) && !(lexicon && isOrdinaryWord(before.text, lexicon) && !isGivenName(before.text));
  }
  return tokens;
}

/** The capitalised words a name holds at most. */
const MAX_NAME_WORDS = 8;

/** I to XXXIX: the numerals of popes, kings, congresses and plenums. */
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * The name inside a run of capitalised words: a title before a full name is not part of it
 * ("Мер Донецька Олександр Лук’янченко", "Bundesminister Andreas Scheuer" stay names, "Мер"
 * goes), nor is an acronym before one ("LREM Mustapha Laabid"), nor, in German, a noun before
 * a name ("Tochter Flixtrain").
 */
function nameWithin(run: Token[], lang: Language, nouns: ReadonlySet<string>, writtenAlone: (word: string) => boolean = () => false): Token[] {
  let from = 0;
  const capitalsAfter = (k: number) => run.slice(k + 1).filter((t) => t.capital).length;
  while (from < run.length - 1) {
    const t = run[from]!;
    const word = t.text.toLowerCase();
    // (A title and a connector before an institution's name, "Presidente de la República",
    // "Rectora de la Escuela Superior del Partido", is no part of it either.)
    const titleOf = lang.titles.has(word) && run[from + 1]?.capital === false;
    // (A title before one name, the name the article writes alone too: "el Presidente Boric" … "Boric dijo".)
    const titleOfOne = lang.titles.has(word) && from === run.length - 2 && writtenAlone(run[from + 1]!.text);
    const cut = ((lang.titles.has(word) || t.acronym) && capitalsAfter(from) >= 2) || titleOf || titleOfOne || (nouns.has(word) && !t.acronym);
    if (!cut) break;
    const at = from;
    from++;
    while (from < run.length - 1 && !run[from]!.capital) from++;
    // "secretario de Organización del Comité Central": after the title and a bare "de", one
    // word and a connector are its portfolio; the institution is the name after them. (Not
    // after an article: "jefe de la Dirección de Cuadros" is of that Dirección.)
    if (titleOf && from === at + 2 && !run[from + 1]?.capital && capitalsAfter(from) >= 1) {
      from++;
      while (from < run.length - 1 && !run[from]!.capital) from++;
    }
  }
  return run.slice(from);
}

/** The stems of the capitalised words met on their own, not starting a sentence: names that stand alone. */
function namesAlone(tokenized: Token[][]): Set<string> {
  const found = new Set<string>();
  for (const tokens of tokenized) {
    tokens.forEach((t, j) => {
      if (j === 0 || !t.capital || t.acronym) return;
      const before = tokens[j - 1]!;
      const after = tokens[j + 1];
      if ((before.capital && t.joined) || (after?.capital && after.joined)) return;
      found.add(declensionStem(variantKey(t.text)));
    });
  }
  return found;
}

/**
 * In a language that capitalises every noun (German), the capitalised words met after a
 * determiner, with at most two inflected adjectives between ("die Bahn", "der geplante Deutschlandtakt"):
 * nouns, which alone are no name.
 */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;

function nounsAfterDeterminers(tokenized: Token[][], lang: Language): Set<string> {
  const nouns = new Set<string>();
  if (!lang.nounDeterminers.size) return nouns;
  for (const tokens of tokenized) {
    tokens.forEach((t, j) => {
      if (!t.capital) return;
      for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
        const before = tokens[k]!;
        if (!tokens[k + 1]!.joined) return;
        if (lang.nounDeterminers.has(before.text.toLowerCase())) return void nouns.add(t.text.toLowerCase());
        // Only an adjective may stand between ("der geplante Deutschlandtakt"), not a verb ("Das sagt Fabian").
        if (before.capital || !ADJECTIVE_ENDING.test(before.text)) return;
      }
    });
  }
  return nouns;
}

/** A sentence written in capitals: letters in upper case only, three words of them at least ("MAGALY MEDINA: ME ESCAPÉ DEL COLEGIO"). */
const IN_CAPITALS = /^(?=(?:[^\p{L}]*\p{Lu}{2,}){3})[^\p{Ll}]*$/u;
/** A form's label in capitals opening a sentence, "TAMAÑO DE MUESTRA: 1.068 casos", "--ÁRBITRO: Francois Letexier": no name, words of the language. */
const CAPS_LABEL = /^[^\p{L}\s]*(?:\p{Lu}+\s+)*\p{Lu}{2,}:(?=\s)/u;
/** The longest run of initials kept in a sentence in capitals ("OTAN", "EEUU"); a longer word is a word. */
const INITIALS_IN_CAPITALS = 5;

const CAPITALS_WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/**
 * The names the article's prose writes, in lower case: the words it capitalises after its
 * sentences' first, and a first word the dictionary does not have ("Magaly, ¿qué…").
 */
function namesInProse(sentences: string[], lang: Language): Set<string> {
  const names = new Set<string>();
  const lexicon = lang.lexicon();
  for (const sentence of sentences) {
    if (IN_CAPITALS.test(sentence)) continue;
    let first = true;
    for (const [word] of sentence.matchAll(CAPITALS_WORD)) {
      if (/^\p{Lu}\p{Ll}/u.test(word) && (!first || (lexicon !== null && !lexicon.hasForm(word.toLowerCase())))) names.add(word.toLowerCase());
      first = false;
    }
  }
  return names;
}

/**
 * A sentence in capitals (a heading, a label over a quote) read as prose would write it: a name
 * capitalised, with the surnames after it ("Karla Tarazona: por ser fan…"), initials kept, every
 * other word in lower case. Otherwise every word reads as a name, or none does. A name is a
 * given name, a name the article's prose writes, or one the dictionary knows ("Ucrania"). The
 * text keeps its length: the names stand where they stood.
 */
function recasedCapitals(sentence: string, lang: Language, known: ReadonlySet<string>): string {
  const lexicon = lang.lexicon();
  const ordinary = (word: string) => lang.functionWords.has(word.toLowerCase()) || (lexicon !== null && isOrdinaryWord(titleCase(word), lexicon));
  const named = (word: string) => known.has(word.toLowerCase()) || (!ordinary(word) && (isGivenName(word) || (lexicon !== null && lexicon.hasForm(titleCase(word)))));
  let inName = false;
  const recased = sentence.replace(CAPITALS_WORD, (word) => {
    inName = named(word) || (inName && !ordinary(word));
    if (inName) return titleCase(word);
    return word.length <= INITIALS_IN_CAPITALS && !ordinary(word) ? word : word.toLowerCase();
  });
  return recased.length === sentence.length ? recased : sentence;
}

const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

/** The marks that set a list's items apart, and how many make a list of a sentence in capitals. */
const LIST_MARKS = /[,;(]/g;
const LISTED = 2;
/** A field's label opening a line: "Asistentes: …", "Cuarto Arbitro: …". */
const FIELD_LABEL = /^(\p{Lu}\p{Ll}+(?: \p{L}+)?):\s/u;

/**
 * A headline in title case ("Quinto Viaje De Lukashenko A Rusia", "Putin Says Talks Are Over")
 * capitalises words that prose leaves in lower case: function words after the first, or
 * every word. A sentence that merely holds a long name ("la Corte Penal Internacional de
 * La Haya") is not one: an article or connector followed by a capitalised word is part of a name.
 */
function isHeadlineCase(tokens: Token[], lang: Language, sentence: string): boolean {
  const words = tokens.filter((t) => /\p{L}{3,}/u.test(t.text));
  // (Names listed, set apart by commas or brackets, are capitalised as names are: "Defensas: Jesús
  // Angulo (Tigres), Jonathan Gómez (Real Sociedad), Luis Olivas (Guadalajara).")
  if ((sentence.match(LIST_MARKS) ?? []).length >= LISTED) return false;
  // (Words in lower case between the capitalised ones are a sentence's, "Ya en el Hospital Lucus
  // Augusti de Lugo"; only a connector inside a name, or a title case's short word, stands between two capitals.)
  const lowerOutside = tokens.some((t, i) => !t.capital && !(tokens[i - 1]?.capital && tokens[i + 1]?.capital));
  if (words.length >= 4 && words.every((t) => t.capital) && !lowerOutside) return true;
  let functionWords = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital || !lang.functionWords.has(t.text.toLowerCase())) continue;
    if (lang.nameConnectors.has(t.text.toLowerCase()) && tokens[i + 1]?.capital && tokens[i + 1]!.joined) continue;
    functionWords++;
  }
  return functionWords >= 2;
}

/** The words before the one at `at` that say what it is (a title, a preposition, an article): three at most. */
const wordsBefore = (tokens: Token[], at: number) => tokens.slice(Math.max(0, at - 3), at);

export function extractOccurrences(written: string[], lang: Language = language('es'), numbers: readonly number[] = written.map((_, i) => i)): Occurrence[] {
  // (The names the prose writes are read only for an article with a sentence in capitals.)
  let known: Set<string> | undefined;
  /** The nicknames set between a given name and a surname, by sentence: where the name begins, and the nickname. */
  const nicknames = new Map<number, { at: number; nickname: string }[]>();
  const sentences = written.map((sentence, index) => {
    // (Words of the dictionary's, before text not in capitals: not a speaker's name over a headline, "KARLA TARAZONA: POR SER…".)
    const unlabelled = sentence.replace(CAPS_LABEL, (label) => {
      const lower = label.toLowerCase();
      const words = lower.slice(0, -1).replace(/^[^\p{L}]+/u, '').split(/\s+/);
      return lower.length === label.length && /\p{Ll}/u.test(sentence.slice(label.length)) && words.every((w) => lang.lexicon()?.hasForm(w)) ? lower : label;
    }).replace(FIELD_LABEL, (field, label: string) => {
      // (And a field's label of ordinary words over its value, names: "Asistentes: Carlos Fernández y Jeriel Valverde".)
      const lexicon = lang.lexicon();
      return lexicon && label.split(' ').every((w) => isOrdinaryWord(w, lexicon)) && label.toLowerCase().length === label.length ? field.toLowerCase() : field;
    });
    const recased = withGivenNamesInBrackets(IN_CAPITALS.test(unlabelled) ? recasedCapitals(unlabelled, lang, (known ??= namesInProse(written, lang))) : unlabelled);
    const { text, found } = withNicknamesApart(recased);
    if (found.length) nicknames.set(index, found);
    return text;
  });
  const found = new Map<string, Occurrence>();
  /** The number of the sentence being read, for `sentences`: where each spelling was met. */
  let current = 0;
  const lowerElsewhere = new Set<string>();
  const tokenized = sentences.map((sentence) => tokenize(sentence, lang));
  const nouns = nounsAfterDeterminers(tokenized, lang);
  // The names the article writes alone, also elsewhere than after a title or before a name
  // (read when a title stands before one name: seldom).
  let aloneAnywhere: Set<string> | undefined;
  const writtenAlone = (word: string) => (aloneAnywhere ??= namesAlone(tokenized)).has(declensionStem(variantKey(word)));
  const alone = lang.declines ? (aloneAnywhere ??= namesAlone(tokenized)) : new Set<string>();
  for (const tokens of tokenized) for (const t of tokens) if (!t.capital) lowerElsewhere.add(t.text.toLowerCase());

  const lexicon = lang.lexicon();
  type Seen = { initial?: boolean; key?: string; common?: boolean; unlisted?: boolean; ordinary?: boolean; listed?: boolean; inDictionary?: boolean };
  const add = (form: string, kind: TermKind | null, before: Token[] /* the three words before it */, { initial = false, key = variantKey(form), common = false, unlisted = false, ordinary = false, listed = false, inDictionary = false }: Seen = {}): Occurrence | undefined => {
    if (key.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return undefined;
    const id = `${key}\u0000${form}`;
    let o = found.get(id);
    if (!o) found.set(id, (o = { key, form, kind, count: 0, initial: 0, afterPreposition: 0, afterTitle: 0, sentences: [], common: 0, unlisted: 0, afterArticle: 0, ordinary: 0, afterLocative: 0, inDictionary: 0 }));
    o.count++;
    if (common) o.common!++;
    if (unlisted) o.unlisted!++;
    if (ordinary) o.ordinary!++;
    if (listed) o.listed = (o.listed ?? 0) + 1;
    if (inDictionary) o.inDictionary!++;
    if (o.sentences[o.sentences.length - 1] !== current) o.sentences.push(current);
    if (initial) o.initial++;
    const prev = before[before.length - 1]?.text.toLowerCase();
    if (prev && lang.placePrepositions.has(prev)) o.afterPreposition++;
    if (prev && lang.locativePrepositions.has(prev)) o.afterLocative!++;
    if (prev && lang.definiteArticles.has(prev)) o.afterArticle!++;
    // "el presidente ucraniano, Volodimir Zelenski": a title a few words before; not "la
    // ministra de Salud", "el jefe del Estado", "el presidente de la Cámara", whose title is of
    // what follows its preposition or article.
    if (before.slice(-3).some((t) => lang.titles.has(t.text.toLowerCase())) && !(prev && (lang.placePrepositions.has(prev) || lang.definiteArticles.has(prev)))) o.afterTitle++;
    // (And a verb of saying right before it, the speaker's name: "continuó Caballero durante el arranque".)
    else if (prev && lang.speechVerbs.has(prev)) o.afterTitle++;
    return o;
  };

  const isMonth = (t: Token) => lang.monthsAndDays.has(t.text.toLowerCase());
  /**
   * Where months are written in lower case, a capitalised one belongs to a name: inside it
   * ("Plaza de Mayo", "Rebelión de Abril"), unless a date goes on after it ("Abril de 2022"),
   * or opening it before another name word ("Julio César Turbay").
   */
  const monthInName = (tokens: Token[], at: number) => lang.monthsLowercase && !/^\d/.test(tokens[at + 1]?.text ?? '') && !/^\d/.test(tokens[at + 2]?.text ?? '');
  const monthOpensName = (tokens: Token[], at: number) => {
    const next = tokens[at + 1];
    return lang.monthsLowercase && next !== undefined && next.joined && next.capital && !isMonth(next);
  };

  tokenized.forEach((tokens, index) => {
    const sentence = sentences[index]!;
    current = numbers[index] ?? index;
    const headline = isHeadlineCase(tokens, lang, sentence);
    // A sentence that is a name and nothing else, a dateline ("Ciudad de México."): its first word is the name's.
    const onlyName = tokens.length > 1 && tokens.every((t, k) => t.capital || (k > 0 && lang.nameConnectors.has(t.text) && tokens[k + 1]?.capital === true));
    /** The names of this sentence where they stand, for the lists among them. */
    const names: { start: number; end: number; occurrence: Occurrence }[] = [];
    // Names: capitalised runs, with connectors that sit between two capitalised words.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.capital || headline) continue;
      // (A sentence opens after a colon and a quote mark too: 'agregó: “El Congreso no…'.)
      const initialCommonWord = opensSentence(sentence, tokens, i) && (lang.functionWords.has(t.text.toLowerCase()) || (lowerElsewhere.has(t.text.toLowerCase()) && !onlyName));
      if (initialCommonWord || (isMonth(t) && !monthOpensName(tokens, i))) continue;

      let end = i;
      // Eight capitalised words at most, and the connectors between them: an institution's
      // name runs that long ("Pleno del Comité Central del Partido Comunista de Cuba").
      let capitals = 1;
      for (let j = i + 1; j < tokens.length && capitals < MAX_NAME_WORDS; j++) {
        const next = tokens[j]!;
        if (!next.joined) break;
        if (next.capital && (!isMonth(next) || monthInName(tokens, j))) {
          end = j;
          capitals++;
          continue;
        }
        // "Rusia de Lukashenko" is two names, and so is "Ministerio de Defensa de Rusia de
        // Lukashenko" after the place; "Ministerio de Defensa" is one.
        const placeSoFar = curatedFor(variantKey(tokens[end]!.text))?.kind === 'place';
        // German "Zahl der Zusatzfelder": after a noun, a connector starts no name.
        const nounSoFar = nouns.has(tokens[end]!.text.toLowerCase());
        if (lang.nameConnectors.has(next.text) && !placeSoFar && !nounSoFar) {
          let k = j;
          while (k < tokens.length && tokens[k]!.joined && lang.nameConnectors.has(tokens[k]!.text)) k++;
          // (Not from a person's name to an organisation's short one, "el abogado Lucas Correa de
          // DescLAB": initials or a brand's inner capitals after "de" are no surname.)
          const brand = tokens[k] !== undefined && (tokens[k]!.acronym || /\p{Ll}\p{Lu}/u.test(tokens[k]!.text)) && isGivenName(t.text);
          if (k < tokens.length && tokens[k]!.joined && tokens[k]!.capital && k - j <= 2 && !brand) {
            j = k - 1;
            continue;
          }
        }
        // Inside an institution's name, past its first connector, "y", "a", "en" between ordinary
        // words: "Comisión Ejecutiva de Atención a Víctimas", "Superintendencia Nacional de Aduanas
        // y de Administración Tributaria".
        const inner = lexicon ? innerWordAfter(tokens, j, i, end, lang, lexicon) : -1;
        if (inner > 0) {
          j = inner - 1;
          continue;
        }
        break;
      }
      // "Ministerio de Ganadería, Agricultura y Pesca": an institution's portfolios, listed past its
      // connector, commas between them and "y" before the last, ordinary words all.
      // (The institution's word may stand inside the run: "Cayó el Ministerio de Ciencia, …", its opening cut off below.)
      const institution = tokens.slice(i, end).findIndex((r) => lang.organisationWords.has(r.text));
      if (lexicon && institution >= 0 && tokens.slice(i + institution + 1, end).some((r) => lang.nameConnectors.has(r.text))) {
        const listed = PORTFOLIOS.exec(sentence.slice(tokens[end]!.end))?.[0];
        const last = listed === undefined ? -1 : tokens.findIndex((r) => r.end === tokens[end]!.end + listed.length);
        if (last > end && tokens.slice(end + 1, last + 1).every((r) => lang.nameConnectors.has(r.text) || lexicon.hasForm(r.text.toLowerCase()))) end = last;
      }
      // "la Comuna 13", "el Distrito 9": a place noun and its number are one place's name.
      const numbered = tokens[end + 1];
      if (end === i && numbered?.joined && /^\d{1,4}$/.test(numbered.text) && lang.placeNouns.has(t.text.toLowerCase())) end++;
      let run = tokens.slice(i, end + 1);
      // "miembro del Buró Político Roberto Morales Ojeda", "el Comandante de la Revolución Ramiro
      // Valdés", "la Plaza de la Revolución José Martí": an institution's or a place's name or a
      // title, then a person's, led by a given name. The institution and the place are names of
      // their own; the title is none.
      const person = personAfterInstitution(run, lang);
      // (And after a name of ordinary words, a portfolio or an institution the language does not
      // list, "la exministra de Sanidad Ana Mato", "el juez de la Audiencia Nacional Eloy Velasco",
      // or after a name and "of", "el Podemos de Pablo Iglesias": the name is one of its own too.)
      const afterName = person > 0 || !lexicon ? null : personAfterName(run, lang, lexicon);
      if (person > 0) {
        const head = run.slice(0, person);
        if (lang.organisationWords.has(head[0]!.text) || lang.placeWords.has(head[0]!.text)) add(sentence.slice(head[0]!.start, head[head.length - 1]!.end), kindOfName(head.map((r) => r.text), lang), wordsBefore(tokens, i));
        run = run.slice(person);
      } else if (afterName) {
        const head = run.slice(0, afterName.head);
        // (Ordinary words all, "Nuevas Ideas", "Audiencia Nacional": an institution's, as below.)
        const institution = head.length > 1 && head.every((r) => lang.nameConnectors.has(r.text) || lexicon!.hasForm(r.text.toLowerCase()));
        const kind = kindOfName(head.map((r) => r.text), lang) ?? (head.length === 1 && introducedAsPortfolio(tokens, i, lang) ? 'organization' : null);
        add(sentence.slice(head[0]!.start, head[head.length - 1]!.end), kind, wordsBefore(tokens, i), { initial: opensSentence(sentence, tokens, i), ordinary: institution });
        run = run.slice(afterName.person);
      }
      // (What follows a name so, a given name first, is a person's.)
      const personal = person > 0 || afterName !== null;
      run = nameWithin(run, lang, nouns, writtenAlone);
      // "Llegó Tomás Ibarra": a sentence's first word, an ordinary one, before a name it is no part of.
      // (What it opens may be a title: "Habló la Rectora de la Escuela…".)
      if (i === 0 && lexicon && run[0] === t && run.length > 1) run = nameWithin(withoutOrdinaryOpening(run, lang, lexicon), lang, nouns);
      // "Ursula von der Leyen Rusia usó…": a person's name, a given name leading it, and a country's
      // after it, no mark between (a page's section run into its title): two names.
      const last = run[run.length - 1]!;
      if (run.length >= 3 && isGivenName(run[0]!.text) && !lang.nameConnectors.has(run[run.length - 2]!.text) && countryNamed(variantKey(last.text), lang)) {
        add(last.text, 'place', wordsBefore(tokens, tokens.indexOf(last)));
        run = run.slice(0, -1);
      }
      // "сборной Германии Лукаш Подольски": a place in the genitive, met alone elsewhere, before a full name.
      if (lang.declines && run.length >= 3 && alone.has(declensionStem(variantKey(run[0]!.text)))) {
        add(run[0]!.text, null, wordsBefore(tokens, tokens.indexOf(run[0]!)), { initial: tokens.indexOf(run[0]!) === 0 });
        run = run.slice(1);
      }
      const form = sentence.slice(run[0]!.start, run[run.length - 1]!.end).replace(/\s+/g, ' ');
      const single = run.length === 1;
      // German: a noun alone ("Bahn", "Passagiere") is no name.
      if (single && !t.acronym && nouns.has(t.text.toLowerCase())) continue;
      const first = run[0]!;
      const at = tokens.indexOf(first);
      if (run.length < end + 1 - i) {
        // What was cut off the front (a title, an acronym, a noun) is found on its own.
        const head = tokens.slice(i, at);
        if (head.length === 1 && head[0]!.acronym) add(head[0]!.text, 'organization', wordsBefore(tokens, i));
      }
      if (single && t.acronym) add(t.text, 'organization', wordsBefore(tokens, i));
      // A word too short to be a name, or a function word capitalised after a colon or a quote mark.
      else if (run.length === 1 && (first.text.length < 3 || lang.functionWords.has(first.text.toLowerCase()))) {
        i = end;
        continue;
      } else {
        const ordinary = lexicon !== null && isOrdinaryWord(first.text, lexicon);
        // One capitalised word the dictionary has as an ordinary word ("Salud", "Revolución"), not a known place.
        // (A word of its own, not a form it makes of another: "en California", "a Orlando", "hacia
        // Holanda" are names, whatever "orlar" and "florido" make.)
        const common = single && ordinary && isWordOfItsOwn(first.text.toLowerCase(), lexicon) && !curatedFor(variantKey(first.text));
        // A sentence's first word is capitalised whatever it is; unless the dictionary knows it
        // as a name ("Manuel") or not at all ("Uyuni"), its capital says nothing.
        // (A given name and another capital opening it, "Rodrigo Castañeda, representante de…", are a name's.)
        const initial = opensSentence(sentence, tokens, at) && (lexicon === null || ordinary) && !(run.length > 1 && isGivenName(first.text));
        // One word alone in brackets ("(Cacif)") is an organisation's short name.
        const bracketed = single && /\(\s*$/.test(sentence.slice(0, first.start)) && /^\s*\)/.test(sentence.slice(first.end));
        const own = kindOfName(run.map((r) => r.text), lang);
        // "la provincia de Matanzas": a place noun and "of" say what the name is, whatever its words.
        const place = (own === null || own === 'place') && introducedAsPlace(tokens, at, lang);
        // (Unless, not in capitals, it is where the place before it lies: "su pueblo de Burlada (Navarra)",
        // "en Sigüeiro (Oroso)".)
        // (Or a name the dictionary lists, which no organisation's short name is: "la Fira del Tap de Cassà de la Selva (Girona)".)
        const whereBefore = bracketed && !t.acronym && (placeBefore(sentence, tokens, names[names.length - 1], first.start, lang) || lexicon?.hasForm(first.text) === true);
        // ("la exministra de Sanidad", "el consejero de Educación": a portfolio, an institution's.)
        const portfolio = own === null && single && introducedAsPortfolio(tokens, at, lang);
        const kind = whereBefore ? 'place' : personal && own === null ? 'person' : bracketed || portfolio || introducedAsOrganisation(tokens, at, lang) ? 'organization' : place ? 'place' : own;
        // "Poder Judicial", "Protección Civil": every word an ordinary one, and no given name first.
        const institution = !single && lexicon !== null && !isGivenName(first.text) && run.every((r) => lang.nameConnectors.has(r.text) || lexicon.hasForm(r.text.toLowerCase()));
        const occurrence = add(form, kind, wordsBefore(tokens, at), {
          initial,
          common,
          unlisted: single && lexicon !== null && !lexicon.has(first.text),
          ordinary: institution,
          listed: place,
          // ("Pérez", "Santander": the dictionary lists it as a name, one that many people or places bear.)
          inDictionary: single && lexicon !== null && lexicon.hasForm(first.text),
        });
        if (occurrence) names.push({ start: first.start, end: run[run.length - 1]!.end, occurrence });
        // "Comité de Desarrollo Campesino (Codeca)": the short name in brackets is a spelling of the long one.
        const alias = occurrence && aliasAfter(sentence, run);
        // "Movimiento Estudiantil de la Universidad Nacional Agraria (UNA)": letters that are the
        // initials of the name's last part, after a connector, name that part, a name of its own.
        const named = alias && alias.from > 0 ? add(sentence.slice(run[alias.from]!.start, run[run.length - 1]!.end), kind, wordsBefore(tokens, tokens.indexOf(run[alias.from]!))) : occurrence;
        if (alias && named) add(alias.text, kind, wordsBefore(tokens, at), { key: named.key });
        // "Néstor Gregorio Vera Fernández, alias ‘Iván Mordisco’": the nickname is a spelling of the person.
        // ("Lesaka, también conocida como ‘Ane’", "A Lesaka se la conoce como ‘La Literaria’": after one
        // word too, a name's and not an ordinary word's; not "alias", which may be of what the sentence
        // said before a surname alone.)
        const said = occurrence ? NICKNAME.exec(sentence.slice(run[run.length - 1]!.end)) : null;
        const nickname = said && !(single && (common || said[1] === 'alias')) ? { introducer: said[1]!, name: said[2]! } : null;
        // (Said of a person, "alias": the name is one, whatever its nickname's words say, "El Chapo";
        // "known as" is said of anything, and the nickname is of the name's kind.)
        if (nickname && occurrence) add(nickname.name, nickname.introducer === 'alias' ? 'person' : kind, wordsBefore(tokens, at), { key: occurrence.key });
        // "Policía Fronteriza de Uyuni": the place an organisation is of is a name of its own,
        // when the dictionary has none of its words as ordinary ones ("Ministerio de Defensa" has).
        const tail = kind === 'organization' && lexicon ? placeAtEnd(run, lang, lexicon) : [];
        if (tail.length) add(sentence.slice(tail[0]!.start, tail[tail.length - 1]!.end), kindOfName(tail.map((r) => r.text), lang), wordsBefore(tokens, tokens.indexOf(tail[0]!)));
      }
      i = end;
    }
    // "Gerardo el ‘Tata’ Martino": the nickname is a spelling of the person.
    for (const { at, nickname } of nicknames.get(index) ?? []) {
      const person = names.find((n) => n.start === at)?.occurrence;
      if (person) add(nickname, 'person', [], { key: person.key });
    }
    markListsWithPlaces(sentence, names, lang);
    // Adjectives of countries ("bielorrusas"), gathered under their country's key.
    tokens.forEach((t, j) => {
      if (t.capital) return;
      const country = adjectiveOf(t.text, lang);
      if (country) add(t.text, null, wordsBefore(tokens, j), { key: adjectiveKey(country) });
    });
    // Terms: lower-case content n-grams of two or three words.
    for (let i = 0; i < tokens.length; i++) {
      for (const size of [2, 3]) {
        const gram = tokens.slice(i, i + size);
        if (gram.length < size || gram.some((g) => g.capital) || gram.slice(1).some((g) => !g.joined)) continue;
        const first = gram[0]!.text;
        const last = gram[size - 1]!.text;
        if (lang.functionWords.has(first) || lang.functionWords.has(last) || first.length < 4 || last.length < 4) continue;
        if (gram.slice(1, -1).some((g) => !lang.termConnectors.has(g.text) && (lang.functionWords.has(g.text) || g.text.length < 4))) continue;
        if (size === 2 && gram.some((g) => g.text.length < 5)) continue;
        if (gram.some((g) => lang.monthsAndDays.has(g.text))) continue;
        // A measure is no term: a unit of time, an amount or a currency opening it ("semana pasada", "millones de euros", "años de prisión").
        if (lang.measureWords.has(first)) continue;
        // A title is no term: "primer ministro", "nuevo presidente".
        if (lang.titles.has(last)) continue;
        add(gram.map((g) => g.text).join(' '), 'term', wordsBefore(tokens, i));
      }
    }
  });
  joinAcronymsToNames(found);
  return [...found.values()];
}

/** A given name in brackets before a surname, the editor's within a quote: "el gobierno de (Mauricio) Macri". */
const GIVEN_IN_BRACKETS = /\((\p{Lu}\p{Ll}+)\)(?=\s+\p{Lu}\p{Ll})/gu;

/** The brackets around a given name before a surname read as spaces, the name whole: "(Mauricio) Macri" is "Mauricio Macri". (The sentence keeps its length.) */
function withGivenNamesInBrackets(sentence: string): string {
  return sentence.includes('(') ? sentence.replace(GIVEN_IN_BRACKETS, (whole, given: string) => (isGivenName(given) ? ` ${given} ` : whole)) : sentence;
}

/** Portfolios listed after an institution's first: ", Agricultura y Pesca", ", Innovación, Tecnología y Telecomunicaciones". */
const PORTFOLIOS = /^(?:,\s+\p{Lu}\p{Ll}+){1,4}\s+[ye]\s+\p{Lu}\p{Ll}+/u;

/**
 * Whether the name just before a bracket is a place: of that kind, or after a preposition of
 * place ("de Burlada (", "en Sigüeiro (").
 */
function placeBefore(sentence: string, tokens: Token[], before: { start: number; end: number; occurrence: Occurrence } | undefined, bracketAt: number, lang: Language): boolean {
  if (!before || !/^\s*\(\s*$/.test(sentence.slice(before.end, bracketAt))) return false;
  if (before.occurrence.kind === 'place' || curatedFor(before.occurrence.key)?.kind === 'place') return true;
  const at = tokens.findIndex((t) => t.start === before.start);
  const preposition = tokens[at - 1]?.text.toLowerCase();
  return preposition !== undefined && lang.placePrepositions.has(preposition);
}

/** A nickname in quotes between a given name and a surname: "Gerardo el “Tata” Martino", "Jorge, 'Tuto', Quiroga". */
const INNER_NICKNAME = /(?<!\p{L})(\p{Lu}\p{Ll}+)(,?\s+(?:(?:el|la)\s+)?["“‘'«](\p{Lu}[\p{L}-]{1,20})["”’'»],?)(?=\s+\p{Lu}\p{Ll})/gu;

/**
 * The nickname between a person's given name and surname read as spaces, the name whole ("Gerardo
 * Martino"), and the nickname apart, with where the name begins. (The sentence keeps its length.)
 */
function withNicknamesApart(sentence: string): { text: string; found: { at: number; nickname: string }[] } {
  const found: { at: number; nickname: string }[] = [];
  if (!/["“‘'«]/.test(sentence)) return { text: sentence, found };
  const text = sentence.replace(INNER_NICKNAME, (whole, given: string, between: string, nickname: string, at: number) => {
    if (!isGivenName(given)) return whole;
    found.push({ at, nickname });
    return given + ' '.repeat(between.length);
  });
  return { text, found };
}

const initials = (form: string) => form.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/**
 * An acronym whose letters are the initials of one organisation named in full in the same
 * article ("CC PCC", "Comité Central del Partido Comunista de Cuba") is a spelling of it: it
 * takes the name's key.
 */
function joinAcronymsToNames(found: Map<string, Occurrence>): void {
  const names = [...found.values()].filter((o) => o.kind === 'organization' && o.form.includes(' ') && !/^[\p{Lu}.\s]+$/u.test(o.form));
  for (const o of found.values()) {
    const letters = o.form.replace(/[.\s]/g, '');
    // Two letters are too few to tell one name from a chance ("PS", "Pedro Sánchez").
    if (!/^\p{Lu}{3,8}$/u.test(letters)) continue;
    const keys = new Set(names.filter((n) => initials(n.form) === letters).map((n) => n.key));
    if (keys.size === 1) o.key = [...keys][0]!;
  }
}

/**
 * The short name given in brackets right after a long one ("Ministerio de Salud (Minsa)"):
 * one word whose first letter begins one of the long name's words. It names the whole run
 * (`from` 0), or the part of it after a connector whose initials it is, and not the whole's.
 */
function aliasAfter(sentence: string, run: Token[]): { text: string; from: number } | null {
  const capitals = run.filter((t) => t.capital);
  if (capitals.length < 2) return null;
  // One word, or initials in two groups ("CC PCC": the Comité Central of the Partido Comunista de Cuba).
  const m = /^\s*\(\s*(\p{Lu}[\p{L}\d-]{1,11}|\p{Lu}{2,5} \p{Lu}{2,5})\s*\)/u.exec(sentence.slice(run[run.length - 1]!.end));
  if (!m) return null;
  const text = m[1]!;
  const letters = text.replace(' ', '');
  if (!capitals.some((t) => t.text[0] === text[0])) return null;
  const initialsFrom = (i: number) => run.slice(i).filter((t) => t.capital).map((t) => t.text[0]).join('');
  if (initialsFrom(0) === letters) return { text, from: 0 };
  // (After a person's name, a word in brackets is their initials or none of their names: their
  // club, their party, their town, "Alejandro Zendejas (América)".)
  if (isGivenName(run[0]!.text)) return null;
  for (let i = 2; i < run.length; i++) {
    if (run[i]!.capital && !run[i - 1]!.capital && initialsFrom(i) === letters) return { text, from: i };
  }
  // Initials in two groups are the name's own or they are no short name of it.
  if (letters !== text) return null;
  return { text, from: 0 };
}

/**
 * Where a person's name begins inside a run that an institution's word or a title leads: at a
 * given name after a capitalised word that is none, a surname after it ("Buró Político Roberto
 * Morales Ojeda" at "Roberto"). 0 where it does not ("Universidad Simón Bolívar" is one name,
 * "Juan Pablo Ramírez" one person).
 */
function personAfterInstitution(run: Token[], lang: Language): number {
  // (A place's word leads a name of its own when it says what the place is of, "Plaza de la
  // Revolución"; "Aeropuerto Internacional Juan Santamaría" is the airport's one name.)
  const place = lang.placeWords.has(run[0]!.text);
  if (!lang.organisationWords.has(run[0]!.text) && !place && !lang.titles.has(run[0]!.text.toLowerCase())) return 0;
  for (let k = 2; k < run.length - 1; k++) {
    const [before, given, after] = [run[k - 1]!, run[k]!, run[k + 1]!];
    if (place && !run.slice(1, k).some((t) => !t.capital)) continue;
    if (before.capital && !isGivenName(before.text) && isGivenName(given.text) && after.capital) return k;
  }
  return 0;
}

/**
 * A person's name after another name in one run: after a name of ordinary words that no given
 * name leads ("Audiencia Nacional Eloy Velasco", "Sanidad Ana Mato"), or after a name and "of"
 * ("Podemos de Pablo Iglesias"). The person's name is a given name that is no ordinary word and a capitalised surname.
 * Not in a place's or an event's name, often a person's ("Estadio Julio Martínez", "Premio
 * Miguel de Cervantes"). Where the head ends and the person begins, or null.
 */
function personAfterName(run: Token[], lang: Language, lexicon: Lexicon): { head: number; person: number } | null {
  const first = run[0]!.text;
  if (isGivenName(first) || lang.placeWords.has(first) || lang.termWords.has(first) || lang.organisationWords.has(first) || lang.titles.has(first.toLowerCase())) return null;
  for (let k = 1; k < run.length - 1; k++) {
    const [given, after] = [run[k]!, run[k + 1]!];
    // (A given name that is an ordinary word too, "Divina Misericordia", "Segunda Venida", may be an ordinary word.)
    if (!isGivenName(given.text) || isOrdinaryWord(given.text, lexicon) || !/^\p{Lu}\p{Ll}/u.test(after.text) || lang.nameConnectors.has(after.text)) continue;
    // (The run opens with a capital, no connector: something stands before the person.)
    let head = k;
    while (lang.nameConnectors.has(run[head - 1]!.text)) head--;
    const ofName = head < k;
    const ordinary = run.slice(0, head).every((t) => lang.nameConnectors.has(t.text) || (isOrdinaryWord(t.text, lexicon) && !isGivenName(t.text)));
    return ofName || ordinary ? { head, person: k } : null;
  }
  return null;
}

/**
 * A run that opens its sentence with an ordinary word ("Llegó", "Dijo") before a name it is no
 * part of: the name is what follows, when that is led by a given name ("Llegó Marco Rubio"),
 * comes after an article ("Habló la Oficina de…", "Nació del Polo…"), or is all names the dictionary knows as names
 * or not at all ("Llegó Tomás Ibarra"). An organisation's, a place's or an event's word leads
 * its name ("Banco Santander"), and so does a given name.
 */
function withoutOrdinaryOpening(run: Token[], lang: Language, lexicon: Lexicon): Token[] {
  const [first, ...rest] = run;
  const word = first!.text;
  // (A given name is the name's own first word, ordinary word or not: "Rodrigo Castañeda".)
  if (!isOrdinaryWord(word, lexicon) || isGivenName(word) || lang.organisationWords.has(word) || lang.placeWords.has(word) || lang.termWords.has(word) || lang.nameArticles.has(word)) return run;
  const from = rest.findIndex((t) => t.capital);
  if (from < 0) return run;
  // ("la", and "del" that holds the article: "Nació del Polo Democrático Independiente".)
  const article = from === 1 && ([...lang.nameArticles].some((a) => a.toLowerCase() === rest[0]!.text) || lang.definiteArticles.has(rest[0]!.text));
  const ordinary = rest.some((t) => t.capital && isOrdinaryWord(t.text, lexicon));
  if (ordinary && !article && !(from === 0 && isGivenName(rest[0]!.text))) return run;
  return rest.slice(from);
}

/** The words after an organisation's last connector ("de Uyuni"), if they read as a place's name. */
function placeAtEnd(run: Token[], lang: Language, lexicon: Lexicon): Token[] {
  let k = run.length - 1;
  while (k > 0 && !lang.nameConnectors.has(run[k]!.text)) k--;
  if (k === 0 || k === run.length - 1) return [];
  const tail = run.slice(k + 1);
  // (A capitalised article opens a place's name, whatever its words: "… Anticorrupción de La Paz".)
  const named = tail.length > 1 && lang.nameArticles.has(tail[0]!.text);
  if (tail.length > 3 || tail.some((t) => !t.capital || lang.organisationWords.has(t.text) || (!named && isOrdinaryWord(t.text, lexicon)))) return [];
  return tail;
}

/**
 * "La Habana y Artemisa", "en Lima, Cusco y Arequipa": names listed beside a place the
 * curated table knows are read as places, each ("listed").
 */
function markListsWithPlaces(sentence: string, names: { start: number; end: number; occurrence: Occurrence }[], lang: Language): void {
  let from = 0;
  for (let i = 1; i <= names.length; i++) {
    const joined = i < names.length && listSeparator(sentence.slice(names[i - 1]!.end, names[i]!.start), lang);
    if (joined) continue;
    const list = names.slice(from, i);
    if (list.length > 1 && list.some((n) => n.occurrence.kind === 'place' || curatedFor(n.occurrence.key)?.kind === 'place')) {
      for (const n of list) n.occurrence.listed = (n.occurrence.listed ?? 0) + 1;
    }
    from = i;
  }
}

/**
 * What stands between two names of one list: a comma or a conjunction, the list's preposition
 * and article said again after it ("en la Sierra Nevada, en Buenaventura y el Pacífico Medio"),
 * or the "to" of a stretch from one place to another ("desde Arica a Punta Arenas").
 */
function listSeparator(between: string, lang: Language): boolean {
  const words = between.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 1 && words[0] === 'a' && lang.placePrepositions.has('a')) return true;
  if (!/^\s*(?:,|(?:y|e|o)\s)/u.test(between)) return false;
  const rest = words.filter((w) => w !== ',').map((w) => w.replace(/^,/, ''));
  if (rest.length && ['y', 'e', 'o'].includes(rest[0]!)) rest.shift();
  if (rest.length && lang.placePrepositions.has(rest[0]!)) rest.shift();
  if (rest.length && [...lang.nameArticles].some((a) => a.toLowerCase() === rest[0])) rest.shift();
  return rest.length === 0;
}

/** A sentence's first word, or the first of a quote that opens after a colon: "señaló: “Tenemos el apoyo…". */
function opensSentence(sentence: string, tokens: Token[], at: number): boolean {
  if (at === 0) return true;
  const gap = sentence.slice(tokens[at - 1]!.end, tokens[at]!.start);
  // (After an item's number, "4. La Iglesia invita…", "2) El Gobierno…", the sentence opens.)
  if (at === 1 && /^\d{1,2}$/.test(tokens[0]!.text) && ITEM_NUMBER.test(gap)) return true;
  return QUOTE_OPENS.test(gap);
}
/** What follows a list item's number: "4. ", "2) ", "1.- ". */
const ITEM_NUMBER = /^[.)]-?\s+$/;
const QUOTE_OPENS = /[:.?!…]\s*[«“"‘'¿¡]+\s*$/u;

/**
 * Where an institution's name goes on after a connector of its inner words (`at`, "y", "a",
 * "en la"), or -1: the name so far (`from` to `end`) opens with an institution's word (or an
 * ordinary one) and has passed a connector of names, and what follows, past "de" or "de la", is
 * an ordinary word capitalised, no place the library knows. After "y", no article and no institution's first word:
 * "la Fiscalía y la Policía", "el Ministerio de Salud y Ministerio de Educación" stop there, and
 * "el Ministerio de Salud en Lima" (only "en la" goes on).
 */
function innerWordAfter(tokens: Token[], at: number, from: number, end: number, lang: Language, lexicon: Lexicon): number {
  // (An institution's word opens it, or an ordinary word no given name: "Comunidad de Estados Latinoamericanos y Caribeños".)
  const opening = tokens[from]!.text;
  const institution = lang.organisationWords.has(opening) || (isOrdinaryWord(opening, lexicon) && !isGivenName(opening));
  if (!institution || !tokens.slice(from + 1, end).some((t) => lang.nameConnectors.has(t.text))) return -1;
  const { and: ands, of, ofThe } = lang.institutionConnectors;
  const connector = tokens[at]!.text;
  const and = ands.has(connector);
  const article = lang.definiteArticles.has(tokens[at + 1]?.text ?? '');
  if (!(and && !article) && !of.has(connector) && !(ofThe.has(connector) && article)) return -1;
  let k = at + 1;
  while (k < tokens.length && k - at <= 2 && tokens[k]!.joined && lang.nameConnectors.has(tokens[k]!.text)) k++;
  const word = tokens[k];
  if (!word?.joined || !word.capital || isGivenName(word.text) || !isOrdinaryWord(word.text, lexicon) || curatedFor(variantKey(word.text))?.kind === 'place') return -1;
  if (and && k === at + 1 && lang.organisationWords.has(word.text)) return -1;
  return k;
}

/**
 * A nickname after a name, its age between them or not: ", alias ‘Iván Mordisco’", ", de 31 años,
 * alias El Chapo", ", más conocido como Pandolo", " se la conoce como ‘La Literaria’"; and a name before or after
 * its change, set apart by a dash or a bracket: "Blackwater —actualmente llamada Academi—", "(antes llamada …)".
 */
const NICKNAME =
  /^\s*[,—–(]?\s*(?:de\s+\d{1,3}\s+años(?:\s+de\s+edad)?\s*,\s*)?(alias|(?:(?:más|también)\s+)?conocid[oa]s?\s+como|se\s+(?:le|la|lo)\s+conoce\s+como|apodad[oa]|(?:actualmente|ahora|hoy|antes|anteriormente)\s+(?:llamad[oa]|denominad[oa]))\s+["'‘“«]?((?:(?:el|la|El|La)\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})/u;

/** A dictionary's word of its own, or its plural: "salud", "madres", "carabineros"; not "orlando" (of "orlar"). */
function isWordOfItsOwn(lower: string, lexicon: Lexicon): boolean {
  return lexicon.isHeadword(lower) || (lower.endsWith('s') && (lexicon.isHeadword(lower.slice(0, -1)) || (lower.endsWith('es') && lexicon.isHeadword(lower.slice(0, -2)))));
}


/**
 * A name a noun of organisations introduces, in the same phrase: "la agencia Reuters", "la red
 * social Facebook", "el canal de televisión Unitel". Not after a preposition ("el equipo de
 * Biden"), a title ("el partido del presidente Lula"), a clause ("el equipo que dirige Enzo Maresca") or
 * punctuation ("la radio, Pedro dijo").
 */
function introducedAsOrganisation(tokens: Token[], at: number, lang: Language): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3) && tokens[k + 1]!.joined; k--) {
    const word = tokens[k]!.text.toLowerCase();
    if (lang.titles.has(word) || (k === at - 1 && lang.placePrepositions.has(word))) return false;
    if (lang.organisationNouns.has(word)) return true;
    // (Nor after a clause between: "el equipo que dirige Enzo Maresca" is the team of a person.)
    if (lang.functionWords.has(word) && !lang.nameConnectors.has(tokens[k]!.text)) return false;
  }
  return false;
}

/** "la exministra de Sanidad": a title of a portfolio and "of" right before the name, no country (curated) among them. */
function introducedAsPortfolio(tokens: Token[], at: number, lang: Language): boolean {
  const [title, of, name] = [tokens[at - 2], tokens[at - 1], tokens[at]!];
  return title !== undefined && of !== undefined && of.joined && name.joined && lang.nameConnectors.has(of.text) && lang.portfolioTitles.has(title.text.toLowerCase()) && !curatedFor(variantKey(name.text));
}

/**
 * "la provincia de Matanzas", "the city of Kharkiv", "las provincias argentinas de Salta": a place
 * noun (or its plural, an adjective after it) and the language's "of" right before the name.
 */
function introducedAsPlace(tokens: Token[], at: number, lang: Language): boolean {
  const of = tokens[at - 1];
  if (!of || !tokens[at]!.joined || !of.joined || !lang.nameConnectors.has(of.text)) return false;
  const placeNoun = (t: Token | undefined) => {
    const word = t && !t.capital ? t.text.toLowerCase() : '';
    return lang.placeNouns.has(word) || lang.placeNouns.has(word.replace(/e?s$/, ''));
  };
  const between = tokens[at - 2];
  const adjective = between !== undefined && !between.capital && between.joined && !lang.functionWords.has(between.text.toLowerCase());
  return placeNoun(between) || (adjective && placeNoun(tokens[at - 3]));
}

/** A company's legal form, which ends its name in any language's press: "Rich Sparkle Holdings", "Step Distinctive Limited". */
const LEGAL_FORMS = new Set(['Holdings', 'Holding', 'Limited', 'Ltd', 'Inc', 'Corp', 'Corporation', 'LLC', 'PLC', 'GmbH', 'SpA', 'SAS', 'SARL', 'Group']);

/**
 * What a name's own words say of it: an organisation's ("Ministerio de Salud", "Policía
 * Nacional"), an event's or a plan's ("Día Internacional de…", "Operación Cóndor"), a place's
 * ("Puerto Natales", "La Habana": led by a place word or an article). (That every word of a
 * name is an ordinary one is weaker evidence, counted apart: "Poder Judicial" is an
 * institution, "Consuelo Porras" a person.) Null where they say nothing (a person, or a place
 * known by how it is used).
 */
/** The news agencies a byline names, by key: an agency is an organisation whatever the sentence says ("Europa Press"). (Not two letters: "AP", "NA" may be anything.) */
const AGENCY_KEYS: ReadonlySet<string> = new Set(AGENCIES.filter((a) => a.length > 2).map((a) => variantKey(a)));

function kindOfName(words: string[], lang: Language): TermKind | null {
  if (AGENCY_KEYS.has(variantKey(words.join(' ')))) return 'organization';
  // (A place's noun first names a place, whoever's it is: "Palacio de Gobierno", "Santa Cruz"; a
  // document's or an event's, a term: "Ley de Contrataciones de la Administración Pública".)
  const otherFirst = words.length > 1 && (lang.placeWords.has(words[0]!) || lang.termWords.has(words[0]!));
  if (words.some((w) => lang.organisationWords.has(w) && !otherFirst) || (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!))) return 'organization';
  // A brand's capital inside a word ("FedEx", "BioNTech"), not a Gaelic name's ("McDonald", "MacArthur").
  if (words.length === 1 && /\p{Ll}{2}\p{Lu}/u.test(words[0]!) && !/^Ma?c\p{Lu}/u.test(words[0]!)) return 'organization';
  if (words.length === 2 && /^\d+$/.test(words[1]!) && lang.placeNouns.has(words[0]!.toLowerCase())) return 'place';
  if (words.length > 1 && lang.termWords.has(words[0]!)) return 'term';
  if (words.length > 1 && (lang.placeWords.has(words[0]!) || lang.nameArticles.has(words[0]!))) return 'place';
  return null;
}
