import fs from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../core/article/import';
import { segmentBlocks } from '../../core/article/segment';
import { TERM_KINDS } from '../../core/contract';
import { language } from '../../core/languages';
import { esArticles, esGold, esSources, goldEntities } from '../support/es-news';
import { articleFile, segmentArticle } from '../support/language-corpus';

// Real Spanish news pages (tests/fixtures/es-news, with SOURCES.tsv). The held-apart half
// of the gold is measured by `npm run bench -- es-news`, never asserted here.
describe('the Spanish news corpus', () => {
  const sources = esSources();

  it('holds at least 40 real articles from at least 10 outlets, each with where it was found and its half', () => {
    expect(sources.length).toBeGreaterThanOrEqual(40);
    expect(new Set(sources.map((s) => new URL(s.originalUrl.startsWith('http') ? s.originalUrl : `https://${s.file.split('-')[0]}/`).hostname)).size).toBeGreaterThanOrEqual(10);
    for (const s of sources) {
      // "news_data.json#3": a record of a scraper's output, kept whole.
      expect(fs.existsSync(`${import.meta.dirname}/../fixtures/es-news/${s.file.split('#')[0]}`)).toBe(true);
      expect(s.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(['dev', 'heldout']).toContain(s.split);
    }
    // (Each file named once: a second record saved under a name already taken overwrites the first.)
    expect(new Set(sources.map((s) => s.file)).size).toBe(sources.length);
  });

  it('has hand-made gold for at least 20 of them, half of it held apart, in the half its article is in', () => {
    const gold = esGold();
    expect(gold.length).toBeGreaterThanOrEqual(20);
    const halves = gold.map((g) => g.split);
    expect(halves.filter((h) => h === 'dev').length).toBe(halves.filter((h) => h === 'heldout').length);
    const splitOf = new Map(sources.map((s) => [s.file, s.split]));
    for (const g of gold) {
      expect(splitOf.get(g.file.split('/').pop()!)).toBe(g.split);
      expect(g.gold.paragraphs.every((p) => ['heading', 'body', 'boilerplate'].includes(p.role) && p.sentences.length > 0 && p.sentences.every((s) => s.trim() === s && s.length > 0))).toBe(true);
      expect(g.glossary.length).toBeGreaterThan(0);
      for (const e of g.glossary) {
        expect(TERM_KINDS).toContain(e.kind);
        expect(e.variants.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('the entities the suggestions are scored against', () => {
  const spellings = (entries: Parameters<typeof goldEntities>[0]) => goldEntities(entries).map((e) => [...e.spellings].sort());

  it('are the entries of several articles that share a spelling, however many they bridge', () => {
    expect(spellings([
      { kind: 'person', variants: ['Zelensky'] },
      { kind: 'person', variants: ['Zelenski'] },
      { kind: 'person', variants: ['Volodímir Zelenski', 'Zelenski', 'Zelensky'] },
      { kind: 'organization', variants: ['Partido Comunista', 'PCC'] },
      { kind: 'organization', variants: ['Partido Comunista de Cuba', 'PCC'] },
    ])).toEqual([['volodimir zelenski', 'zelenski', 'zelensky'], ['partido comunista', 'partido comunista de cuba', 'pcc']]);
  });

  it('keep two apart that each have a name of their own, and the spelling they share is its own', () => {
    const cecilia = { kind: 'person' as const, variants: ['Cecilia Moreau', 'Moreau'] };
    const leopoldo = { kind: 'person' as const, variants: ['Leopoldo Moreau', 'Moreau'] };
    const bare = { kind: 'person' as const, variants: ['Moreau'] };
    for (const order of [[cecilia, leopoldo, bare], [bare, cecilia, leopoldo], [cecilia, bare, leopoldo]]) {
      expect(spellings(order).sort()).toEqual([['cecilia moreau'], ['leopoldo moreau'], ['moreau']]);
    }
  });

  it('keep a person and a place apart, whatever spelling they share, but not a name and a term', () => {
    const region = { kind: 'place' as const, variants: ['Magallanes'] };
    const laura = { kind: 'person' as const, variants: ['Laura Magallanes', 'Magallanes'] };
    expect(spellings([region, laura]).sort()).toEqual([['laura magallanes'], ['magallanes']]);
    expect(spellings([laura, region]).sort()).toEqual([['laura magallanes'], ['magallanes']]);
    const adjective = { kind: 'term' as const, variants: ['argentina', 'argentino'] };
    expect(spellings([{ kind: 'place', variants: ['Argentina'] }, adjective])).toEqual([['argentina', 'argentino']]);
  });
});

// The development half is what the text pipeline is worked on: its gold holds to the letter.
describe('the development half of the gold', () => {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const g of esGold().filter((a) => a.split === 'dev')) {
    it(`segments ${g.name} as its gold, sentence by sentence and role by role`, async () => {
      const found = await segmentArticle(g);
      const lines = (doc: typeof found) => doc.paragraphs.flatMap((p) => p.sentences.map((s) => `${p.role}: ${norm(s)}`));
      expect(lines(found)).toEqual(lines(g.gold));
    });
  }
});

// The corpus's own text, cut anywhere and glued as scrapers glue it (white space taken out,
// paragraphs run together): segmentation keeps every character, in order, and makes no empty sentence.
describe('segmentation of the corpus, cut and glued at random', () => {
  let texts: string[] = [];
  beforeAll(async () => {
    for (const a of esArticles()) {
      try {
        const { name, bytes } = articleFile(a.file);
        texts.push((await parseArticleFile(name, bytes)).blocks.map((b) => b.text).join(' '));
      } catch {
        // The one page with no article in it.
      }
    }
    texts = texts.filter((t) => t.length > 200);
  });

  it('never loses, adds or reorders a character; only white space stands between sentences', () => {
    const glued = fc
      .record({ article: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 3000 }), glue: fc.array(fc.nat(), { maxLength: 40 }), lines: fc.boolean() })
      .map(({ article, start, length, glue, lines }) => {
        const text = texts[article % texts.length]!;
        const from = start % text.length;
        let piece = text.slice(from, from + length);
        // Take the white space out at some places: "dijo.La", "puertoEl", "EFESuscríbete".
        for (const at of glue) piece = piece.replace(new RegExp(`^((?:\\S*\\s+){${at % 60}}\\S*)\\s+`), '$1');
        return lines ? piece.replace(/\. /g, '.\n') : piece;
      })
      .filter((t) => t.trim().length > 0);
    fc.assert(
      fc.property(glued, (text) => {
        const paragraphs = segmentBlocks([{ text }], language('es'));
        let at = 0;
        for (const s of paragraphs.flatMap((p) => p.sentences)) {
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text).toBe(s.text.trim());
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(text.slice(at, s.start).trim()).toBe('');
          at = s.end;
        }
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
