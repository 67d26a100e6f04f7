/**
 * The article a page declares in its schema.org data (JSON-LD `articleBody`), for pages
 * that show their text only once a script has run: the markup then holds menus and little
 * else, while the data search engines read holds the article whole.
 */

/** Bigger blocks of data than this are no page's metadata: they are skipped unread. */
const MAX_JSON_LD_CHARS = 2_000_000;
const MAX_DEPTH = 12;

/** The longest `articleBody` in the page's JSON-LD blocks, or null. Malformed blocks are skipped. */
export function articleBodyOf(blocks: string[]): string | null {
  let best: string | null = null;
  for (const text of blocks) {
    if (text.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    // Walked with a stack of its own, to a bounded depth (`@graph`, arrays of items, nesting).
    const stack: [unknown, number][] = [[data, 0]];
    while (stack.length) {
      const [value, depth] = stack.pop()!;
      if (depth > MAX_DEPTH || value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (const item of value) stack.push([item, depth + 1]);
        continue;
      }
      const body = (value as Record<string, unknown>).articleBody;
      if (typeof body === 'string' && body.length > (best?.length ?? 0)) best = body;
      for (const item of Object.values(value)) if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
    }
  }
  return best;
}
