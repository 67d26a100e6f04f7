import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EngineError, type EngineOutput, type TranslationEngine } from './engine';

const run = promisify(execFile);

/**
 * Apertium's marks: * unknown word, # generation gap, @ transfer gap, before a word that
 * starts wherever a word can (after a space, a quote, a bracket, a tag's < / or >).
 */
const MARKED_WORD = /(^|(?<![\p{L}\p{N}]))([*#@]+)([\p{L}\p{N}](?:[\p{L}\p{N}\-'’]*[\p{L}\p{N}])?)/gu;

export type ApertiumInfo = { available: true; version: string; mode: string } | { available: false; reason: string };

/** Finds `apertium` on PATH with a Spanish-English mode installed. */
export async function detectApertium(command = 'apertium'): Promise<ApertiumInfo> {
  let modes: string;
  try {
    modes = (await run(command, ['-l'], { timeout: 10_000 })).stdout;
  } catch {
    return { available: false, reason: 'Apertium is not installed (install the apertium and apertium-eng-spa packages).' };
  }
  const mode = modes.split(/\s+/).find((m) => m === 'spa-eng');
  if (!mode) return { available: false, reason: 'Apertium is installed without its Spanish-English data (install apertium-eng-spa).' };
  let version = 'apertium';
  try {
    const v = (await run(command, ['-V'], { timeout: 10_000 })).stdout.trim();
    version = v.replace(/^Apertium\s*/i, 'apertium-') || version;
  } catch {
    // Older Apertium has no -V; the mode alone identifies the engine well enough.
  }
  return { available: true, version: `${version}/${mode}`, mode };
}

/** Removes Apertium's marks from its output and lists the unknown words. */
export function readApertiumLine(line: string): EngineOutput {
  const unknownWords: string[] = [];
  const text = line.replace(MARKED_WORD, (_all, before: string, mark: string, word: string) => {
    // A single letter (a tag's name, an initial) is no word to suggest for the glossary.
    if (mark.includes('*') && word.length > 1 && !unknownWords.includes(word)) unknownWords.push(word);
    return `${before}${word}`;
  });
  return { text: text.replace(/[ \t]{2,}/g, ' ').trim(), unknownWords };
}

/** Apertium (rule-based, fast) through its command line, one sentence per line. */
export class ApertiumEngine implements TranslationEngine {
  readonly id = 'apertium' as const;
  readonly sourceLang = 'es';
  readonly targetLang = 'en';
  readonly batchSize = 64;

  constructor(
    readonly revision: string,
    private readonly mode = 'spa-eng',
    private readonly command = 'apertium',
  ) {}

  async translateBatch(sources: string[], signal?: AbortSignal): Promise<EngineOutput[]> {
    const lines = sources.map((s) => s.replace(/\s+/g, ' ').trim());
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
      child.on('error', (e) => reject(new EngineError(signal?.aborted ? 'Translation cancelled.' : `Apertium could not run: ${e.message}`)));
      child.on('close', (code) => {
        if (code === 0) resolve(out);
        else reject(new EngineError(`Apertium failed (exit ${code}): ${err.trim().split('\n')[0] ?? ''}`));
      });
    });
  }

  async dispose(): Promise<void> {}
}
