import { afterEach, describe, expect, it } from 'vitest';
import type { GlossaryItem } from '../../core/api';
import { entryFor } from '../../core/features/lookup';
import { openTestCore } from '../support/core';

const cores: Awaited<ReturnType<typeof openTestCore>>[] = [];
afterEach(async () => {
  while (cores.length) await cores.pop()!.close();
});

async function imported(core: Awaited<ReturnType<typeof openTestCore>>, text: string): Promise<number> {
  const result = await core.api.importText({ text });
  if (result.status === 'error') throw new Error(result.message);
  return result.article.id;
}

describe('looking up a word', () => {
  it("gives its entry, what the engine wrote for it in its sentence and alone, and the other articles that have it", async () => {
    const core = await openTestCore();
    cores.push(core);
    const id = await imported(core, 'El secretario de Estado, Marco Rubio, llegó a Kiev.\n\nRubio dijo que la guerra debe terminar.');
    const other = await imported(core, 'En Washington, Rubio habló con la prensa. Nadie más habló.');
    await imported(core, 'Un artículo sin ese nombre en absoluto.');
    await core.api.addGlossaryEntry({ variants: ['Marco Rubio'], target: 'Marco Rubio', kind: 'person' });
    const found = await core.api.lookUpWord({ id, n: 1, word: 'rubio' });
    expect(found).toMatchObject({ word: 'Rubio', engine: 'apertium', inSentence: 'Blond', alone: 'Blond', articles: 1 });
    // The reader's entry, which has the surname among its spellings.
    expect(found.entry).toMatchObject({ canonical: 'Marco Rubio', target: 'Marco Rubio', status: 'accepted' });
    expect(found.elsewhere).toEqual([{ articleId: other, title: expect.any(String), n: 0, sentence: 'En Washington, Rubio habló con la prensa.' }]);
  });

  it('says what it can without an engine, and refuses a sentence that is not there', async () => {
    const core = await openTestCore();
    cores.push(core);
    await core.api.updateSettings({ engine: 'opus-mt' });
    const id = await imported(core, 'La guerra sigue en el este.');
    expect(await core.api.lookUpWord({ id, n: 0, word: 'guerra' })).toEqual({ word: 'guerra', entry: null, engine: null, inSentence: null, alone: null, elsewhere: [], articles: 0 });
    await expect(core.api.lookUpWord({ id, n: 9, word: 'guerra' })).rejects.toMatchObject({ code: 'not_found', reason: { key: 'sentenceNotFound' } });
  });

  it('prefers an entry whose spelling the word is, then one it is a word of, the reader’s own before suggestions', () => {
    const item = (canonical: string, variants: string[], status: GlossaryItem['status']): GlossaryItem => ({
      id: null, key: canonical, canonical, variants, target: canonical, targetLang: 'en', kind: 'person', note: '', status, mode: 'enforce', scopeArticleId: null, count: 1, articleIds: [],
    });
    const suggested = item('Rubio', ['Rubio'], 'suggested');
    const accepted = item('Marco Rubio', ['Marco Rubio'], 'accepted');
    const rejected = item('Banco Rubio', ['Banco Rubio', 'RUBIO'], 'rejected');
    expect(entryFor([suggested, accepted, rejected], 'Rubio')).toBe(suggested);
    expect(entryFor([accepted, rejected], 'rubio')).toBe(rejected);
    expect(entryFor([accepted], 'Rubio')).toBe(accepted);
    expect(entryFor([accepted], 'Marco')).toBe(accepted);
    expect(entryFor([accepted], 'Rub')).toBeNull();
    // A word of a longer term is not that term.
    expect(entryFor([{ ...accepted, kind: 'term', variants: ['alto el fuego'] }], 'fuego')).toBeNull();
    expect(entryFor([{ ...accepted, kind: 'term', variants: ['fuego'] }], 'fuego')).not.toBeNull();
  });
});
