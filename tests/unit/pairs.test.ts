import { afterEach, describe, expect, it } from 'vitest';
import { type GlosaCore, openCore } from '../../core/app';
import { modelsFor } from '../../core/features/translation';
import { apertiumPackage, pairsFromModes } from '../../core/translate/apertium';
import { tempDataDir } from '../support/serve';
import { tinyModelDir } from '../support/tiny-model';

const opened: GlosaCore[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

/** A library with this computer's Apertium (CI installs its Spanish, French, Italian, Portuguese, Romanian and Catalan pairs). */
async function apertiumCore(readingLanguage: 'en' | 'es' = 'en') {
  const core = await openCore({ dataDir: tempDataDir(), modelsDir: tempDataDir(), apertiumCommand: 'apertium' });
  opened.push(core);
  await core.api.updateSettings({ readingLanguage });
  return core;
}

async function translated(core: GlosaCore, text: string) {
  const r = await core.api.importText({ text });
  if (r.status !== 'imported') throw new Error(JSON.stringify(r));
  await core.api.translateArticle({ id: r.article.id });
  await core.translator.idle();
  return { article: r.article, state: await core.api.getTranslations({ id: r.article.id }) };
}

describe('language pairs', () => {
  it('reads Apertium’s pairs from its modes, leaving out regional variants and other kinds of mode', () => {
    const pairs = pairsFromModes('  cat-eng   cat-eng_US   eco-es-fr   eng-cat_valencia   eng-spa   es-fr   es-pt   es-pt_BR   fr-es   ita-spa   pt-es   ro-es   spa-eng   spa-ita  ');
    expect(Object.fromEntries(pairs)).toEqual({
      'ca-en': 'cat-eng',
      'en-es': 'eng-spa',
      'es-fr': 'es-fr',
      'es-pt': 'es-pt',
      'fr-es': 'fr-es',
      'it-es': 'ita-spa',
      'pt-es': 'pt-es',
      'ro-es': 'ro-es',
      'es-en': 'spa-eng',
      'es-it': 'spa-ita',
    });
    expect(pairsFromModes('')).toEqual(new Map());
  });

  it('lists the pairs each engine serves on this computer', async () => {
    const core = await apertiumCore();
    const { engines } = await core.api.getEngines({});
    const apertium = engines.find((e) => e.id === 'apertium')!;
    expect(apertium.available).toBe(true);
    expect(apertium.pairs).toEqual(expect.arrayContaining(['es-en', 'en-es', 'fr-es', 'it-es', 'pt-es']));
    expect(engines.find((e) => e.id === 'opus-mt')).toMatchObject({ available: false, pairs: [] });
  });

  it('translates an Italian article into Spanish directly, and a French one into English through Spanish', async () => {
    const toSpanish = await apertiumCore('es');
    const italian = await translated(toSpanish, 'Il presidente ucraino è arrivato a Bruxelles. Ha chiesto più difesa aerea prima dell’inverno.');
    expect(italian.article).toMatchObject({ sourceLang: 'it', targetLang: 'es' });
    expect(italian.state).toMatchObject({ engine: 'apertium', via: null });
    expect(italian.state.sentences.map((s) => s.state)).toEqual(['done', 'done']);
    expect(italian.state.sentences[0]!.text).toMatch(/presidente/i);

    const toEnglish = await apertiumCore('en');
    const french = await translated(toEnglish, 'Le président ukrainien est arrivé à Bruxelles. Il a demandé plus de défense aérienne.');
    expect(french.article).toMatchObject({ sourceLang: 'fr', targetLang: 'en' });
    expect(french.state).toMatchObject({ engine: 'apertium', via: 'es' });
    expect(french.state.sentences.map((s) => s.state)).toEqual(['done', 'done']);
    expect(french.state.sentences[0]!.text).toMatch(/president/i);
    expect(french.state.sentences[0]!.text).not.toMatch(/presidente|président/i);
    // Words selected in the French article are translated by the article's route too.
    const words = await toEnglish.api.translateText({ text: 'le président ukrainien', id: french.article.id });
    expect(words.engine).toBe('apertium');
    expect(words.text).toMatch(/president/i);
    expect(words.text).not.toMatch(/presidente|président/i);

    // Each hop is cached under its own pair: the same article read in Spanish needs no new translation.
    const hops = toEnglish.database.all<{ pair: string; n: number }>("SELECT source_lang || '-' || target_lang AS pair, count(*) AS n FROM translations GROUP BY pair ORDER BY pair");
    expect(hops).toEqual(expect.arrayContaining([{ pair: 'es-en', n: 2 }, { pair: 'fr-en', n: 2 }, { pair: 'fr-es', n: 2 }]));
    await toEnglish.api.setArticleLanguages({ id: french.article.id, sourceLang: 'fr', targetLang: 'es' });
    expect(await toEnglish.api.translateArticle({ id: french.article.id })).toEqual({ engine: 'apertium', queued: 0 });
    const inSpanish = await toEnglish.api.getTranslations({ id: french.article.id });
    expect(inSpanish).toMatchObject({ engine: 'apertium', via: null });
    expect(inSpanish.sentences.map((x) => x.state)).toEqual(['done', 'done']);
    expect(inSpanish.sentences[0]!.text).toMatch(/presidente/i);
  }, 60_000);

  it('says what each pair needs: the manifest’s model (or two that meet in a pivot), the Apertium package', async () => {
    const core = await apertiumCore('en');
    const { pairs } = await core.api.getLanguagePairs({});
    const get = (from: string, to: string) => pairs.find((p) => p.from === from && p.to === to)!.get;
    expect(get('ru', 'en')).toEqual({ models: ['opus-mt-ru-en'], package: null });
    expect(get('ru', 'es')).toEqual({ models: ['opus-mt-ru-en', 'opus-mt-en-es'], package: null });
    expect(get('fr', 'es')).toEqual({ models: ['opus-mt-fr-en', 'opus-mt-en-es'], package: 'apertium-fr-es' });
    expect(get('it', 'es')).toMatchObject({ package: 'apertium-spa-ita' });
    expect(get('pt', 'es')).toMatchObject({ package: 'apertium-es-pt' });
    expect(get('en', 'es')).toEqual({ models: ['opus-mt-en-es'], package: 'apertium-eng-spa' });
    expect(get('es', 'en')).toEqual({ models: ['opus-mt-es-en'], package: 'apertium-eng-spa' });
    expect(get('uk', 'en')).toEqual({ models: [], package: null });
    // Through Spanish first where both hops exist: the preferred pivot.
    const entries = [
      { id: 'a', sourceLang: 'fr', targetLang: 'es' },
      { id: 'b', sourceLang: 'es', targetLang: 'en' },
      { id: 'c', sourceLang: 'fr', targetLang: 'de' },
    ];
    expect(modelsFor(entries, { from: 'fr', to: 'en' })).toEqual(['a', 'b']);
    expect(modelsFor(entries, { from: 'fr', to: 'es' })).toEqual(['a']);
    expect(modelsFor(entries, { from: 'de', to: 'en' })).toEqual([]);
    expect(apertiumPackage({ from: 'es', to: 'fr' })).toBe('apertium-fr-es');
  });

  it('says there is no engine for a pair nothing serves here', async () => {
    const core = await apertiumCore('en');
    const r = await core.api.importText({ text: 'Президент прибыл в Брюссель. Он попросил усилить противовоздушную оборону.' });
    if (r.status !== 'imported') throw new Error(r.status);
    expect(r.article.sourceLang).toBe('ru');
    expect(await core.api.translateArticle({ id: r.article.id })).toEqual({ engine: null, queued: 0 });
    expect((await core.api.getTranslations({ id: r.article.id })).engine).toBeNull();
  });

  it('uses the Opus-MT model of each pair on its own: French with its model directly, Spanish still with Apertium', async () => {
    const core = await apertiumCore('en');
    // The tiny test model stands in for the French one: what matters here is which model serves which pair.
    await core.api.importModel({ id: 'opus-mt-fr-en', path: tinyModelDir() });
    const { engines } = await core.api.getEngines({});
    expect(engines.find((e) => e.id === 'opus-mt')).toMatchObject({ available: true, pairs: ['fr-en'] });
    const french = await translated(core, 'Le président ukrainien est arrivé à Bruxelles. Il a demandé plus de défense aérienne.');
    expect(french.state).toMatchObject({ engine: 'opus-mt', via: null });
    const spanish = await translated(core, 'El presidente ucraniano llegó a Bruselas. Pidió más defensa antiaérea.');
    expect(spanish.state).toMatchObject({ engine: 'apertium', via: null });
    expect((await core.api.listModels({})).map((m) => [m.id, m.sourceLang, m.targetLang])).toEqual([
      ['opus-mt-es-en', 'es', 'en'],
      ['opus-mt-fr-en', 'fr', 'en'],
      ['opus-mt-de-en', 'de', 'en'],
      ['opus-mt-it-en', 'it', 'en'],
      ['opus-mt-ru-en', 'ru', 'en'],
      ['opus-mt-en-es', 'en', 'es'],
    ]);
  }, 60_000);
});
