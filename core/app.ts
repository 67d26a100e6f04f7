import fs from 'node:fs';
import path from 'node:path';
import type { GlosaApi } from './api';
import { EventBus } from './events';
import { articleHandlers } from './features/articles';
import { exportHandlers } from './features/export';
import { glossaryHandlers } from './features/glossary';
import { lookupHandlers } from './features/lookup';
import { modelHandlers } from './features/models';
import { noteHandlers } from './features/notes';
import type { Services } from './features/services';
import { settingsHandlers } from './features/settings';
import { translationHandlers } from './features/translation';
import { Glossary } from './glossary/service';
import { parseArticleFile } from './article/import';
import { Library, findLanguage } from './library';
import { GlossaryRepository } from './store/glossary';
import { Notes } from './notes';
import { NoteRepository } from './store/notes';
import { DATABASE_FILE } from './paths';
import { ArticleRepository } from './store/articles';
import { Database } from './store/database';
import { SettingsRepository } from './store/settings';
import { TranslationRepository } from './store/translations';
import { ModelManager, readManifest } from './translate/models';
import type { OpusMtRunOptions } from './translate/opus-mt';
import { EngineRegistry } from './translate/registry';
import { Translator } from './translate/translator';

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
  /** How Opus-MT models run: threads, and (benchmarks only) a stand-in model's forced lengths. */
  opus?: OpusMtRunOptions;
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
  const library = new Library(articles, { readingLanguage: () => settings.read().readingLanguage });
  const notes = new Notes(library, new NoteRepository(database));
  const glossaryStore = new GlossaryRepository(database);
  const glossary = new Glossary(library, glossaryStore, () => settings.read().readingLanguage);
  const events = new EventBus();

  const modelsDir = options.modelsDir ?? process.env.GLOSA_MODELS_DIR ?? path.join(dataDir, 'models');
  const models = new ModelManager({
    modelsDir,
    bundledDir: options.bundledModelsDir,
    manifest: readManifest(options.manifestFile ?? path.join(ROOT, 'models', 'manifest.json')),
    hubUrl: options.hubUrl ?? process.env.GLOSA_HUB_URL,
    offline: () => settings.read().offline,
  });
  const engines = new EngineRegistry(models, () => settings.read(), options.apertiumCommand ?? process.env.GLOSA_APERTIUM ?? 'apertium', options.opus);
  const translator = new Translator({
    sentences: (id) => library.sentenceRefs(id),
    pair: (id) => {
      const { sourceLang, targetLang } = library.summary(id);
      return { from: sourceLang, to: targetLang };
    },
    store: translations,
    engines,
    settings: () => settings.read(),
    emit: events.emit,
    glossary: {
      entries: (articleId) => glossary.activeEntries(articleId),
    },
  });

  library.purgeDeleted();
  if (database.versionAtOpen === 0 && samplesDir) await importSamples(library, glossary, database, samplesDir);
  let closing = false;
  // Articles not indexed yet (bulk imports, older libraries) join the suggestions in the background.
  const catchingUp = glossary.catchUp(() => closing).catch((error: unknown) => console.error(error));
  const services: Services = { dataDir, library, notes, glossary, glossaryStore, settings, translations, translator, engines, models, events };
  const modelFeature = modelHandlers(services);
  const api: GlosaApi = {
    ...articleHandlers(services),
    ...settingsHandlers(services),
    ...translationHandlers(services),
    ...modelFeature.handlers,
    ...noteHandlers(services),
    ...glossaryHandlers(services),
    ...lookupHandlers(services),
    ...exportHandlers(services),
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
      await modelFeature.settled();
      await engines.reset();
      database.close();
    },
  };
}

/** The first-run samples, read first and then stored and indexed for the glossary in one transaction (one commit). */
async function importSamples(library: Library, glossary: Glossary, database: Database, samplesDir: string): Promise<void> {
  if (!fs.existsSync(samplesDir)) return;
  const files = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => ({ name: path.join(samplesDir, f), bytes: fs.readFileSync(path.join(samplesDir, f)) }));
  const parsed = await Promise.all(
    texts.map(async (t) => {
      const article = await parseArticleFile(t.name, t.bytes);
      return { name: t.name, article, found: await findLanguage(article, t.name, 'es') };
    }),
  );
  database.transaction(() => {
    for (const p of parsed) {
      const stored = library.storeParsed(p.article, p.name, p.found);
      if (stored.status === 'imported') glossary.indexArticle(stored.article.id);
    }
  });
}
