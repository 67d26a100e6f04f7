import { Worker } from 'node:worker_threads';

/**
 * A tokenizer.json can carry regular expressions (normaliser and pre-tokeniser patterns)
 * that transformers.js runs on every sentence. One written to backtrack catastrophically
 * held a single sentence for over two minutes. Before a model folder is accepted, each
 * pattern in it is run on inputs that make such patterns explode, in a worker thread that
 * is stopped after a time limit: a pattern that needs longer is refused.
 */
export const PATTERN_TIME_LIMIT_MS = 3000;

/** Every `{"Regex": "..."}` pattern anywhere in a tokenizer.json. */
export function tokenizerPatterns(json: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'Regex' && typeof value === 'string') found.push(value);
        else walk(value);
      }
    }
  };
  walk(json);
  return [...new Set(found)];
}

// Runs in the worker: each pattern over inputs that trigger exponential backtracking in
// nested or overlapping quantifiers: long runs of one character, of spaces, of a word and
// punctuation, each ended by a character that makes the match fail at the very end.
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const runs = ['a', ' ', '\\u2581', '0', 'ab', 'a ', '.', 'é'];
const probes = runs.flatMap((r) => [r.repeat(4000) + '!', r.repeat(4000) + '\\u0000', r.repeat(40) + '!']);
for (const pattern of workerData) {
  let re;
  try { re = new RegExp(pattern, 'gu'); } catch { try { re = new RegExp(pattern, 'g'); } catch { continue; } }
  for (const probe of probes) probe.replace(re, '');
}
parentPort.postMessage('done');
`;

/** Resolves when every pattern ran within the limit; rejects with the reason otherwise. */
export function checkTokenizerPatterns(patterns: string[], limitMs = PATTERN_TIME_LIMIT_MS): Promise<void> {
  if (!patterns.length) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const worker = new Worker(PROBE, { eval: true, workerData: patterns, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`one of its patterns took more than ${limitMs / 1000} s on a single test sentence`));
    }, limitMs);
    worker.once('message', () => {
      clearTimeout(timer);
      void worker.terminate();
      resolve();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`its patterns could not be checked (${error.message})`));
    });
  });
}
