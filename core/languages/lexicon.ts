/**
 * The words of a language, from its hunspell dictionary (an npm package such as
 * dictionary-es, read by nspell): evidence for repairing glued text ("FranciaParís" is two
 * words the dictionary knows, "WhatsApp" is not) and for telling a capitalised common noun
 * ("Salud") from a name.
 *
 * nspell expands the dictionary's affixes into every form (650,000 for Spanish), which takes
 * about two seconds and 180 MB. That is done once per machine: the forms are kept sorted in
 * one file in the cache folder and looked up by binary search in a single buffer (7 MB).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nspell from 'nspell';
import { requirePackage } from '../paths';

export interface Lexicon {
  /** Whether the dictionary holds this exact form. */
  hasForm(form: string): boolean;
  /** Whether the word is one of the language's, as written or in lower case ("Salud", "salud"). */
  has(word: string): boolean;
  /**
   * Whether the dictionary lists this form as a word of its own ("salud", "esperanza"), not only
   * as a form its affixes make of another ("orlando" of "orlar", "florida" of "florido").
   */
  isHeadword(form: string): boolean;
}

/** A word the dictionary has in lower case ("salud") and not as a name ("Santiago", "Córdoba" are both). */
export function isOrdinaryWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.hasForm(word.toLowerCase()) && !lexicon.hasForm(word);
}

const HEADER = 'glosa-lexicon 1';

/** Where the expanded forms are kept: GLOSA_CACHE_DIR, or the user's cache folder. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GLOSA_CACHE_DIR) return path.resolve(env.GLOSA_CACHE_DIR);
  return path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'glosa');
}

/** Sorted forms, one per line (no line break after the last), in one buffer. */
export class PackedWords implements Lexicon {
  /** Where each form begins, and one past the buffer's end. */
  private readonly starts: Uint32Array;

  /** The dictionary's own words, where they are known apart from the forms. */
  private headwords?: PackedWords;

  constructor(private readonly data: Buffer) {
    let lines = data.length ? 1 : 0;
    for (let i = 0; i < data.length; i++) if (data[i] === 10) lines++;
    this.starts = new Uint32Array(lines + 1);
    let n = 0;
    if (data.length) this.starts[n++] = 0;
    for (let i = 0; i < data.length; i++) if (data[i] === 10) this.starts[n++] = i + 1;
    this.starts[n] = data.length + 1;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  static fromForms(forms: Iterable<string>): PackedWords {
    const sorted = [...new Set(forms)].filter((f) => f && !f.includes('\n')).map((f) => Buffer.from(f, 'utf8')).sort(Buffer.compare);
    return new PackedWords(Buffer.from(sorted.map((b) => b.toString('utf8')).join('\n'), 'utf8'));
  }

  hasForm(form: string): boolean {
    const needle = Buffer.from(form, 'utf8');
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = Buffer.compare(this.data.subarray(this.starts[mid]!, this.starts[mid + 1]! - 1), needle);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  has(word: string): boolean {
    return this.hasForm(word) || this.hasForm(word.toLowerCase());
  }

  isHeadword(form: string): boolean {
    return this.headwords ? this.headwords.hasForm(form) : this.hasForm(form);
  }

  /** These forms, the dictionary's own words among them known apart from now on. */
  withHeadwords(headwords: PackedWords): this {
    this.headwords = headwords;
    return this;
  }

  bytes(): Buffer {
    return this.data;
  }
}

/** The dictionary package's affix and word files, or null where it is not installed. */
function dictionaryFiles(pkg: string): { aff: Buffer; dic: Buffer; version: string } | null {
  try {
    const dir = path.dirname(requirePackage.resolve(pkg));
    const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
    return { aff: fs.readFileSync(path.join(dir, 'index.aff')), dic: fs.readFileSync(path.join(dir, 'index.dic')), version };
  } catch {
    return null;
  }
}

function readCache(file: string): PackedWords | null {
  try {
    const raw = fs.readFileSync(file);
    const eol = raw.indexOf(10);
    const header = raw.subarray(0, Math.max(0, eol)).toString('utf8');
    if (eol < 0 || !header.startsWith(`${HEADER} `)) return null;
    const words = new PackedWords(raw.subarray(eol + 1));
    // A cache cut short (a full disk, a crash while writing) is built again.
    return words.size === Number(header.slice(HEADER.length + 1)) ? words : null;
  } catch {
    return null;
  }
}

function writeCache(file: string, words: PackedWords): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${HEADER} ${words.size}\n`, 'utf8'), words.bytes()]));
    fs.renameSync(tmp, file);
  } catch {
    // Without a cache the forms are expanded again next time; nothing else is lost.
  }
}

/** Fewer forms than this is no language's dictionary: a package cut short or written over. */
const FEWEST_FORMS = 1000;

/**
 * Every form the dictionary's words take with their affixes, by nspell; null where the files
 * are broken (the language is then read without a dictionary, as one that has none).
 */
function expand(files: { aff: Buffer; dic: Buffer }): PackedWords | null {
  try {
    const spell = nspell({ aff: files.aff, dic: files.dic });
    const words = PackedWords.fromForms(Object.keys((spell as unknown as { data: Record<string, unknown> }).data));
    return words.size >= FEWEST_FORMS ? words : null;
  } catch {
    return null;
  }
}

/** The dictionary's own words: its lines after the count, each without its affix flags ("salud/S"). */
function headwordsOf(dic: Buffer): PackedWords {
  const lines = dic.toString('utf8').split('\n').slice(1);
  return PackedWords.fromForms(lines.map((line) => line.split('/')[0]!.trim()));
}

const loaded = new Map<string, Lexicon | null>();

/**
 * The lexicon of a dictionary package, loaded on first use: from the cache when it is there,
 * otherwise expanded by nspell and cached. Null where the package is missing or broken.
 */
export function lexiconOf(pkg: string, dir = cacheDir()): Lexicon | null {
  const id = `${pkg}\u0000${dir}`;
  if (loaded.has(id)) return loaded.get(id)!;
  let lexicon: Lexicon | null = null;
  const files = dictionaryFiles(pkg);
  if (files) {
    const file = path.join(dir, `${pkg}-${files.version}.words`);
    let words = readCache(file);
    if (!words) {
      words = expand(files);
      if (words) writeCache(file, words);
    }
    lexicon = words?.withHeadwords(headwordsOf(files.dic)) ?? null;
  }
  loaded.set(id, lexicon);
  return lexicon;
}
