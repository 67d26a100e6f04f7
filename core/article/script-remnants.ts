/**
 * What a scraper kept of a page's scripts in the text it took: "googletag.cmd.push(function() {
 * googletag.display('…'); });", "window._taboola = window._taboola || []; _taboola.push({…});",
 * "var disqus_config = function () { this.page.url = '…'; };". Each statement is read to its
 * end, its brackets and quotes kept count of; statements that follow each other are one span.
 */
import type { Range } from './sentences';

/** How a statement opens: a declaration, an assignment to a property or a call of one, a function. */
// (A call written as code is, its bracket right after the name: "elnacional.com (ver abajo)" is prose's.)
const STATEMENT = /(?<![\p{L}\p{N}_$.@/])(?:(?:var|let|const)\s+[\w$]+\s*=|[\w$]+(?:\.[\w$]+)+(?:\s*=(?![=>])|\()|function\s*[\w$]*\s*\([^()]*\)\s*\{)/gu;
/** The longest statement read: a longer run is no script's remnant. */
const MAX_STATEMENT = 4000;
/** What every script's remnant holds: a brace, or a bracket closed before a semicolon. */
const SCRIPT_MARK = /[{}]|[)\]];/;
const OPEN = '([{';
const CLOSE = ')]}';

/**
 * Where the statement that opens at `from` ends (after its semicolon, or its last closing
 * bracket), or -1 when it is none: its brackets never close, a quote stays open, or it holds
 * neither a brace nor a semicolon of its own ("según elnacional.com (ver abajo)").
 */
function statementEnd(text: string, from: number): number {
  const stack: string[] = [];
  let quote: string | null = null;
  let braced = false;
  const limit = Math.min(text.length, from + MAX_STATEMENT);
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      else if (c === '\n' && quote !== '`') return -1;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (OPEN.includes(c)) {
      stack.push(CLOSE[OPEN.indexOf(c)]!);
      if (c === '{') braced = true;
    } else if (CLOSE.includes(c)) {
      if (stack.pop() !== c) return -1;
      // (Words right after its last bracket are prose's: "x.y(1) y luego se fue; …".)
      if (stack.length === 0 && /^[ \t]*[\p{L}\d"'`«“‘¿¡]/u.test(text.slice(i + 1, i + 40))) return -1;
    } else if (c === ';' && stack.length === 0) return i + 1;
    // (A statement ended by a line break, its semicolon left out; without a brace, prose's line.)
    else if (c === '\n' && stack.length === 0) return braced ? i : -1;
  }
  return stack.length === 0 && !quote && braced ? limit : -1;
}

/** The spans of a text that are a script's statements, in order. */
export function scriptSpans(text: string): Range[] {
  const spans: Range[] = [];
  // (A script has a brace, or a statement closed after a bracket: most texts are read no further.)
  if (!SCRIPT_MARK.test(text)) return spans;
  for (const m of text.matchAll(STATEMENT)) {
    const last = spans[spans.length - 1];
    if (last && m.index < last.end) continue;
    const end = statementEnd(text, m.index);
    if (end < 0) continue;
    // (Statements one after another, or a brace that closes a function on a line of its own, are one span.)
    if (last && /^\s*$/.test(text.slice(last.end, m.index))) last.end = end;
    else spans.push({ start: m.index, end });
  }
  return spans;
}
