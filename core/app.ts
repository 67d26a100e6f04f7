import fs from 'node:fs';
import path from 'node:path';
import type { GlosaApi } from './api';
import { GlosaError } from './errors';
import { EventBus } from './events';
import { formatOf, parseGlossary, serialiseGlossary } from './glossary/formats';
import { containsTarget, matchTerms, readRenderingProbe, renderingProbe } from './glossary/match';
import { Glossary } from './glossary/service';
import { parseArticleFile } from './article/import';
import { Library } from './library';
import { GlossaryRepository } from './store/glossary';
import { Notes } from './notes';
import { NoteRepository } from './store/notes';
import { DATABASE_FILE } from './paths';
import { ArticleRepository } from './store/articles';
import { Database } from './store/database';
import { SettingsRepository } from './store/settings';
import { TranslationRepository } from './store/translations';
import { ModelManager, readManifest } from './translate/models';
import { EngineRegistry } from './translate/registry';
import { Translator } from './translate/translator';
import { VERSION } from './version';

export type CoreOptions = {
  dataDir: string;
  /** Articles copied into a new library on its first run. */
  samplesDir?: string;
  /** Where models are installed, and the manifest of known models. */
  modelsDir?: string;
  manifestFile?: string;
  /** Models that came with a packaged app, used until the reader installs their own. */
  bundledModelsDir?: string;
  /** The Hugging Face hub's address (tests point it at a local server). */
  hubUrl?: string;
  apertiumCommand?: string;
};

export type GlosaCore = {
  api: GlosaApi;
  library: Library;
  database: Database;
  translator: Translator;
  glossary: Glossary;
  models: ModelManager;
  engines: EngineRegistry;
  events: EventBus;
  close(): Promise<void>;
};

const ROOT = path.resolve(import.meta.dirname ?? __dirname, '..');

/**
 * Opens the reader's library and serves the API contract on top of it. Every transport
 * (IPC in Electron, HTTP in browser mode, the CLI) wraps one of these.
 */
export async function openCore(options: CoreOptions): Promise<GlosaCore> {
  const { dataDir, samplesDir } = options;
  const database = Database.open(path.join(dataDir, DATABASE_FILE));
  const articles = new ArticleRepository(database);
  const settings = new SettingsRepository(database);
  const translations = new TranslationRepository(database);
  const library = new Library(articles);
  const notes = new Notes(library, new NoteRepository(database));
  const glossaryStore = new GlossaryRepository(database);
  const glossary = new Glossary(library, glossaryStore);
  const events = new EventBus();

  const modelsDir = options.modelsDir ?? process.env.GLOSA_MODELS_DIR ?? path.join(dataDir, 'models');
  const models = new ModelManager({
    modelsDir,
    bundledDir: options.bundledModelsDir,
    manifest: readManifest(options.manifestFile ?? path.join(ROOT, 'models', 'manifest.json')),
    hubUrl: options.hubUrl ?? process.env.GLOSA_HUB_URL,
    offline: () => settings.read().offline,
  });
  const engines = new EngineRegistry(models, () => settings.read(), options.apertiumCommand ?? process.env.GLOSA_APERTIUM ?? 'apertium');
  const translator = new Translator({
    sentences: (id) => library.sentenceRefs(id),
    store: translations,
    engines,
    settings: () => settings.read(),
    emit: events.emit,
    glossary: {
      entries: (articleId) => glossary.activeEntries(articleId),
      saveChecks: (articleId, checks) => glossaryStore.saveChecks(articleId, checks),
    },
  });

  library.purgeDeleted();
  if (database.versionAtOpen === 0 && samplesDir) await importSamples(library, database, samplesDir);
  let closing = false;
  // Articles not indexed yet (bulk imports, older libraries) join the suggestions in the background.
  const catchingUp = glossary.catchUp(() => closing).catch((error: unknown) => console.error(error));
  // Every import updates the suggestions with what the new article holds.
  const indexed = <T extends { status: string; article?: { id: number } }>(result: T): T => {
    if (result.status === 'imported' && result.article) glossary.indexArticle(result.article.id);
    return result;
  };

  const downloads = new Map<string, Promise<unknown>>();
  let exportController: AbortController | null = null;
  const api: GlosaApi = {
    getStatus: async () => ({ version: VERSION, dataDir, modelsDir: models.modelsDir }),
    listArticles: async ({ query }) => library.list(query),
    getArticle: async ({ id }) => library.get(id),
    importFiles: async ({ files }) => {
      const results = [];
      for (const file of files) results.push(indexed(await library.importFile(file.name, Buffer.from(file.data, 'base64'))));
      return results;
    },
    importText: async ({ text, title }) => indexed(library.importText(text, title)),
    renameArticle: async ({ id, title }) => library.rename(id, title),
    deleteArticle: async ({ id }) => {
      translator.cancel(id);
      library.delete(id);
      glossary.invalidate();
      return { ok: true as const };
    },
    restoreArticle: async ({ id }) => {
      const restored = library.restore(id);
      glossary.invalidate();
      return restored;
    },
    getSettings: async () => settings.read(),
    updateSettings: async (changes) => {
      const before = settings.read();
      const after = settings.update(changes);
      if (before.dtype !== after.dtype || before.engine !== after.engine) await engines.reset();
      return after;
    },
    getEngines: async () => engines.state(),
    translateArticle: async ({ id, visible, includeBoilerplate }) => translator.translate(id, { visible, includeBoilerplate }),
    cancelTranslation: async ({ id }) => {
      translator.cancel(id);
      return { ok: true as const };
    },
    retrySentence: async ({ id, n }) => {
      await translator.retry(id, n);
      return { ok: true as const };
    },
    getTranslations: async ({ id }) => translator.state(id),
    setArticleEngine: async ({ id, engine }) => {
      library.get(id);
      translator.cancel(id);
      translations.setArticleEngine(id, engine);
      return { ok: true as const };
    },
    editTranslation: async ({ id, n, text }) => translator.edit(id, n, text),
    revertTranslation: async ({ id, n }) => translator.revert(id, n),
    listModels: async () => models.list(),
    downloadModel: async ({ id, dtype }) => {
      const chosen = dtype ?? settings.read().dtype;
      models.entry(id);
      if (settings.read().offline) {
        throw new GlosaError('unavailable', 'Offline mode is on, so Glosa does not download anything. Turn it off in Settings, or import a model folder.');
      }
      const key = `${id}:${chosen}`;
      if (!downloads.has(key)) {
        // Runs in the background; progress and the outcome arrive as events.
        const running = models
          .download(id, chosen, { onProgress: (progress) => events.emit({ type: 'download', progress }) })
          .then(async () => {
            await engines.reset();
            events.emit({ type: 'download-finished', modelId: id, dtype: chosen, ok: true, message: null });
          })
          .catch((error: unknown) => {
            events.emit({ type: 'download-finished', modelId: id, dtype: chosen, ok: false, message: error instanceof Error ? error.message : String(error) });
          })
          .finally(() => downloads.delete(key));
        downloads.set(key, running);
      }
      return { ok: true as const };
    },
    cancelDownload: async ({ id }) => {
      models.cancel(id);
      return { ok: true as const };
    },
    importModel: async ({ id, path: folder }) => {
      const info = await models.importFolder(id, folder);
      await engines.reset();
      return info;
    },
    verifyModel: async ({ id }) => {
      const { info, problems } = await models.verify(id);
      await engines.reset();
      if (problems.length) throw new GlosaError('unavailable', `The model failed verification: ${problems.join(' ')} Download it again.`);
      return info;
    },
    removeModel: async ({ id }) => {
      const info = models.remove(id);
      await engines.reset();
      return info;
    },
    translateText: async ({ text, id }) => {
      const engineId = id !== undefined ? await translator.engineFor(id) : await engines.resolve(settings.read().engine);
      if (!engineId) throw new GlosaError('unavailable', 'No translation engine is available. Download the Opus-MT model or install Apertium.');
      const engine = await engines.get(engineId);
      const [result] = await engine.translateBatch([text.replace(/\s+/g, ' ').trim()]);
      return { engine: engineId, text: result?.text ?? '' };
    },
    listNotes: async ({ id }) => notes.list(id),
    addNote: async ({ id, n, side, quote, body }) => notes.add(id, n, side, quote ?? null, body),
    updateNote: async ({ noteId, body }) => notes.update(noteId, body),
    deleteNote: async ({ noteId }) => {
      notes.delete(noteId);
      return { ok: true as const };
    },
    listGlossary: async (filter) => glossary.list(filter),
    decideSuggestion: async ({ key, status, ...changes }) => {
      // No curated English and none given: the engine's translation of the term, in context
      // of an article, for terms; names are kept as written.
      const suggestion = glossary.suggestions().find((s) => s.key === key);
      if (status === 'accepted' && changes.target === undefined && suggestion && !suggestion.curated && suggestion.kind === 'term') {
        const engineId = await engines.resolve(settings.read().engine);
        if (engineId) {
          try {
            const [out] = await (await engines.get(engineId)).translateBatch([renderingProbe(suggestion.canonical)]);
            if (out?.text.trim()) changes.target = readRenderingProbe(suggestion.canonical, out.text);
          } catch {
            // Without an engine the term is kept as written, and the reader can edit it.
          }
        }
      }
      return glossary.decide(key, status, changes);
    },
    addGlossaryEntry: async (entry) => glossary.add(entry),
    updateGlossaryEntry: async ({ id, ...changes }) => glossary.update(id, changes),
    deleteGlossaryEntry: async ({ id }) => {
      glossary.remove(id);
      return { ok: true as const };
    },
    mergeGlossaryEntries: async ({ ids }) => glossary.merge(ids),
    splitGlossaryEntry: async ({ id, form }) => glossary.split(id, form),
    importGlossary: async ({ name, text }) => {
      const format = formatOf(name);
      if (!format) return { imported: 0, errors: [`${name}: use a .csv, .tsv or .tbx file`] };
      const { records, errors } = parseGlossary(text, format);
      if (errors.length) return { imported: 0, errors: errors.map((e) => `${name}, ${e}`) };
      return { imported: glossary.importRecords(records), errors: [] };
    },
    exportGlossary: async ({ format }) => ({ name: `glossary.${format}`, text: serialiseGlossary(glossary.records(), format) }),
    termOccurrences: async ({ variants, target }) => {
      const entry = { id: 0, target, mode: 'hint' as const, variants };
      const occurrences = [];
      // Full-text search finds the candidate articles; the sentences are then matched exactly.
      const candidates = new Map<number, string>();
      for (const form of variants) for (const a of library.list(form)) candidates.set(a.id, a.title);
      for (const [articleId, title] of [...candidates].sort((a, b) => a[0] - b[0])) {
        const shown = await translator.state(articleId);
        for (const ref of library.sentenceRefs(articleId)) {
          const [match] = matchTerms(ref.text, [entry]);
          if (!match) continue;
          const translation = shown.sentences.find((s) => s.n === ref.n)?.text ?? null;
          occurrences.push({ articleId, title, n: ref.n, sentence: ref.text, form: match.form, translation, ok: translation === null ? null : containsTarget(translation, target) });
        }
      }
      return occurrences;
    },
    fixTerm: async ({ id, n, entryId }) => translator.fixTerm(id, n, entryId),
    retranslateSentences: async ({ id, ns }) => ({ retranslated: await translator.retranslate(id, ns) }),
    exportArticles: async ({ ids, format, bundle, ...options }) => {
      const [{ exportFromLibrary }, { renderBundle, renderExport }] = await Promise.all([import('./export/build'), import('./export/index')]);
      exportController?.abort();
      const controller = new AbortController();
      exportController = controller;
      try {
        const doc = await exportFromLibrary({ library, translator, notes, glossary }, ids, options, (done, total) => events.emit({ type: 'export-progress', done, total }), controller.signal);
        const file = bundle && ['html', 'md', 'docx', 'pdf'].includes(format) ? await renderBundle(doc, format as 'html') : await renderExport(doc, format);
        return { name: file.name, data: file.bytes.toString('base64'), mime: MIME[path.extname(file.name)] ?? 'application/octet-stream' };
      } catch (error) {
        if (controller.signal.aborted) throw new GlosaError('unavailable', 'The export was cancelled.');
        throw error;
      }
    },
    cancelExport: async () => {
      exportController?.abort();
      return { ok: true as const };
    },
  };

  return {
    api,
    library,
    database,
    translator,
    glossary,
    models,
    engines,
    events,
    close: async () => {
      closing = true;
      await catchingUp;
      await Promise.allSettled(downloads.values());
      await engines.reset();
      database.close();
    },
  };
}

/** The first-run samples, read first and then stored in one transaction (one commit). */
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.md': 'text/markdown',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.tmx': 'application/x-tmx+xml',
  '.tbx': 'application/x-tbx+xml',
  '.csv': 'text/csv',
  '.zip': 'application/zip',
};

async function importSamples(library: Library, database: Database, samplesDir: string): Promise<void> {
  if (!fs.existsSync(samplesDir)) return;
  const files = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => ({ name: path.join(samplesDir, f), bytes: fs.readFileSync(path.join(samplesDir, f)) }));
  const parsed = await Promise.all(texts.map(async (t) => ({ name: t.name, article: await parseArticleFile(t.name, t.bytes) })));
  database.transaction(() => {
    for (const p of parsed) library.storeParsed(p.article, p.name);
  });
}
