import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ApertiumPipeline } from './apertium-pipeline';
import { EngineError, type EngineOutput, type TranslationEngine } from './engine';
import { type Message, message } from '../messages';

const run = promisify(execFile);

/**
 * Apertium's marks: * unknown word, # generation gap, @ transfer gap, before a word that
 * starts wherever a word can (after a space, a quote, a bracket, a tag's < / or >).
 */
const MARKED_WORD = /(^|(?<![\p{L}\p{N}]))([*#@]+)([\p{L}\p{N}](?:[\p{L}\p{N}\-'’]*[\p{L}\p{N}])?)/gu;
/** A generation gap marked before an amount ("#$5", "#€3"): the mark goes, the amount stays. */
const MARKED_AMOUNT = /(^|(?<![\p{L}\p{N}]))#(?=\p{Sc}\p{N})/gu;

/** A translation direction, by ISO 639-1 codes. */
export type Pair = { from: string; to: string };

export type ApertiumInfo =
  | { available: true; version: string; modes: Map<string, string> }
  | { available: false; reason: Message };

/** Apertium names languages by ISO 639-3 codes in some packages and 639-1 in others. */
const ISO_639_1: Record<string, string> = {
  spa: 'es', eng: 'en', fra: 'fr', fre: 'fr', ita: 'it', por: 'pt', deu: 'de', ger: 'de', rus: 'ru', ukr: 'uk',
  cat: 'ca', ron: 'ro', rum: 'ro', glg: 'gl', pol: 'pl', oci: 'oc', eus: 'eu', nld: 'nl',
};

/**
 * The translation directions among Apertium's modes (`apertium -l`): "spa-eng" and "fr-es"
 * are pairs; regional variants ("spa-eng_US") and other kinds of mode ("eco-fr-es") are not.
 * The key is "es-en"; the value the mode to run.
 */
export function pairsFromModes(list: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const mode of list.split(/\s+/)) {
    const m = /^([a-z]{2,3})-([a-z]{2,3})$/.exec(mode);
    if (!m) continue;
    const from = ISO_639_1[m[1]!] ?? m[1]!;
    const to = ISO_639_1[m[2]!] ?? m[2]!;
    if (from.length === 2 && to.length === 2 && !pairs.has(`${from}-${to}`)) pairs.set(`${from}-${to}`, mode);
  }
  return pairs;
}

/**
 * The Debian and Ubuntu package that installs each direction Glosa reads ("es-en"), so that a
 * pair with no engine can say what to install. Both directions come in one package.
 */
const DEBIAN_PACKAGES: Record<string, string> = {
  'en-es': 'apertium-eng-spa',
  'fr-es': 'apertium-fr-es',
  'pt-es': 'apertium-es-pt',
  'it-es': 'apertium-spa-ita',
  'ro-es': 'apertium-es-ro',
  'ca-en': 'apertium-eng-cat',
  'gl-en': 'apertium-en-gl',
};

/** The package that installs Apertium's direction from -> to, or null where Debian has none. */
export function apertiumPackage({ from, to }: Pair): string | null {
  return DEBIAN_PACKAGES[`${from}-${to}`] ?? DEBIAN_PACKAGES[`${to}-${from}`] ?? null;
}

/** Finds `apertium` on PATH and the language pairs installed with it. */
export async function detectApertium(command = 'apertium'): Promise<ApertiumInfo> {
  let list: string;
  try {
    list = (await run(command, ['-l'], { timeout: 10_000 })).stdout;
  } catch {
    return { available: false, reason: message('apertiumMissing') };
  }
  const modes = pairsFromModes(list);
  if (modes.size === 0) return { available: false, reason: message('apertiumNoPairs') };
  let version = 'apertium';
  try {
    const v = (await run(command, ['-V'], { timeout: 10_000 })).stdout.trim();
    version = v.replace(/^Apertium\s*/i, 'apertium-') || version;
  } catch {
    // Older Apertium has no -V; the mode alone identifies the engine well enough.
  }
  return { available: true, version, modes };
}

/** Removes Apertium's marks from its output and lists the unknown words. */
export function readApertiumLine(line: string): EngineOutput {
  const unknownWords: string[] = [];
  const text = line.replace(MARKED_WORD, (_all, before: string, mark: string, word: string) => {
    // A single letter (a tag's name, an initial) is no word to suggest for the glossary.
    if (mark.includes('*') && word.length > 1 && !unknownWords.includes(word)) unknownWords.push(word);
    return `${before}${word}`;
  });
  return { text: text.replace(MARKED_AMOUNT, '$1').replace(/[ \t]{2,}/g, ' ').trim(), unknownWords };
}

/** A minute without a sentence, and Apertium's pipeline is closed (the next sentence starts it again in about 0.1 s). */
const PIPELINE_IDLE_MS = 60_000;

/** Apertium (rule-based, fast) through its command line, one sentence per line. */
export class ApertiumEngine implements TranslationEngine {
  readonly id = 'apertium' as const;
  readonly batchSize = 64;
  readonly sourceLang: string;
  readonly targetLang: string;

  constructor(
    readonly revision: string,
    private readonly mode = 'spa-eng',
    private readonly command = 'apertium',
    pair: Pair = { from: 'es', to: 'en' },
    /** How long a pipeline with nothing to do is kept: its programs hold their dictionaries in memory. */
    private readonly keepIdleMs = PIPELINE_IDLE_MS,
  ) {
    this.sourceLang = pair.from;
    this.targetLang = pair.to;
  }

  /** Apertium kept running for this mode, started with the first batch; null where it cannot be had. */
  private pipeline: Promise<ApertiumPipeline | null> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Batches under way: the pipeline is not closed under them. */
  private busy = 0;

  async translateBatch(sources: string[], signal?: AbortSignal): Promise<EngineOutput[]> {
    const lines = sources.map((s) => s.replace(/\s+/g, ' ').trim());
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.busy++;
    try {
      this.pipeline ??= ApertiumPipeline.start(this.command, this.mode);
      const running = await this.pipeline;
      if (running?.alive) {
        try {
          const out = await running.translate(lines);
          if (signal?.aborted) throw new EngineError('translationCancelled');
          return out.map(readApertiumLine);
        } catch (error) {
          if (error instanceof EngineError) throw error;
          // A stopped or stuck pipeline: from now on this engine runs the command once per batch.
          this.pipeline = Promise.resolve(null);
        }
      }
      return await this.once(lines, signal);
    } finally {
      if (--this.busy === 0) this.closeWhenIdle();
    }
  }

  /** Closes the pipeline once it has had nothing to do for a while; the next batch starts it again. */
  private closeWhenIdle(): void {
    this.idleTimer = setTimeout(() => {
      const pipeline = this.pipeline;
      if (this.busy || !pipeline) return;
      this.pipeline = null;
      void pipeline.then((p) => p?.close());
    }, this.keepIdleMs);
    this.idleTimer.unref();
  }

  /** Whether a pipeline is running now (for tests). */
  async running(): Promise<boolean> {
    return Boolean((await this.pipeline)?.alive);
  }

  /** The apertium command run once for a batch: what Glosa does where the pipeline cannot run. */
  private async once(lines: string[], signal?: AbortSignal): Promise<EngineOutput[]> {
    const output = await this.pipe(`${lines.join('\n')}\n`, signal);
    const outLines = output.replace(/\n$/, '').split('\n');
    if (outLines.length === lines.length) return outLines.map(readApertiumLine);
    // Apertium joined or split a line: translate one at a time so that each result stays
    // with its own sentence.
    const results: EngineOutput[] = [];
    for (const line of lines) results.push(readApertiumLine((await this.pipe(`${line}\n`, signal)).split('\n').join(' ')));
    return results;
  }

  /**
   * The input goes through a temporary file: the apertium script reads /dev/stdin, which
   * cannot be opened when stdin is the socket Node gives a child process.
   */
  private async pipe(input: string, signal?: AbortSignal): Promise<string> {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'glosa-apertium-'));
    const file = path.join(dir, 'input.txt');
    try {
      await fs.promises.writeFile(file, input);
      return await this.runOn(file, signal);
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }

  private runOn(file: string, signal?: AbortSignal): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.command, [this.mode, file], { stdio: ['ignore', 'pipe', 'pipe'], signal });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
      child.on('error', (e) => reject(signal?.aborted ? new EngineError('translationCancelled') : new EngineError('apertiumCouldNotRun', { detail: e.message })));
      child.on('close', (code) => {
        if (code === 0) resolve(out);
        else reject(new EngineError('apertiumFailed', { code: String(code), detail: err.trim().split('\n')[0] ?? '' }));
      });
    });
  }

  async dispose(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    (await this.pipeline)?.close();
    this.pipeline = null;
  }
}
