// Developer tool for the Spanish news corpus (tests/fixtures/es-news): what the pipeline makes
// of an article, a draft of its gold, and the development half's misses. It never prints what
// the held-apart half's gold says: that half is only measured, by `npm run bench -- es-news`.
//
//   tsx scripts/es-news.ts show FILE          the segmenter's paragraphs, roles and sentences
//   tsx scripts/es-news.ts draft FILE SPLIT   writes gold/<name>.json from the segmenter's output
//                                              and the suggestions of that one article, to correct by hand
//   tsx scripts/es-news.ts misses [NAME] [N]  development half: groups split, people and places
//                                              missed, kinds wrong, entries holding two; the top N
//   tsx scripts/es-news.ts try 'S1 || S2' 'S3' sentences written for the purpose, an argument an
//                                              article: what is read in each, and the suggestions
import fs from 'node:fs';
import path from 'node:path';
import { ES_NEWS_DIR, entityIndex, esGold, goldEntities } from '../tests/support/es-news';
import { segmentArticle } from '../tests/support/language-corpus';
import { extractOccurrences } from '../core/glossary/extract';
import { buildSuggestions } from '../core/glossary/suggest';
import { occurrenceRow, type OccurrenceRow } from '../core/store/glossary';
import { language } from '../core/languages';

const [command, ...args] = process.argv.slice(2);
const es = language('es');
const bodyOf = (doc: Awaited<ReturnType<typeof segmentArticle>>) => doc.paragraphs.filter((p) => p.role !== 'boilerplate').flatMap((p) => p.sentences);

if (command === 'show' && args[0]) {
  const doc = await segmentArticle({ file: path.join(ES_NEWS_DIR, args[0]), lang: 'es' });
  doc.paragraphs.forEach((p, i) => p.sentences.forEach((s, j) => console.log(`${i}.${j} [${p.role}] ${s}`)));
} else if (command === 'draft' && args[0] && (args[1] === 'dev' || args[1] === 'heldout')) {
  const doc = await segmentArticle({ file: path.join(ES_NEWS_DIR, args[0]), lang: 'es' });
  const suggestions = buildSuggestions(extractOccurrences(bodyOf(doc), es).map((o) => occurrenceRow(1, o)));
  const glossary = suggestions.map((s) => ({ kind: s.kind, variants: s.variants }));
  const out = { source: `es-news/${args[0]}`, split: args[1], paragraphs: doc.paragraphs, glossary };
  // ("news_data.json#3" -> news_data.json-3.json)
  const file = path.join(ES_NEWS_DIR, 'gold', `${args[0].replace(/\.html$/, '').replace('#', '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${file}: correct it by hand`);
} else if (command === 'misses') {
  const [only, top] = args;
  const docs = esGold().filter((g) => g.split === 'dev' && (!only || g.name.includes(only)));
  const rows: OccurrenceRow[] = [];
  for (const [i, a] of docs.entries()) for (const o of extractOccurrences(bodyOf(await segmentArticle(a)), es)) rows.push(occurrenceRow(i + 1, o));
  const suggestions = buildSuggestions(rows);
  const entities = goldEntities(docs.flatMap((a) => a.glossary));
  const entityOf = entityIndex(entities);
  for (const [i, e] of entities.entries()) {
    const holding = suggestions.filter((s) => s.variants.some((v) => entityOf(v) === i));
    if (e.spellings.size >= 2 && holding.length > 1) console.log('SPLIT', [...e.spellings].join('|'), '=>', holding.map((s) => s.variants.join('|')).join(' ; '));
    if (!holding.length && (e.kind === 'person' || e.kind === 'place')) console.log('MISS', e.kind, [...e.spellings].join('|'));
    for (const s of holding) if (s.kind !== e.kind) console.log('KIND', s.variants.join('|'), s.kind, 'gold', e.kind);
  }
  for (const s of suggestions) if (new Set(s.variants.map(entityOf).filter((i) => i >= 0)).size > 1) console.log('TWO', s.variants.join('|'));
  if (top) suggestions.slice(0, Number(top)).forEach((s, k) => console.log(k, s.variants.some((v) => entityOf(v) >= 0) ? 'ok' : '--', s.variants.join('|'), s.kind));
} else if (command === 'try' && args.length) {
  const articles = args.map((a) => a.split(' || '));
  const rows = articles.flatMap((sentences, i) => extractOccurrences(sentences, es).map((o) => occurrenceRow(i + 1, o)));
  for (const [i, sentences] of articles.entries()) console.log(i + 1, JSON.stringify(extractOccurrences(sentences, es).map((o) => [o.form, o.kind, o.afterTitle])));
  console.log(buildSuggestions(rows).map((x) => `${x.variants.join('|')}:${x.kind}`).join(' ; '));
} else {
  console.error("usage: tsx scripts/es-news.ts show FILE | draft FILE dev|heldout | misses [NAME] [N] | try 'S1 || S2' …");
  process.exit(2);
}
