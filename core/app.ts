import fs from 'node:fs';
import path from 'node:path';
import type { GlosaApi } from './api';
import { Library } from './library';
import { DATABASE_FILE } from './paths';
import { ArticleRepository } from './store/articles';
import { Database } from './store/database';
import { SettingsRepository } from './store/settings';
import { VERSION } from './version';

export type CoreOptions = {
  dataDir: string;
  /** Articles copied into a new library on its first run. */
  samplesDir?: string;
};

export type GlosaCore = {
  api: GlosaApi;
  library: Library;
  database: Database;
  close(): void;
};

/**
 * Opens the reader's library and serves the API contract on top of it. Every transport
 * (IPC in Electron, HTTP in browser mode, the CLI) wraps one of these.
 */
export async function openCore({ dataDir, samplesDir }: CoreOptions): Promise<GlosaCore> {
  const database = Database.open(path.join(dataDir, DATABASE_FILE));
  const articles = new ArticleRepository(database);
  const settings = new SettingsRepository(database);
  const library = new Library(articles);

  library.purgeDeleted();
  if (database.versionAtOpen === 0 && samplesDir) await importSamples(library, samplesDir);

  const api: GlosaApi = {
    getStatus: async () => ({ version: VERSION, dataDir, engines: [] }),
    listArticles: async ({ query }) => library.list(query),
    getArticle: async ({ id }) => library.get(id),
    importFiles: async ({ files }) => {
      const results = [];
      for (const file of files) results.push(await library.importFile(file.name, Buffer.from(file.data, 'base64')));
      return results;
    },
    importText: async ({ text, title }) => library.importText(text, title),
    renameArticle: async ({ id, title }) => library.rename(id, title),
    deleteArticle: async ({ id }) => {
      library.delete(id);
      return { ok: true as const };
    },
    restoreArticle: async ({ id }) => library.restore(id),
    getSettings: async () => settings.read(),
    updateSettings: async (changes) => settings.update(changes),
  };

  return { api, library, database, close: () => database.close() };
}

async function importSamples(library: Library, samplesDir: string): Promise<void> {
  if (!fs.existsSync(samplesDir)) return;
  const files = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
  await library.importPaths(files.map((f) => path.join(samplesDir, f)));
}
