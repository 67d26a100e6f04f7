import type { Article, ParagraphRole } from '../../../core/api';

/** One sentence of the article as the reader lays it out: a row in each pane. */
export type Row = { n: number; role: ParagraphRole; text: string; firstInParagraph: boolean; lastInParagraph: boolean };

export function articleRows(article: Article, showBoilerplate: boolean): Row[] {
  const rows: Row[] = [];
  for (const p of article.paragraphs) {
    if (p.role === 'boilerplate' && !showBoilerplate) continue;
    p.sentences.forEach((s, i) =>
      rows.push({ n: s.n, role: p.role, text: s.text, firstInParagraph: i === 0, lastInParagraph: i === p.sentences.length - 1 }),
    );
  }
  return rows;
}

/** A sentence whose translation is there (or has failed, and waits for the reader): nothing to ask for. */
export function settled(state: string | undefined): boolean {
  return state === 'done' || state === 'edited' || state === 'failed';
}

/** Lower-case, without accents: "Volodímir" and "volodimir" match. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits text around case- and accent-insensitive matches of `query`, for highlighting. */
export function splitMatches(text: string, query: string): { text: string; match: boolean }[] {
  const q = foldForSearch(query.trim());
  if (!q) return [{ text, match: false }];
  // Folding keeps one character per character for Latin text, so positions carry over.
  const folded = foldForSearch(text);
  if (folded.length !== text.length) return [{ text, match: folded.includes(q) }];
  const parts: { text: string; match: boolean }[] = [];
  let from = 0;
  for (let at = folded.indexOf(q); at !== -1; at = folded.indexOf(q, at + q.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + q.length), match: true });
    from = at + q.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}
