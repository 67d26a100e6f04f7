import { type Language, language } from '../languages';
import { isGivenName } from '../languages/given-names';
import { type Lexicon, isOrdinaryWord } from '../languages/lexicon';

/**
 * Sentence boundaries in one paragraph of news text, as character ranges, by the rules of
 * its language (core/languages/): which abbreviations close a sentence, which words start one.
 *
 * The text is never changed: a boundary is a position, and a sentence is the range between
 * two boundaries with its outer whitespace left out. Scraping damage (a missing space after
 * a full stop, a heading glued to the next sentence) is repaired by placing a boundary where
 * the space should have been.
 */
export type Range = { start: number; end: number };

const CLOSERS = '"”»’\')\\]';
// (A closing quote mark typed to open a quote after a full stop opens it too: '… identificable. ”Cuando estamos…'.)
const OPENERS = '"“”«‘„‚\'(\\[¿¡—–-';

const LETTER = /\p{L}/u;
const ENDS_WITH_CLOSER = new RegExp(`[${CLOSERS}]$`);
const STARTS_SENTENCE = new RegExp(`^\\s+[${OPENERS}]*\\s?[\\p{Lu}0-9]`, 'u');
const INITIAL = /^\p{Lu}$/u;
/** A quote opened after a full stop, whatever its first letter: 'de Cataluña. "no vamos a permitir…", remarcan.' */
const OPENS_QUOTE = /^\s+["“«]\p{Ll}/u;
/** An address of e-mail after a full stop, the author's contact: "… al respecto. justicia@eltiempo.com". */
const OPENS_ADDRESS = /^\s+[\w.+-]+@[\w-]+\.\w/u;

/** HTML's closing tags left in the text: "</a>", "</strong></p>". */
const CLOSING_TAGS = /^(?:<\/[a-z][a-z0-9]*>)+/i;
/** Candidate sentence ends: terminal punctuation, then closing quotes or brackets. */
const TERMINAL = new RegExp(`(?:\\.{3}|…|[.?!]+)[${CLOSERS}]*`, 'g');
/**
 * A sentence end with no space before the next sentence: "dijo.La", "la BBC.El",
 * "municipal.EE.UU. anunció". Group 1 is the word before the stop.
 */
const GLUED_AFTER_STOP = new RegExp(`(?<=\\p{L}{2}[${CLOSERS}]*)[.?!][${CLOSERS}]*(?=[«“„"]?(?:\\p{Lu}\\p{Ll}|\\p{Lu}{1,3}\\.|\\p{Lu}{2,}(?!\\p{L})))`, 'gu');
/** The most words of a name said twice in a row, its particles among them ("Luis de Vega"). */
const NAME_TWICE_WORDS = 6;
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const PARTICLE = /^\p{Ll}{1,3}$/u;

/**
 * Where a person's name of two words or more, said twice in a row, is said the second time: "Luis
 * de Vega Luis de Vega Hamra…". A person's: a given name leads it ("Nueva York Nueva York" is a
 * song's title). (Read word by word, the same word looked for a few words on first: a pattern
 * with a back-reference would be tried at every capital of every paragraph.)
 */
function namesSaidTwice(text: string): number[] {
  const words = [...text.matchAll(/\S+/g)];
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]![0];
    if (!NAME_WORD.test(first)) continue;
    for (let size = 2; size <= NAME_TWICE_WORDS && i + 2 * size <= words.length; size++) {
      if (words[i + size]![0] !== first) continue;
      const name = words.slice(i, i + size).map((w) => w[0]);
      if (name.every((w, k) => words[i + size + k]![0] === w && (NAME_WORD.test(w) || PARTICLE.test(w))) && isGivenName(first)) at.push(words[i + size]!.index);
      break;
    }
  }
  return at;
}
/**
 * "puertoEl gobierno", "FranciaParís amaneció": a heading glued to the first word of the next
 * sentence; the place between the two, after three small letters (patterns that look behind
 * a fixed stretch only, so that a word of any length is read in linear time).
 */
const GLUED_HEADING = /(\p{Lu}(?<=\p{Ll}{3}\p{Lu})\p{Ll}+)(?!\p{L})/gu;
/** "EFESuscríbete": an acronym (an agency's sign-off) glued to a capitalised word. */
const GLUED_ACRONYM = /(\p{Lu}(?<!\p{L}\p{Lu})\p{Lu}+)(?=(\p{Lu}\p{Ll}+)(?!\p{L}))/gu;
/** "de mi Misericordia….Es señal": an ellipsis glued to the next sentence. */
const GLUED_AFTER_ELLIPSIS = /(?<=\p{L})(?:…\.?|\.{3})(?=\p{Lu}\p{Ll})/gu;
/** "misiles 'Patriot'Alemania ha": a closing quote glued to the next sentence. */
const GLUED_QUOTE = /(?<=\p{L}[.?!…]?)(["”»’'])(?=\p{Lu}\p{Ll})/gu;
/**
 * "… un marco de deslegitimación amplio” El principal argumento…": a closing quote after a word, a
 * space, and a word that opens sentences before one in lower case: the full stop after the quote
 * was lost (its paragraph ended there). Group 1 the quote, 2 the word.
 */
const LOST_STOP_AFTER_QUOTE = /(?<=\p{L})(["”»])[^\S\n]+(\p{Lu}\p{Ll}*)(?=[^\S\n]+\p{Ll})/gu;
/** The mark that opens a quote closed by each. */
const OPENER_OF: Record<string, string> = { '”': '“', '»': '«', '"': '"' };
/** The mark that closes a quote opened by each. */
const CLOSING_OF: Record<string, string> = { '“': '”', '«': '»', '"': '"' };
const OPENING_OF: Record<string, RegExp> = { '”': /“/, '»': /«/, '’': /(^|[\s(])‘|(^|[\s(])'/, "'": /(^|[\s(])'/, '"': /(^|[\s(])"/ };
/** A comma or a semicolon after a sentence's end and a space: the trace of a link the scraper dropped. */
const STRAY_AFTER = /^\s+[,;]\s/;
/**
 * "la Fed Esta nominación es…", "de la Este viernes, se ha…": a word that opens clauses
 * (the language's sentence starters that never begin a name or a title: demonstratives,
 * conjunctions, adverbs), capitalised in mid-sentence after a word and before one in lower
 * case: the full stop between two sentences was lost. (After a semicolon too: "51 por ciento;
 * También se preguntó…", the rest of a list dropped.)
 */
const LOST_STOP = /(\p{Lu}(?<=[\p{L}\d%);][^\S\n]+\p{Lu})\p{Ll}+)(?=[^\S\n]+\p{Ll})/gu;
/** A demonstrative ("este", "esas", "aquel"), and the ending of an article's or a demonstrative's feminine ("la", "esas"). */
const DEMONSTRATIVE = /^(?:est|es)(?:e|a|os|as)$|^aquel(?:la|los|las)?$/u;
const FEMININE = /as?$/u;
/**
 * A prompt and its colon in brackets, the link it introduced dropped: "(Lea: )", "(Le puede
 * interesar:  )"; or brackets left empty, "[ ]", "( )".
 */
export const EMPTY_PROMPT = /\(\s*[^()\n:,]{1,40}[:,]\s*\)\.?|\[\s*\]/gu;
/** A word (or a figure, a closing bracket or quote) and the space after it, at a text's end: where a phrase that opens a sentence is out of place. */
const AFTER_WORD = /[\p{L}\d%)'’”»][^\S\n]+$/u;
/** Round brackets a dropped link left empty, after a stop and before a capital: "… familias”. ( ) Y agregó…". */
const EMPTY_BRACKETS = /\((?<=[.!?…]["”»’)]*[^\S\n]+\()[^\S\n]+\)(?=[^\S\n]+\p{Lu})/gu;
/**
 * The same with its closing bracket dropped too, the next sentence glued after it: "(Además:  En
 * total se hicieron…". A bracket of a few words and a colon that no bracket closes in the paragraph.
 */
const OPEN_PROMPT = /\(\s*\p{L}[^()\n:]{0,40}:(?=[^\S\n]+["“«]?[\p{Lu}\d])/gu;
/**
 * "del presidente  Así lo reveló", "bien,  De igual forma": spaces left where the scraper dropped
 * a link, then a word the dictionary has in lower case, capitalised before one in lower case: the
 * rest of a sentence went with the link, and the next sentence begins.
 */
const LOST_LINK = /(\p{Lu}(?<=[\p{L}\d%),;'’”»][^\S\n]{2,}\p{Lu})\p{Ll}+)(?=[^\S\n]+[\p{Ll}\d])/gu;
/** A capitalised word and its colon before a capital, a form's label: "… en hogares Nota: El Centro…". */
const WORD_LABEL = /(\p{Lu}(?<=\p{Ll}[^\S\n]+\p{Lu})\p{Ll}+)(?=:[^\S\n]+\p{Lu})/gu;
/**
 * A form's label in capitals glued after the value before it, as a survey's technical sheet is
 * scraped ("… de Colombia DISEÑO DE MUESTREO: Probabilístico…"): two words in capitals to eight,
 * the last of two letters or more, and a colon. (Eight at most: a text all in capitals is read
 * in linear time.)
 */
const CAPS_LABEL = /(?<=[\p{L}\d%&.)][^\S\n]+)(?=(?:\p{Lu}+[^\S\n]+){1,7}\p{Lu}{2,}:[^\S\n])(?:\p{Lu}+[^\S\n]+){1,7}\p{Lu}+:/gu;
/** Fewer words than this before a question are what introduces it, not a sentence. */
const QUESTION_INTRO_WORDS = 4;
/** A word of the dictionary's, capitalised after a word in lower case, no stop between: where glued furniture may begin. */
const GLUED_FURNITURE = /\p{Lu}(?<=\p{Ll}[^\S\n]+\p{Lu})\p{Ll}+(?!\p{L})/gu;
/** How much of the text after it is read to tell the furniture ("Noticias relacionadas", "Lea también:"). */
const FURNITURE_READ = 120;
/** A bullet between two items of a list run into one line: "… en Lima • El Real Madrid gana …". */
const RUN_IN_BULLET = /(?<=\S[^\S\n]+)[•▪●◦■►](?=[^\S\n]+\S)/gu;
const LOST_STOP_BEFORE_QUESTION = /(?<=[\p{Ll}\d%][^\S\n]+)[¿¡](?=\p{Lu}\p{Ll})/gu;
const DOMAIN_NEARBY = /(?:https?:|www\.|@)\S*$|\b[\w-]+\.(?:com|es|org|net|gob|gov|info|eu|mx|ar|co|fr|it|pt|br|de|ru|ua|uk)\b/i;

/**
 * An embedded post's signature glued between its text and the article's ("… estuvo.
 * pic.twitter.com/vx — Elena Rodríguez (@ElenaDeQuito) July 21, 2025 Ante esto…"): the author, the
 * handle and the date, in English or in the page's language.
 */
const GLUED_SIGNATURE = /[—–](?<=\S[^\S\n]+[—–])[^\S\n]*[^()\n—–]{1,80}\(@\w{1,30}\)[^\S\n]+(?:\p{L}{3,10}\.?[^\S\n]+\d{1,2},?[^\S\n]+\d{4}|\d{1,2}[^\S\n]+(?:de[^\S\n]+)?\p{L}{3,10}\.?,?[^\S\n]+(?:de[^\S\n]+)?\d{4})/gu;

/** News agencies, whose names sign an article off ("… por separado. EFE"). */
export const AGENCIES = ['EFE', 'AFP', 'ANSA', 'AP', 'DPA', 'EP', 'TASS', 'RIA', 'LUSA', 'Reuters', 'Europa Press', 'Sputnik', 'Xinhua', 'Interfax', 'Ukrinform', 'Prensa Latina', 'Notimex', 'ABI', 'Télam', 'NA', 'Bloomberg', 'Anadolu'];
/** The agencies as a picture's credit writes them, in capitals or not ("REUTERS", "Efe"). */
const AGENCY_WRITTEN = AGENCIES.flatMap((a) => [a, a.toUpperCase()]).join('|');
/** The words a picture agency's or an archive's name ends with: "Getty Images", "AP Photo", "Bettmann Archive". */
export const PICTURE_SOURCE_WORDS = 'Archive|Press|Images|Photos?|Fotos?';
/**
 * A picture's credit: a name of a word to three and, in brackets, an agency or an archive's ("(REUTERS)", "(Bettmann Archive)");
 * or the agency's name, a partner's after a slash, and the initials of its service in brackets ("Associated Press/LaPresse (APN)").
 */
const PICTURE_CREDIT_SOURCE = `(?:(?:\\p{Lu}[\\p{L}'’.-]*[^\\S\\n]+){1,3}\\((?:[^()\\n]{0,30}(?<![\\p{L}])(?:${AGENCY_WRITTEN})(?![\\p{L}])[^()\\n]{0,30}|[^()\\n]{0,30}(?<![\\p{L}])(?:${PICTURE_SOURCE_WORDS})(?![\\p{L}])[^()\\n]{0,30})\\)|(?:${AGENCY_WRITTEN}|\\p{Lu}\\p{L}+[^\\S\\n]+(?:${PICTURE_SOURCE_WORDS}))(?:\\/\\p{Lu}[\\p{L}]+)?[^\\S\\n]+\\(\\p{Lu}{2,6}\\))`;
/**
 * A picture's credit glued between its caption and the text: "… el meteorito de Marte. Eduardo
 * Munoz (REUTERS) Dónde están La manera…", "… Sotheby's. SARAH YENESEL (EFE) “Sin embargo…": after a
 * sentence's end, before a capital. Group 1 the credit. (A capital looked for first, then what
 * stands behind it: the pattern is tried at every place of the text.)
 */
const GLUED_PICTURE_CREDIT = new RegExp(`(?=\\p{Lu})(?<=[.!?…][${CLOSERS}]*[^\\S\\n]+)(${PICTURE_CREDIT_SOURCE})(?=[^\\S\\n]+[\\p{Lu}“"«¿¡])`, 'gu');
const PICTURE_CREDIT_LINE = new RegExp(`^${PICTURE_CREDIT_SOURCE}$`, 'u');

/** Whether a sentence is a picture's credit alone: "Eduardo Munoz (REUTERS)", "Bettmann (Bettmann Archive)". */
export function isPictureCredit(text: string): boolean {
  return PICTURE_CREDIT_LINE.test(text.trim());
}
/** The most words of a section's heading glued after a picture's credit ("Dónde están La manera…"). */
const HEADING_AFTER_CREDIT_WORDS = 12;
/** The fewest words of a heading that a function word opens, glued to the sentence after it ("Así ocurrió el atentado…"; "Según el informe El…" is a sentence's opening). */
export const FUNCTION_WORD_HEADING_WORDS = 4;
/** How far a glued heading is looked for from a sentence's start. */
const HEADING_READ = 120;
/** By language: an article capitalised after a word in lower case, before one, where a heading a function word opens may end. */
const ARTICLES_AFTER_WORD = new WeakMap<Language, RegExp>();
function articleAfterWordOf(lang: Language): RegExp {
  let pattern = ARTICLES_AFTER_WORD.get(lang);
  if (!pattern) ARTICLES_AFTER_WORD.set(lang, (pattern = new RegExp(`\\p{Ll}\\s+(?:${[...lang.nameArticles].join('|') || '(?!)'})\\s+\\p{Ll}`, 'u')));
  return pattern;
}
/** The fewest words of a heading glued to the sentence after it at a paragraph's start ("Relacionado La paz en Rusia" is a label's). */
const HEADING_AT_START_WORDS = 3;

/** A name's initials in brackets: "(SABSA)", "(G-IDEA)". */
const INITIALS_IN_BRACKETS = /^\s*\(\s*(\p{Lu}[\p{Lu}\d.&-]{1,11})\s*\)/u;
/** The words a picture's credit opens with (or a video's), in the languages Glosa reads ("Foto:", "Imagen:", "Vídeo:", "Photo:", "Bild:"). */
export const PICTURE_WORDS = 'foto|fotos|fotografía|imagen|vídeo|video|crédito|créditos|credito|creditos|photo|photos|image|credit|bild|фото';
/** The longest caption over its credit, in characters. */
export const CAPTION_CHARACTERS = 300;
/**
 * A picture's caption and its credit that open a paragraph, the text glued after them: "Erik
 * Prince visitó Ecuador | Foto: Archivo El exmilitar estadounidense…". Group 1 the credit's words.
 */
const GLUED_CREDIT = new RegExp(`^(?=[^\\n]*?(?:${PICTURE_WORDS})[^\\S\\n]*:)(?=[^|/\\n]{2,${CAPTION_CHARACTERS}}[|/])[^.!?|\\n]{2,${CAPTION_CHARACTERS}}[|/][^\\S\\n]*(?:(?:${PICTURE_WORDS})[^\\S\\n]+)?(?:${PICTURE_WORDS})[^\\S\\n]*:[^\\S\\n]*((?:[\\p{Lu}\\d][\\p{L}\\d.'’-]*[^\\S\\n]+){1,6})`, 'iu');
/** A label of a picture's credit, in any case: "Foto", "FOTO", "foto". */
const CREDIT_LABEL = PICTURE_WORDS.split('|').flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
/** A picture's credit by its label in brackets, before a capital: "(FOTO: RRSS)", "[Foto: EFE]". */
const BRACKETED_CREDIT = new RegExp(`[([](?:${CREDIT_LABEL})[^\\S\\n]*:[^()[\\]\\n]{1,60}[)\\]](?=[^\\S\\n]+["“«¿¡]?\\p{Lu})`, 'gu');
/** A picture's credit by its label that is an agency's name alone, a capitalised word after it (group 1): "Vídeo: REUTERS Carolina". */
const AGENCY_CREDIT = new RegExp(`(?:${CREDIT_LABEL})[^\\S\\n]*:[^\\S\\n]*(?:${AGENCY_WRITTEN})[^\\S\\n]+(\\p{Lu}\\p{Ll}+)`, 'gu');
/** What joins a picture's credit to the agency that sent it: "CONTACTO vía Europa Press", "AFP via Getty Images". */
const VIA = 'v[íi]a';
/**
 * A picture's credit by its label after a caption's stop, its names (and the marks between them, or
 * "vía") glued to the text: "… todo el día. Foto: EFE / Fernando Bizerra El Supremo…". Group 1 the credit's words.
 */
const CREDIT_AFTER_STOP = new RegExp(`(?:^|(?<=[.!?…]["”»’]?[^\\S\\n]+))(?:${CREDIT_LABEL})[^\\S\\n]*:[^\\S\\n]*((?:(?:[\\p{Lu}\\d][\\p{L}\\d.'’-]*|[/|,]|${VIA})[^\\S\\n]+){1,7})`, 'gu');
/**
 * By language: a credit of its words that are one alone, or agencies' names, a capital after it;
 * `leading` at a paragraph's start, `afterStop` after a sentence's stop (a caption's: "… sus visados. Foto: Archivo El presidente…").
 */
const CREDITS_GLUED = new WeakMap<Language, { leading: RegExp; afterStop: RegExp } | null>();
function creditsGluedOf(lang: Language): { leading: RegExp; afterStop: RegExp } | null {
  let patterns = CREDITS_GLUED.get(lang);
  if (patterns === undefined) {
    // (Case told apart: the text after it opens with a capital. The label in any case: "Foto", "FOTO".)
    const credit = `(?:${[...lang.creditWords, ...AGENCIES].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
    const body = `(?:${CREDIT_LABEL})[^\\S\\n]*:[^\\S\\n]*${credit}(?:[^\\S\\n]*[/,][^\\S\\n]*${credit})*(?=[^\\S\\n]+\\p{Lu})`;
    patterns = lang.creditWords.length ? { leading: new RegExp(`^\\s*${body}`, 'u'), afterStop: new RegExp(`(?<=[.!?…]["”»’]?[^\\S\\n]+)${body}`, 'gu') } : null;
    CREDITS_GLUED.set(lang, patterns);
  }
  return patterns;
}
/**
 * By language: a picture's credit after a bar, no label, the text glued after it: "… contrabando de
 * armas | Getty Images La Justicia de Ecuador…", "… en Caracas | EFE El presidente…". The credit an
 * agency's, a picture agency's or an archive's name, or the language's words of a credit alone.
 */
const PIPED_CREDITS = new WeakMap<Language, RegExp>();
function pipedCreditOf(lang: Language): RegExp {
  let pattern = PIPED_CREDITS.get(lang);
  if (pattern === undefined) {
    const words = lang.creditWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const credit = `(?:\\p{Lu}[\\p{L}'’.-]*[^\\S\\n]+){1,3}(?:${PICTURE_SOURCE_WORDS})|${[AGENCY_WRITTEN, ...words].join('|')}`;
    pattern = new RegExp(`\\|(?<=\\S[^\\S\\n]+\\|)[^\\S\\n]*(?:${credit})(?=[^\\S\\n]+["“«¿¡]?\\p{Lu})`, 'gu');
    PIPED_CREDITS.set(lang, pattern);
  }
  return pattern;
}
/** Where a credit of words that are one alone opens a paragraph, glued to its text, ends ("Foto: Cortesía José…"); -1 if none. */
export function leadingCredit(text: string, lang: Language): number {
  return creditsGluedOf(lang)?.leading.exec(text)?.[0].length ?? -1;
}
/** The most words of a credit glued before the text. */
const CREDIT_WORDS = 5;
/**
 * A picture's caption signed by its credit after a dash, glued to the text after it: "La historia
 * reciente de Colombia muestra … persistente - crédito Federico Ríos/Reuters La creciente violencia…",
 * at the paragraph's start or after a sentence's end. Group 1 the credit's words.
 */
const DASHED_CREDIT = new RegExp(`(?:^|(?<=[.!?…][${CLOSERS}]*[^\\S\\n]+))[^.!?|\\n]{2,${CAPTION_CHARACTERS}}[^\\S\\n][-–—][^\\S\\n]+(?:${PICTURE_WORDS})[^\\S\\n]+((?:[\\p{Lu}\\d][\\p{L}\\d.'’/-]*[^\\S\\n]+){1,6})`, 'gu');
/** A list's label and its colon after the text before it, the two spaces of its dropped bold type after: "… delitos: Extorsión:  aumentó 38%". */
const LIST_LABEL = /\p{Lu}(?<=[\p{Ll}\d%:][^\S\n]+\p{Lu})\p{Ll}+(?:[^\S\n]+\p{Ll}+){0,3}(?=:[^\S\n]{2,}\S)/gu;


export function splitSentences(text: string, lang: Language = language('es')): Range[] {
  const cuts = new Set<number>();

  // A line break left in a paragraph is an item's end: the readers join the lines of a
  // paragraph and keep them only between the items of a list, marked or not.
  // A line that ends on a preposition or an article ("a más de⏎1 000 amigos") goes on, though.
  for (let pos = text.indexOf('\n'); pos !== -1; pos = text.indexOf('\n', pos + 1)) {
    const lastWord = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, pos - 30), pos))?.[1]?.toLowerCase();
    const next = text.slice(pos + 1, pos + 2);
    const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    // A figure on a line of its own, its words on the next ("9⏎meses tiene la aeronave…"): one sentence.
    const figure = /^\s*[\d.,%]+\s*$/.test(text.slice(lineStart, pos)) && /^\p{Ll}/u.test(next);
    const goesOn = figure || (lastWord !== undefined && (lang.nameConnectors.has(lastWord) || lang.termConnectors.has(lastWord) || lang.placePrepositions.has(lastWord)) && /^[\p{Ll}\d]/u.test(next));
    if (!goesOn) cuts.add(pos + 1);
  }

  // Where the last letter or digit stands: after it, only marks ("daños. / / / /").
  let lastWord = text.length - 1;
  while (lastWord >= 0 && !/[\p{L}\p{N}]/u.test(text[lastWord]!)) lastWord--;
  const lastMark = text.trimEnd().length - 1;
  for (const m of text.matchAll(TERMINAL)) {
    // (The tags a scraper left after the stop close nothing of the sentence: "… powered by Disqus.</a> Más información".)
    const stop = m.index + m[0].length;
    const end = stop + (text[stop] === '<' ? (CLOSING_TAGS.exec(text.slice(stop, stop + 40))?.[0].length ?? 0) : 0);
    const after = text.slice(end, end + 8);
    // What a removed link leaves: "alcanzados. , ya en el hospital"; and marks alone to the
    // end ("daños. / / / /"): the sentence ends there.
    if (STRAY_AFTER.test(after) || (/^\s/.test(after) && end > lastWord && lastMark >= end)) {
      cuts.add(end);
      continue;
    }
    if (!STARTS_SENTENCE.test(after) && !(m[0] === '.' && (OPENS_QUOTE.test(after) || OPENS_ADDRESS.test(text.slice(end, end + 80))))) continue;
    // (Not after an abbreviation's stop, the quote opening in lower case: "… a EE.UU. "lo antes posible"".)
    if (!STARTS_SENTENCE.test(after) && OPENS_QUOTE.test(after) && tokenBefore(text, m.index).includes('.')) continue;
    if (m[0][0] === '.' && !m[0].startsWith('...') && !endsSentenceAfterDot(text, m.index, lang)) continue;
    // "Servicio de Aeropuertos Bolivianos S. A. (SABSA).": an initial's stop, then the name's
    // initials in brackets; an agency's in brackets ends the sentence before it.
    const initials = INITIALS_IN_BRACKETS.exec(text.slice(end, end + 20))?.[1];
    if (m[0] === '.' && initials && !AGENCIES.includes(initials) && /(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    cuts.add(end);
  }

  for (const m of text.matchAll(GLUED_AFTER_STOP)) {
    const end = m.index + m[0].length;
    if (DOMAIN_NEARBY.test(text.slice(Math.max(0, m.index - 40), end + 4))) continue;
    // "Sr.Pérez", "a.C.El": an abbreviation that goes on is no end; "EE.UU.El" is one.
    const token = tokenBefore(text, m.index).replace(/^[(«"“„¿¡'‘]+/, '').replace(new RegExp(`[${CLOSERS}]+$`), '');
    const key = token.replace(/\./g, '').toLowerCase();
    if (!lang.mayEnd.has(key) && (lang.neverFinal.has(key) || token.includes('.'))) continue;
    // ("FF.AA.": a plural abbreviation, written without its space.)
    if (DOUBLED.test(token) && DOUBLED.test(/^(\p{Lu}+\.?)/u.exec(text.slice(end))?.[1] ?? '')) continue;
    cuts.add(end);
  }

  for (const m of text.matchAll(GLUED_AFTER_ELLIPSIS)) cuts.add(m.index + m[0].length);

  // A numbered list run into the sentence that introduces it, after its colon: "… para esta ruta crítica: 1. Simplificación…".
  for (const m of text.matchAll(LIST_AFTER_COLON)) cuts.add(m.index + 1);

  const lexicon = lang.lexicon();

  // "… inversión extranjera directa. Cifras preocupantes de la violencia La historia reciente…": a
  // section's heading glued to the sentence after it, a few words that open with a noun, no mark.
  // (At the paragraph's start too: "Bolsonaro calificó las medidas como una "máxima humillación" El juez…".)
  for (const cut of [0, ...cuts]) {
    const first = /^\s*(\p{Lu}\p{Ll}+)\s/u.exec(text.slice(cut, cut + 40))?.[1];
    // (Not a sentence's own opening, "Según el informe El…": a heading opens with a noun.)
    // (The text after it opens with a word, not a quote: "Descargue el libro “La lectura…” is one sentence.)
    // (A function word may open it, before an article, four words or more: "Así ocurrió el atentado … de
    // bicicletas El atentado…"; not a sentence's own opening, "Según el informe El…", nor a label's over a
    // list, "Más información El cambio…", "Más información Un titular … Un titular…".)
    // (A comma in it, an apposition's: "Captura de alias Orejas, presunto responsable del crimen de Emiro Díaz Por su parte…".)
    const opensWithFunctionWord = first !== undefined && lang.functionWords.has(first.toLowerCase());
    // (Most sentences open with a function word: only those with an article capitalised after a word in lower case are read.)
    if (opensWithFunctionWord && !articleAfterWordOf(lang).test(text.slice(cut, cut + HEADING_READ))) continue;
    if (first) cutHeadingAfter(text, cut, cuts, lang, { quoted: false, atStart: cut === 0 || opensWithFunctionWord, comma: true, fewest: opensWithFunctionWord ? FUNCTION_WORD_HEADING_WORDS : undefined });
  }

  // "… jul. Luis de Vega Luis de Vega Hamra - 22 jul 2025 …": a name said twice in a row, a picture's
  // credit and the byline of the same person, or an author's name and its link, cut between.
  for (const at of namesSaidTwice(text)) cuts.add(at);

  for (const m of text.matchAll(GLUED_HEADING)) {
    const at = m.index;
    const right = m[1]!;
    let from = at;
    while (from > 0 && /\p{L}/u.test(text[from - 1]!)) from--;
    const left = text.slice(from, at);
    // A handle or a hashtag is written as one word: "@PresidenciaCuba", "#FelizDomingo".
    if (from > 0 && /[@#_]/.test(text[from - 1]!)) continue;
    // (Not a word said twice, "Li YangYang.": the part after a heading goes on past its first word.)
    if (/^[.?!…]/.test(text.slice(at + right.length))) continue;
    if (lang.sentenceStarters.has(right)) cuts.add(at);
    // Two words the dictionary knows, written as one it does not: "FranciaParís", not "YouTube".
    else if (lexicon && right.length >= 3 && left.length <= 40 && lexicon.has(left) && lexicon.has(right) && !lexicon.has(left + right)) cuts.add(at);
  }

  for (const m of text.matchAll(GLUED_ACRONYM)) {
    const [acronym, next] = [m[1]!, m[2]!];
    // "ICEs", "ONGs": an acronym's plural, not a glued "Es".
    if (next.length === 2 && next[1] === 's') continue;
    if (AGENCIES.includes(acronym) || lang.sentenceStarters.has(next) || (lexicon?.has(next) && !lexicon.has(acronym + next))) cuts.add(m.index + m[0].length);
  }

  for (const m of text.matchAll(LOST_STOP)) {
    const before = wordBefore(text, m.index);
    // Not after a quote or a colon opening one, nor after a function word ("la zona del Este").
    // (Unless the article before it is of another number than it, "se sumaron los Esta última cree…",
    // or a demonstrative's of another gender, "las obras de la Este viernes, se ha…": the link
    // between them dropped.)
    const article = before.toLowerCase();
    const word = m[1]!.toLowerCase();
    const number = article.endsWith('s') !== word.endsWith('s');
    const gender = DEMONSTRATIVE.test(word) && FEMININE.test(article) !== FEMININE.test(word);
    const mismatched = lang.definiteArticles.has(article) && (number || gender);
    // (Nor after a preposition, unless it is a demonstrative before a day's or a month's name: "… de gestión de riesgos para
    // Este viernes se conoció…"; "Este", the east, is no clause's opening otherwise.)
    const dated = DEMONSTRATIVE.test(word) && isMonthOrDay((/^[^\S\n]+(\p{Ll}+)/u.exec(text.slice(m.index + m[0].length))?.[1] ?? ''), lang);
    if ((!lang.clauseStarters.has(m[1]!) && !(gender && mismatched) && !dated) || /[«“"'‘:(—–-]$/.test(before) || (lang.functionWords.has(article) && !mismatched && !dated)) continue;
    cuts.add(m.index);
  }

  // "… le aseguraron a este diario que Por lo tanto, se tendría…": a phrase that opens a sentence and links it to the one
  // before, capitalised after a word, its comma after it: the rest of the sentence went with a dropped link.
  if (lang.discourseMarker) for (const m of text.matchAll(lang.discourseMarker)) if (AFTER_WORD.test(text.slice(Math.max(0, m.index - 20), m.index))) cuts.add(m.index);

  // "(Lea: )": a prompt to read another article whose link the scraper dropped is a sentence of its own.
  for (const m of text.matchAll(EMPTY_PROMPT)) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  // ("… la selección de las familias”. ( ) Y agregó…": after a stop, brackets a dropped link left empty open the next sentence.)
  for (const m of text.matchAll(EMPTY_BRACKETS)) cuts.add(m.index);
  // ("(Además:  En total…": its bracket never closed, the prompt alone.)
  for (const m of text.matchAll(OPEN_PROMPT)) {
    const next = text.indexOf('(', m.index + 1);
    if (text.slice(m.index, next === -1 ? text.length : next).includes(')')) continue;
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }

  for (const m of text.matchAll(LOST_LINK)) {
    const word = m[1]!;
    const before = wordBefore(text, m.index);
    // A word that opens sentences, after any word ("sobre  Sobre la aprobación"); another word
    // of the dictionary's, not after a function word ("la  Policía dijo": an institution).
    const opens = lang.sentenceStarters.has(word);
    const common = lexicon !== null && isOrdinaryWord(word, lexicon) && !lang.functionWords.has(before.toLowerCase());
    if (opens || common) cuts.add(m.index);
  }

  // ("… en hogares Nota: El Centro…": a label of one word of the dictionary's, capitalised.)
  for (const m of text.matchAll(WORD_LABEL)) {
    const before = wordBefore(text, m.index);
    // (After a word in lower case: not the end of a name in capitals, "Ministro de Salud Pública: …".)
    if (/^\p{Ll}+$/u.test(before) && lexicon !== null && isOrdinaryWord(m[1]!, lexicon) && !lang.functionWords.has(before)) cuts.add(m.index);
  }
  for (const m of text.matchAll(CAPS_LABEL)) {
    // (Not inside a title in capitals: the word before is not in capitals itself.)
    const before = wordBefore(text, m.index);
    if (/^\p{Lu}{2,}$/u.test(before)) continue;
    cuts.add(m.index);
  }

  // "… la edición de este año ¿Quieres añadir…": a question or an exclamation opening with a
  // capital after a word, no mark between: the full stop before it was lost.
  for (const m of text.matchAll(LOST_STOP_BEFORE_QUESTION)) {
    const before = wordBefore(text, m.index);
    if (lang.functionWords.has(before.toLowerCase())) continue;
    // (A few words before it introduce the question, their colon left out: "“Yo quisiera saber ¿Cómo es…".)
    const since = Math.max(0, ...[...cuts].filter((c) => c < m.index));
    if (text.slice(since, m.index).trim().split(/\s+/).length < QUESTION_INTRO_WORDS) continue;
    cuts.add(m.index);
  }

  // "… tras un debate Noticias relacionadas Detienen …": the page's furniture, by what it says,
  // glued after a word in lower case, no stop between: a sentence of its own from there.
  // (After a word all in lower case, not a function word, "la Publicidad institucional", nor a label's
  // first word, "Noticias Relacionadas"; names, no words of the dictionary's, are none.)
  if (lexicon !== null) {
    for (const m of text.matchAll(GLUED_FURNITURE)) {
      const before = wordBefore(text, m.index);
      if (!/^\p{Ll}+$/u.test(before) || lang.functionWords.has(before) || !isOrdinaryWord(m[0], lexicon)) continue;
      const rest = text.slice(m.index, m.index + FURNITURE_READ);
      if (lang.boilerplateOpenings.some((re) => re.test(rest))) cuts.add(m.index);
    }
  }

  // "Foto: Cortesía José Gregorio Rodríguez, ciudadano venezolano, murió…": a credit in words that
  // are one alone (or an agency's name) opening the paragraph, the text right after it.
  const leading = leadingCredit(text, lang);
  if (leading > 0) cuts.add(leading);
  // (And so after a caption's stop, the credit a sentence of its own: "… sus visados. Foto: Archivo El presidente…".)
  const afterStop = creditsGluedOf(lang)?.afterStop;
  if (afterStop && text.includes(':')) for (const m of text.matchAll(afterStop)) cuts.add(m.index).add(m.index + m[0].length);

  // (The credit's names end where a word that opens sentences begins the text: "Archivo El exmilitar…",
  // "Instagram Bolsonaro La Primera Sala…"; not its first, "Foto: El Nacional El presidente…".)
  const credit = GLUED_CREDIT.exec(text);
  if (credit) cutAfterCredit(text, credit, cuts, lang);
  // "… | Vídeo: REUTERS Carolina Mella Guayaquil - 22 jul…": a credit that is an agency's name, the
  // byline's given name after it.
  if (text.includes(':')) for (const m of text.matchAll(AGENCY_CREDIT)) if (isGivenName(m[1]!)) cuts.add(m.index + m[0].length - m[1]!.length - 1);

  // (And so after a caption's stop: "… todo el día. Foto: EFE / Fernando Bizerra El Supremo…".)
  if (text.includes(':')) for (const m of text.matchAll(CREDIT_AFTER_STOP)) cutAfterCredit(text, m, cuts, lang, false, lexicon);
  // (A credit after a dash, "- crédito Freepik", may end at a section's heading too: "Calificaciones crediticias en negativo Según…".)
  if (text.includes(' - ') || text.includes(' – ') || text.includes(' — ')) for (const m of text.matchAll(DASHED_CREDIT)) cutAfterCredit(text, m, cuts, lang, true, lexicon);

  if (text.includes('|')) for (const m of text.matchAll(pipedCreditOf(lang))) {
    const end = m.index + m[0].length;
    cuts.add(end);
    // (A section's heading may open the text: "… | Getty Images Estrenando el cambio legal De consumarse…".)
    cutHeadingAfter(text, end, cuts, lang);
  }

  // "… otros delitos: Extorsión:  aumentó 38% … 2024 Secuestros:  subieron 49% …": a list's items run into one line.
  if (/:[^\S\n]{2}/.test(text)) for (const m of text.matchAll(LIST_LABEL)) if (lexicon !== null && isOrdinaryWord(m[0].split(/\s/)[0]!, lexicon)) cuts.add(m.index);

  // "… EST Guardar (FOTO: RRSS) La Fiscalía…": a picture's credit by its label in brackets, before a capital, a sentence of its own.
  if (text.includes(':')) for (const m of text.matchAll(BRACKETED_CREDIT)) cuts.add(m.index).add(m.index + m[0].length);

  if (text.includes('(')) for (const m of text.matchAll(GLUED_PICTURE_CREDIT)) {
    const end = m.index + m[0].length;
    cuts.add(m.index);
    cuts.add(end);
    cutHeadingAfter(text, end, cuts, lang);
  }

  // (A signature is one sentence: the stop of its month, "21 jul. 2025", ends nothing.)
  for (const m of text.matchAll(GLUED_SIGNATURE)) {
    const end = m.index + m[0].length;
    for (const cut of cuts) if (cut > m.index && cut < end) cuts.delete(cut);
    cuts.add(m.index);
    cuts.add(end);
  }

  // A list run into one line, its items set apart by bullets: each item a sentence, its bullet first.
  for (const m of text.matchAll(RUN_IN_BULLET)) cuts.add(m.index);

  for (const m of text.matchAll(LOST_STOP_AFTER_QUOTE)) {
    // (A quote that closes one opened before it; the word one that opens sentences, not a name's: "el “valiente iniciador” Simion había…".)
    // (Not a quote after a colon, a headline's in a list of them: "… títulos universitarios: “Una equivocación” La diputada del PP…".)
    const opened = text.slice(Math.max(0, m.index - 200), m.index);
    const opening = opened.lastIndexOf(OPENER_OF[m[1]!]!);
    if (lang.sentenceStarters.has(m[2]!) && opening >= 0 && !/:\s*$/.test(opened.slice(0, opening))) cuts.add(m.index + m[0].length - m[2]!.length);
  }

  for (const m of text.matchAll(GLUED_QUOTE)) {
    // Only a quote that closes one opened before it in the sentence: not "O’Donnell", "d'Ivoire".
    // (Nor a letter's elision, whatever quote was opened before: "a Marina D'Or".)
    const opened = text.slice(Math.max(0, m.index - 200), m.index);
    if (OPENING_OF[m[1]!]!.test(opened) && !/(?:^|[\s(«"“‘'])\p{L}$/u.test(opened)) cuts.add(m.index + 1);
  }

  // "… sentenció. TCHOUAMÉNI: "EL PSG ES UN EQUIPO 'TOP' MUNDIAL" Por su parte…": a section's
  // heading in capitals that opens a sentence, glued to the text after it.
  // (Read at each sentence's start only, where most fail at their first word.)
  for (const start of [0, ...cuts]) {
    CAPITALS_HEADING.lastIndex = start;
    const m = CAPITALS_HEADING.exec(text);
    // (Not a field's label over its value: "DISEÑO DE MUESTREO: Probabilístico…".)
    if (m && !m[0].trimEnd().endsWith(':')) cuts.add(start + m[0].length);
  }

  // "… el prófugo. Una larga lista de delitos "Un líder despiadado … transnacional". En estos…": a
  // section's heading over a quote that is the whole sentence after it.
  if (/["“«]/.test(text)) for (const start of [0, ...cuts]) {
    const at = headingOverQuote(text, start, lang);
    if (at > 0) cuts.add(at);
  }

  // "… por hacer, por el bien de todos Para la defensora, actuar…": a pull quote run into the sentence
  // after it, words that repeat a passage of the article, cut before the word that opens the text.
  cutPullQuotes(text, cuts, lang);

  // "… un pronunciamiento de la UNP  UNIDAD INVESTIGATIVA u.investigativa@eltiempo.com …": the desk's sign-off (its
  // name in capitals and its address, or its address alone), glued to the last sentence after the spaces a dropped link left.
  if (text.includes('@')) for (const m of text.matchAll(DESK_SIGN_OFF)) cuts.add(m.index);
  // (And so is the desk's handle after its network's name: "… del Ejército Nacional de Colombia -  -  En Twitter: @JusticiaET".)
  if (text.includes('@')) for (const m of text.matchAll(NETWORK_HANDLE)) cuts.add(m.index);

  // "Puede leer: Al principio, la comunidad pensó…": a prompt to read another article, its link dropped and no
  // bracket around it, glued to the sentence of the text after it (a whole sentence, its stop at its end; not the
  // headline the prompt gives, "Lea también: Petro anuncia la reforma").
  if (text.includes(':')) {
    const starts = [0, ...cuts].sort((a, b) => a - b);
    for (const [k, start] of starts.entries()) {
      // (A prompt's colon stands within its first words.)
      const colon = text.indexOf(':', start);
      if (colon < 0 || colon - start > PROMPT_CHARACTERS) continue;
      const prompt = promptBefore(text, start, lang);
      if (prompt < 0) continue;
      const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
      const rest = text.slice(prompt, end).trim();
      if (/^["“«¿¡]?\p{Lu}/u.test(rest) && ENDS_WITH_STOP.test(rest) && rest.split(/\s+/).length >= PROMPTED_SENTENCE_WORDS) cuts.add(prompt);
    }
  }

  // "09 Jul, 2025 12:20 p.m. EST Guardar El enviado…": the page's time stamp and its buttons
  // glued before the text, a sentence of their own (the stops of "p.m." inside it end nothing).
  const stamp = leadingStamp(text, lang);
  if (stamp > 0) {
    for (const cut of cuts) if (cut < stamp) cuts.delete(cut);
    cuts.add(stamp);
    // (And the time it was updated after it, a stamp of its own: "08 Jul, 2025 07:03 p.m. Actualizado: 08 Jul, 2025 08:33 p.m. EST Guardar".)
    const updated = leadingStamp(text.slice(stamp), lang, true);
    if (updated > 0) {
      for (const cut of cuts) if (cut > stamp && cut < stamp + updated) cuts.delete(cut);
      cuts.add(stamp + updated);
    }
  }

  return rangesFromCuts(text, [...cuts].sort((a, b) => a - b));
}

/** The fewest words of a pull quote: shorter passages repeat by chance ("el presidente de la República"). */
const REPEATED_PASSAGE_WORDS = 8;
/** A text's words in lower case, its marks left out, one space between: how a passage and its repetition are compared. */
export function passageKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
/** Whether a passage stands twice in a text (keyed by `passageKey`): a pull quote and the sentence it repeats. */
export function repeatsIn(keyedText: string, passage: string): boolean {
  const key = passageKey(passage);
  const first = keyedText.indexOf(key);
  return key.length > 0 && first >= 0 && keyedText.indexOf(key, first + 1) >= 0;
}
/** A capital that opens a sentence after a word in lower case, inside a sentence: where a pull quote may end. */
const OPENS_AFTER_WORD = / (?<=\p{Ll} )(?=(\p{Lu}\p{Ll}*) \p{Ll})/gu;
/**
 * Pull quotes run into the sentence after them, no stop between (`cuts` changed in place): from a
 * sentence's start, REPEATED_PASSAGE_WORDS words or more that the article says again elsewhere, before a word that
 * opens sentences ("Mientras el Convenio de Basilea esté en vigor, queda mucho trabajo por hacer, por el
 * bien de todos Para la defensora…"). The text keyed only where such a word stands in a sentence.
 */
function cutPullQuotes(text: string, cuts: Set<number>, lang: Language): void {
  const starts = [0, ...[...cuts].sort((a, b) => a - b)];
  let keyed: string | null = null;
  let i = 0;
  let done = -1;
  for (const m of text.matchAll(OPENS_AFTER_WORD)) {
    while (i + 1 < starts.length && starts[i + 1]! <= m.index) i++;
    const word = m[1]!;
    if (done === i || (!lang.sentenceStarters.has(word) && !lang.functionWords.has(word.toLowerCase()))) continue;
    const passage = text.slice(starts[i]!, m.index);
    if (passage.trim().split(/\s+/).length < REPEATED_PASSAGE_WORDS) continue;
    keyed ??= passageKey(text);
    if (repeatsIn(keyed, passage)) {
      cuts.add(m.index + 1);
      // (One cut in a sentence: what follows the pull quote is the text.)
      done = i;
    }
  }
}

/** A few words and a quote opened with a capital after them, at a sentence's start. */
const WORDS_BEFORE_QUOTE = /^[^\S\n]*(\p{Lu}[\p{L}-]*(?:[^\S\n]+[\p{L}\d-]+){1,7})[^\S\n]+(?=["“«]\p{Lu})/u;
/** The fewest words of a quote that a heading stands over. */
const QUOTE_UNDER_HEADING_WORDS = 4;
/**
 * Where the quote after a section's heading begins, the heading glued to it at a sentence's start
 * (`start`), or -1: "Una larga lista de delitos "Un líder despiadado … transnacional". En estos…".
 * The heading a few words without a mark, the last in lower case, neither a function word nor a
 * verb of saying among them ("Trump dijo "Vamos a…""); the quote opens with a capital and closes
 * where the sentence ends. (Not a title quoted inside a sentence: "Descargue el libro “La lectura,
 * ese misterio”, de Enrique Pérez.")
 */
function headingOverQuote(text: string, start: number, lang: Language): number {
  const m = WORDS_BEFORE_QUOTE.exec(text.slice(start, start + 120));
  if (!m) return -1;
  const words = m[1]!.split(/\s+/);
  const last = words[words.length - 1]!;
  if (!/^\p{Ll}+$/u.test(last) || lang.functionWords.has(last) || words.some((w) => lang.speechVerbs.has(w.toLowerCase()))) return -1;
  const quote = start + m[0].length;
  const close = text.indexOf(CLOSING_OF[text[quote]!]!, quote + 1);
  const inner = text.slice(quote + 1, close);
  if (close < 0 || /["“”«»\n]/.test(inner) || inner.split(/\s+/).length < QUOTE_UNDER_HEADING_WORDS) return -1;
  // (Closed where the sentence ends: a stop inside the quote or right after it, then the text's end or a capital;
  // or where its speaker is said: "Cuatro precedentes “Trump es un tipo chapado a la antigua”, añade Nordlinger…".)
  const after = text.slice(close + 1, close + 40);
  const said = /^,[^\S\n]+(\p{Ll}+)/u.exec(after);
  if (said && lang.speechVerbs.has(said[1]!)) return quote;
  const stopped = /^[.!?…]/.test(after) || /[.!?…]$/.test(inner);
  return stopped && /^[.!?…]?(?:\s*$|[^\S\n]+["“«¿¡]?\p{Lu})/u.test(after) ? quote : -1;
}

/**
 * The cut after a picture's credit glued to the text (`credit` matched with the credit's capitalised
 * words as group 1): where a word that opens sentences begins the text ("Archivo El exmilitar…",
 * "Instagram Bolsonaro La Primera Sala…"; not the credit's first word, "Foto: El Nacional El
 * presidente…"). After a dash (`dashed`), the credit's last word, an ordinary one in the language's
 * dictionary (`lexicon`), before words in lower case begins the text or a section's heading
 * ("Freepik Calificaciones crediticias en negativo Según…"), cut from the sentence after it.
 */
function cutAfterCredit(text: string, credit: RegExpExecArray, cuts: Set<number>, lang: Language, dashed = false, lexicon: Lexicon | null = null): void {
  const at = credit.index + credit[0].length - credit[1]!.length;
  const words = [...credit[1]!.matchAll(/\S+/g)];
  let opening = words.findIndex((w, k) => k > 0 && k <= CREDIT_WORDS && lang.sentenceStarters.has(w[0]));
  // (Not a newspaper's name the credit ends with, its article and a word, before a name no word of the dictionary
  // that opens the text: "Foto: Semanario El Progreso Dexter es…"; "Foto: EFE / Fernando Bizerra El Supremo decidió…" opens at "El".)
  if (opening > 0 && lexicon !== null && words.length === opening + 3 && lang.nameArticles.has(words[opening]![0]) && !isOrdinaryWord(words[opening + 2]![0], lexicon)) opening += 2;
  const end = credit.index + credit[0].length;
  // (Or the text opens with a quote after it, "- crédito Policía Bucaramanaga “Nosotros a partir…"; or with a
  // word that opens sentences after the credit's source in brackets, "- crédito Fotomontaje Infobae (Alcaldía de Piedecuesta) De hecho…".)
  const after = text.slice(end, end + 80);
  const bracketed = opening > 0 ? null : /^\([^()\n]{1,60}\)[^\S\n]+(?=(\p{Lu}\p{Ll}*)[^\S\n]+\p{Ll})/u.exec(after);
  if (opening > 0) cuts.add(at + words[opening]!.index);
  else if (words.length <= CREDIT_WORDS && /^["“«]\p{Lu}/u.test(after)) cuts.add(end);
  else if (bracketed && words.length <= CREDIT_WORDS && (lang.sentenceStarters.has(bracketed[1]!) || lang.functionWords.has(bracketed[1]!.toLowerCase()))) cuts.add(end + bracketed[0].length);
  // (The heading's first word is an ordinary one: not the credit's surname, "Juan Pérez según…".)
  else if (dashed && lexicon !== null && words.length > 1 && isOrdinaryWord(words[words.length - 1]![0], lexicon) && /^\s*\p{Ll}/u.test(text.slice(credit.index + credit[0].length))) {
    const start = at + words[words.length - 1]!.index;
    cuts.add(start);
    cutHeadingAfter(text, start, cuts, lang, { anyAfter: true });
  }
}

/**
 * A section's heading glued after a picture's credit, a few words without a mark before a word
 * that opens sentences: "Dónde están La manera…" (`from` where the heading begins, or the space
 * before it; `anyAfter`, the word after the opening one may be capitalised too: "Según Corficolombiana";
 * `quoted`, the word may open a quote; `atStart`, the paragraph's start).
 */
function cutHeadingAfter(text: string, from: number, cuts: Set<number>, lang: Language, { anyAfter = false, quoted = true, atStart = false, comma = false, fewest = undefined as number | undefined } = {}): void {
  const words = [...text.slice(from, from + 120).matchAll(/\S+/g)].slice(0, HEADING_AFTER_CREDIT_WORDS + 2);
  // (A word that opens sentences, or a preposition capitalised: "Expansión del narcotráfico A este panorama…";
  // after a picture's credit (`quoted`), the quote it may open: "Sin contexto “El propósito…". At the
  // paragraph's start (`atStart`), where no stop says a sentence ended, an article after a few words:
  // "… una "máxima humillación" El juez…", not "Mr Obama will become the first US president…".)
  const opens = (word: string) => {
    const w = quoted ? word.replace(/^[“"«‘]/u, '') : word;
    if (atStart) return lang.nameArticles.has(w);
    return lang.sentenceStarters.has(w) || (/^\p{Lu}/u.test(w) && lang.functionWords.has(w.toLowerCase()));
  };
  const least = fewest ?? (atStart ? HEADING_AT_START_WORDS : 1);
  const at = words.findIndex((w, k) => k >= least && k <= HEADING_AFTER_CREDIT_WORDS && opens(w[0]) && (anyAfter || /^\p{Ll}/u.test(words[k + 1]?.[0] ?? '')));
  const before = words.slice(0, Math.max(at, 0)).map((w) => w[0]);
  // (A quote in it, closed: "Bolsonaro calificó las medidas como una "máxima humillación" El juez…".)
  const last = before[before.length - 1]?.replace(/["”»’]+$/u, '');
  // (Not a given name alone before a surname that is a function word capitalised: "Jeff Le aventura…", "Le Duc Tho".)
  if (at > 0 && !before.some((w) => /[.!?…:;()]/.test(w) || (w.endsWith(',') && !comma)) && quotesClosed(before.join(' ')) && /\p{Ll}$/u.test(last!) && !lang.functionWords.has(last!) && !before.every((w) => isGivenName(w))) cuts.add(from + words[at]!.index);
}

/** Whether every quote a text opens it closes: as many “ « as ” », and straight quotes in pairs. */
export function quotesClosed(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/"/g) % 2 === 0 && count(/[“«]/gu) === count(/[”»]/gu);
}

/** A month's or a weekday's name, in full or cut to three letters or more ("jul", "sept"). */
export function isMonthOrDay(word: string, lang: Language): boolean {
  if (lang.monthsAndDays.has(word)) return true;
  if (word.length < 3) return false;
  for (const name of lang.monthsAndDays) if (name.startsWith(word)) return true;
  return false;
}

/**
 * A heading in capitals at a sentence's start, three words or more with no letter in lower case
 * (its marks and quotes among them), before a capitalised word of the text (read sticky, from a sentence's start).
 */
const CAPITALS_HEADING = /\s*(?:(?=[^\s\p{Ll}]*\p{Lu})[^\s\p{Ll}]+\s+){3,}(?=\p{Lu}\p{Ll})/uy;

/**
 * A desk's address, its name in capitals before it or not, after the spaces a dropped link left: "UNP  UNIDAD
 * INVESTIGATIVA u.investigativa@…", "… de los integrantes de los  justicia@eltiempo.com".
 */
const DESK_SIGN_OFF = /(?<=[\p{L}\d][^\S\n]{2,})(?:(?:\p{Lu}{2,}[^\S\n]+){1,4})?(?=[\w.-]+@[\w-]+\.)/gu;
/** A network's name, a short word before it or none, and a handle after its colon: "En Twitter: @JusticiaET". */
const NETWORK_HANDLE = /(?<=\S[^\S\n]+)(?:\p{Lu}\p{Ll}{1,3}[^\S\n]+|(?<!\p{Lu}\p{Ll}{1,3}[^\S\n]+))(?:Twitter|Instagram|Facebook|TikTok)[^\S\n]*:[^\S\n]*@\w+/gu;
/** The most characters of a prompt to read another article, to its colon. */
const PROMPT_CHARACTERS = 60;
/** The fewest words of a sentence of the text glued after a prompt to read another article (a headline is shorter, or has no stop). */
const PROMPTED_SENTENCE_WORDS = 6;
/** A full stop at a text's end, the quotes it closes after it (a headline may ask, or exclaim). */
const ENDS_WITH_STOP = /[.…]["”»’)]*$/u;
/**
 * Where the text after a prompt to read another article begins, the prompt opening the sentence at
 * `start` and ending with its colon ("Puede leer:", "Lea también:", "Te puede interesar:"); -1 if none opens it.
 */
function promptBefore(text: string, start: number, lang: Language): number {
  if (!lang.readAlso) return -1;
  const head = /^\s*/.exec(text.slice(start))![0].length + start;
  const m = lang.readAlso.exec(text.slice(head, head + FURNITURE_READ));
  return m ? head + m[0].length + (/^[^\S\n]*/.exec(text.slice(head + m[0].length))?.[0].length ?? 0) : -1;
}

/** A part of a time stamp besides its time and its date: a day or a year, "a.m." and "p.m." (one word or two), "hs", a separator. */
const STAMP_PART = /^(?:\d{1,4}|[ap]\.m\.|[ap]\.|m\.|[ap]m|hs?|[-|–—])$/iu;
/** A time zone's abbreviation after the time: "EST", "CEST", "GMT". */
const TIME_ZONE = /^\p{Lu}{2,5}$/u;
/** How much of a paragraph's opening is read for a time stamp and its buttons (the last word read, perhaps cut, is not). */
const STAMP_READ = 120;
/** The most buttons read after a time stamp ("Guardar", "Compartir"). */
const STAMP_BUTTONS = 3;

/**
 * Where a time stamp that opens the text ends, with the page's buttons after it, when the text
 * goes on with a capital: a date (a month's name, in full or cut, or figures) and a time or a
 * year, and words that are furniture alone; -1 if the text opens otherwise.
 */
function leadingStamp(text: string, lang: Language, labelled = false): number {
  // (A stamp opens with a figure or a month's or a day's name: most paragraphs are read no further.)
  const label = labelled ? /^\s*\S+:[^\S\n]+/.exec(text) : null;
  if (labelled && !(label && isStampLabel(label[0].trim(), text.slice(label[0].length, label[0].length + 20), lang))) return -1;
  const first = /^\s*([^\s,;.]+)/.exec(text.slice(label?.[0].length ?? 0))?.[1];
  if (first === undefined || !(/^\d/.test(first) || isMonthOrDay(first.toLowerCase(), lang))) return -1;
  const tokens = [...text.slice(0, STAMP_READ).matchAll(/\S+/g)];
  if (text.length > STAMP_READ) tokens.pop();
  let [dated, timed, year, end, i] = [false, false, false, -1, label ? 1 : 0];
  for (; i < tokens.length; i++) {
    const token = tokens[i]![0].replace(/[,;]$/, '');
    const bare = token.replace(/\.$/, '').toLowerCase();
    if (/:\d{2}/.test(token)) timed = true;
    else if (/^\d{4}$/.test(token)) year = true;
    else if (isMonthOrDay(bare, lang) || /\d[./-]\d/.test(token)) dated = true;
    // (Its words between: "26 de abril de 2022".)
    else if (!STAMP_PART.test(token) && !(timed && TIME_ZONE.test(token)) && !(token === bare && lang.functionWords.has(bare))) break;
    end = tokens[i]!.index + tokens[i]![0].length;
  }
  // (A date in full, its year said, is a stamp without its time: "24 Jul, 2025 El…".)
  if (!dated || !(timed || year)) return -1;
  // (Not the label of the time it was updated: a stamp of its own after it.)
  for (let buttons = 0; buttons < STAMP_BUTTONS && i < tokens.length && !isStampLabel(tokens[i]![0], tokens[i + 1]?.[0] ?? '', lang) && lang.boilerplate.some((re) => re.test(tokens[i]![0])); buttons++, i++) end = tokens[i]!.index + tokens[i]![0].length;
  // (Without its time, a word that opens sentences after it: "julio 10, 2025 Contenido Patrocinado" is a line of its own.)
  // (Or a picture's credit in brackets: "… EST Guardar (FOTO: RRSS) La Fiscalía…".)
  return i < tokens.length && /^\(?\p{Lu}/u.test(tokens[i]![0]) && (timed || lang.sentenceStarters.has(tokens[i]![0])) ? end : -1;
}

/** Whether a word is the label of a time stamp, furniture before a date: "Actualizado: 08 Jul", "Publicado: 21 jul". */
function isStampLabel(word: string, next: string, lang: Language): boolean {
  const date = /^[^\s,;.]+/.exec(next)?.[0] ?? '';
  return (/^\d/.test(date) || isMonthOrDay(date.toLowerCase(), lang)) && lang.boilerplate.some((re) => re.test(word));
}

/** The word before a place in the text, with its marks ("ciento;", "«dijo"): empty at the start. */
function wordBefore(text: string, at: number): string {
  // (Read backwards from the place, forty characters at most: a regular expression anchored at the
  // end would be tried from each character before it.)
  const from = Math.max(0, at - 40);
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return '';
  let start = end;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** Whether a character's code is white space as `\s` reads it. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}

/** What stands before a list's number that opens an item: a sentence's end and a space. */
const ITEM_AFTER_END = /[.!?…][”"»’)]?[^\S\n]$/u;
/** A list's first item after the colon that introduces it: ": 1. Simplificación". */
const LIST_AFTER_COLON = /:(?=[^\S\n]+1\.[^\S\n]+\p{Lu})/gu;
/** An abbreviation of a plural, its capital doubled: "DD.", "HH.", "FF.". */
const DOUBLED = /^(\p{Lu})\1\.?$/u;

/**
 * Whether the period at `dot`, followed by a space and a capital, ends the sentence.
 * It does not after a title or other abbreviation that always continues, or after an
 * initial; it does after an abbreviation that may close a sentence ("EE. UU.", "etc.").
 */
function endsSentenceAfterDot(text: string, dot: number, lang: Language): boolean {
  const token = tokenBefore(text, dot);
  // "…obras, etc.”. Cabe indicar": a stop after a closing quote or bracket ends the sentence
  // whatever the quote ended with.
  if (ENDS_WITH_CLOSER.test(token)) return true;
  // "1. Retirada de tropas": a numbered list item, not the end of a sentence; so after a sentence's end or a colon, the
  // list's items run into one paragraph: "… de evaluación. 2. Plataformas tecnológicas…".
  // (After a colon, only a list's first: "El marcador fue: 2." ends its sentence.)
  const before = text.slice(Math.max(0, dot - token.length - 4), dot - token.length);
  if (/^\d{1,3}$/.test(token) && (dot - token.length === 0 || text[dot - token.length - 1] === '\n' || ITEM_AFTER_END.test(before) || (token === '1' && /:[^\S\n]$/u.test(before)))) return false;
  if (!token || !LETTER.test(token)) return true; // a number, a closing bracket: a real end
  const bare = token.replace(/^[(«"“„¿¡'‘]+/, '');
  const key = bare.replace(/\./g, '').toLowerCase();

  // Spaced abbreviations: "EE. UU.", "S. A.", "a. m.", "p. m."
  const previous = tokenBefore(text, dot - token.length - 1);
  const joined = previous ? `${previous.replace(/\./g, '')}${key}`.toLowerCase() : key;
  if (previous?.endsWith('.') && lang.mayEnd.has(joined)) return true;

  if (lang.mayEnd.has(key)) return true;
  // (A given name cut short before another: "Ma. Elena Andrade".)
  if (lang.givenNameShort.has(key)) return !isGivenName(/^\s*(\p{L}+)/u.exec(text.slice(dot + 1))?.[1] ?? '');
  // A plural abbreviation, its letters doubled, before another: "DD. HH." (derechos humanos), "FF. AA.", "RR. HH.";
  // after the last, the sentence may end, as after "EE. UU.".
  if (DOUBLED.test(bare) && DOUBLED.test(/^\s*(\S+)/.exec(text.slice(dot + 1))?.[1] ?? '')) return false;
  const parts = `${previous ?? ''}.${bare}`.split('.').filter(Boolean);
  if (parts.length >= 2 && DOUBLED.test(parts[parts.length - 1]!) && DOUBLED.test(parts[parts.length - 2]!)) return true;
  // "del Distrito Militar No. 43": a number's abbreviation, capitalised, before its figures.
  if (bare === 'No' && /^\s*\d/.test(text.slice(dot + 1))) return false;
  // "el 8vo. Congreso": an ordinal in figures goes on to its noun.
  if (lang.ordinal?.test(key)) return false;
  // After a number, an abbreviation is a unit that may close the sentence ("en 2024 г.", "a 5 km.").
  // (And one written in lower case, before a word that opens sentences and no name's article, ends one: a title
  // goes on to a name, not to "Otras", "Después": "… y un poco de col. Otras veces…"; not "la col. Las Américas", "col. Del Valle".)
  if (lang.neverFinal.has(key)) return (previous !== undefined && /^\d[\d.,]*$/.test(previous)) || (bare === key && beforeOpener(text, dot, lang));
  if (INITIAL.test(bare)) return false;
  // Dotted chains such as "a.C." or "d.C." that are not in the lists above.
  if (bare.includes('.') && key.length <= 4) return false;
  return true;
}

/** Whether the word after a stop opens sentences and is no article, as a name's may be ("Las Américas", "Del Valle"). */
function beforeOpener(text: string, dot: number, lang: Language): boolean {
  const next = /^\s+(\p{Lu}\p{Ll}+)\s/u.exec(text.slice(dot + 1))?.[1];
  return next !== undefined && lang.sentenceStarters.has(next) && !lang.definiteArticles.has(next.toLowerCase());
}

/** The run of non-space characters that ends just before `index`. */
function tokenBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return text.slice(start, index);
}

function rangesFromCuts(text: string, cuts: number[]): Range[] {
  const ranges: Range[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut <= from) continue;
    const r = trimRange(text, from, cut);
    if (r) ranges.push(r);
    from = cut;
  }
  return ranges;
}

function trimRange(text: string, start: number, end: number): Range | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
