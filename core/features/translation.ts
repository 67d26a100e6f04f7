import { ENGINE_IDS, SOURCE_LANGUAGES, TARGET_LANGUAGES } from '../contract';
import { GlosaError } from '../errors';
import { apertiumPackage } from '../translate/apertium';
import { PIVOTS } from '../translate/registry';
import type { Handlers, Services } from './services';

/** Translating articles and single passages, and the reader's corrections of the result. */
export function translationHandlers({ library, settings, translations, translator, engines, models }: Services) {
  return {
    getEngines: async () => engines.state(),
    getLanguagePairs: async () => {
      const pairs = [];
      for (const from of SOURCE_LANGUAGES) {
        for (const to of TARGET_LANGUAGES) {
          if (from === to) continue;
          const served = [];
          for (const id of ENGINE_IDS) {
            const route = await engines.route(id, { from, to });
            served.push({ id, available: route !== null, pivot: route?.via ? [route.via] : [] });
          }
          const need = modelsFor(models.entries(), { from, to });
          pairs.push({ from, to, engines: served, get: { models: need, package: apertiumPackage({ from, to }) } });
        }
      }
      return { pairs };
    },
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
    translateText: async ({ text, id }) => {
      // Words of an article go by the article's pair and route; loose text, Spanish into the reading language.
      const pair = id !== undefined ? null : { from: 'es', to: settings.read().readingLanguage };
      const routed = pair ? await engines.route(settings.read().engine, pair).then((route) => route && { route, pair }) : await translator.routeFor(id!);
      if (!routed) throw new GlosaError('unavailable', 'noEngine');
      const engine = await engines.get(routed.route.engine, routed.pair, routed.route.via);
      const [result] = await engine.translateBatch([text.replace(/\s+/g, ' ').trim()]);
      return { engine: routed.route.engine, text: result?.text ?? '' };
    },
    fixTerm: async ({ id, n, entryId }) => translator.fixTerm(id, n, entryId),
    retranslateSentences: async ({ id, ns }) => ({ retranslated: await translator.retranslate(id, ns) }),
  } satisfies Handlers<
    | 'getEngines' | 'getLanguagePairs' | 'translateArticle' | 'cancelTranslation' | 'retrySentence' | 'getTranslations' | 'setArticleEngine'
    | 'editTranslation' | 'revertTranslation' | 'translateText' | 'fixTerm' | 'retranslateSentences'
  >;
}

/**
 * The manifest's Opus-MT models that would serve a pair: its own, else two that meet in a
 * pivot language (Russian to Spanish: Russian-English, then English-Spanish); none if neither.
 */
export function modelsFor(entries: readonly { id: string; sourceLang: string; targetLang: string }[], { from, to }: { from: string; to: string }): string[] {
  const find = (a: string, b: string) => entries.find((m) => m.sourceLang === a && m.targetLang === b)?.id;
  const direct = find(from, to);
  if (direct) return [direct];
  for (const via of PIVOTS) {
    const [first, second] = [find(from, via), find(via, to)];
    if (first && second) return [first, second];
  }
  return [];
}
