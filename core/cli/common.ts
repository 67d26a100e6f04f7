import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GlosaCore } from '../app';
import { GlosaError } from '../errors';
import { english } from '../messages';
import { formatOf, parseGlossary } from '../glossary/formats';
import { defaultDataDir, defaultModelsDir } from '../paths';
import type { ParsedArticle } from '../article/import';
import { LanguageTagPattern } from '../contract';

/**
 * What every command shares: the host the entry point provides, the option table and its
 * parser, input files, and the library opened for the length of one command.
 */
/** What the `glosa` entry point provides that core cannot know by itself. */
export type CliHost = {
  /** The installation folder: assets/ and dist/ live under it. */
  rootDir: string;
  /** Returns the built renderer folder, building it first if needed. */
  ensureRenderer(): Promise<string>;
  /** Opens a URL in the system browser, if there is one. */
  openInBrowser(url: string): boolean;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
};

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}
export type ParsedArgs = ReturnType<typeof parse>;

/** A file named on the command line; one that cannot be read is the caller's mistake. */
export function readInput(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  query: { type: 'string', short: 'q' },
  port: { type: 'string', short: 'p' },
  open: { type: 'boolean' },
  engine: { type: 'string', short: 'e' },
  model: { type: 'string', short: 'm' },
  dtype: { type: 'string' },
  'include-boilerplate': { type: 'boolean' },
  glossary: { type: 'string', short: 'g' },
  force: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  layout: { type: 'string' },
  'translation-only': { type: 'boolean' },
  bundle: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  lang: { type: 'string' },
} as const;

export function parse(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}

export function coreOptions(host: CliHost) {
  const dataDir = defaultDataDir();
  return {
    dataDir,
    samplesDir: path.join(host.rootDir, 'assets', 'samples'),
    modelsDir: defaultModelsDir(host.rootDir, dataDir, false),
    manifestFile: path.join(host.rootDir, 'models', 'manifest.json'),
  };
}

/** Commands load what they need when they run, so that `glosa --help` answers at once. */
export async function withCore<T>(host: CliHost, fn: (core: GlosaCore) => Promise<T>): Promise<T> {
  const { openCore } = await import('../app');
  const core = await openCore(coreOptions(host));
  try {
    return await fn(core);
  } finally {
    await core.close();
  }
}

/** The whole file appears at once under its name, or the old one stays as it was. */
export function writeAtomically(target: string, bytes: Buffer): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new GlosaError('internal', 'cannotWrite', { file: target, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
}

/** Reads a glossary file for `glosa translate --glossary`. */
export function readGlossaryFile(file: string) {
  const format = formatOf(file);
  if (!format) throw new UsageError(`${file}: use a .csv, .tsv or .tbx glossary`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const { records, errors } = parseGlossary(text, format);
  if (errors.length) throw new GlosaError('invalid_input', 'fileProblems', { file, errors: errors.map(english).join('; ') });
  return records;
}

/**
 * The language of a file read by a command: --lang (or --from) when given, else detected
 * from its text, as on import.
 */
export async function fileLanguage(parsed: ParsedArticle, file: string, given: string | undefined): Promise<string> {
  if (given !== undefined) {
    if (!LanguageTagPattern.test(given)) throw new UsageError('the language must be a code such as es, fr or uk');
    return given;
  }
  const { findLanguage } = await import('../library');
  return (await findLanguage(parsed, file, 'es')).code;
}
