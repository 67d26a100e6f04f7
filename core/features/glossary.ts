import { formatOf, parseGlossary, serialiseGlossary } from '../glossary/formats';
import { containsTarget, matchTerms, readRenderingProbe, renderingProbe } from '../glossary/match';
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
  } satisfies Handlers<
    | 'listGlossary' | 'decideSuggestion' | 'addGlossaryEntry' | 'updateGlossaryEntry' | 'deleteGlossaryEntry' | 'mergeGlossaryEntries'
    | 'splitGlossaryEntry' | 'importGlossary' | 'exportGlossary' | 'termOccurrences'
  >;
}
