/**
 * How deep a page's elements nest, estimated in one linear pass over the raw markup,
 * before any parser sees it: a parser given a million unclosed elements takes minutes and
 * gigabytes. Void elements, elements a browser closes on its own (p, li, td…), comments and
 * the contents of script and style do not count, so that an ordinary page estimates at
 * about its real depth and only pathological nesting comes out deep.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const SELF_CLOSING_IN_PRACTICE = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp', 'colgroup']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

export function estimateNesting(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(html))) {
    const [, closing, rawName, selfClosing] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      if (!VOID.has(name) && !SELF_CLOSING_IN_PRACTICE.has(name)) depth = Math.max(depth - 1, 0);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = tag.lastIndex;
      const closed = end.exec(html) ? html.indexOf('>', end.lastIndex) : -1;
      tag.lastIndex = closed < 0 ? html.length : closed + 1;
      continue;
    }
    if (selfClosing || VOID.has(name) || SELF_CLOSING_IN_PRACTICE.has(name)) continue;
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) break;
  }
  return deepest;
}
