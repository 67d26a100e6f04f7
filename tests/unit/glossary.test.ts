import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type GlosaCore, openCore } from '../../core/app';
import { parseGlossary as readGlossary, serialiseGlossary } from '../../core/glossary/formats';
import { english, type Message } from '../../core/messages';
import { containsTarget, matchTerms, repairTranslation } from '../../core/glossary/match';
import { variantKey } from '../../core/text/variant-key';
import { SAMPLES_DIR, SAMPLE_FILES } from '../support/fixtures';
import { GLOSA_BIN, tempDataDir } from '../support/serve';
import { tinyModelDir } from '../support/tiny-model';

/** The parsers' problems in English, as the command line prints them. */
const worded = <R extends { errors: Message[] }>(result: R) => ({ ...result, errors: result.errors.map(english) });
const parseGlossary = (...a: Parameters<typeof readGlossary>) => worded(readGlossary(...a));

const opened: GlosaCore[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});
async function core(options: { samples?: boolean; apertium?: boolean } = {}) {
  const c = await openCore({ dataDir: tempDataDir(), samplesDir: options.samples ? SAMPLES_DIR : undefined, modelsDir: tempDataDir(), apertiumCommand: options.apertium ? 'apertium' : '/nonexistent' });
  opened.push(c);
  return c;
}

describe('spelling variants', () => {
  it.each([
    ['Vladímir', 'Vladimir'],
    ['Zelenski', 'Zelensky'],
    ['Volodímir Zelenski', 'Volodymyr Zelensky'],
    ['Serguéi', 'Sergei'],
    ['Sergei', 'Sergey'],
    ['EE.UU.', 'EEUU'],
    ['EE. UU.', 'EE.UU.'],
    ['Mariupol', 'Mariúpol'],
    ['Prigozhin', 'Prigozhinn'],
    // Across scripts: Ukrainian and Russian in Cyrillic, and the press's Latin spellings.
    ['Зеленський', 'Zelenski'],
    ['Зеленский', 'Zelensky'],
    ['Володимир Зеленський', 'Volodímir Zelenski'],
    ['Владимир Путин', 'Vladimir Putin'],
    ['Сергей Лавров', 'Serguéi Lavrov'],
    ['Дмитро Кулеба', 'Dmitró Kuleba'],
    ['Херсон', 'Kherson'],
    ['Донецк', 'Donetsk'],
    ['Київ', 'Kyiv'],
  ])('%s and %s are one spelling', (a, b) => {
    expect(variantKey(a)).toBe(variantKey(b));
  });
  it.each([['Kiev', 'Minsk'], ['Putin', 'Peskov'], ['Путин', 'Песков'], ['Лавров', 'Lukashenko']])('%s and %s are not', (a, b) => {
    expect(variantKey(a)).not.toBe(variantKey(b));
  });
});

describe('suggestions from the library', () => {
  it('gathers the samples’ recurring names, their spellings and the curated targets', async () => {
    const c = await core({ samples: true });
    const items = await c.api.listGlossary({ status: 'suggested' });
    const find = (form: string) => items.find((i) => i.variants.includes(form));
    expect(find('Zelensky')).toMatchObject({ kind: 'person', canonical: expect.stringMatching(/^Volodimir Zelensk[iy]$/) });
    expect(find('Zelensky')!.variants).toEqual(expect.arrayContaining(['Volodimir Zelenski', 'Volodimir Zelensky', 'Zelensky']));
    expect(find('Putin')!.variants).toEqual(expect.arrayContaining(['Vladimir Putin', 'Vladímir Putin', 'Putin']));
    expect(find('Kiev')).toMatchObject({ target: 'Kyiv', kind: 'place' });
    expect(find('Moscú')).toMatchObject({ target: 'Moscow' });
    expect(find('ACNUR')).toMatchObject({ target: 'UNHCR', kind: 'organization' });
    expect(find('ACNUR')!.variants).toContain('Alto Comisionado de la ONU para los Refugiados');
    expect(find('garantías de seguridad')).toMatchObject({ kind: 'term', target: 'security guarantees', articleIds: [expect.any(Number), expect.any(Number)] });
    expect(find('alto el fuego')).toMatchObject({ target: 'ceasefire' });
    // Sentence-initial function words and verbs are not names.
    for (const word of ['Por', 'En', 'Además', 'Pedimos', 'Mientras']) expect(find(word), word).toBeUndefined();
    // Recurrence across articles ranks first.
    const firstSingleArticle = items.findIndex((i) => i.articleIds.length < 2);
    expect(items.slice(0, firstSingleArticle).every((i) => i.articleIds.length >= 2)).toBe(true);
  });

  it('updates on import, and lets the reader accept, edit, reject, merge and split', async () => {
    const c = await core({ samples: true });
    // Named once in the samples: suggested, ranked below every name that recurs.
    const once = await c.api.listGlossary({ status: 'suggested' });
    const before = once.findIndex((i) => i.canonical === 'Serguéi Shoigú');
    expect(once[before]).toMatchObject({ count: 1, articleIds: [expect.any(Number)] });
    expect(once.slice(before).every((i) => i.count === 1 || i.kind === 'term')).toBe(true);
    await c.api.importText({ text: 'Serguéi Shoigú habló en Moscú. Shoigú pidió calma.\n\nEl ministro Shoigú viajó a Minsk.' });
    const shoigu = (await c.api.listGlossary({ query: 'Shoigu' }))[0]!;
    expect(shoigu).toMatchObject({ status: 'suggested', canonical: 'Serguéi Shoigú', count: 4 });
    expect(shoigu.articleIds).toHaveLength(2);
    const accepted = await c.api.decideSuggestion({ key: shoigu.key, status: 'accepted', target: 'Sergei Shoigu' });
    expect(accepted).toMatchObject({ status: 'accepted', target: 'Sergei Shoigu', mode: 'enforce' });
    expect((await c.api.listGlossary({ status: 'suggested', query: 'Shoigu' })).length).toBe(0);
    const kiev = (await c.api.listGlossary({ query: 'Kiev' }))[0]!;
    await c.api.decideSuggestion({ key: kiev.key, status: 'rejected' });
    expect((await c.api.listGlossary({ status: 'rejected' })).map((i) => i.canonical)).toEqual(['Kiev']);
    const edited = await c.api.updateGlossaryEntry({ id: accepted.id!, mode: 'hint', note: 'Defence minister until 2024.' });
    expect(edited).toMatchObject({ mode: 'hint', note: 'Defence minister until 2024.' });
    const other = await c.api.addGlossaryEntry({ variants: ['Shoigu'], target: 'Shoigu', kind: 'person' });
    const merged = await c.api.mergeGlossaryEntries({ ids: [accepted.id!, other.id!] });
    expect(merged.variants).toEqual(expect.arrayContaining(['Serguéi Shoigú', 'Shoigú', 'Shoigu']));
    const [rest, alone] = await c.api.splitGlossaryEntry({ id: merged.id!, form: 'Shoigu' });
    expect(rest!.variants).not.toContain('Shoigu');
    expect(alone).toMatchObject({ canonical: 'Shoigu', variants: ['Shoigu'] });
  });
});

describe('a library whose articles are not indexed yet', () => {
  it('opens at once, indexes them in the background, and has them all when the panel asks', async () => {
    const dataDir = tempDataDir();
    const first = await openCore({ dataDir, modelsDir: tempDataDir(), apertiumCommand: '/nonexistent' });
    await first.close();
    // Articles written straight to the library, as a bulk import or an older Glosa leaves them.
    const bulk = await openCore({ dataDir, modelsDir: tempDataDir(), apertiumCommand: '/nonexistent' });
    for (let i = 0; i < 40; i++) await bulk.library.importFile(`a-${i}.txt`, Buffer.from(`Nota ${i}\n\nEl día ${i}, el ministro Serguéi Shoigú habló en Moscú. Luego Shoigú pidió calma.`));
    await bulk.close();

    const c = await openCore({ dataDir, modelsDir: tempDataDir(), apertiumCommand: '/nonexistent' });
    opened.push(c);
    const count = () => c.database.get<{ n: number }>('SELECT count(DISTINCT article_id) AS n FROM term_index')!.n;
    expect(count()).toBeLessThan(40);
    const shoigu = (await c.api.listGlossary({ query: 'Shoigu' }))[0]!;
    expect(shoigu.articleIds).toHaveLength(40);
    expect(count()).toBe(40);
  });
});

describe('suggested English', () => {
  it('comes from the engine for a term the curated table does not know, and names stay as written', async () => {
    const c = await core();
    await c.api.importModel({ id: 'opus-mt-es-en', path: tinyModelDir() });
    await c.api.importText({ text: 'Las tropas rusas avanzan hacia Kiev. Minsk calla.' });
    await c.api.importText({ text: 'Las tropas rusas llegaron. El presidente habló con Minsk.' });
    const term = (await c.api.listGlossary({ query: 'tropas rusas' }))[0]!;
    expect(term).toMatchObject({ kind: 'term', status: 'suggested' });
    expect(await c.api.decideSuggestion({ key: term.key, status: 'accepted' })).toMatchObject({ target: 'troops Russian' });
    const minsk = (await c.api.listGlossary({ query: 'Minsk' }))[0]!;
    expect(await c.api.decideSuggestion({ key: minsk.key, status: 'accepted' })).toMatchObject({ target: 'Minsk' });
  });

  it('translates boilerplate only when the reader asks for one sentence of it', async () => {
    const c = await core();
    await c.api.importModel({ id: 'opus-mt-es-en', path: tinyModelDir() });
    const r = await c.api.importText({ text: 'La guerra en Ucrania.\n\nRelacionado La paz en Rusia' });
    if (r.status !== 'imported') throw new Error('import failed');
    await c.api.translateArticle({ id: r.article.id });
    await c.translator.idle();
    expect((await c.api.getTranslations({ id: r.article.id })).sentences.map((s) => s.state)).toEqual(['done', 'pending']);
    await c.api.retrySentence({ id: r.article.id, n: 1 });
    await c.translator.idle();
    expect((await c.api.getTranslations({ id: r.article.id })).sentences.map((s) => s.state)).toEqual(['done', 'done']);
  });
});

describe('holding translations to the glossary', () => {
  it('finds terms by any spelling, checks the English and repairs it', () => {
    const entries = [{ id: 1, target: 'Kyiv', mode: 'enforce' as const, variants: ['Kiev'] }, { id: 2, target: 'ceasefire', mode: 'enforce' as const, variants: ['alto el fuego', 'alto al fuego'] }];
    const matches = matchTerms('Moscú exigió a Kiev un alto al fuego.', entries);
    expect(matches.map((m) => m.form)).toEqual(['Kiev', 'alto al fuego']);
    expect(containsTarget('The war in Kyiv.', 'Kyiv')).toBe(true);
    expect(containsTarget('The war in Kyivan lands.', 'Kyiv')).toBe(false);
    expect(repairTranslation('Moscow demanded to Kiev a cease-fire.', 'Kyiv', ['Kiev'])).toBe('Moscow demanded to Kyiv a cease-fire.');
    expect(repairTranslation('Cease-fire now.', 'ceasefire', ['cease-fire'])).toBe('Ceasefire now.');
    expect(repairTranslation('Nothing here.', 'Kyiv', ['Kiev'])).toBeNull();
  });

  it('never takes a given name or a surname alone for the entry when the text goes on with another name', () => {
    const putin = [{ id: 1, target: 'Vladimir Putin', mode: 'enforce' as const, variants: ['Vladimir Putin', 'Putin', 'Vladimir'] }];
    // Another Vladimir: not a match, so nothing is enforced on him.
    expect(matchTerms('El negociador Vladimir Medinski llegó a Estambul.', putin)).toEqual([]);
    expect(matchTerms('Habló Vladimir de la Cruz, el alcalde.', putin)).toEqual([]);
    // The man himself, by his full name or his surname, or his given name before a lower-case word.
    expect(matchTerms('Vladimir Putin y Vladimir Medinski hablaron.', putin).map((m) => m.form)).toEqual(['Vladimir Putin']);
    expect(matchTerms('Según Putin, la guerra sigue.', putin).map((m) => m.form)).toEqual(['Putin']);
    expect(matchTerms('Vladimir Medinski se reunió con Vladimir, que llegó tarde.', putin).map((m) => m.form)).toEqual(['Vladimir']);
    // A repair never puts the target into another person's name.
    expect(repairTranslation('Vladimir Medinsky met Poutine.', 'Vladimir Putin', ['Vladimir', 'Poutine'])).toBe('Vladimir Medinsky met Vladimir Putin.');
    expect(repairTranslation('Vladimir Medinsky arrived.', 'Vladimir Putin', ['Vladimir'])).toBeNull();
  });

  it('enforces an entry in every translated sentence and checks each term (tiny model)', async () => {
    const c = await core();
    await c.api.importModel({ id: 'opus-mt-es-en', path: tinyModelDir() });
    const r = await c.api.importText({ text: 'La guerra en Kiev.\n\nEl presidente Zelenski habló con Putin hoy.' });
    if (r.status !== 'imported') throw new Error('import failed');
    await c.api.addGlossaryEntry({ variants: ['Kiev'], target: 'Kyiv', kind: 'place' });
    await c.api.addGlossaryEntry({ variants: ['Zelenski', 'Zelensky'], target: 'Zelensky', kind: 'person', mode: 'hint' });
    await c.api.translateArticle({ id: r.article.id });
    await c.translator.idle();
    const state = await c.api.getTranslations({ id: r.article.id });
    expect(state.sentences[0]).toMatchObject({ text: 'The war in Kyiv.', machineText: 'The war in Kiev.', terms: [{ source: 'Kiev', target: 'Kyiv', ok: true, mode: 'enforce', targetRange: { start: 11, end: 15 } }] });
    // A hint is only checked: the miss is reported, the English left as it is.
    expect(state.sentences[1]).toMatchObject({ text: 'The president Zelenski spoke with Putin today.', terms: [{ source: 'Zelenski', target: 'Zelensky', ok: false, mode: 'hint', targetRange: null }] });
    // Changing the glossary re-checks at once.
    const hint = (await c.api.listGlossary({ query: 'Zelensky' }))[0]!;
    await c.api.updateGlossaryEntry({ id: hint.id!, mode: 'enforce' });
    expect((await c.api.getTranslations({ id: r.article.id })).sentences[1]).toMatchObject({ text: 'The president Zelensky spoke with Putin today.', terms: [{ ok: true }] });
  });
});

describe('glossary files', () => {
  const records = [
    { variants: ['alto el fuego', 'alto al fuego'], target: 'ceasefire', kind: 'term' as const, note: 'not "truce"' },
    { variants: ['Kiev'], target: 'Kyiv', kind: 'place' as const, note: 'modern spelling, "Kyiv"\nnot Kiev' },
    { variants: ['ONU'], target: 'UN', kind: 'organization' as const, note: '' },
  ];
  it.each(['csv', 'tsv', 'tbx'] as const)('round-trips through %s without losing anything', (format) => {
    expect(parseGlossary(serialiseGlossary(records, format), format)).toEqual({ records, errors: [] });
  });

  it('reports every problem with its line number, and imports nothing', async () => {
    const bad = 'source,target,kind,note\nKiev,Kyiv,place,\n,Moscow,place,\nONU,UN,agency,\n"unclosed,x,term,\n';
    const result = parseGlossary(bad, 'csv');
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual(['line 5: a quoted field is never closed']);
    const result2 = parseGlossary('source,target,kind,note\nKiev,Kyiv,place,\n,Moscow,place,\nONU,UN,agency,\nsolo,dos\n', 'csv');
    expect(result2.errors).toEqual(['line 3: the source is empty', 'line 4: kind must be one of person, place, organization, term (found "agency")', 'line 5: expected 4 fields, found 2']);
    expect(parseGlossary('name;target\n', 'csv').errors).toEqual(['line 1: the header must be source,target,kind,note']);
    expect(parseGlossary('<tbx><text><body><conceptEntry id="1"><langSec xml:lang="es"><termSec><term>Kiev</term></termSec></langSec></conceptEntry></body></text></tbx>', 'tbx').errors).toEqual(['line 1: conceptEntry has no en term']);
    const c = await core();
    expect(await c.api.importGlossary({ name: 'g.csv', text: bad })).toMatchObject({ imported: 0 });
    expect((await c.api.listGlossary({ status: 'accepted' })).length).toBe(0);
    expect(await c.api.importGlossary({ name: 'g.tbx', text: serialiseGlossary(records, 'tbx') })).toEqual({ imported: 3, errors: [] });
    expect((await c.api.listGlossary({ status: 'accepted' })).map((i) => i.target).sort()).toEqual(['Kyiv', 'UN', 'ceasefire']);
  });

  it('imports a file of 20,000 entries whole, merging spellings already known into their entries', async () => {
    const c = await core();
    await c.api.importGlossary({ name: 'a.csv', text: 'source,target,kind,note\nKiev,Kyiv,place,\n' });
    const lines = ['source,target,kind,note', 'Kyiv|Kiev,Kyiv,place,ciudad'];
    for (let i = 0; i < 20_000; i++) lines.push(`Nombre${i}|Nómbre${i},Name${i},person,`);
    // The same person again, by a spelling that differs only in accents: one entry.
    lines.push('Nombre7|Nombre Siete,Name Seven,person,');
    expect(await c.api.importGlossary({ name: 'big.csv', text: lines.join('\n') })).toEqual({ imported: 20_002, errors: [] });
    const accepted = await c.api.listGlossary({ status: 'accepted' });
    expect(accepted).toHaveLength(20_001);
    expect(accepted.find((i) => i.target === 'Kyiv')).toMatchObject({ variants: ['Kiev', 'Kyiv'], note: 'ciudad' });
    expect(accepted.find((i) => i.target === 'Name Seven')?.variants).toEqual(['Nombre7', 'Nómbre7', 'Nombre Siete']);
    expect(accepted.find((i) => i.target === 'Name7')).toBeUndefined();
  }, 60_000);
});

describe('glossary commands', () => {
  function glosa(args: string[], env: Record<string, string> = {}) {
    const r = spawnSync(process.execPath, [GLOSA_BIN, ...args], { env: { ...process.env, GLOSA_DATA_DIR: tempDataDir(), GLOSA_MODELS_DIR: tempDataDir(), ...env }, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('glosa terms prints the contract, most useful first', () => {
    const r = glosa(['terms', ...SAMPLE_FILES.map((f) => path.join(SAMPLES_DIR, f)), '--json']);
    expect(r.code).toBe(0);
    const { terms } = JSON.parse(r.stdout) as { terms: { canonical: string; variants: string[]; kind: string; count: number; articles: number }[] };
    for (const t of terms) expect(Object.keys(t)).toEqual(['canonical', 'variants', 'kind', 'count', 'articles']);
    expect(terms[0]!.articles).toBe(3);
    expect(terms.find((t) => t.variants.includes('Zelensky'))).toMatchObject({ kind: 'person', articles: 2 });
  });

  it('glosa translate --glossary enforces and reports each term', () => {
    const file = path.join(tempDataDir(), 'g.csv');
    fs.writeFileSync(file, 'source,target,kind,note\nalto el fuego|alto al fuego,ceasefire,term,\nKiev,Kyiv,place,\n');
    const r = glosa(['translate', path.join(SAMPLES_DIR, 'rusia-ucrania-segunda-ronda.txt'), '--engine', 'apertium', '--glossary', file, '--json']);
    expect(r.code).toBe(0);
    const { segments } = JSON.parse(r.stdout) as { segments: { target: string; terms: { source: string; target: string; ok: boolean }[] }[] };
    const withTerms = segments.filter((s) => s.terms.length);
    expect(withTerms.length).toBeGreaterThan(3);
    expect(withTerms.flatMap((s) => s.terms).every((t) => t.ok)).toBe(true);
    expect(segments.find((s) => s.terms.some((t) => t.source === 'alto el fuego'))!.target).toContain('ceasefire');
    const bad = path.join(tempDataDir(), 'bad.csv');
    fs.writeFileSync(bad, 'source,target\nx,y\n');
    const refused = glosa(['translate', path.join(SAMPLES_DIR, 'rusia-ucrania-segunda-ronda.txt'), '--glossary', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 1: the header/);
  });

  it('glosa glossary import, list and export', () => {
    const env = { GLOSA_DATA_DIR: tempDataDir() };
    const file = path.join(tempDataDir(), 'in.tsv');
    fs.writeFileSync(file, 'source\ttarget\tkind\tnote\nKiev\tKyiv\tplace\t\n');
    expect(glosa(['glossary', 'import', file], env).stdout).toMatch(/imported 1 entries/);
    expect(glosa(['glossary', 'list'], env).stdout).toMatch(/accepted +Kiev → Kyiv/);
    const out = path.join(tempDataDir(), 'out.csv');
    expect(glosa(['glossary', 'export', out], env).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe('source,target,kind,note\r\nKiev,Kyiv,place,\r\n');
    expect(glosa(['glossary', 'export', out], env).code).toBe(2);
    expect(glosa(['glossary', 'export', out, '--force'], env).code).toBe(0);
    // Entries into Spanish are imported, listed and exported on their own.
    expect(glosa(['glossary', 'import', file, '--to', 'es'], env).stdout).toMatch(/imported 1 entries/);
    expect(glosa(['glossary', 'list'], env).stdout).toMatch(/Kiev → Kyiv \[en\][\s\S]*Kiev → Kyiv \[es\]/);
    const exported = glosa(['glossary', 'export', out, '--force', '--to', 'es'], env);
    expect(exported.stdout).toMatch(/exported 1 entries into es/);
    expect(glosa(['glossary', 'export', out, '--to', 'fr', '--force'], env).code).toBe(2);
  });
});

describe('entries into Spanish and into English', () => {
  it('suggests, keeps, applies and exports each reading language’s entries apart', async () => {
    const c = await core({ apertium: true });
    await c.api.updateSettings({ readingLanguage: 'es' });
    const text = 'Talks in Kyiv resumed on Monday. Officials in Kyiv said the talks would go on.\n\nIn Moscow, the Kremlin said little. Moscow will answer on Friday.';
    const r = await c.api.importText({ text });
    if (r.status !== 'imported') throw new Error(r.status);
    expect(r.article).toMatchObject({ sourceLang: 'en', targetLang: 'es' });
    // Into Spanish, an entry of the shipped table reads as the Spanish press spells it.
    const suggested = (await c.api.listGlossary({ status: 'suggested' })).find((i) => i.variants.includes('Kyiv'))!;
    expect(suggested).toMatchObject({ target: 'Kiev', targetLang: 'es' });
    const spanish = await c.api.decideSuggestion({ key: suggested.key, status: 'accepted' });
    expect(spanish).toMatchObject({ target: 'Kiev', targetLang: 'es' });
    expect((await c.api.listGlossary({ status: 'suggested' })).some((i) => i.key === suggested.key)).toBe(false);

    // A reader of English is offered the same name again, with its English target; both entries stay.
    await c.api.updateSettings({ readingLanguage: 'en' });
    const again = (await c.api.listGlossary({ status: 'suggested' })).find((i) => i.key === suggested.key)!;
    expect(again).toMatchObject({ target: 'Kyiv', targetLang: 'en' });
    const english = await c.api.decideSuggestion({ key: again.key, status: 'accepted' });
    expect(english.targetLang).toBe('en');
    // The article is read in Spanish: only the Spanish entry applies to it.
    expect(c.glossary.activeEntries(r.article.id).map((e) => e.id)).toEqual([spanish.id]);
    expect(c.glossary.activeEntries(null).map((e) => e.id)).toEqual([english.id]);
    // Each language exports its own; entries into two languages are never merged.
    expect((await c.api.exportGlossary({ format: 'csv', targetLang: 'es' })).text.split(/\r?\n/).slice(1, -1)).toEqual(['Kyiv,Kiev,place,']);
    expect((await c.api.exportGlossary({ format: 'csv', targetLang: 'en' })).text.split(/\r?\n/).slice(1, -1)).toEqual(['Kyiv,Kyiv,place,']);
    expect((await c.api.exportGlossary({ format: 'tbx' })).text).toContain('xml:lang="en"');
    await expect(c.api.mergeGlossaryEntries({ ids: [spanish.id!, english.id!] })).rejects.toMatchObject({ code: 'invalid_input' });
    // A file imported for Spanish leaves the English entries as they were.
    expect(await c.api.importGlossary({ name: 'g.csv', text: 'source,target,kind,note\nKyiv,Kyiv,place,\nMoscow,Moscú,place,\n', targetLang: 'es' })).toEqual({ imported: 2, errors: [] });
    const accepted = await c.api.listGlossary({ status: 'accepted' });
    expect(accepted.filter((i) => i.targetLang === 'en').map((i) => i.target)).toEqual(['Kyiv']);
    expect(accepted.filter((i) => i.targetLang === 'es').map((i) => i.target).sort()).toEqual(['Kyiv', 'Moscú']);
  });
});

describe('names across scripts', () => {
  it('gathers a name written in Cyrillic and in the Latin press spelling into one suggestion, matched in both', async () => {
    const c = await core();
    const uk = await c.api.importText({ text: 'Зеленський прибув до Брюсселя у вівторок. Зеленський попросив більше протиповітряної оборони.\n\nЗа словами Зеленського, зима буде важкою. Зеленський зустрівся з лідерами НАТО.' });
    const es = await c.api.importText({ text: 'El presidente Zelenski llegó a Bruselas. Zelenski pidió más defensa antiaérea.\n\nSegún Zelenski, el invierno será duro.' });
    if (uk.status !== 'imported' || es.status !== 'imported') throw new Error('not imported');
    expect(uk.article.sourceLang).toBe('uk');
    const items = (await c.api.listGlossary({ status: 'suggested' })).filter((i) => i.variants.some((v) => /Zelenski|Зеленськ/.test(v)));
    expect(items).toHaveLength(1);
    expect(items[0]!.variants).toEqual(expect.arrayContaining(['Zelenski', 'Зеленський']));
    expect(items[0]!.articleIds.sort()).toEqual([uk.article.id, es.article.id].sort());
    const entry = await c.api.decideSuggestion({ key: items[0]!.key, status: 'accepted', target: 'Zelensky' });
    // The Ukrainian sentence holds the entry by its Cyrillic spelling.
    expect(matchTerms('Зеленський прибув до Брюсселя.', [{ id: entry.id!, target: 'Zelensky', mode: 'enforce', variants: entry.variants }])).toEqual([
      expect.objectContaining({ form: 'Зеленський', start: 0 }),
    ]);
  });
});
