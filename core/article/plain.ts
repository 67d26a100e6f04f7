import { type Block, type ImportedDocument, normaliseInline } from './document';
import { scriptSpans } from './script-remnants';
import { styleSpans } from './style-remnants';
import type { Range } from './sentences';

const LIST_ITEM = /^\s*(?:[-*•·–]|\d{1,3}[.)])\s+/;

/**
 * Plain text: paragraphs are separated by blank lines. A file without any blank line
 * (one paragraph per line, as many scrapers write) is split at every line break.
 * Lines inside a paragraph are joined, except list items, which keep their own lines.
 */
export function parsePlainText(text: string): ImportedDocument {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const hasBlankLines = /\n[ \t]*\n/.test(normalised);
  const apart = setScriptsApart(normalised, hasBlankLines ? '\n\n' : '\n');
  const chunks = hasBlankLines ? apart.split(/\n[ \t]*\n+/) : apart.split('\n');
  const blocks: Block[] = [];
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    const isList = lines.length > 1 && lines.every((l) => LIST_ITEM.test(l));
    for (const group of isList ? [lines] : wrappedParagraphs(lines)) {
      const text = normaliseInline(isList ? group.join('\n') : group.join(' '), { keepGaps: true });
      if (text) blocks.push(isList ? { text, hint: 'list' } : isCode(text) ? { text, hint: 'code' } : { text });
    }
  }
  return { title: null, blocks };
}

/** The spans of a text that are code a scraper left in it, scripts and style sheets, in order; where two overlap, one. */
function codeSpans(text: string): Range[] {
  const spans: Range[] = [];
  for (const span of [...scriptSpans(text), ...styleSpans(text)].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans.push({ ...span });
  }
  return spans;
}

/**
 * The code a scraper left in the text (scripts, style sheets), each set on a paragraph of its own (`separator` a
 * blank line, or a line break where the text has none), its own line breaks made spaces: the
 * text around a script goes on as it was, and never runs into it.
 */
function setScriptsApart(text: string, separator: string): string {
  let out = '';
  let from = 0;
  for (const span of codeSpans(text)) {
    out += `${text.slice(from, span.start)}${separator}${text.slice(span.start, span.end).replace(/\s+/g, ' ')}${separator}`;
    from = span.end;
  }
  return out + text.slice(from);
}

/** A paragraph that is code and nothing else. */
function isCode(text: string): boolean {
  const spans = codeSpans(text);
  return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === text.length;
}

/** A line holding nothing but a web address. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * The paragraphs in a chunk of lines. Text wrapped at a width has every line but a
 * paragraph's last one long; so where a chunk has long lines, a short line ends its
 * paragraph (a header of short fields above a title, a title above its text). A line that
 * is only a web address stands alone.
 */
function wrappedParagraphs(lines: string[]): string[][] {
  const longest = Math.max(...lines.map((l) => l.length));
  const groups: string[][] = [[]];
  lines.forEach((line, i) => {
    groups[groups.length - 1]!.push(line);
    const next = lines[i + 1];
    if (next === undefined) return;
    const short = longest >= WRAP_EVIDENCE && line.length < longest * SHORT_LINE;
    if (short || BARE_URL.test(line) || BARE_URL.test(next)) groups.push([]);
  });
  return groups;
}
/** A chunk whose longest line is shorter than this says nothing about wrapping. */
const WRAP_EVIDENCE = 40;
/** Shorter than this share of the longest line, a line is no wrapped line. */
const SHORT_LINE = 0.6;

/** Markdown: headings become heading blocks; inline syntax is dropped, its text kept. */
export function parseMarkdown(text: string): ImportedDocument {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  let inFence = false;
  let title: string | null = null;

  const flush = () => {
    if (paragraph.length) {
      const t = normaliseInline(stripInline(paragraph.join(' ')));
      if (t) blocks.push({ text: t });
    }
    if (list.length) {
      const t = list.map((l) => normaliseInline(stripInline(l))).filter(Boolean).join('\n');
      if (t) blocks.push({ text: t, hint: 'list' });
    }
    paragraph = [];
    list = [];
  };

  for (const raw of lines) {
    const line = raw.trimEnd();
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (line.trim()) paragraph.push(line.trim());
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const t = normaliseInline(stripInline(heading[2]!));
      if (t) {
        if (title === null && heading[1] === '#') title = t;
        blocks.push({ text: t, hint: 'heading' });
      }
      continue;
    }
    if (!line.trim() || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    const item = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (item) {
      if (paragraph.length) flush();
      list.push(item[1]!);
      continue;
    }
    if (list.length && /^\s{2,}\S/.test(raw)) {
      list[list.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list.length) flush();
    paragraph.push(line.replace(/^\s*>\s?/, ''));
  }
  flush();
  return { title, blocks };
}

/**
 * Escaped characters stand in for themselves in a block of the private-use area that the
 * text does not use, while the syntax is stripped: `\*` is never emphasis.
 */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!~>|])/g;

function stripInline(text: string): string {
  const base = freePrivateBlock(text);
  const hidden = base === null ? text.replace(ESCAPED, '$1') : text.replace(ESCAPED, (_, c: string) => String.fromCharCode(base + c.charCodeAt(0)));
  const stripped = hidden
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](\S(?:.*?\S)??)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/~~(.+?)~~/g, '$1');
  if (base === null) return stripped;
  return stripped.replace(/[\ue000-\uf8ff]/g, (c) => {
    const code = c.charCodeAt(0) - base;
    return code >= 0 && code < 0x80 ? String.fromCharCode(code) : c;
  });
}

/** The first 128 private-use code points none of which occur in `text` (null if every block is used). */
function freePrivateBlock(text: string): number | null {
  const used = new Set<number>();
  for (const m of text.matchAll(/[\ue000-\uf8ff]/g)) used.add((m[0].charCodeAt(0) - 0xe000) >> 7);
  for (let block = 0; block < 50; block++) if (!used.has(block)) return 0xe000 + (block << 7);
  return null;
}
