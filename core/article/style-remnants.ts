/**
 * What a scraper kept of a page's style sheets in the text it took: "body .a .a_c .core_skin {
 * position: relative; }", "/* AUDIO *\/", a rule inside a rule. A rule is a selector and, in
 * braces, declarations ("name: value;") and rules of its own; the comments and rules that follow
 * one another, white space between them, are one span.
 */
import type { Range } from './sentences';

/** The longest rule read: a longer run is no style sheet's remnant. */
const MAX_RULE = 20000;
/** The longest selector read before a brace. */
const MAX_SELECTOR = 200;
/** A class, an id, a pseudo-class or an attribute of a simple selector: ".b", "#id", ":hover", "[href]". */
const PART = String.raw`(?:[.#][\w-]+|::?[\w-]+(?:\([^()]*\))?|\[[^\]]*\])`;
/**
 * One simple selector, never empty: "a.b", ".x:hover", "#id", "*". (An empty one would let the spaces between
 * selectors be read in ways without number, and a run of them before a brace take seconds.)
 */
const COMPOUND = String.raw`(?:(?:[a-z][\w-]*|\*)${PART}*|${PART}+)`;
/** Selectors, joined by their combinators, and a list of them: "body .a > .b, .c". */
const SELECTOR = new RegExp(String.raw`^@?${COMPOUND}(?:\s*[>+~]\s*${COMPOUND}|\s+${COMPOUND})*(?:\s*,\s*${COMPOUND}(?:\s*[>+~]\s*${COMPOUND}|\s+${COMPOUND})*)*$`, 'i');
/** The elements a selector may name: "body .a {" and "p {" are a style sheet's, "Juan {" is not. */
const ELEMENTS = new Set(['html', 'body', 'div', 'span', 'p', 'a', 'img', 'ul', 'ol', 'li', 'figure', 'figcaption', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'iframe', 'button', 'strong', 'em', 'blockquote', 'video', 'svg']);
/** A declaration: a property's name, a colon, its value. */
const DECLARATION = /^-{0,2}[a-z][a-z-]*\s*:\s*[^{}]*$/i;
/** A comment: "/* AUDIO *\/". */
const COMMENT = /\/\*[\s\S]*?\*\//g;

/**
 * Where the words before the brace at `open` that may be its selector begin: after a line break, not
 * before `floor` (the last span's end), nor further back than a selector's length. (The selector is
 * then the longest run of their last words that is one: "Texto normal. body .a" is "body .a".)
 */
function selectorStart(text: string, floor: number, open: number): number {
  const lo = Math.max(floor, open - MAX_SELECTOR);
  for (let i = open - 1; i >= lo; i--) {
    // (A list of selectors goes on past a line's end after its comma: "a.b svg,\n a.c svg {".)
    if (text[i] === '\n' && !/,\s*$/.test(text.slice(lo, i))) return i + 1;
  }
  return lo;
}

/** Whether what stands before a brace is a style sheet's selector, and not prose's words: each element it names one of a page's ("body .a", ".x:hover", not "Juan .a"). */
function isSelector(text: string): boolean {
  if (!SELECTOR.test(text)) return false;
  return text.split(/[\s,>+~]+/).every((compound) => !/^[a-z]/i.test(compound) || ELEMENTS.has(/^[\w-]+/.exec(compound)![0].toLowerCase()));
}

/** Where the selector that ends a text begins: the longest run of its last words that is one ("… hasta aquí .a" at ".a"), -1 if none. */
function selectorEnding(text: string): number {
  for (const m of text.matchAll(/(?<!\S)\S/g)) if (isSelector(text.slice(m.index).trim())) return m.index;
  return -1;
}

/** Where the rule whose brace opens at `open` ends (after its closing brace), or -1 when it never closes. */
function ruleEnd(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_RULE);
  for (let i = open; i < limit; i++) {
    if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return -1;
      i = close + 1;
    } else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether a rule's body holds only declarations and rules, one declaration at least. */
function declaresStyles(body: string): boolean {
  const parts = body.replace(COMMENT, ' ').split(/[{};]/).map((p) => p.trim()).filter(Boolean);
  return parts.some((p) => DECLARATION.test(p)) && parts.every((p) => DECLARATION.test(p) || isSelector(p));
}

/** The spans of a text that are a style sheet's rules and comments, in order. */
export function styleSpans(text: string): Range[] {
  const spans: Range[] = [];
  // (A rule has a brace and a colon: most texts are read no further.)
  if (!text.includes('{') || !text.includes(':')) return spans;
  for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
    const last = spans[spans.length - 1];
    // (Braces inside a span read already are not read again.)
    if (last && open < last.end) continue;
    const start = selectorStart(text, last?.end ?? 0, open);
    const at = selectorEnding(text.slice(start, open));
    const end = at < 0 ? -1 : ruleEnd(text, open);
    if (end < 0 || !declaresStyles(text.slice(open + 1, end - 1))) continue;
    const from = start + at;
    spans.push(withComments(text, { start: from, end }, last));
    // (A rule right after another, white space or comments between them, is the same span.)
    if (last && spans.length > 1 && /^\s*$/.test(text.slice(last.end, spans[spans.length - 1]!.start).replace(COMMENT, ''))) {
      last.end = spans.pop()!.end;
    }
  }
  return spans;
}

/** A rule's span with the comments right before it (not past the last span's end) and right after it. */
function withComments(text: string, span: Range, last: Range | undefined): Range {
  let { start, end } = span;
  for (;;) {
    const m = /\/\*[\s\S]*?\*\/\s*$/.exec(text.slice(last?.end ?? 0, start));
    if (!m) break;
    start = (last?.end ?? 0) + m.index;
  }
  for (;;) {
    const m = /^\s*\/\*[\s\S]*?\*\//.exec(text.slice(end));
    if (!m) break;
    end += m[0].length;
  }
  return { start, end };
}
