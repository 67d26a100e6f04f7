import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TERM_KINDS } from '../../core/contract';
import { esGold, esSources } from '../support/es-news';

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
