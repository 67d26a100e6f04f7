/**
 * What a scraper kept of a page's style sheets in the text it took: "body .a .a_c .core_skin {
 * position: relative; }", "/* AUDIO *\/", a rule inside a rule. A rule is a selector and, in
 * braces, declarations ("name: value;") and rules of its own; the comments and rules that follow
 * one another, white space between them, are one span.
 */
import type { Range } from './sentences';

/** The longest rule read: a longer run is no style sheet's remnant. */
const MAX_RULE = 20000;
/** The longest selector: longer, what stands before a brace is prose's. */
const MAX_SELECTOR = 200;
/** One simple selector with its classes, its id, its attributes and its pseudo-classes: "a.b", ".x:hover", "#id", "*". */
const COMPOUND = String.raw`(?:[a-z][\w-]*|\*)?(?:[.#][\w-]+|::?[\w-]+(?:\([^()]*\))?|\[[^\]]*\])*`;
/** Selectors, joined by their combinators, and a list of them: "body .a > .b, .c". */
const SELECTOR = new RegExp(String.raw`^@?${COMPOUND}(?:\s*[>+~]\s*${COMPOUND}|\s+${COMPOUND})*(?:\s*,\s*${COMPOUND}(?:\s*[>+~]\s*${COMPOUND}|\s+${COMPOUND})*)*$`, 'i');
/** The elements a selector may name alone: "body {" and "p {" are a style sheet's, "Juan {" is not. */
const ELEMENTS = new Set(['html', 'body', 'div', 'span', 'p', 'a', 'img', 'ul', 'ol', 'li', 'figure', 'figcaption', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'iframe', 'button', 'strong', 'em', 'blockquote', 'video', 'svg']);
/** A declaration: a property's name, a colon, its value. */
const DECLARATION = /^-{0,2}[a-z][a-z-]*\s*:\s*[^{}]*$/i;
/** What ends a sentence, before the space after it: no selector holds it so. */
const SENTENCE_END = /[.!?…”"»]/;
const COMMENT = /\/\*[\s\S]*?\*\//g;

/**
 * Where the selector before the brace at `open` may begin: after a line break, a rule's brace
 * or semicolon, a comment's end or a sentence's end, not before `floor` (the last span's end);
 * -1 when none stands within reach.
 */
function selectorStart(text: string, floor: number, open: number): number {
  const lo = Math.max(floor, open - MAX_SELECTOR - 1);
  for (let i = open - 1; i >= lo; i--) {
    const c = text[i]!;
    // (A list of selectors goes on past a line's end after its comma: "a.b svg,\n a.c svg {".)
    if (c === '\n' && /,\s*$/.test(text.slice(lo, i))) continue;
    if (c === '\n' || c === '{' || c === '}' || c === ';' || (c === '/' && text[i - 1] === '*')) return i + 1;
    if (/\s/.test(c) && i > 0 && SENTENCE_END.test(text[i - 1]!)) return i;
  }
  return lo === floor ? lo : -1;
}

/** Whether what stands before a brace is a style sheet's selector, and not prose's words. */
function isSelector(text: string): boolean {
  if (!text || text.length > MAX_SELECTOR || !SELECTOR.test(text)) return false;
  // (A class, an id, a pseudo-class or an attribute says so; failing them, an element's name leading it.)
  return /[.#:[*@]/.test(text) || ELEMENTS.has(text.split(/[\s,>+~]/)[0]!.toLowerCase());
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
    if (last && open < last.end) continue;
    const start = selectorStart(text, last?.end ?? 0, open);
    if (start < 0) continue;
    const head = text.slice(start, open);
    const selector = head.trim();
    const end = ruleEnd(text, open);
    if (end < 0 || !isSelector(selector) || !declaresStyles(text.slice(open + 1, end - 1))) continue;
    const from = start + head.length - head.trimStart().length;
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
