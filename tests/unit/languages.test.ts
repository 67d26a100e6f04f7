import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../core/library';
import { DATABASE_FILE } from '../../core/paths';
import { ArticleRepository } from '../../core/store/articles';
import { Database } from '../../core/store/database';
import { language } from '../../core/languages';
import { splitSentences } from '../../core/article/sentences';
import { segmentBlocks } from '../../core/article/segment';
import { extractOccurrences } from '../../core/glossary/extract';
import { tempDataDir } from '../support/serve';

const opened: Database[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});
function library(readingLanguage = 'en') {
  const database = Database.open(path.join(tempDataDir(), DATABASE_FILE));
  opened.push(database);
  return new Library(new ArticleRepository(database), { readingLanguage: () => readingLanguage });
}

const ARTICLES: Record<string, string> = {
  fr: "Le président ukrainien s'est rendu mardi à Bruxelles pour rencontrer les dirigeants de l'OTAN. Il a demandé davantage de défense aérienne avant l'hiver.",
  it: "Il presidente ucraino è arrivato martedì a Bruxelles per incontrare i leader della NATO. Ha chiesto più difesa aerea prima dell'inverno.",
  pt: 'O presidente ucraniano chegou na terça-feira a Bruxelas para se reunir com os líderes da OTAN. Ele pediu mais defesa aérea antes do inverno.',
  de: 'Der ukrainische Präsident ist am Dienstag in Brüssel eingetroffen, um die Spitzen der NATO zu treffen. Er forderte mehr Luftabwehr vor dem Winter.',
  ru: 'Президент Украины во вторник прибыл в Брюссель на встречу с руководством НАТО. Он попросил усилить противовоздушную оборону до наступления зимы.',
  uk: 'Президент України у вівторок прибув до Брюсселя на зустріч із керівництвом НАТО. Він попросив посилити протиповітряну оборону до початку зими.',
  es: 'El presidente ucraniano llegó el martes a Bruselas para reunirse con los líderes de la OTAN. Pidió más defensa antiaérea antes del invierno.',
  en: 'The Ukrainian president arrived in Brussels on Tuesday to meet the leaders of NATO. He asked for more air defence before the winter.',
};

describe('the language of an imported article', () => {
  it.each(Object.entries(ARTICLES))('is found for %s, sure, and the article is read in the reader’s language', async (code, text) => {
    const result = await library('es').importText(text);
    expect(result).toMatchObject({ status: 'imported', article: { sourceLang: code, sourceLangSure: true, targetLang: 'es', sentenceCount: 2 } });
  });

  it('is a guess the reader is asked to check when the text is too short to tell, taken from the last article', async () => {
    const lib = library();
    await lib.importText(ARTICLES.fr!);
    const short = await lib.importText('Kiev, 12:00');
    expect(short).toMatchObject({ status: 'imported', article: { sourceLang: 'fr', sourceLangSure: false } });
  });

  it('refuses a long text that is in no language at all', async () => {
    const noise = Array.from({ length: 80 }, (_, i) => 'qzxv bnmk wrtp'.split(' ')[i % 3]).join(' ');
    const result = await library().importText(noise);
    expect(result).toEqual({ status: 'error', name: 'pasted text', code: 'no_language', message: 'The pasted text does not read as text in any language Glosa recognises.' });
  });

  it('can be corrected by the reader: the article is segmented again by that language’s rules', async () => {
    const lib = library();
    // "г." (year) and "ул." (street) are abbreviations in Russian, not sentence ends; in a language without that rule they split.
    const text = 'Встреча прошла в 2024 г. В Москве на ул. Тверской собрались люди. Все ушли.';
    const result = await lib.importText(text);
    if (result.status !== 'imported') throw new Error(result.status);
    expect(result.article).toMatchObject({ sourceLang: 'ru', sentenceCount: 3 });
    const wrong = lib.setLanguages(result.article.id, 'xx', 'en');
    expect(wrong).toMatchObject({ sourceLang: 'xx', sourceLangSure: true, sentenceCount: 4 });
    expect(lib.setLanguages(result.article.id, 'ru', 'es')).toMatchObject({ sourceLang: 'ru', targetLang: 'es', sentenceCount: 3 });
    expect(() => lib.setLanguages(999, 'ru', 'en')).toThrow('There is no article 999 in the library.');
  });
});

describe('each language’s rules', () => {
  const sentences = (text: string, code: string) => splitSentences(text, language(code)).map((r) => text.slice(r.start, r.end));

  it('split Cyrillic text into sentences', () => {
    expect(sentences('Президент прибыл в Киев. Встреча началась утром! Что дальше?', 'ru')).toEqual(['Президент прибыл в Киев.', 'Встреча началась утром!', 'Что дальше?']);
    expect(sentences('Зеленський прибув до Брюсселя.Зустріч почалася вранці.', 'uk')).toEqual(['Зеленський прибув до Брюсселя.', 'Зустріч почалася вранці.']);
  });

  it('keep each language’s titles and abbreviations inside the sentence', () => {
    expect(sentences('M. Macron a parlé. Mme Dupont aussi.', 'fr')).toEqual(['M. Macron a parlé.', 'Mme Dupont aussi.']);
    expect(sentences('Lo ha detto il sig. Rossi. Poi è partito.', 'it')).toEqual(['Lo ha detto il sig. Rossi.', 'Poi è partito.']);
    expect(sentences('Das sagte Dr. Müller z. B. gestern. Dann ging er.', 'de')).toEqual(['Das sagte Dr. Müller z. B. gestern.', 'Dann ging er.']);
    expect(sentences('Mr. Smith met Gen. Jones. They spoke.', 'en')).toEqual(['Mr. Smith met Gen. Jones.', 'They spoke.']);
    expect(sentences('O Sr. Silva falou. Depois saiu.', 'pt')).toEqual(['O Sr. Silva falou.', 'Depois saiu.']);
  });

  it('recognise the page’s furniture in each language', () => {
    const roles = (text: string, code: string) => segmentBlocks([{ text: 'Cuerpo del artículo con texto.' }, { text }], language(code)).map((p) => p.role);
    expect(roles('Abonnez-vous à notre newsletter', 'fr')).toEqual(['body', 'boilerplate']);
    expect(roles('Leggi anche: la guerra in Ucraina', 'it')).toEqual(['body', 'boilerplate']);
    expect(roles('Leia também: a guerra na Ucrânia', 'pt')).toEqual(['body', 'boilerplate']);
    expect(roles('Lesen Sie auch: Der Krieg in der Ukraine', 'de')).toEqual(['body', 'boilerplate']);
    expect(roles('Читайте также: война на Украине', 'ru')).toEqual(['body', 'boilerplate']);
    expect(roles('Підписуйтесь на наш канал у Telegram', 'uk')).toEqual(['body', 'boilerplate']);
    expect(roles('Subscribe to our newsletter', 'en')).toEqual(['body', 'boilerplate']);
    // Another language's call to subscribe is body text there.
    expect(roles('Abonnez-vous à notre newsletter', 'ru')).toEqual(['body', 'body']);
  });

  it('find names in each language, leaving out its function words and months', () => {
    const names = (sentences: string[], code: string) => extractOccurrences(sentences, language(code)).filter((o) => o.kind !== 'term').map((o) => o.form);
    expect(names(['Selon le porte-parole, Emmanuel Macron arrive lundi à Kiev.'], 'fr')).toEqual(['Emmanuel Macron', 'Kiev']);
    expect(names(['Во вторник Владимир Зеленский прибыл в Брюссель.'], 'ru')).toEqual(['Владимир Зеленский', 'Брюссель']);
    expect(extractOccurrences(['Об этом заявил министр Сергей Лавров.'], language('ru'))[0]).toMatchObject({ form: 'Сергей Лавров', afterTitle: 1 });
  });
});
