import type { Handlers, Services } from './services';
import { VERSION } from '../version';

type ImportOutcome = { status: string; article?: { id: number } };

/** The Library: importing, listing, reading, renaming, deleting and restoring articles. */
export function articleHandlers({ dataDir, library, glossary, translator, models }: Services) {
  // Every import updates the suggestions with what the new article holds.
  const indexed = <T extends ImportOutcome>(result: T): T => {
    if (result.status === 'imported' && result.article) glossary.indexArticle(result.article.id);
    return result;
  };
  return {
    getStatus: async () => ({ version: VERSION, dataDir, modelsDir: models.modelsDir }),
    listArticles: async ({ query }) => library.list(query),
    getArticle: async ({ id, head }) => library.get(id, head),
    importFiles: async ({ files }) => {
      const results = [];
      for (const file of files) results.push(indexed(await library.importFile(file.name, Buffer.from(file.data, 'base64'))));
      return results;
    },
    importText: async ({ text, title }) => indexed(await library.importText(text, title)),
    renameArticle: async ({ id, title }) => library.rename(id, title),
    setArticleLanguages: async ({ id, sourceLang, targetLang }) => {
      translator.cancel(id);
      const summary = library.setLanguages(id, sourceLang, targetLang);
      // The names and terms are found again by the rules of the article's language.
      glossary.indexArticle(id);
      return summary;
    },
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
  } satisfies Handlers<'getStatus' | 'listArticles' | 'getArticle' | 'importFiles' | 'importText' | 'renameArticle' | 'setArticleLanguages' | 'deleteArticle' | 'restoreArticle'>;
}
