import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Glossary } from '../../core/glossary/service';
import { Library } from '../../core/library';
import { DATABASE_FILE } from '../../core/paths';
import { ArticleRepository } from '../../core/store/articles';
import { Database } from '../../core/store/database';
import { GlossaryRepository } from '../../core/store/glossary';
import { GlosaError } from '../../core/errors';
import { tempDataDir } from '../support/serve';

const opened: Database[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** A glossary over a fresh library, with the articles given imported (and not yet indexed). */
async function setUp(...articles: string[]) {
  const database = Database.open(path.join(tempDataDir(), DATABASE_FILE));
  opened.push(database);
  const library = new Library(new ArticleRepository(database));
  const store = new GlossaryRepository(database);
  const ids: number[] = [];
  for (const text of articles) {
    const result = await library.importText(text);
    if (result.status !== 'imported') throw new Error(JSON.stringify(result));
    ids.push(result.article.id);
  }
  return { glossary: new Glossary(library, store), library, store, ids };
}

const A1 = 'El presidente ucraniano, Volodímir Zelenski, viajó a Bruselas. Luego habló con la OTAN.';
const A2 = 'Lo recibió ayer Volodímir Zelenski en Kiev. La OTAN prometió ayuda a Zelenski.';
const A3 = 'Sin nombres aquí, ninguno en absoluto.';

function rejection(fn: () => unknown): GlosaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GlosaError) return error;
    throw error;
  }
  throw new Error('it was accepted');
}

describe('the glossary service', async () => {
  it('indexes articles, and suggests what recurs across them with its counts', async () => {
    const { glossary, ids } = await setUp(A1, A2, A3);
    glossary.ensureIndexed();
    const zelenski = glossary.list().find((i) => i.canonical === 'Volodímir Zelenski')!;
    expect(zelenski).toMatchObject({ id: null, status: 'suggested', mode: 'enforce', kind: 'person', count: 3, articleIds: [ids[0], ids[1]], note: '', scopeArticleId: null });
    expect(zelenski.variants).toEqual(['Volodímir Zelenski', 'Zelenski']);
    expect(glossary.list().find((i) => i.canonical === 'OTAN')).toMatchObject({ kind: 'organization', count: 2 });
  });

  it('leaves boilerplate out of the index', async () => {
    const { glossary } = await setUp(`${A1}\n\nSuscríbete al boletín de Nordpress.`, `${A2}\n\nSuscríbete al boletín de Nordpress.`);
    glossary.ensureIndexed();
    expect(glossary.list().map((i) => i.canonical)).not.toContain('Nordpress');
  });

  it('filters by status and by any spelling or the target, whatever the accents', async () => {
    const { glossary } = await setUp(A1, A2);
    glossary.ensureIndexed();
    glossary.add({ variants: ['alto el fuego'], target: 'ceasefire', kind: 'term' });
    const otan = glossary.list().find((i) => i.canonical === 'OTAN')!;
    glossary.decide(otan.key, 'rejected');
    expect(glossary.list({ status: 'accepted' }).map((i) => i.canonical)).toEqual(['alto el fuego']);
    expect(glossary.list({ status: 'rejected' }).map((i) => i.canonical)).toEqual(['OTAN']);
    expect(glossary.list({ status: 'suggested' }).map((i) => i.canonical)).toContain('Volodímir Zelenski');
    expect(glossary.list({ query: 'zelensky' }).map((i) => i.canonical)).toEqual(['Volodímir Zelenski']);
    expect(glossary.list({ query: 'volodimir' }).map((i) => i.canonical)).toEqual(['Volodímir Zelenski']);
    expect(glossary.list({ query: 'CEASE' }).map((i) => i.canonical)).toEqual(['alto el fuego']);
    expect(glossary.list({ query: 'nadie' })).toEqual([]);
  });

  it('accepts a suggestion with the reader’s changes, and then lists it as an entry instead', async () => {
    const { glossary, ids } = await setUp(A1, A2);
    glossary.ensureIndexed();
    const key = glossary.list().find((i) => i.canonical === 'Volodímir Zelenski')!.key;
    const accepted = glossary.decide(key, 'accepted', { target: 'Volodymyr Zelensky', note: 'presidente', mode: 'hint', scopeArticleId: ids[1] });
    expect(accepted).toMatchObject({ status: 'accepted', target: 'Volodymyr Zelensky', kind: 'person', note: 'presidente', mode: 'hint', scopeArticleId: ids[1], count: 3 });
    expect(accepted.id).toEqual(expect.any(Number));
    expect(glossary.list().filter((i) => i.canonical === 'Volodímir Zelenski')).toHaveLength(1);
    const plain = glossary.decide(glossary.list().find((i) => i.canonical === 'OTAN')!.key, 'accepted');
    expect(plain).toMatchObject({ target: 'NATO', kind: 'organization', note: '', mode: 'enforce', scopeArticleId: null });
    const missing = rejection(() => glossary.decide('nadie', 'accepted'));
    expect(missing.code).toBe('not_found');
    expect(missing.message).toBe('There is no suggestion "nadie" (the library may have changed).');
  });

  it('adds an entry by hand, trimmed, and refuses one without a source or a target', async () => {
    const { glossary } = await setUp(A1);
    const added = glossary.add({ variants: ['  Kiev ', '', 'Kyiv'], target: ' Kyiv ', kind: 'place' });
    expect(added).toMatchObject({ canonical: 'Kiev', variants: ['Kiev', 'Kyiv'], target: 'Kyiv', status: 'accepted', mode: 'enforce', note: '', scopeArticleId: null });
    expect(glossary.add({ variants: ['x y'], target: 'z', kind: 'term', note: 'n', mode: 'hint', scopeArticleId: 1 })).toMatchObject({ note: 'n', mode: 'hint', scopeArticleId: 1 });
    for (const bad of [{ variants: [' '], target: 'a' }, { variants: [], target: 'a' }, { variants: ['a'], target: '  ' }]) {
      const error = rejection(() => glossary.add({ ...bad, kind: 'term' }));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe('A glossary entry needs a source and a target.');
    }
  });

  it('refuses to scope an entry to an article that is not in the library', async () => {
    const { glossary, ids } = await setUp(A1, A2);
    glossary.ensureIndexed();
    const missing = ids[1]! + 10;
    const message = `There is no article ${missing} in the library.`;
    expect(rejection(() => glossary.add({ variants: ['Kiev'], target: 'Kyiv', kind: 'place', scopeArticleId: missing }))).toMatchObject({ code: 'not_found', message });
    const key = glossary.list().find((i) => i.canonical === 'OTAN')!.key;
    expect(rejection(() => glossary.decide(key, 'accepted', { scopeArticleId: missing }))).toMatchObject({ code: 'not_found', message });
    const { id } = glossary.add({ variants: ['Kiev'], target: 'Kyiv', kind: 'place' });
    expect(rejection(() => glossary.update(id!, { scopeArticleId: missing }))).toMatchObject({ code: 'not_found', message });
    expect(glossary.update(id!, { scopeArticleId: ids[0] })).toMatchObject({ scopeArticleId: ids[0] });
    expect(glossary.update(id!, { scopeArticleId: null })).toMatchObject({ scopeArticleId: null });
  });

  it('updates and removes entries, naming one that does not exist', async () => {
    const { glossary } = await setUp(A1);
    const { id } = glossary.add({ variants: ['Kiev'], target: 'Kiev', kind: 'place' });
    expect(glossary.update(id!, { target: 'Kyiv' })).toMatchObject({ target: 'Kyiv' });
    glossary.remove(id!);
    expect(glossary.list({ status: 'accepted' })).toEqual([]);
    for (const fn of [() => glossary.update(id!, { target: 'x' }), () => glossary.remove(id!)]) {
      const error = rejection(fn);
      expect(error.code).toBe('not_found');
      expect(error.message).toBe(`There is no glossary entry ${id}.`);
    }
  });

  it('merges entries into the first, keeping every spelling, and needs two that exist', async () => {
    const { glossary } = await setUp(A1);
    const a = glossary.add({ variants: ['Kiev'], target: 'Kyiv', kind: 'place', note: 'capital' });
    const b = glossary.add({ variants: ['Kyiv', 'Kiyv'], target: 'Kiev', kind: 'person' });
    const c = glossary.add({ variants: ['Київ'], target: 'K', kind: 'term' });
    const merged = glossary.merge([a.id!, b.id!, c.id!]);
    expect(merged).toMatchObject({ id: a.id, variants: ['Kiev', 'Kyiv', 'Kiyv', 'Київ'], target: 'Kyiv', kind: 'place', note: 'capital' });
    expect(glossary.list({ status: 'accepted' })).toHaveLength(1);
    for (const ids of [[a.id!], [a.id!, 999]]) {
      const error = rejection(() => glossary.merge(ids));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe('Choose two or more glossary entries to merge.');
    }
  });

  it('splits a spelling into an entry of its own with the same settings', async () => {
    const { glossary, ids } = await setUp(A1);
    const entry = glossary.add({ variants: ['Kiev', 'Kyiv', 'Kiyv'], target: 'Kyiv', kind: 'place', note: 'n', mode: 'hint', scopeArticleId: ids[0] });
    const [rest, alone] = glossary.split(entry.id!, 'Kiyv');
    expect(rest).toMatchObject({ id: entry.id, canonical: 'Kiev', variants: ['Kiev', 'Kyiv'] });
    expect(alone).toMatchObject({ canonical: 'Kiyv', variants: ['Kiyv'], target: 'Kyiv', kind: 'place', note: 'n', mode: 'hint', scopeArticleId: ids[0], status: 'accepted' });
    // Splitting off the name the entry goes by names it after the next spelling.
    const [renamed] = glossary.split(entry.id!, 'Kiev');
    expect(renamed).toMatchObject({ canonical: 'Kyiv', variants: ['Kyiv'] });
    const notThere = rejection(() => glossary.split(entry.id!, 'Kiev'));
    expect(notThere.message).toBe('"Kiev" is not one of several spellings of this entry.');
    expect(rejection(() => glossary.split(entry.id!, 'Kyiv')).code).toBe('invalid_input');
    const missing = rejection(() => glossary.split(999, 'x'));
    expect(missing).toMatchObject({ code: 'not_found', message: 'There is no glossary entry 999.' });
  });

  it('applies accepted entries for every article and those scoped to the article, and exports only accepted ones', async () => {
    const { glossary, ids, library } = await setUp(A1, A2);
    glossary.ensureIndexed();
    const all = glossary.add({ variants: ['Kiev'], target: 'Kyiv', kind: 'place' });
    const own = glossary.add({ variants: ['OTAN'], target: 'NATO', kind: 'organization', scopeArticleId: ids[0] });
    glossary.decide(glossary.list().find((i) => i.canonical === 'Volodímir Zelenski')!.key, 'rejected');
    expect(glossary.activeEntries(ids[0]!).map((e) => e.id)).toEqual([all.id, own.id]);
    expect(glossary.activeEntries(ids[1]!).map((e) => e.id)).toEqual([all.id]);
    expect(glossary.activeEntries(null).map((e) => e.id)).toEqual([all.id]);
    // The entries' English targets are not applied to an article read in Spanish.
    library.setLanguages(ids[1]!, 'es', 'es');
    expect(glossary.activeEntries(ids[1]!)).toEqual([]);
    expect(glossary.activeEntries(ids[0]!)[0]).toEqual({ id: all.id, target: 'Kyiv', mode: 'enforce', variants: ['Kiev'], canonical: 'Kiev', kind: 'place' });
    expect(glossary.records()).toEqual([
      { variants: ['Kiev'], target: 'Kyiv', kind: 'place', note: '' },
      { variants: ['OTAN'], target: 'NATO', kind: 'organization', note: '' },
    ]);
  });

  it('imports records all at once, merging a spelling already known into its entry', async () => {
    const { glossary } = await setUp(A1);
    const kiev = glossary.add({ variants: ['Kiev'], target: 'Kiev', kind: 'place', mode: 'hint' });
    const count = glossary.importRecords([
      { variants: ['Kyiv', 'KIEV'], target: 'Kyiv', kind: 'place', note: 'preferred' },
      { variants: ['alto el fuego'], target: 'ceasefire', kind: 'term', note: '' },
      { variants: ['Kyjiw'], target: 'Kyiv', kind: 'place', note: '' },
      { variants: ['alto el fuego', 'alto al fuego'], target: 'truce', kind: 'term', note: 'x' },
    ]);
    expect(count).toBe(4);
    const accepted = glossary.list({ status: 'accepted' }).sort((a, b) => a.id! - b.id!);
    expect(accepted.map((i) => [i.canonical, i.variants, i.target, i.mode, i.note])).toEqual([
      ['Kiev', ['Kiev', 'Kyiv', 'KIEV'], 'Kyiv', 'hint', 'preferred'],
      ['alto el fuego', ['alto el fuego', 'alto al fuego'], 'truce', 'enforce', 'x'],
      ['Kyjiw', ['Kyjiw'], 'Kyiv', 'enforce', ''],
    ]);
    expect(accepted[0]!.id).toBe(kiev.id);
  });

  it('turns a rejected entry into an accepted one when a file brings it', async () => {
    const { glossary } = await setUp(A1, A2);
    glossary.ensureIndexed();
    glossary.decide(glossary.list().find((i) => i.canonical === 'OTAN')!.key, 'rejected');
    glossary.importRecords([{ variants: ['OTAN'], target: 'NATO', kind: 'organization', note: '' }]);
    expect(glossary.list({ status: 'rejected' })).toEqual([]);
    expect(glossary.list({ status: 'accepted' }).map((i) => i.canonical)).toEqual(['OTAN']);
  });

  it('catches up in chunks, stops when told, and finishes the rest when suggestions are asked for', async () => {
    const { glossary, store, ids } = await setUp(A1, A2, A3);
    let checks = 0;
    await glossary.catchUp(() => ++checks > 1, 1);
    // The newest article first, as the Library lists them.
    expect([...store.articlesWithOccurrences()]).toEqual([ids[2]]);
    // Still behind: the panel's question indexes the rest.
    expect(glossary.list().find((i) => i.canonical === 'OTAN')).toMatchObject({ count: 2 });
    expect([...store.articlesWithOccurrences()].sort()).toEqual([...ids].sort());
    await glossary.catchUp(() => false);
    expect([...store.articlesWithOccurrences()].sort()).toEqual([...ids].sort());
  });

  it('skips an article deleted while it catches up', async () => {
    const { glossary, library, store, ids } = await setUp(A1, A2);
    let first = true;
    await glossary.catchUp(() => {
      if (first) library.delete(ids[1]!);
      first = false;
      return false;
    }, 5);
    expect([...store.articlesWithOccurrences()]).toEqual([ids[0]]);
  });

  it('rebuilds the index from scratch, and recomputes suggestions only when the library changed', async () => {
    const { glossary, library } = await setUp(A1, A2);
    glossary.ensureIndexed();
    const first = glossary.suggestions();
    expect(glossary.suggestions()).toBe(first);
    glossary.invalidate();
    expect(glossary.suggestions()).not.toBe(first);
    const result = await library.importText('Otra vez Volodímir Zelenski en la OTAN.');
    if (result.status !== 'imported') throw new Error(result.status);
    const id = result.article.id;
    glossary.indexArticle(id);
    expect(glossary.list().find((i) => i.canonical === 'OTAN')).toMatchObject({ count: 3 });
    glossary.rebuild();
    expect(glossary.list().find((i) => i.canonical === 'OTAN')).toMatchObject({ count: 3 });
  });
});

describe('where an item stands, and how often', () => {
  // Zelenski twice in one sentence, once alone, and a sentence that only names another man.
  const B1 = 'Zelenski dijo que Zelenski no cederá. Volodímir Zelenski viajó a Roma. Habló Vladimir Medinski.';
  const B2 = 'Zelensky llegó a Kiev. Kiev resistió.';

  it('counts the sentences it lists, one per sentence, and lists them in library order', async () => {
    const { glossary, ids } = await setUp(A1, B1, B2);
    glossary.ensureIndexed();
    const zelenski = glossary.list().find((i) => i.variants.includes('Zelenski'))!;
    const places = glossary.places(zelenski.variants);
    expect(zelenski.count).toBe(places.length);
    expect(places.map((p) => [p.articleId, p.n])).toEqual([
      [ids[0], 0],
      [ids[1], 0],
      [ids[1], 1],
      [ids[2], 0],
    ]);
    // The full name names the sentence that holds it.
    expect(places[2]!.form).toBe('Volodímir Zelenski');
    expect(zelenski.articleIds).toEqual(ids);
  });

  it('gives each half of a split the sentences of its own spellings', async () => {
    const { glossary } = await setUp(B1, B2);
    glossary.ensureIndexed();
    const suggestion = glossary.list().find((i) => i.variants.includes('Zelensky'))!;
    const entry = glossary.decide(suggestion.key, 'accepted');
    const [rest, alone] = glossary.split(entry.id!, 'Zelensky');
    expect(alone).toMatchObject({ variants: ['Zelensky'], count: 1 });
    expect(rest!.count).toBe(glossary.places(rest!.variants).length);
    expect(rest!.count + alone!.count).toBe(entry.count);
  });

  it('names a sentence by the longest spelling it holds, whatever the order of the spellings', async () => {
    const { glossary, ids } = await setUp('Zelenski habló; luego Volodímir Zelenski firmó.', B2);
    glossary.ensureIndexed();
    for (const variants of [['Zelenski', 'Volodímir Zelenski'], ['Volodímir Zelenski', 'Zelenski']]) {
      expect(glossary.places(variants)).toEqual([{ articleId: ids[0], n: 0, form: 'Volodímir Zelenski' }]);
    }
  });

  it('finds a word the index leaves out by the matcher, outside boilerplate, and nothing for a word no sentence has', async () => {
    const { glossary, ids } = await setUp('Firmaron una tregua. Nadie habló.', 'La tregua no duró.\n\nSuscríbete al boletín de la tregua.');
    glossary.ensureIndexed();
    expect(glossary.places(['tregua'])).toEqual([
      { articleId: ids[0], n: 0, form: 'tregua' },
      { articleId: ids[1], n: 0, form: 'tregua' },
    ]);
    expect(glossary.places(['armisticio'])).toEqual([]);
    // Of two spellings, the one no sentence has takes nothing from the other.
    expect(glossary.places(['armisticio', 'tregua'])).toHaveLength(2);
  });

  it('finds with the matcher what the index does not know, such as a term added by hand', async () => {
    const { glossary, ids } = await setUp(A1, 'Pidieron un alto el fuego. El alto el fuego no llegó.', 'Sin alto el fuego.');
    glossary.ensureIndexed();
    const entry = glossary.add({ variants: ['alto el fuego'], target: 'ceasefire', kind: 'term' });
    expect(glossary.places(entry.variants).map((p) => [p.articleId, p.n])).toEqual([
      [ids[1], 0],
      [ids[1], 1],
      [ids[2], 0],
    ]);
    expect(entry.count).toBe(3);
    // The library changes: so do the places.
    const more = await glossary['library'].importText('Otro alto el fuego más.');
    if (more.status === 'imported') glossary.indexArticle(more.article.id);
    expect(glossary.places(entry.variants)).toHaveLength(4);
  });
});

describe('a person added by hand', () => {
  const RUBIO = 'El secretario de Estado, Marco Rubio, llegó a Kiev. Rubio dijo que la guerra debe terminar.';

  it('is met by the surname alone where the library writes it so', async () => {
    const { glossary } = await setUp(RUBIO);
    glossary.ensureIndexed();
    expect(glossary.add({ variants: ['Marco Rubio'], target: 'Marco Rubio', kind: 'person' }).variants).toEqual(['Marco Rubio', 'Rubio']);
  });

  it('is not, where the surname never stands alone, is too short or no name, another entry has it, or the entry is no person', async () => {
    const { glossary } = await setUp('Marco Rubio llegó a Kiev. Habló Ana Torres. Torres dijo que sí. Wu Li viajó. Li habló. Juan del pueblo votó; pueblo y gobierno.');
    glossary.ensureIndexed();
    expect(glossary.add({ variants: ['Marco Rubio'], target: 'Marco Rubio', kind: 'person' }).variants).toEqual(['Marco Rubio']);
    expect(glossary.add({ variants: ['Wu Li'], target: 'Wu Li', kind: 'person' }).variants).toEqual(['Wu Li']);
    expect(glossary.add({ variants: ['Juan del pueblo'], target: 'Juan del pueblo', kind: 'person' }).variants).toEqual(['Juan del pueblo']);
    glossary.add({ variants: ['Torre de Torres', 'Torres'], target: 'Torres', kind: 'place' });
    expect(glossary.add({ variants: ['Ana Torres'], target: 'Ana Torres', kind: 'person' }).variants).toEqual(['Ana Torres']);
    expect(glossary.add({ variants: ['Banco Torres'], target: 'Torres Bank', kind: 'organization' }).variants).toEqual(['Banco Torres']);
  });
});
