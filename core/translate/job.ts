/**
 * One article's translation in the translator's queue, and what a batch shared by several
 * articles needs of them: whether one engine call may serve both, and when it may stop.
 */
import type { EngineId } from '../contract';
import type { Message } from '../messages';
import type { SentenceRef } from '../store/articles';
import type { EngineKey } from '../store/translations';
import { pairKey } from './engines/row';
import type { Pair, Route } from './registry';

export type Job = {
  articleId: number;
  engine: EngineId;
  route: Route;
  pair: Pair;
  key: EngineKey;
  sentences: Map<number, SentenceRef>;
  /** Sentence numbers still to translate, most wanted first. */
  pending: number[];
  inFlight: Set<number>;
  /** Sentences on screen: they go first, and together. */
  urgent: Set<number>;
  total: number;
  done: number;
  /** Batches sent to the engine so far. */
  batches: number;
  controller: AbortController;
};

/** What the engine made of one sentence of a batch. */
export type BatchResult = { text: string; unknownWords: string[] } | { error: Message };

/** Two jobs whose sentences one engine call may serve: the same engine, model, pair and pivot. */
export function sameRoute(a: Job, b: Job): boolean {
  return a.engine === b.engine && a.route.via === b.route.via && pairKey(a.pair) === pairKey(b.pair) && JSON.stringify(a.key) === JSON.stringify(b.key);
}

/**
 * A signal that aborts once every one of `signals` has (a batch shared by several articles
 * goes on for those still read), and the way to stop listening when the batch is done.
 */
export function allAborted(signals: AbortSignal[]): { signal: AbortSignal; release: () => void } {
  if (signals.length === 1) return { signal: signals[0]!, release: () => {} };
  const controller = new AbortController();
  const check = () => {
    if (signals.every((s) => s.aborted)) controller.abort();
  };
  for (const s of signals) s.addEventListener('abort', check);
  check();
  return { signal: controller.signal, release: () => signals.forEach((s) => s.removeEventListener('abort', check)) };
}

