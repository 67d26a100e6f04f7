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
const LOWER = 'a-záéíóúüñàèìòùâêîôûçß';
const CLOSERS = '"”»’\')\\]';
const OPENERS = '"“«‘\'(\\[¿¡—–-';

/**
 * Abbreviations that are always followed by more of the same sentence (a name, a number, a
 * second half such as "EE." before "UU."). Keys are lower-case, without dots.
 */
const NEVER_FINAL = new Set([
  'sr', 'sra', 'sres', 'sras', 'srta', 'srs', 'dr', 'dra', 'drs', 'dras', 'dña', 'dn',
  'prof', 'profa', 'gral', 'gen', 'cnel', 'tte', 'cap', 'sto', 'sta', 'fr', 'mons', 'lic', 'ing',
  'arq', 'excmo', 'excma', 'ilmo', 'ilma', 'mtro', 'mtra', 'av', 'avda', 'pza', 'pl', 'núm',
  'nº', 'nro', 'pág', 'págs', 'pp', 'art', 'arts', 'vol', 'vols', 'tel', 'telf', 'fig',
  'cf', 'cfr', 'vs', 'ej', 'p.ej', 'pej', 'aprox', 'apdo', 'dpto', 'depto', 'mr', 'mrs', 'ms', 'st',
  'col', 'ed', 'eds', 'op', 'cit', 'ib', 'ibid', 'sen', 'dip', 'pdte', 'pdta', 'presid', 'secr',
  'ee', 'cía', 'hnos', 'ud', 'uds', 'vd', 'vds', 'admón', 'máx', 'mín', 'dcha', 'izq', 'izqda',
]);

/**
 * Abbreviations that may close a sentence: a capital after them starts a new one. The
 * last word of "EE. UU.", "S. A." and "a. m." arrives here as "eeuu", "sa", "am".
 */
const MAY_END = new Set(['eeuu', 'uu', 'sa', 'sl', 'slu', 'am', 'pm', 'ltd', 'inc', 'co', 'corp', 'etc', 'jr', 'ag', 'cv', 'sau']);

/** Spanish words that begin sentences; a glued "puertoEl" splits only before one of these. */
const SENTENCE_STARTERS = new Set(
  (
    'El La Los Las Lo Un Una Unos Unas En Por Para Con Sin Según Tras Desde Hasta Durante Ante Este Esta Estos ' +
    'Estas Ese Esa Esos Esas Aquel Aquella Al Del Su Sus Mientras Además Pero Aunque Y Ni No Sí Se Ya Así ' +
    'Hoy Ayer También Tampoco Cuando Como Donde Dicho Dicha Otro Otra Otros Otras Entre Sobre Cada Más ' +
    'Menos Todo Toda Todos Todas Muchos Muchas Varios Varias Ambos Ambas Tanto Nada Nadie Hay Fue Es Son Ha Han ' +
    'Le Les Me Nos Mi Tu Nuestro Nuestra Sin Tal Casi Solo Sólo Incluso Luego Después Antes Entonces Finalmente'
  ).split(' '),
);

const LETTER = new RegExp(`[${UPPER}${LOWER}]`);
const STARTS_SENTENCE = new RegExp(`^\\s+[${OPENERS}]*\\s?[${UPPER}0-9]`);
const INITIAL = new RegExp(`^[${UPPER}]$`);

/** Candidate sentence ends: terminal punctuation, then closing quotes or brackets. */
const TERMINAL = new RegExp(`(?:\\.{3}|…|[.?!]+)[${CLOSERS}]*`, 'g');
/** "dijo.La": a sentence end with no space before the next capitalised word. */
const GLUED_AFTER_STOP = new RegExp(`[${LOWER}]{2,}[${CLOSERS}]*[.?!][${CLOSERS}]*(?=[«“"]?[${UPPER}][${LOWER}])`, 'g');
/** "puertoEl gobierno": a heading glued to the first word of the next sentence. */
const GLUED_HEADING = new RegExp(`[${LOWER}]{3,}(?=([${UPPER}][${LOWER}]+)(?![${UPPER}${LOWER}]))`, 'g');
const LIST_LINE = /^\s*(?:[-*•·–]|\d{1,3}[.)])\s+/;
const DOMAIN_NEARBY = /(?:https?:|www\.|@)\S*$|\b[\w-]+\.(?:com|es|org|net|gob|gov|info|eu|mx|ar|co)\b/i;

export function splitSentences(text: string): Range[] {
  const cuts = new Set<number>();

  // Lists keep one item per line.
  const lines = text.split('\n');
  if (lines.length > 1) {
    let pos = 0;
    for (const line of lines.slice(0, -1)) {
      pos += line.length + 1;
      if (LIST_LINE.test(line) || LIST_LINE.test(text.slice(pos))) cuts.add(pos);
    }
  }

  for (const m of text.matchAll(TERMINAL)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 8);
    if (!STARTS_SENTENCE.test(after)) continue;
    if (m[0][0] === '.' && !m[0].startsWith('...') && !endsSentenceAfterDot(text, m.index)) continue;
    cuts.add(end);
  }

  for (const m of text.matchAll(GLUED_AFTER_STOP)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), end + 4);
    if (!DOMAIN_NEARBY.test(before) && !/\.\w+$/.test(text.slice(Math.max(0, m.index - 20), m.index))) cuts.add(end);
  }

  for (const m of text.matchAll(GLUED_HEADING)) {
    if (SENTENCE_STARTERS.has(m[1]!)) cuts.add(m.index + m[0].length);
  }

  return rangesFromCuts(text, [...cuts].sort((a, b) => a - b));
}

/**
 * Whether the period at `dot`, followed by a space and a capital, ends the sentence.
 * It does not after a title or other abbreviation that always continues, or after an
 * initial; it does after an abbreviation that may close a sentence ("EE. UU.", "etc.").
 */
function endsSentenceAfterDot(text: string, dot: number): boolean {
  const token = tokenBefore(text, dot);
  // "1. Retirada de tropas": a numbered list item, not the end of a sentence.
  if (/^\d{1,3}$/.test(token) && (dot - token.length === 0 || text[dot - token.length - 1] === '\n')) return false;
  if (!token || !LETTER.test(token)) return true; // a number, a closing bracket: a real end
  const bare = token.replace(/^[(«"“¿¡'‘]+/, '');
  const key = bare.replace(/\./g, '').toLowerCase();

  // Spaced abbreviations: "EE. UU.", "S. A.", "a. m.", "p. m."
  const previous = tokenBefore(text, dot - token.length - 1);
  const joined = previous ? `${previous.replace(/\./g, '')}${key}`.toLowerCase() : key;
  if (previous?.endsWith('.') && MAY_END.has(joined)) return true;

  if (MAY_END.has(key)) return true;
  if (NEVER_FINAL.has(key)) return false;
  if (INITIAL.test(bare)) return false;
  // Dotted chains such as "a.C." or "d.C." that are not in the lists above.
  if (bare.includes('.') && key.length <= 4) return false;
  return true;
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
