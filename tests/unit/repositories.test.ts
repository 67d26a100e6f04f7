import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { ArticleRepository, toFtsQuery } from '../../core/store/articles';
import { Database } from '../../core/store/database';
import { GlossaryRepository, type NewEntry } from '../../core/store/glossary';
import { tempDataDir } from '../support/serve';

const opened: Database[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});
function db(): Database {
  const d = Database.open(path.join(tempDataDir(), DATABASE_FILE));
  opened.push(d);
  return d;
}

function article(title: string, text: string) {
  return {
    title,
    sourceName: null,
    sourceLang: 'es',
    sourceLangSure: true,
    targetLang: 'en',
    contentHash: `hash-${title}`,
    text,
    blocks: [{ text }, { text: 'Segundo párrafo.', hint: 'heading' as const }],
    paragraphs: [{ role: 'body' as const, start: 0, end: text.length, sentences: [{ n: 0, start: 0, end: text.length, text }] }],
    segmenterVersion: 1,
    importedAt: '2026-11-01T00:00:00.000Z',
  };
}

describe('search words', () => {
  it('become FTS5 prefix terms, each quoted, at most twelve, and punctuation alone is no query', () => {
    expect(toFtsQuery('Zelenski, "Kiev" OR NOT')).toBe('"Zelenski"* "Kiev"* "OR"* "NOT"*');
    expect(toFtsQuery('uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece')?.split(' ')).toHaveLength(12);
    expect(toFtsQuery(' ¿?¡! -- ')).toBeNull();
  });
});

describe('the article store', () => {
  it('renames, hides and restores an article once, and says when there was nothing to change', () => {
    const repo = new ArticleRepository(db());
    const id = repo.insert(article('Primero', 'El Kremlin negó la captura.'));
    expect(repo.rename(id, 'Nuevo título')).toBe(true);
    expect(repo.search('Nuevo').map((a) => a.title)).toEqual(['Nuevo título']);
    expect(repo.rename(id + 100, 'Nada')).toBe(false);
    expect(repo.softDelete(id, '2026-11-02T00:00:00.000Z')).toBe(true);
    expect(repo.softDelete(id, '2026-11-03T00:00:00.000Z')).toBe(false);
    expect(repo.rename(id, 'Oculto')).toBe(false);
    expect(repo.summary(id)).toBeUndefined();
    expect(repo.summary(id, { includeDeleted: true })?.title).toBe('Nuevo título');
    expect(repo.search('Nuevo')).toEqual([]);
    expect(repo.restore(id)).toBe(true);
    expect(repo.restore(id)).toBe(false);
    expect(repo.list().map((a) => a.id)).toEqual([id]);
  });

  it('purges for good only what was deleted before the date, search index included', () => {
    const repo = new ArticleRepository(db());
    const old = repo.insert(article('Viejo', 'Texto viejo sobre Minsk.'));
    const recent = repo.insert(article('Reciente', 'Texto reciente sobre Minsk.'));
    repo.softDelete(old, '2026-11-01T00:00:00.000Z');
    repo.softDelete(recent, '2026-11-10T00:00:00.000Z');
    expect(repo.purgeDeleted('2026-11-05T00:00:00.000Z')).toBe(1);
    expect(repo.summary(old, { includeDeleted: true })).toBeUndefined();
    expect(repo.restore(recent)).toBe(true);
    expect(repo.search('Minsk').map((a) => a.id)).toEqual([recent]);
  });

  it('keeps each block\'s hint and finds a live duplicate by its content', () => {
    const repo = new ArticleRepository(db());
    const id = repo.insert(article('Uno', 'Texto.'));
    expect(repo.source(id)?.blockHints).toEqual([null, 'heading']);
    expect(repo.insertUnlessPresent(article('Uno', 'Texto.'))).toEqual({ id, duplicate: true });
    repo.softDelete(id, '2026-11-02T00:00:00.000Z');
    expect(repo.insertUnlessPresent(article('Uno', 'Texto.')).duplicate).toBe(false);
  });
});

describe('the glossary store', () => {
  const entry = (over: Partial<NewEntry> = {}): NewEntry => ({
    canonical: 'Kiev',
    target: 'Kyiv',
    kind: 'place',
    note: '',
    status: 'accepted',
    mode: 'enforce',
    scopeArticleId: null,
    variants: ['Kiev', ' Kiev ', '', 'Kíev'],
    targetLang: 'en',
    ...over,
  });

  it('reads occurrences an article at a time: names all, a term only where two articles have it or the curated table lists it; every row seen whole', () => {
    const d = db();
    const articles = new ArticleRepository(d);
    const store = new GlossaryRepository(d);
    const ids = ['a', 'b', 'c'].map((t) => articles.insert(article(t, `Texto ${t}.`)));
    const o = (key: string, kind: 'term' | null, sentences: number[]) => ({ key, form: key, kind, count: sentences.length, initial: 0, afterPreposition: 0, afterTitle: 0, sentences });
    store.setOccurrences(ids[0]!, [o('kiev', null, [0]), o('alto el fuego', 'term', [1, 2]), o('ataque masivo', 'term', [3])]);
    store.setOccurrences(ids[1]!, [o('alto el fuego', 'term', [0])]);
    store.setOccurrences(ids[2]!, [o('corredor humanitario', 'term', [5])]);
    const seen: string[] = [];
    const rows = [...store.occurrences(['corredor humanitario'], (r) => seen.push(`${r.article_id}:${r.key}:${r.sentences.join(',')}`))];
    expect(rows.map((r) => `${r.article_id}:${r.key}`).sort()).toEqual([`${ids[0]}:alto el fuego`, `${ids[0]}:kiev`, `${ids[1]}:alto el fuego`, `${ids[2]}:corredor humanitario`].sort());
    expect(rows.find((r) => r.key === 'kiev')).toMatchObject({ sentences: [0], count: 1, kind: null });
    expect(rows.find((r) => r.key === 'alto el fuego' && r.article_id === ids[0])).toMatchObject({ count: 2, kind: 'term' });
    expect(seen.sort()).toEqual([`${ids[0]}:kiev:0`, `${ids[0]}:alto el fuego:1,2`, `${ids[0]}:ataque masivo:3`, `${ids[1]}:alto el fuego:0`, `${ids[2]}:corredor humanitario:5`].sort());
    // Every piece of a name's evidence is kept; a row stored before a piece existed reads it as none.
    const evidence = { common: 1, unlisted: 2, listed: 3, afterArticle: 4, ordinary: 5, afterLocative: 6, inDictionary: 7 };
    store.setOccurrences(ids[2]!, [{ ...o('sucre', null, [1]), ...evidence }]);
    expect([...store.occurrences([])].find((r) => r.key === 'sucre')).toMatchObject({ common: 1, unlisted: 2, listed: 3, after_article: 4, ordinary: 5, after_locative: 6, in_dictionary: 7 });
    d.run('UPDATE term_index SET occurrences = ? WHERE article_id = ?', [JSON.stringify([['sucre', 'Sucre', null, 1, 0, 0, 0, [1]]]), ids[2]!]);
    expect([...store.occurrences([])].find((r) => r.key === 'sucre')).toMatchObject({ common: 0, after_locative: 0, in_dictionary: 0 });
  });

  it('keeps each spelling once, trimmed, and changes only the fields it is given', () => {
    const repo = new GlossaryRepository(db());
    const id = repo.insert(entry());
    expect(repo.entry(id)?.variants.sort()).toEqual(['Kiev', 'Kíev']);
    const fields = { canonical: 'Kyiv', target: 'Kyïv', kind: 'term', note: 'n', status: 'rejected', mode: 'hint' } as const;
    for (const [key, value] of Object.entries(fields)) {
      expect(repo.update(id, { [key]: value })).toBe(true);
      expect(repo.entry(id), key).toMatchObject({ [key]: value });
    }
    expect(repo.entry(id)).toMatchObject(fields);
    expect(repo.update(id, { variants: ['Kyiv'] })).toBe(true);
    expect(repo.entry(id)?.variants).toEqual(['Kyiv']);
    expect(repo.update(id + 50, { target: 'x' })).toBe(false);
    expect(repo.entry(id)?.target_lang).toBe('en');
    expect(repo.update(id, { targetLang: 'es' })).toBe(true);
    expect(repo.entry(id)?.target_lang).toBe('es');
  });

  it('covers a spelling for the language its entry is in only', () => {
    const repo = new GlossaryRepository(db());
    repo.insert(entry({ canonical: 'Moscú', target: 'Moscow', variants: ['Moscú'] }));
    repo.insert(entry({ canonical: 'Kiev', target: 'Kiev', variants: ['Kiev'], targetLang: 'es' }));
    expect([...repo.coveredKeys('en')]).toEqual(['moscu']);
    expect([...repo.coveredKeys('es')]).toEqual(['kiev']);
  });

  it('deletes an entry once, and says so', () => {
    const repo = new GlossaryRepository(db());
    const id = repo.insert(entry());
    const other = repo.insert(entry({ canonical: 'ONU', target: 'UN', variants: ['ONU'] }));
    expect(repo.delete(id)).toBe(true);
    expect(repo.delete(id)).toBe(false);
    expect(repo.entries().map((e) => e.id)).toEqual([other]);
  });
});
