import { afterEach, describe, expect, it } from 'vitest';
import type { GlossaryItem } from '../../core/api';
import { entryFor } from '../../core/features/lookup';
import { asWritten } from '../../core/text/case';
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
    expect(found).toMatchObject({ word: 'Rubio', articles: 1 });
    expect(await core.api.translateWord({ id, n: 1, word: 'rubio' })).toEqual({ engine: 'apertium', inSentence: 'Blond', alone: 'Blond' });
    // The reader's entry, which has the surname among its spellings.
    expect(found.entry).toMatchObject({ canonical: 'Marco Rubio', target: 'Marco Rubio', status: 'accepted' });
    expect(found.elsewhere).toEqual([{ articleId: other, title: expect.any(String), n: 0, sentence: 'En Washington, Rubio habló con la prensa.' }]);
  });

  it('shows at most five other articles, and counts them all; a word not in its sentence is still translated alone', async () => {
    const core = await openTestCore();
    cores.push(core);
    const id = await imported(core, 'La tregua empezó el lunes.');
    for (let i = 0; i < 7; i++) await imported(core, `Artículo ${i}: la tregua sigue en pie en la región número ${i}.`);
    const found = await core.api.lookUpWord({ id, n: 0, word: 'tregua' });
    expect(found.elsewhere).toHaveLength(5);
    expect(found.articles).toBe(7);
    expect(found.elsewhere.every((o) => o.sentence.includes('tregua'))).toBe(true);
    expect(await core.api.lookUpWord({ id, n: 0, word: 'guerra' })).toMatchObject({ word: 'guerra', entry: null });
    expect(await core.api.translateWord({ id, n: 0, word: 'guerra' })).toEqual({ engine: 'apertium', inSentence: null, alone: 'war' });
  });

  it('says what it can without an engine, and refuses a sentence that is not there', async () => {
    const core = await openTestCore();
    cores.push(core);
    await core.api.updateSettings({ engine: 'opus-mt' });
    const id = await imported(core, 'La guerra sigue en el este.');
    expect(await core.api.lookUpWord({ id, n: 0, word: 'guerra' })).toEqual({ word: 'guerra', entry: null, elsewhere: [], articles: 0 });
    expect(await core.api.translateWord({ id, n: 0, word: 'guerra' })).toEqual({ engine: null, inSentence: null, alone: null });
    await expect(core.api.lookUpWord({ id, n: 9, word: 'guerra' })).rejects.toMatchObject({ code: 'not_found', reason: { key: 'sentenceNotFound' } });
    await expect(core.api.translateWord({ id, n: 9, word: 'guerra' })).rejects.toMatchObject({ code: 'not_found', reason: { key: 'sentenceNotFound' } });
  });

  it('gives the translation of the word alone as the word is written', () => {
    expect(asWritten('guerra', 'War.')).toBe('war');
    expect(asWritten('Rubio', 'Blond.')).toBe('Blond');
    expect(asWritten('ONU', 'UN.')).toBe('UN');
    expect(asWritten('otan', 'NATO')).toBe('NATO');
    expect(asWritten('guerra', ' . ')).toBeNull();
    expect(asWritten('guerra', '')).toBeNull();
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
    // The reader's own entry before a suggestion, a suggestion before a rejected one, whatever the order given.
    const acceptedRubio = item('Rubio', ['Rubio'], 'accepted');
    expect(entryFor([suggested, acceptedRubio], 'Rubio')).toBe(acceptedRubio);
    const rejectedRubio = item('Rubio', ['Rubio'], 'rejected');
    expect(entryFor([rejectedRubio, suggested], 'Rubio')).toBe(suggested);
    expect(entryFor([item('Marco Rubio', ['Marco Rubio', 'Sr. Marco'], 'accepted')], 'Rubio')?.canonical).toBe('Marco Rubio');
    // A word of a longer term is not that term.
    expect(entryFor([{ ...accepted, kind: 'term', variants: ['alto el fuego'] }], 'fuego')).toBeNull();
    expect(entryFor([{ ...accepted, kind: 'term', variants: ['fuego'] }], 'fuego')).not.toBeNull();
  });
});
