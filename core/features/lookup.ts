import type { GlossaryItem } from '../api';
import { GlosaError } from '../errors';
import { findPhrase, fold } from '../glossary/match';
import { asWritten } from '../text/case';
import { withoutWord, wordsAdded } from '../translate/word-in-context';
import type { Handlers, Services } from './services';

/** Other articles shown for a word; the count says how many there are in all. */
const ELSEWHERE = 5;

/** A word of a sentence, where the sentence writes it (null where it does not). */
function wordIn(library: Services['library'], id: number, n: number, word: string) {
  const ref = library.sentenceRefs(id).find((r) => r.n === n);
  if (!ref) throw new GlosaError('not_found', 'sentenceNotFound', { id, n });
  const at = findPhrase(ref.text, word);
  return { text: ref.text, at, shown: at ? ref.text.slice(at.start, at.end) : word };
}

/**
 * Looking up one word of a sentence, as the reader clicks it: its glossary entry (or the
 * entry of a name it is part of) and the other articles that have it, at once; and apart,
 * what the engine writes for it in that sentence and alone, which may wait on the engine.
 */
export function lookupHandlers({ library, glossary, translator, engines }: Services) {
  return {
    lookUpWord: async ({ id, n, word }) => {
      const { shown } = wordIn(library, id, n, word);
      const elsewhere: { articleId: number; title: string; n: number; sentence: string }[] = [];
      const others = library.list(shown).filter((a) => a.id !== id);
      for (const article of others) {
        if (elsewhere.length === ELSEWHERE) break;
        const hit = library.sentenceRefs(article.id).find((r) => findPhrase(r.text, shown));
        if (hit) elsewhere.push({ articleId: article.id, title: article.title, n: hit.n, sentence: hit.text });
      }
      return { word: shown, entry: entryFor(glossary.list(), shown), elsewhere, articles: others.length };
    },

    translateWord: async ({ id, n, word }) => {
      const { text, at, shown } = wordIn(library, id, n, word);
      const routed = await translator.routeFor(id);
      if (!routed) return { engine: null, inSentence: null, alone: null };
      let inSentence: string | null = null;
      let alone: string | null = null;
      try {
        const engine = await engines.get(routed.route.engine, routed.pair, routed.route.via);
        const inputs = at ? [text, withoutWord(text, at.start, at.end), shown] : [shown];
        const out = await engine.translateBatch(inputs);
        alone = asWritten(shown, out[out.length - 1]?.text ?? '');
        if (at) inSentence = wordsAdded(out[0]!.text, out[1]!.text);
      } catch {
        // The engine cannot run now: the glossary's answer still helps.
      }
      return { engine: routed.route.engine, inSentence, alone };
    },
  } satisfies Handlers<'lookUpWord' | 'translateWord'>;
}

/**
 * The glossary item for a word: one of whose spellings it is, else a name one of whose
 * spellings it is a word of ("Rubio" in "Marco Rubio"; a word of a longer term is not that
 * term); the reader's own entries before suggestions.
 */
export function entryFor(items: GlossaryItem[], word: string): GlossaryItem | null {
  const rank = (i: GlossaryItem) => (i.status === 'accepted' ? 0 : i.status === 'suggested' ? 1 : 2);
  const ordered = [...items].sort((a, b) => rank(a) - rank(b));
  const key = fold(word);
  return ordered.find((i) => i.variants.some((v) => fold(v) === key)) ?? ordered.find((i) => i.kind !== 'term' && i.variants.some((v) => findPhrase(v, word) !== null)) ?? null;
}
