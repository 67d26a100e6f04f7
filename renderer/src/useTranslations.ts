import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleTranslations, EngineId, SentenceTranslation } from '../../core/api';
import { glosa } from './api';
import { useEvents } from './useEvents';
import type { Message } from '../../core/messages';
import { asMessage } from './messages';

export type Progress = { done: number; total: number; running: boolean };

/**
 * An article's translations: loaded when it opens, started with the visible sentences
 * first, updated as results stream in, and cancelled when the reader leaves it.
 */
export function useTranslations(articleId: number | null, onError: (error: unknown) => void) {
  const [state, setState] = useState<ArticleTranslations | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [unavailable, setUnavailable] = useState<Message | null>(null);

  // Answers can arrive out of order (an engine change races the first load): keep the last asked.
  const latest = useRef(0);
  // Sentences sent while a load is on its way may be newer than what it brings (a glossary
  // repair worked out in the background): they are laid over the loaded state.
  const arrived = useRef<Map<number, SentenceTranslation> | null>(null);
  const wasRunning = useRef(false);
  const load = useCallback(async (id: number) => {
    const ticket = ++latest.current;
    const during = new Map<number, SentenceTranslation>();
    arrived.current = during;
    const loaded = await glosa.getTranslations({ id });
    if (ticket === latest.current) {
      arrived.current = null;
      setState({ ...loaded, sentences: loaded.sentences.map((s) => during.get(s.n) ?? s) });
    }
    return loaded;
  }, []);

  const start = useCallback(
    async (id: number, visible: number[] = []) => {
      try {
        setUnavailable(null);
        await glosa.translateArticle({ id, visible });
      } catch (error) {
        setUnavailable(asMessage(error));
      }
    },
    [],
  );

  useEffect(() => {
    setState(null);
    wasRunning.current = false;
    setProgress(null);
    if (articleId === null) return;
    let current = true;
    load(articleId).then(
      (loaded) => {
        if (current && loaded.engine) void start(articleId);
      },
      (error) => current && onError(error),
    );
    return () => {
      current = false;
      void glosa.cancelTranslation({ id: articleId }).catch(() => {});
    };
  }, [articleId, load, start, onError]);

  useEvents((events) => {
    if (articleId === null) return;
    const updates = new Map<number, SentenceTranslation>();
    for (const event of events) {
      if (event.type === 'sentence' && event.articleId === articleId) {
        updates.set(event.sentence.n, event.sentence);
        if (event.sentence.state !== 'translating') arrived.current?.set(event.sentence.n, event.sentence);
      }
      if (event.type === 'progress' && event.articleId === articleId) {
        setProgress({ done: event.done, total: event.total, running: event.running });
        // When a job ends, the stored state is the truth: an event lost to a reconnect is made
        // good. A job that had nothing to do changed nothing: no need to read it all again.
        if (!event.running && (wasRunning.current || event.done < event.total)) void load(articleId);
        wasRunning.current = event.running;
      }
      // A restarted backend carries on with the job; what it finished before is stored.
      if (event.type === 'backend' && event.state === 'restarted') void load(articleId);
      if (event.type === 'download-finished' && event.ok) void load(articleId).then((s) => s.engine && start(articleId));
    }
    if (updates.size) {
      setState((s) =>
        s && {
          ...s,
          sentences: s.sentences.map((old) => {
            const next = updates.get(old.n);
            if (!next) return old;
            // A "translating" event carries no text: keep what is shown until the result.
            return next.state === 'translating' ? { ...old, state: old.state === 'edited' ? 'edited' : 'translating' } : next;
          }),
        },
      );
    }
  });

  const replace = useCallback((sentence: SentenceTranslation) => {
    setState((s) => s && { ...s, sentences: s.sentences.map((old) => (old.n === sentence.n ? sentence : old)) });
  }, []);

  const actions = {
    prioritise: (visible: number[]) => articleId !== null && state?.engine && void start(articleId, visible),
    retry: async (n: number) => {
      if (articleId === null) return;
      try {
        await glosa.retrySentence({ id: articleId, n });
      } catch (error) {
        onError(error);
      }
    },
    cancel: async () => {
      if (articleId !== null) await glosa.cancelTranslation({ id: articleId });
    },
    setEngine: async (engine: EngineId | null) => {
      if (articleId === null) return;
      try {
        await glosa.setArticleEngine({ id: articleId, engine });
        const loaded = await load(articleId);
        setProgress(null);
        if (loaded.engine) await start(articleId);
      } catch (error) {
        onError(error);
      }
    },
    /** Loads the state again without starting work: after a glossary change, a re-check. */
    refresh: async () => {
      if (articleId !== null) await load(articleId);
    },
    reload: async () => {
      if (articleId === null) return;
      const loaded = await load(articleId);
      if (loaded.engine) await start(articleId);
    },
    replace,
    /** The reader's own translation of a sentence, or (null) back to the machine's; the state follows. */
    edit: async (n: number, text: string | null): Promise<SentenceTranslation | null> => {
      if (articleId === null) return null;
      const result = text === null ? await glosa.revertTranslation({ id: articleId, n }) : await glosa.editTranslation({ id: articleId, n, text });
      replace(result);
      return result;
    },
    /** A flagged glossary miss fixed in one click; the state follows. */
    fixTerm: async (n: number, entryId: number): Promise<SentenceTranslation | null> => {
      if (articleId === null) return null;
      const result = await glosa.fixTerm({ id: articleId, n, entryId });
      replace(result);
      return result;
    },
    /** Sentences translated again with the glossary's targets written into the source; returns how many were. */
    retranslate: async (ns: number[]): Promise<number> => {
      if (articleId === null) return 0;
      const { retranslated } = await glosa.retranslateSentences({ id: articleId, ns });
      await load(articleId);
      return retranslated;
    },
  };
  return { state, progress, unavailable, actions };
}
