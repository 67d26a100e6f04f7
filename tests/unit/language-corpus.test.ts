import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../core/languages/detect';
import { articleSuggestions, articleText, corpusArticles, goldArticles, segmentArticle } from '../support/language-corpus';
import { scoreSegmentation } from '../support/segmentation-score';

// Real articles in seven languages (tests/fixtures/languages, with SOURCES.tsv). The held-apart
// half of the gold is measured by `npm run bench -- languages`, never asserted here.
describe('the multilingual corpus', () => {
  const articles = corpusArticles();

  it('holds real articles in every language Glosa reads from besides Spanish, two of each with gold', () => {
    const langs = [...new Set(articles.map((a) => a.lang))].sort();
    expect(langs).toEqual(['de', 'en', 'fr', 'it', 'pt', 'ru', 'uk']);
    const gold = goldArticles();
    for (const lang of langs) {
      expect(gold.filter((g) => g.lang === lang).map((g) => g.split).sort()).toEqual(['dev', 'heldout']);
    }
  });

  it.each(articles.map((a) => [a.file.split('/languages/')[1]!, a] as const))('detects %s as the language of its folder', async (_name, article) => {
    const detected = await detectLanguage(await articleText(article));
    expect(detected.language).toBe(article.lang);
    expect(detected.reliable).toBe(true);
  });

  it.each(goldArticles().filter((g) => g.split === 'dev').map((g) => [g.name, g] as const))('segments %s exactly as its development gold', async (_name, g) => {
    const found = await segmentArticle(g);
    const score = scoreSegmentation(g.gold, found);
    // On failure, the sentences side by side say where.
    expect(found.paragraphs.flatMap((p) => p.sentences).map((s) => s.replace(/\s+/g, ' '))).toEqual(g.gold.paragraphs.flatMap((p) => p.sentences).map((s) => s.replace(/\s+/g, ' ')));
    expect(score.f1).toBe(1);
  });

  // The people and places a reader of each article would want in the glossary, named once or more.
  it.each([
    ['fr/liberation-1.html', ['Laurent Fabius', 'Quai d’Orsay'], []],
    ['fr/lemonde-1.html', ['François Hollande', 'Christiane Taubira'], []],
    ['it/vegolosi-climate.html', ['Kristin Jones', 'Andrew Ginzel', 'New York'], []],
    ['it/lastampa-temperature.html', ['Pianura Padana', 'Gran Bretagna'], ['Puglia e Calabria']],
    ['pt/folha.html', ['Jair Bolsonaro', 'Luiz Inácio Lula da Silva'], ['CBF e Palmeiras']],
    ['de/sueddeutsche-flixtrain.html', ['Andreas Scheuer', 'Fabian Stenger'], ['Bahn', 'Zahl der Zusatzfelder']],
    ['en/bbc-1.html', ['Barack Obama', 'Jon Sopel'], ['Cuba and Iran']],
    ['ru/football-ua-podolski.html', ['Лукаш Подольски', 'Бастиан Швайнштайгер'], ['Германии Лукаш Подольски']],
    ['uk/misto-vn-odesa.txt', ['Віталій Сакал'], ['МВС Віталій Сакал']],
  ] as const)('suggests from %s the names a reader would want, and not the fragments', async (file, wanted, unwanted) => {
    const article = articles.find((a) => a.file.endsWith(file))!;
    const suggested = (await articleSuggestions(article)).flatMap((s) => s.variants);
    for (const name of wanted) expect(suggested, name).toContain(name);
    for (const name of unwanted) expect(suggested, name).not.toContain(name);
  });
}, 60_000);
