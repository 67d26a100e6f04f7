import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GlosaEvent } from '../../core/api';
import { type GlosaCore, openCore } from '../../core/app';
import { sourceHash } from '../../core/store/source-hash';
import { SAMPLES_DIR } from '../support/fixtures';
import { tempDataDir } from '../support/serve';
import { tinyModelDir } from '../support/tiny-model';
import { english } from '../../core/messages';

const opened: GlosaCore[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

/** A library with the tiny model installed as Opus-MT and no Apertium. */
async function tinyCore(dataDir = tempDataDir()) {
  const core = await openCore({ dataDir, apertiumCommand: '/nonexistent/apertium' });
  opened.push(core);
  if (core.models.installed('opus-mt-es-en', 'q8') === null) await core.api.importModel({ id: 'opus-mt-es-en', path: tinyModelDir() });
  const events: GlosaEvent[] = [];
  core.events.on((e) => events.push(e));
  return { core, events, dataDir };
}

async function article(core: GlosaCore, text: string) {
  const r = await core.api.importText({ text });
  if (r.status === 'error') throw new Error(r.message);
  return r.article.id;
}

const TEXT = 'La guerra en Ucrania.\n\nEl presidente Zelenski habló con Putin hoy.\n\nRelacionado La paz en Rusia\n\nLa paz y la seguridad de Kiev.';

describe('translating an article', () => {
  it('sends a small first batch, so that the first sentences show at once, then full ones', async () => {
    const { core, events } = await tinyCore();
    const id = await article(core, Array.from({ length: 12 }, (_, i) => `La guerra en Ucrania número ${i + 1}.`).join('\n\n'));
    const engine = await core.engines.get('opus-mt');
    const sizes: number[] = [];
    const translate = engine.translateBatch.bind(engine);
    engine.translateBatch = (sources, signal) => {
      sizes.push(sources.length);
      return translate(sources, signal);
    };
    await core.api.translateArticle({ id });
    await vi.waitFor(() => expect(events.some((e) => e.type === 'progress' && e.articleId === id && !e.running)).toBe(true));
    expect(sizes).toEqual([2, 8, 2]);
    // Reading order first: the article's first sentence is in the first batch.
    const first = events.find((e) => e.type === 'sentence' && e.sentence.state === 'done');
    expect(first?.type === 'sentence' && first.sentence.n).toBe(0);
  });

  it('says honestly when there is no engine', async () => {
    const core = await openCore({ dataDir: tempDataDir(), apertiumCommand: '/nonexistent/apertium' });
    opened.push(core);
    const id = await article(core, TEXT);
    const engines = await core.api.getEngines({});
    expect(engines.automatic).toBeNull();
    expect(english(engines.engines.find((e) => e.id === 'opus-mt')!.detail)).toMatch(/not installed/);
    expect(engines.engines.find((e) => e.id === 'apertium')?.detail).toEqual({ key: 'apertiumMissing', params: {} });
    expect(await core.api.translateArticle({ id })).toEqual({ engine: null, queued: 0 });
    const state = await core.api.getTranslations({ id });
    expect(state.engine).toBeNull();
    expect(state.sentences.every((s) => s.state === 'pending' && s.text === null)).toBe(true);
  });

  it('streams sentence results and progress, skipping boilerplate, and records the engine', async () => {
    const { core, events } = await tinyCore();
    const id = await article(core, TEXT);
    expect((await core.api.getEngines({})).automatic).toBe('opus-mt');
    expect(await core.api.translateArticle({ id })).toEqual({ engine: 'opus-mt', queued: 3 });
    await core.translator.idle();
    const done = events.filter((e) => e.type === 'sentence' && e.sentence.state === 'done');
    expect(done.map((e) => e.type === 'sentence' && e.sentence.text)).toEqual(
      expect.arrayContaining(['The war in Ukraine.', 'The president Zelenski spoke with Putin today.', 'The peace and the security of Kiev.']),
    );
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress[progress.length - 1]).toMatchObject({ done: 3, total: 3, running: false });
    const state = await core.api.getTranslations({ id });
    expect(state.sentences.map((s) => s.state)).toEqual(['done', 'done', 'pending', 'done']);
    expect(state.sentences[0]).toMatchObject({ text: 'The war in Ukraine.', engine: 'opus-mt' });
    const row = core.database.get<{ engine: string; model_revision: string }>('SELECT engine, model_revision FROM translations LIMIT 1');
    expect(row).toEqual({ engine: 'opus-mt', model_revision: 'c3f8f178b475-q8' });

    await core.api.translateArticle({ id, includeBoilerplate: true });
    await core.translator.idle();
    expect((await core.api.getTranslations({ id })).sentences[2]).toMatchObject({ state: 'done', text: 'The peace in Russia' });
  });

  it('translates nothing again when an article is reopened', async () => {
    const first = await tinyCore();
    const id = await article(first.core, TEXT);
    await first.core.api.translateArticle({ id });
    await first.core.translator.idle();
    await first.core.close();
    opened.splice(opened.indexOf(first.core), 1);

    const { core } = await tinyCore(first.dataDir);
    const engine = await core.engines.get('opus-mt');
    const spy = vi.spyOn(engine, 'translateBatch');
    expect(await core.api.translateArticle({ id })).toEqual({ engine: 'opus-mt', queued: 0 });
    const state = await core.api.getTranslations({ id });
    expect(state.sentences.filter((s) => s.state === 'done')).toHaveLength(3);
    expect(spy).not.toHaveBeenCalled();
  });

  it('translates the visible sentences first', async () => {
    const { core, events } = await tinyCore();
    const text = Array.from({ length: 30 }, (_, i) => `La guerra en Ucrania ${'y la paz '.repeat(i % 5)}hoy.`).join(' ') + ' La paz de Kiev.';
    const id = await article(core, text);
    await core.api.translateArticle({ id, visible: [30, 29] });
    await core.translator.idle();
    const order = events.flatMap((e) => (e.type === 'sentence' && e.sentence.state === 'done' ? [e.sentence.n] : []));
    expect(order.slice(0, 2).sort()).toEqual([29, 30]);
    expect(order).toHaveLength(31);
  });

  it('never overwrites the reader’s edit, and reverts to the machine translation', async () => {
    const { core } = await tinyCore();
    const id = await article(core, TEXT);
    const edited = await core.api.editTranslation({ id, n: 1, text: 'President Zelensky spoke with Putin today.' });
    expect(edited).toMatchObject({ state: 'edited', text: 'President Zelensky spoke with Putin today.' });
    await core.api.translateArticle({ id });
    await core.translator.idle();
    let state = await core.api.getTranslations({ id });
    expect(state.sentences[1]).toMatchObject({ state: 'edited', text: 'President Zelensky spoke with Putin today.' });
    await expect(core.api.editTranslation({ id, n: 1, text: '   ' })).rejects.toThrow(/empty translation/);
    await core.api.revertTranslation({ id, n: 1 });
    await core.translator.idle();
    state = await core.api.getTranslations({ id });
    expect(state.sentences[1]).toMatchObject({ state: 'done', text: 'The president Zelenski spoke with Putin today.' });
  });

  it('marks a sentence that fails with its reason while the rest go on, and retries it', async () => {
    const { core, events } = await tinyCore();
    const id = await article(core, TEXT);
    const engine = await core.engines.get('opus-mt');
    const real = engine.translateBatch.bind(engine);
    let broken = true;
    vi.spyOn(engine, 'translateBatch').mockImplementation(async (sources, signal) => {
      if (broken && sources.some((s) => s.includes('Zelenski'))) throw new Error('onnxruntime ran out of memory');
      return real(sources, signal);
    });
    await core.api.translateArticle({ id });
    await core.translator.idle();
    let state = await core.api.getTranslations({ id });
    expect(state.sentences.map((s) => s.state)).toEqual(['done', 'failed', 'pending', 'done']);
    expect(state.sentences[1]!.error).toEqual({ key: 'engineFailed', params: { detail: 'onnxruntime ran out of memory' } });
    expect(events.some((e) => e.type === 'sentence' && e.sentence.state === 'failed' && e.sentence.n === 1)).toBe(true);
    broken = false;
    await core.api.retrySentence({ id, n: 1 });
    await core.translator.idle();
    state = await core.api.getTranslations({ id });
    expect(state.sentences[1]).toMatchObject({ state: 'done', text: 'The president Zelenski spoke with Putin today.' });
  });

  it('stops when the reader leaves the article', async () => {
    const { core, events } = await tinyCore();
    const text = Array.from({ length: 60 }, (_, i) => `La guerra ${i} en Ucrania.`).join(' ');
    const id = await article(core, text);
    await core.api.translateArticle({ id });
    await core.api.cancelTranslation({ id });
    await core.translator.idle();
    const done = events.filter((e) => e.type === 'sentence' && e.sentence.state === 'done').length;
    expect(done).toBeLessThan(60);
    expect(events[events.length - 1]).toMatchObject({ type: 'progress', running: false });
    expect((await core.api.getTranslations({ id })).running).toBe(false);
  });

  it('keeps translations and edits with their sentences when an article is segmented again', async () => {
    const { core } = await tinyCore();
    const id = await article(core, TEXT);
    await core.api.translateArticle({ id });
    await core.translator.idle();
    await core.api.editTranslation({ id, n: 3, text: 'Peace and security for Kyiv.' });
    // Pretend an older segmenter stored this article with other sentence numbers.
    core.database.run('UPDATE segments SET n = n + 100 WHERE article_id = ?', [id]);
    core.database.run('UPDATE articles SET segmenter_version = 0 WHERE id = ?', [id]);
    const state = await core.api.getTranslations({ id });
    expect(state.sentences.map((s) => s.n)).toEqual([0, 1, 2, 3]);
    expect(state.sentences.map((s) => s.state)).toEqual(['done', 'done', 'pending', 'edited']);
    expect(state.sentences[3]!.text).toBe('Peace and security for Kyiv.');
    expect(sourceHash('La  guerra en Ucrania.')).toBe(sourceHash('La guerra en Ucrania.'));
  });

  it('lets an article use its own engine', async () => {
    const { core } = await tinyCore();
    const id = await article(core, TEXT);
    await core.api.setArticleEngine({ id, engine: 'apertium' });
    const state = await core.api.getTranslations({ id });
    expect(state).toMatchObject({ engine: null, engineChoice: 'apertium' });
    await core.api.setArticleEngine({ id, engine: null });
    expect((await core.api.getTranslations({ id })).engine).toBe('opus-mt');
  });
});

describe('articles queued together', () => {
  const WAR = Array.from({ length: 12 }, (_, i) => `La guerra en Ucrania número ${i + 1}.`).join('\n\n');
  const PEACE = Array.from({ length: 5 }, (_, i) => `La paz de Kiev número ${i + 1}.`).join('\n\n');

  /** The batches the engine is sent, and a way to hold the next one that holds both articles. */
  async function recorded(core: GlosaCore) {
    const engine = await core.engines.get('opus-mt');
    const batches: string[][] = [];
    const translate = engine.translateBatch.bind(engine);
    let hold: Promise<void> | null = null;
    let held = () => {};
    engine.translateBatch = async (sources, signal) => {
      batches.push(sources);
      if (hold && sources.some((s) => s.includes('guerra')) && sources.some((s) => s.includes('paz'))) {
        held();
        await hold;
        hold = null;
      }
      return translate(sources, signal);
    };
    return {
      batches,
      /** Resolves when a shared batch is in the engine; it waits there until `release`. */
      holdShared() {
        let release = () => {};
        hold = new Promise<void>((r) => (release = r));
        return { inEngine: new Promise<void>((r) => (held = r)), release: () => release() };
      },
    };
  }

  it('share the batches after their first, and each gets its own sentences back', async () => {
    const { core } = await tinyCore();
    const war = await article(core, WAR);
    const peace = await article(core, PEACE);
    const { batches } = await recorded(core);
    await core.api.translateArticle({ id: war });
    await core.api.translateArticle({ id: peace });
    await core.translator.idle();
    expect(batches.flat().sort()).toEqual([...WAR.split('\n\n'), ...PEACE.split('\n\n')].sort());
    expect(batches.some((b) => b.some((s) => s.includes('guerra')) && b.some((s) => s.includes('paz')))).toBe(true);
    // Fewer, fuller calls than one article at a time (2 + 8 + 2 and 2 + 3).
    expect(batches.length).toBeLessThan(5);
    const texts = async (id: number) => (await core.api.getTranslations({ id })).sentences.map((s) => [s.state, s.text]);
    expect(await texts(war)).toEqual(Array.from({ length: 12 }, () => ['done', expect.stringMatching(/^The war in Ukraine/)]));
    expect(await texts(peace)).toEqual(Array.from({ length: 5 }, () => ['done', expect.stringMatching(/^The peace of Kiev/)]));
  });

  it('go on for the article still read when the other is left during a shared batch', async () => {
    const { core, events } = await tinyCore();
    const war = await article(core, WAR);
    const peace = await article(core, PEACE);
    const engine = await recorded(core);
    const shared = engine.holdShared();
    await core.api.translateArticle({ id: war });
    await core.api.translateArticle({ id: peace });
    await shared.inEngine;
    const inBatch = engine.batches.at(-1)!;
    await core.api.cancelTranslation({ id: war });
    shared.release();
    await core.translator.idle();
    const peaceState = await core.api.getTranslations({ id: peace });
    expect(peaceState.sentences.every((s) => s.state === 'done')).toBe(true);
    // The left article's sentences of that batch are not shown nor kept as translated.
    const warState = await core.api.getTranslations({ id: war });
    const heldWar = new Set(inBatch.filter((s) => s.includes('guerra')));
    const refs = (await core.api.getArticle({ id: war })).paragraphs.flatMap((p) => p.sentences);
    const heldNs = refs.filter((r) => heldWar.has(r.text)).map((r) => r.n);
    expect(heldNs.length).toBeGreaterThan(0);
    for (const n of heldNs) expect(warState.sentences[n]!.state).toBe('pending');
    expect(events.some((e) => e.type === 'sentence' && e.articleId === war && heldNs.includes(e.sentence.n) && e.sentence.state === 'done')).toBe(false);
    expect(warState.running).toBe(false);
    expect(peaceState.running).toBe(false);
  });

  it('never share with an article another engine translates', async () => {
    const core = await openCore({ dataDir: tempDataDir(), modelsDir: tempDataDir() });
    opened.push(core);
    await core.api.importModel({ id: 'opus-mt-es-en', path: tinyModelDir() });
    const war = await article(core, WAR);
    const peace = await article(core, PEACE);
    await core.api.setArticleEngine({ id: peace, engine: 'apertium' });
    const { batches } = await recorded(core);
    await core.api.translateArticle({ id: war });
    await core.api.translateArticle({ id: peace });
    await core.translator.idle();
    expect(batches.flat().some((s) => s.includes('paz'))).toBe(false);
    expect((await core.api.getTranslations({ id: peace })).sentences.map((s) => s.state)).toEqual(Array(5).fill('done'));
    expect((await core.api.getTranslations({ id: war })).sentences.map((s) => s.state)).toEqual(Array(12).fill('done'));
  });
});

describe('Apertium', () => {
  it('translates a sample on this machine, reporting unknown words without their marks', async () => {
    const core = await openCore({ dataDir: tempDataDir(), samplesDir: SAMPLES_DIR, modelsDir: tempDataDir() });
    opened.push(core);
    const engines = await core.api.getEngines({});
    expect(engines.engines.find((e) => e.id === 'apertium'), 'CI installs apertium and apertium-eng-spa').toMatchObject({ available: true });
    expect(engines.automatic).toBe('apertium');
    const [a] = await core.api.listArticles({ query: 'Dnipropetrovsk' });
    await core.api.translateArticle({ id: a!.id });
    await core.translator.idle();
    const state = await core.api.getTranslations({ id: a!.id });
    // The page's furniture (the agency's sign-off, "(ANSA).") is translated only when the reader asks.
    const { paragraphs } = await core.api.getArticle({ id: a!.id });
    const furniture = new Set(paragraphs.filter((p) => p.role === 'boilerplate').flatMap((p) => p.sentences.map((s) => s.n)));
    expect(furniture.size).toBeGreaterThan(0);
    expect(state.sentences.filter((s) => s.state !== 'done').map((s) => s.n)).toEqual([...furniture]);
    const all = state.sentences.map((s) => s.text).join(' ');
    expect(all).toMatch(/Russia/);
    expect(all).not.toMatch(/[*#@]\p{L}/u);
    expect(state.sentences.flatMap((s) => s.unknownWords)).toEqual(expect.arrayContaining(['Novoheorhiivka']));
  });
});

describe('a country and its adjective, with Apertium', () => {
  it('offers the adjective with its country, accepts both at once, and enforces both in the English', async () => {
    const core = await openCore({ dataDir: tempDataDir(), modelsDir: tempDataDir() });
    opened.push(core);
    const id = await article(core, 'Bielorrusia cerró ayer su frontera con Polonia.\n\nLas tropas bielorrusas llegaron a la frontera por la noche.\n\nUn soldado bielorruso habló con la prensa.');
    const belarus = (await core.api.listGlossary({ status: 'suggested' })).find((i) => i.canonical === 'Bielorrusia')!;
    expect(belarus).toMatchObject({ kind: 'place', target: 'Belarus' });
    expect(belarus.adjective?.target).toBe('Belarusian');
    expect([...belarus.adjective!.variants].sort()).toEqual(['bielorrusas', 'bielorruso']);
    await core.api.decideSuggestion({ key: belarus.key, status: 'accepted' });
    const accepted = await core.api.listGlossary({ status: 'accepted' });
    expect(accepted.map((e) => [e.canonical, e.target, e.kind, e.mode])).toEqual(
      expect.arrayContaining([
        ['Bielorrusia', 'Belarus', 'place', 'enforce'],
        [expect.stringMatching(/^bielorrus/), 'Belarusian', 'term', 'enforce'],
      ]),
    );
    expect((await core.api.listGlossary({ status: 'suggested' })).some((i) => i.variants.includes('bielorrusas'))).toBe(false);
    await core.api.translateArticle({ id });
    await core.translator.idle();
    const { sentences } = await core.api.getTranslations({ id });
    expect(sentences[1]!.text).toMatch(/Belarusian/);
    expect(sentences[2]!.text).toMatch(/Belarusian/);
    expect(sentences.flatMap((s) => s.text ?? '').join(' ')).not.toMatch(/Byelorussian|Bielorrus/i);
    expect(sentences.flatMap((s) => s.terms).every((t) => t.ok)).toBe(true);
  });

  it('offers the adjective alone once its country is decided on', async () => {
    const core = await openCore({ dataDir: tempDataDir(), modelsDir: tempDataDir() });
    opened.push(core);
    await article(core, 'Bielorrusia cerró ayer su frontera.\n\nLas tropas bielorrusas llegaron por la noche.');
    const belarus = (await core.api.listGlossary({ status: 'suggested' })).find((i) => i.canonical === 'Bielorrusia')!;
    await core.api.decideSuggestion({ key: belarus.key, status: 'rejected' });
    const alone = (await core.api.listGlossary({ status: 'suggested' })).find((i) => i.variants.includes('bielorrusas'))!;
    expect(alone).toMatchObject({ kind: 'term', target: 'Belarusian' });
    expect(alone.adjective).toBeUndefined();
    expect(await core.api.decideSuggestion({ key: alone.key, status: 'accepted' })).toMatchObject({ status: 'accepted', target: 'Belarusian', variants: ['bielorrusas'] });
  });
});

describe('post-editing with the glossary', () => {
  /** The tiny model's English for "El presidente Zelenski habló con Putin hoy." keeps "Zelenski": a miss to fix. */
  async function withMiss() {
    const { core } = await tinyCore();
    const id = await article(core, 'La guerra en Kiev.\n\nEl presidente Zelenski habló con Putin hoy.');
    const entry = await core.api.addGlossaryEntry({ variants: ['Zelenski'], target: 'Zelensky', kind: 'person', mode: 'hint' });
    await core.api.translateArticle({ id });
    await core.translator.idle();
    return { core, id, entryId: entry.id! };
  }

  it('fixes a flagged miss in one click, as an edit the reader can revert', async () => {
    const { core, id, entryId } = await withMiss();
    expect((await core.api.getTranslations({ id })).sentences[1]).toMatchObject({ text: 'The president Zelenski spoke with Putin today.', terms: [{ ok: false }] });
    const fixed = await core.api.fixTerm({ id, n: 1, entryId });
    expect(fixed).toMatchObject({ state: 'edited', text: 'The president Zelensky spoke with Putin today.', machineText: 'The president Zelenski spoke with Putin today.', terms: [{ ok: true, targetRange: { start: 14, end: 22 } }] });
    expect(await core.api.revertTranslation({ id, n: 1 })).toMatchObject({ state: 'done', text: 'The president Zelenski spoke with Putin today.' });
  });

  it('refuses a fix it cannot make, saying why', async () => {
    const { core, id, entryId } = await withMiss();
    await expect(core.api.fixTerm({ id, n: 9, entryId })).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('no sentence 9') });
    await expect(core.api.fixTerm({ id, n: 1, entryId: entryId + 40 })).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('does not apply') });
    // An entry whose spellings the English does not hold at all: there is nowhere to put the target.
    const other = await core.api.addGlossaryEntry({ variants: ['Putin'], target: 'Vladimir Putin', kind: 'person', mode: 'hint' });
    await core.api.editTranslation({ id, n: 1, text: 'The president spoke with him today.' });
    await expect(core.api.fixTerm({ id, n: 1, entryId: other.id! })).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('use “Vladimir Putin”'.replace(/[“”]/g, '"')) });
    const fresh = await article(core, 'Putin habló hoy.');
    await expect(core.api.fixTerm({ id: fresh, n: 0, entryId: other.id! })).rejects.toMatchObject({ code: 'unavailable', message: 'This sentence is not translated yet.' });
  });

  it('translates the sentences asked for again, with the targets written into the source, and only those', async () => {
    const { core, id } = await withMiss();
    expect(await core.api.retranslateSentences({ id, ns: [1] })).toEqual({ retranslated: 1 });
    const after = (await core.api.getTranslations({ id })).sentences[1]!;
    expect(after.machineText).toContain('Zelensky');
    expect(after).toMatchObject({ state: 'done', terms: [{ ok: true }] });
    // The other sentence is left as it was.
    expect((await core.api.getTranslations({ id })).sentences[0]!.machineText).toBe('The war in Kiev.');
  });
});

describe('an entry added after its sentences were translated', () => {
  it("is repaired in them once the engine's rendering of its spellings is known, and they are sent again", async () => {
    const core = await openCore({ dataDir: tempDataDir() });
    opened.push(core);
    const events: GlosaEvent[] = [];
    core.events.on((e) => events.push(e));
    const id = await article(core, 'El secretario de Estado, Marco Rubio, llegó a Kiev.\n\nRubio dijo que la guerra debe terminar.');
    await core.api.translateArticle({ id });
    await core.translator.idle();
    expect((await core.api.getTranslations({ id })).sentences[1]!.text).toMatch(/^Blond said/);
    await core.api.addGlossaryEntry({ variants: ['Marco Rubio'], target: 'Marco Rubio', kind: 'person' });
    events.length = 0;
    // The read itself does not wait for the engine: it shows what it knows, and asks.
    const first = await core.api.getTranslations({ id });
    expect(first.sentences[1]!.terms).toEqual([expect.objectContaining({ source: 'Rubio', target: 'Rubio', ok: false })]);
    await core.translator.idle();
    const sent = events.flatMap((e) => (e.type === 'sentence' && e.articleId === id ? [e.sentence] : []));
    expect(sent.map((s) => [s.n, s.text])).toEqual([
      [0, 'The secretary of State, Marco Rubio, arrived to Kiev.'],
      [1, 'Rubio said that the war has to end up.'],
    ]);
    expect((await core.api.getTranslations({ id })).sentences.map((s) => s.terms.every((t) => t.ok))).toEqual([true, true]);
    // Asked once: a second read sends nothing again.
    events.length = 0;
    await core.api.getTranslations({ id });
    await core.translator.idle();
    expect(events.filter((e) => e.type === 'sentence')).toEqual([]);
  });
});
