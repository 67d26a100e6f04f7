import { ImportError } from '../errors';
import type { BlockHint } from '../contract';
import { type Block, type ImportedDocument, normaliseInline, STANDFIRST_WORDS } from './document';
import { articleBodyOf } from './json-ld';
import { estimateNesting } from './markup-depth';

const DROPPED = 'script,style,noscript,template,iframe,object,embed,svg,canvas,button,input,select,textarea,nav,aside,footer,audio,video';
/** What the page hides from its readers (a related article's date, a player's fallback text). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/**
 * A form is dropped (a search box, a login, a newsletter sign-up) unless it holds the text:
 * pages built with ASP.NET Web Forms wrap the whole body, article and all, in one form.
 */
const TEXT_INSIDE = 'p,article,h1,h2';
const INLINE = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'SPAN', 'SMALL', 'SUB', 'SUP', 'MARK', 'ABBR', 'CITE', 'Q', 'TIME', 'U', 'S', 'CODE']);
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION']);

/** Fewer letters than this after extraction is a page without an article in it. */
const MIN_ARTICLE_LETTERS = 80;
/**
 * Readability's time grows far faster than the page's nesting (a page 3,000 elements deep
 * takes it over a minute), and real article pages are a few dozen levels deep. Deeper
 * pages are read whole instead, and pages deeper than any a browser would show are refused.
 */
const READABILITY_MAX_DEPTH = 150;
const MAX_DEPTH = 5000;

type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
};

/**
 * Extracts an article from a web page. Only text survives: scripts, handlers, styles and
 * remote references never reach the store, so nothing imported can ever run or phone home.
 */
export async function parseHtml(html: string, name: string, { readability = true, minLetters = MIN_ARTICLE_LETTERS } = {}): Promise<ImportedDocument> {
  // Loaded on first use: most imports are plain text, and start-up should not pay for these.
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // Refused before parsing: a parser given a million unclosed elements runs for minutes.
  const estimated = estimateNesting(html, MAX_DEPTH);
  if (estimated > MAX_DEPTH) {
    throw new ImportError('no_article', `${name} is nested more than ${MAX_DEPTH} levels deep, far deeper than a web page can be shown; it is not an article.`);
  }
  let document: ReturnType<typeof parseHTML>['document'];
  try {
    document = parseHTML(html.replace(/^\ufeff/, '')).document;
    if (!document.documentElement || !document.body) throw new Error('no document');
  } catch {
    throw new ImportError('no_article', `${name} is not a readable web page.`);
  }
  // Read before scripts go: the article a page declares in its metadata, should its markup hold none.
  const jsonLd = (Array.from(document.querySelectorAll('script[type="application/ld+json"]')) as { textContent: string | null }[]).map((el) => el.textContent ?? '');
  dropUnseen(document);
  for (const form of Array.from(document.querySelectorAll('form')) as { remove(): void; querySelector(s: string): unknown }[]) {
    if (!form.querySelector(TEXT_INSIDE)) form.remove();
  }

  // The page's own loose text, where Readability has rewritten its markup.
  let looseOnPage: ReadonlySet<string> = new Set();
  let title: string | null = normaliseInline(document.querySelector('title')?.textContent ?? '') || null;
  let root: DomNode | null = document.body as unknown as DomNode | null;
  const depth = nestingDepth(document.body as unknown as DomNode);
  if (depth > MAX_DEPTH) {
    throw new ImportError('no_article', `${name} is nested ${depth} levels deep, far deeper than a web page can be shown; it is not an article.`);
  }

  // The standfirst the page names as such in its markup ("story-subtitle", "bajada",
  // "entradilla"), read before Readability strips the classes.
  const standfirsts = standfirstTexts(document as unknown as QueryRoot);
  // What the markup sets aside from the article, read as above: a post of a social network set
  // in the page (its text, then its signature), the author's box (a photo, a name, a biography).
  const asides = asideTexts(document as unknown as QueryRoot);
  // And a picture's caption set without a <figcaption>, read before Readability rewrites the box.
  const captions = photoCaptions(document as unknown as QueryRoot);
  if (readability && depth <= READABILITY_MAX_DEPTH) {
    // Readability makes a <p> of a <div> of text: what the page set outside its paragraphs
    // (a standfirst over them) is read before it does. (A link alone keeps its hint: it is
    // one link in the <p> too.)
    const loose = new Set(collectBlocks(root as DomNode).filter((b) => b.hint === 'loose').map((b) => b.text));
    try {
      // Readability mutates the document it is given; the page is already ours to change.
      const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
      if (parsed?.content) {
        const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
        root = content.body as unknown as DomNode;
        title = normaliseInline(parsed.title ?? '') || title;
        looseOnPage = loose;
      }
    } catch {
      // A page Readability cannot handle falls back to its whole body.
    }
  }

  // What the page's own markup said of a block, where the block's own element says nothing more.
  const pageHint = (b: Block): Block => {
    // (Line by line: Readability may run two of them together.)
    if (b.text.split('\n').every((line) => asides.has(line))) return { ...b, hint: 'aside' };
    if (b.hint && b.hint !== 'loose') return b;
    if (captions.has(b.text)) return { ...b, hint: 'caption' };
    if (standfirsts.has(b.text)) return { ...b, hint: 'standfirst' };
    return b.hint || !looseOnPage.has(b.text) ? b : { ...b, hint: 'loose' };
  };
  let blocks = root ? collectBlocks(root).map(pageHint) : [];
  let letters = lettersIn(blocks);
  const declared = articleBodyOf(jsonLd);
  // (Parsed only where it may hold twice the page's letters: most pages declare what they show.)
  if (declared && (letters < minLetters || (declared.match(/\p{L}/gu)?.length ?? 0) > 2 * letters)) {
    // It may be marked up (paragraphs, links) or plain text with a line per paragraph.
    const marked = /<\/?(p|br|div|a|strong|em|h[1-6])\b/i.test(declared);
    const { document: body } = parseHTML(`<!doctype html><html><body>${marked ? declared : declared.split(/\n+/).map(escapeText).map((t) => `<p>${t}</p>`).join('')}</body></html>`);
    dropUnseen(body);
    const fromData = collectBlocks(body.body as unknown as DomNode);
    const dataLetters = lettersIn(fromData);
    // Markup that shows less than half the article the page declares is a shell a script fills
    // in (the headline, a byline, the first lines): the declared article is read instead.
    if (letters < minLetters || dataLetters > 2 * letters) {
      blocks = fromData;
      letters = dataLetters;
    }
  }
  if (letters < minLetters) {
    throw new ImportError('no_article', `${name} has no article text in it (found ${letters} letters of text).`);
  }
  if (title && blocks[0]?.text === title) blocks[0] = { text: title, hint: 'heading' };
  return { title, blocks };
}

type QueryRoot = { querySelectorAll(selector: string): ArrayLike<unknown> };

/**
 * The names CMSs give the sentences under the title, in a class or an id: "story-subtitle",
 * "article__standfirst", "bajada", "entradilla", "copete", "sumario", "dek". ("lead" is left
 * out: as many pages give it to the article's first paragraph.)
 */
const STANDFIRST_NAME = /(?:^|[\s_-])(?:sub-?title|sub-?titulo|standfirst|bajada|entradilla|copete|sumario|summary|excerpt|dek|deck)(?:$|[\s_-])/i;

/**
 * The texts of the blocks inside the elements the page names as its standfirst. An element so
 * named that holds more than a standfirst's words is the article ("field--type-text-with-summary").
 */
function standfirstTexts(document: QueryRoot): Set<string> {
  const texts = new Set<string>();
  for (const el of Array.from(document.querySelectorAll('[class],[id]')) as (DomNode & { getAttribute(name: string): string | null })[]) {
    if (!STANDFIRST_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    const blocks = collectBlocks(el);
    if (blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0) > STANDFIRST_WORDS) continue;
    for (const b of blocks) texts.add(b.text);
  }
  return texts;
}

/** The markup the networks give a post for a page to embed: a blockquote their script replaces. */
const EMBEDDED_POST = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video|bluesky-embed|text-post-media|mastodon-embed)(?:\s|$)/i;
/** The names CMSs give the author's box, or the author's photo in it: "author-info", "autor", "authorphoto", "bio". */
const AUTHOR_NAME = /(?:^|[\s_-])(?:author|autor|autora|authors|autores|bio|biography|biografia|authorphoto|author-?img)(?:$|[\s_-])/i;
/** An author's box holds a name and a few lines about them, not an article. */
const AUTHOR_BOX_WORDS = 100;
/**
 * The label of one of the fields a CMS shows beside the text, named as Drupal names them
 * ("field-label" up to version 7, "field__label" since): "Contenido Premium: 0". The field
 * is the page's metadata, its label and value, unless it holds a text of its own.
 */
const FIELD_LABEL = /(?:^|\s)field(?:-|__)label(?:\s|$)/;
const FIELD_WORDS = 20;

type Element = DomNode & { getAttribute(name: string): string | null; parentNode: Element | null };
const wordsIn = (blocks: Block[]) => blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0);

/** A block's lines, each: Readability makes paragraphs of the lines a <br> parts, and may run two blocks together. */
const addLines = (texts: Set<string>, text: string) => {
  for (const line of text.split('\n')) texts.add(line);
};

/** The texts of what the markup sets aside from the article: a post embedded, a CMS's labelled field, the author's box. */
function asideTexts(document: QueryRoot): Set<string> {
  const texts = new Set<string>();
  for (const el of Array.from(document.querySelectorAll('[class],[id]')) as Element[]) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (EMBEDDED_POST.test(el.getAttribute('class') ?? '')) for (const b of collectBlocks(el)) addLines(texts, b.text);
    if (FIELD_LABEL.test(el.getAttribute('class') ?? '') && el.parentNode) {
      const field = collectBlocks(el.parentNode);
      if (wordsIn(field) <= FIELD_WORDS) for (const b of field) addLines(texts, b.text);
    }
    if (!AUTHOR_NAME.test(names)) continue;
    // The author's photo says what the element around it is.
    const box = el.nodeName.toUpperCase() === 'IMG' ? el.parentNode : el;
    const blocks = box ? collectBlocks(box) : [];
    if (wordsIn(blocks) <= AUTHOR_BOX_WORDS) for (const b of blocks) addLines(texts, b.text);
  }
  return texts;
}

type Removable = { remove(): void; getAttribute(name: string): string | null };

/** The classes of the icon fonts whose glyphs are named by words: "material-icons", "material-symbols-outlined". */
const ICON_CLASS = /(?:^|\s)(?:material-icons|material-symbols)/i;
const ICON_ELEMENTS = '[class*="material-icons"],[class*="material-symbols"]';
/** An icon's name: a word or two in lower case, joined by underscores ("lock", "play_arrow"). */
const LIGATURE = /^[a-z]+(?:_[a-z]+)*$/;

/** Elements no reader sees: scripts, players, the page's furniture, and what its styles hide. */
function dropUnseen(document: { querySelectorAll(selector: string): ArrayLike<unknown> }): void {
  for (const el of Array.from(document.querySelectorAll(DROPPED)) as Removable[]) el.remove();
  // An icon font draws a word as a picture: <i class="material-icons">lock</i> shows a padlock.
  // (The elements so classed are found by the parser, not by a test of every class on the page.)
  for (const el of Array.from(document.querySelectorAll(ICON_ELEMENTS)) as (Removable & { textContent: string | null })[]) {
    if (ICON_CLASS.test(el.getAttribute('class') ?? '') && LIGATURE.test((el.textContent ?? '').trim())) el.remove();
  }
  for (const el of Array.from(document.querySelectorAll('[hidden],[style]')) as Removable[]) {
    if (el.getAttribute('hidden') !== null || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) el.remove();
  }
}

const lettersIn = (blocks: Block[]) => blocks.reduce((n, b) => n + (b.text.match(/\p{L}/gu)?.length ?? 0), 0);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** How many elements deep the page goes, walked without recursion. */
function nestingDepth(root: DomNode): number {
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === 1) stack.push([children[i]!, depth + 1]);
  }
  return deepest;
}

/**
 * The page's text as blocks, in document order. Walked with a stack of its own, not by
 * recursion: pages too deep for Readability (up to MAX_DEPTH levels) would overflow the call stack.
 */
function collectBlocks(root: DomNode): Block[] {
  const holding = holdersOfBlocks(root);
  const blocks: Block[] = [];
  // Text outside the page's paragraphs, and whether all of it so far is one link's.
  let loose = '';
  let links = 0;
  let looseOutsideLinks = false;
  const flushLoose = (caption: boolean) => {
    const t = lines(loose);
    if (t) blocks.push({ text: t, hint: caption ? 'caption' : links === 1 && !looseOutsideLinks && isHeadline(t) ? 'link' : 'loose' });
    loose = '';
    links = 0;
    looseOutsideLinks = false;
  };
  // (Inside a caption that holds paragraphs of its own, each of them is the caption's.)
  const stack: { node: DomNode; next: number; caption: boolean }[] = [{ node: root, next: 0, caption: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const child = frame.node.childNodes[frame.next++];
    if (!child) {
      stack.pop();
      flushLoose(frame.caption);
      continue;
    }
    if (child.nodeType === 3) {
      const text = child.textContent ?? '';
      loose += text;
      if (text.trim()) looseOutsideLinks = true;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toUpperCase();
    if (tag === 'BR') {
      loose += LINE_BREAK;
    } else if (tag === 'TR' && isDataRow(child, holding)) {
      // A table's row of figures and names is one block, a cell a line.
      flushLoose(frame.caption);
      const t = cellsOf(child).map((cell) => lines(textWithBreaks(cell))).filter(Boolean).join('\n');
      if (t) blocks.push({ text: t, hint: frame.caption ? 'caption' : 'row' });
    } else if (BLOCKS.has(tag) && !holding.has(child)) {
      flushLoose(frame.caption);
      const t = lines(textWithBreaks(child));
      if (t) blocks.push({ text: t, ...(frame.caption ? { hint: 'caption' as const } : hintOf(tag, child, t)) });
    } else if (INLINE.has(tag) && !holding.has(child)) {
      // A link around a whole teaser (its kicker, title and summary) is walked as a container.
      const text = child.textContent ?? '';
      loose += text;
      // (A link inside an inline element, a <strong> or a <span>, is still the link alone.)
      if (text.trim() && (tag === 'A' ? text : onlyLinkText(child))?.trim() === text.trim()) links++;
      else if (text.trim()) looseOutsideLinks = true;
    } else {
      flushLoose(frame.caption);
      stack.push({ node: child, next: 0, caption: frame.caption || tag === 'FIGCAPTION' });
    }
  }
  return mergeListItems(blocks);
}

/**
 * The texts of the page's picture boxes (isPhotoBox), line by line as blocks are: from each
 * picture up, the widest box around it that is still one (a page is walked once per picture, not
 * once per element).
 */
function photoCaptions(document: QueryRoot): ReadonlySet<string> {
  const found = new Set<string>();
  for (const picture of Array.from(document.querySelectorAll('img')) as Element[]) {
    let box: Element | null = null;
    // (Up to the page's body, not it: a page is no box.)
    for (let el = picture.parentNode; el && !PAGE.has(el.nodeName.toUpperCase()) && (el.textContent ?? '').trim().length <= CAPTION_CHARS; el = el.parentNode) if (isPhotoBox(el)) box = el;
    if (box) addLines(found, lines(textWithBreaks(box)));
  }
  return found;
}

const PAGE = new Set(['BODY', 'HTML']);

/** The longest line under a picture that is read as its caption. */
const CAPTION_CHARS = 200;

/**
 * A box of a picture and a line under it, set as a figure without the markup's word for one
 * ('<div class="foto"><img …><p>Izaskun Lesaka.</p></div>'): the line is the picture's caption.
 * (A box of several paragraphs is the article's, whatever pictures stand in it.)
 */
function isPhotoBox(element: DomNode): boolean {
  const text = (element.textContent ?? '').trim();
  if (!text || text.length > CAPTION_CHARS) return false;
  let pictures = 0;
  let paragraphs = 0;
  const stack: DomNode[] = [element];
  while (stack.length) {
    const node = stack.pop()!;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toUpperCase();
      if (tag === 'IMG') pictures++;
      else if (tag === 'P' && ++paragraphs > 1) return false;
      stack.push(child);
    }
  }
  return pictures > 0;
}

const CELLS = new Set(['TD', 'TH']);
const cellsOf = (row: DomNode) => Array.from(row.childNodes).filter((c) => c.nodeType === 1 && CELLS.has(c.nodeName.toUpperCase()));

/**
 * A row of a table of data: cells that hold text and no paragraphs of their own. (A page laid
 * out in a table, its article in a cell, is read paragraph by paragraph.)
 */
function isDataRow(row: DomNode, holding: ReadonlySet<DomNode>): boolean {
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((cell) => !holding.has(cell));
}

/** The structure a block's element makes explicit: a heading, a list item, a caption, or one link and nothing else (also as a subheading). */
function hintOf(tag: string, element: DomNode, text: string): { hint?: BlockHint } {
  // A subheading that is all one link is another article's headline, set in a list of them.
  // (The title, an <h1>, may link to the article itself.)
  if (/^H[2-6]$/.test(tag) && isHeadline(text) && lines(onlyLinkText(element) ?? '') === text) return { hint: 'link' };
  if (/^H[1-6]$/.test(tag)) return { hint: 'heading' };
  if (tag === 'FIGCAPTION') return { hint: 'caption' };
  if (isHeadline(text) && lines(onlyLinkText(element) ?? '') === text) return { hint: 'link' };
  return tag === 'LI' ? { hint: 'list' } : {};
}

/** Words enough to be another article's headline, not a name or a "Ver más". */
const isHeadline = (text: string) => text.split(/\s+/).length >= 3;

/**
 * The text of the one link with text that an element holds (a photo's link beside it aside),
 * or null if it holds none or several.
 */
function onlyLinkText(root: DomNode): string | null {
  let found: string | null = null;
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    if (node.nodeName.toUpperCase() !== 'A') {
      for (let i = 0; i < node.childNodes.length; i++) stack.push(node.childNodes[i]!);
      continue;
    }
    const text = textWithBreaks(node);
    if (!text.trim()) continue;
    if (found !== null) return null;
    found = text;
  }
  return found;
}

/** Where the page breaks a line (<br>): kept apart from the source's own newlines, which are only spacing. */
const LINE_BREAK = '\u2028';

/** A block's text with its <br>s as line breaks, walked without recursion. */
function textWithBreaks(root: DomNode): string {
  let text = '';
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && node.nodeName.toUpperCase() === 'BR') text += LINE_BREAK;
    else if (node.nodeType === 1) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return text;
}

/** Text as one paragraph: spacing made single, the page's line breaks kept as newlines (one line, one unit). */
function lines(text: string): string {
  return normaliseInline(text)
    .replace(/\n/g, ' ')
    .split(LINE_BREAK)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** The elements that have a block element somewhere inside them, found in one pass. */
function holdersOfBlocks(root: DomNode): Set<DomNode> {
  const holding = new Set<DomNode>();
  const visited: [DomNode, DomNode | null][] = [];
  const stack: [DomNode, DomNode | null][] = [[root, null]];
  while (stack.length) {
    const entry = stack.pop()!;
    visited.push(entry);
    const children = entry[0].childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === 1) stack.push([children[i]!, entry[0]]);
  }
  // Children come after their parent in `visited`: walked backwards, each is settled before its parent.
  for (let i = visited.length - 1; i >= 0; i--) {
    const [node, parent] = visited[i]!;
    if (parent && (holding.has(node) || BLOCKS.has(node.nodeName.toUpperCase()))) holding.add(parent);
  }
  return holding;
}

/**
 * Consecutive list items form one list block, one item per line. A figure set large in its
 * own element and the words that say what it counts ("<h3>9</h3><p>meses tiene…</p>", a
 * factbox) are one sentence, on two lines.
 */
function mergeListItems(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.hint === 'list' && prev?.hint === 'list') prev.text += `\n${b.text}`;
    else if (prev && /^[\d.,%]{1,8}$/.test(prev.text) && /^\p{Ll}/u.test(b.text)) out[out.length - 1] = { text: `${prev.text}\n${b.text}`, ...(b.hint ? { hint: b.hint } : {}) };
    else out.push({ ...b });
  }
  return out;
}
