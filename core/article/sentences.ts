/**
 * Spanish sentence boundaries in one paragraph of news text, as character ranges.
 *
 * The text is never changed: a boundary is a position, and a sentence is the range between
 * two boundaries with its outer whitespace left out. Scraping damage (a missing space after
 * a full stop, a heading glued to the next sentence) is repaired by placing a boundary where
 * the space should have been.
 */
export type Range = { start: number; end: number };

const UPPER = 'A-ZÁÉÍÓÚÜÑÀÈÌÒÙÂÊÎÔÛÇ';
const LOWER = 'a-záéíóúüñàèìòùâêîôûç';
const CLOSERS = '"”»’\')\\]';
const OPENERS = '"“«‘\'(\\[¿¡—–-';

/** Abbreviations always followed by more of the same sentence (a name, a number). */
const NEVER_FINAL = new Set([
  'sr', 'sra', 'sres', 'sras', 'srta', 'dr', 'dra', 'drs', 'd', 'dña', 'da', 'don', 'prof', 'profa',
  'gral', 'gen', 'cnel', 'tte', 'cap', 'sto', 'sta', 'fr', 'mons', 'lic', 'ing', 'arq', 'excmo',
  'excma', 'ilmo', 'ilma', 'av', 'avda', 'c', 'pza', 'núm', 'nº', 'no', 'n', 'pág', 'págs', 'p', 'pp',
  'art', 'arts', 'vol', 'vols', 'tel', 'fig', 'cf', 'vs', 'ej', 'aprox', 'approx', 'apdo', 'dpto',
  'depto', 'km', 'mr', 'mrs', 'ms', 'st', 'etc', 'ss', 'col', 'ed', 'eds', 'op', 'cit', 'ib', 'ibid',
]);

/**
 * Abbreviations that may close a sentence: a capital after them starts a new one.
 * Matched against the letters of the token, dots and spaces removed, lower-cased.
 */
const MAY_END = new Set(['eeuu', 'uu', 'sa', 'sl', 'am', 'pm', 'ltd', 'inc', 'co', 'corp', 'etc', 'jr', 'uu']);

/** Spanish words that begin sentences; a glued "puertoEl" splits only before one of these. */
const SENTENCE_STARTERS = new Set(
  (
    'El La Los Las Lo Un Una Unos Unas En Por Para Con Sin Según Tras Desde Hasta Durante Ante Este Esta Estos ' +
    'Estas Ese Esa Esos Esas Aquel Aquella Al Del Sus Su Mientras Además Sin Pero Aunque Y Ni No Sí Se Ya Así ' +
    'Hoy Ayer Mañana También Tampoco Cuando Como Donde Dicho Dicha Otro Otra Otros Otras Entre Sobre Cada Más ' +
    'Menos Todo Toda Todos Todas Muchos Muchas Varios Varias Ambos Ambas Tanto Nada Nadie Hay Fue Es Son Ha Han'
  ).split(' '),
);

const isUpperStart = new RegExp(`^[${OPENERS}\\s]*[${UPPER}0-9]`);
const wordBefore = new RegExp(`([${UPPER}${LOWER}ºª]+(?:\\.\\s?[${UPPER}${LOWER}]{1,3})*)$`);

/** Candidate sentence ends: terminal punctuation, then closing quotes or brackets. */
const TERMINAL = new RegExp(`(?:\\.{3}|…|[.?!]+)[${CLOSERS}]*`, 'g');
/** "dijo.La" and "puertoEl": a capital glued to the previous word. */
const GLUED_AFTER_STOP = new RegExp(`[${LOWER}]{2,}[.?!][${CLOSERS}]*(?=[${OPENERS}]?[${UPPER}][${LOWER}])`, 'g');
const GLUED_HEADING = new RegExp(`[${LOWER}]{3,}(?=([${UPPER}][${LOWER}]+)\\b)`, 'g');
const LIST_LINE = /^\s*(?:[-*•·–]|\d{1,3}[.)])\s+/;

export function splitSentences(text: string): Range[] {
  const cuts = new Set<number>();

  // Lists keep one item per line.
  const lines = text.split('\n');
  if (lines.length > 1) {
    let pos = 0;
    for (const line of lines.slice(0, -1)) {
      pos += line.length + 1;
      const next = text.slice(pos);
      if (LIST_LINE.test(line) || LIST_LINE.test(next)) cuts.add(pos);
    }
  }

  for (const m of text.matchAll(TERMINAL)) {
    const end = m.index + m[0].length;
    const after = text.slice(end);
    if (!/^\s/.test(after) || after.trim() === '') continue;
    if (!isUpperStart.test(after)) continue;
    if (m[0].startsWith('.') && !m[0].startsWith('...') && isAbbreviationEnd(text, m.index, after)) continue;
    cuts.add(end);
  }

  for (const m of text.matchAll(GLUED_AFTER_STOP)) {
    const end = m.index + m[0].length;
    if (!looksLikeDomain(text, m.index, end)) cuts.add(end);
  }

  for (const m of text.matchAll(GLUED_HEADING)) {
    const next = m[1]!;
    if (SENTENCE_STARTERS.has(next)) cuts.add(m.index + m[0].length);
  }

  return rangesFromCuts(text, [...cuts].sort((a, b) => a - b));
}

/** A period after a known abbreviation or an initial does not end the sentence. */
function isAbbreviationEnd(text: string, dotIndex: number, after: string): boolean {
  const before = text.slice(Math.max(0, dotIndex - 24), dotIndex);
  const word = wordBefore.exec(before)?.[1];
  if (!word) {
    // A number before the period: "el 3. El" is rare; "24.02.2022" has no space. Treat as end.
    return false;
  }
  const key = word.replace(/[.\s]/g, '').toLowerCase();
  if (MAY_END.has(key)) return false;
  if (NEVER_FINAL.has(key)) return true;
  // A single capital letter is an initial ("J. R. Tolkien") unless it follows a full word
  // that ends a sentence, which a lone capital almost never does in news text.
  if (/^[A-ZÁÉÍÓÚÑ]$/.test(word)) return /^\s+[A-ZÁÉÍÓÚÑ]/.test(after);
  // Dotted acronyms such as "S.A." or "EE. UU." are handled above; other dotted chains
  // ("a.C.", "d.C.") do not end sentences.
  if (/\./.test(word) && key.length <= 4) return true;
  return false;
}

function looksLikeDomain(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 30), Math.min(text.length, end + 10));
  return /\b[\w-]+\.(com|es|org|net|gob|gov|info|eu)\b/i.test(around) || /https?:|www\./i.test(around);
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
