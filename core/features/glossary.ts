import { formatOf, parseGlossary, serialiseGlossary } from '../glossary/formats';
import { containsTarget, readRenderingProbe, renderingProbe, targetFor } from '../glossary/match';
import type { Place } from '../glossary/service';
import { message } from '../messages';
import type { Handlers, Services } from './services';

/** The glossary panel: suggestions, entries, glossary files and where a term occurs. */
export function glossaryHandlers({ glossary, library, settings, engines, translator }: Services) {
  return {
    listGlossary: async (filter) => glossary.list(filter),
    decideSuggestion: async ({ key, status, ...changes }) => {
      // No curated target and none given: for terms, the engine's translation from the language
      // of the first article it was found in into the entry's language; names are kept as written.
      const suggestion = glossary.suggestions().find((s) => s.key === key);
      if (status === 'accepted' && changes.target === undefined && suggestion && !suggestion.curated && suggestion.kind === 'term') {
        const pair = { from: library.summary(suggestion.articles[0]!).sourceLang, to: changes.targetLang ?? settings.read().readingLanguage };
        const route = await engines.route(settings.read().engine, pair);
        if (route) {
          try {
            const [out] = await (await engines.get(route.engine, pair, route.via)).translateBatch([renderingProbe(suggestion.canonical)]);
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
    importGlossary: async ({ name, text, targetLang }) => {
      const format = formatOf(name);
      if (!format) return { imported: 0, errors: [message('glossaryFileType', { name })] };
      const lang = targetLang ?? settings.read().readingLanguage;
      const { records, errors } = parseGlossary(text, format, lang);
      if (errors.length) return { imported: 0, errors: errors.map((problem) => message('glossaryInFile', { name, problem })) };
      return { imported: glossary.importRecords(records, lang), errors: [] };
    },
    exportGlossary: async ({ format, targetLang }) => {
      const lang = targetLang ?? settings.read().readingLanguage;
      return { name: `glossary.${format}`, text: serialiseGlossary(glossary.records(lang), format, lang) };
    },
    termOccurrences: async ({ variants, target, kind }) => {
      // The places the panel counts, each with its sentence and the translation shown for it.
      const byArticle = new Map<number, Place[]>();
      for (const p of glossary.places(variants)) byArticle.set(p.articleId, [...(byArticle.get(p.articleId) ?? []), p]);
      const occurrences = [];
      for (const [articleId, places] of byArticle) {
        const { title } = library.summary(articleId);
        const shown = new Map((await translator.state(articleId)).sentences.map((s) => [s.n, s.text]));
        const sentences = new Map(library.sentenceRefs(articleId).map((r) => [r.n, r.text]));
        for (const { n, form } of places) {
          const translation = shown.get(n) ?? null;
          occurrences.push({ articleId, title, n, sentence: sentences.get(n) ?? '', form, translation, ok: translation === null ? null : containsTarget(translation, targetFor({ target, variants, kind }, form)) });
        }
      }
      return occurrences;
    },
  } satisfies Handlers<
    | 'listGlossary' | 'decideSuggestion' | 'addGlossaryEntry' | 'updateGlossaryEntry' | 'deleteGlossaryEntry' | 'mergeGlossaryEntries'
    | 'splitGlossaryEntry' | 'importGlossary' | 'exportGlossary' | 'termOccurrences'
  >;
}
