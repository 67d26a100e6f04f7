import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { z } from 'zod';
import type { DownloadProgress, ModelInfo, ModelStatus } from '../api';
import { MODEL_DTYPES, type ModelDtype } from '../contract';
import { GlosaError } from '../errors';
import { formatBytes } from '../text/bytes';
import { checkTokenizerPatterns, tokenizerPatterns } from './tokenizer-check';

/** A path inside a model's folder: relative, forward slashes, no "." or ".." segment. */
const SAFE_RELATIVE_PATH = /^(?!\.{1,2}(?:\/|$))(?!.*\/\.{1,2}(?:\/|$))[\w.-]+(?:\/[\w.-]+)*$/;
const ManifestFile = z.object({
  path: z.string().regex(SAFE_RELATIVE_PATH, 'a model file path must stay inside the model folder'),
  approxBytes: z.number(),
  /** From the hub's own page for the file at the pinned revision; absent where none was found. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
const ManifestEntry = z.object({
  id: z.string(),
  engine: z.literal('opus-mt'),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  revision: z.string().min(1),
  sourceLang: z.string(),
  targetLang: z.string(),
  license: z.string().optional(),
  /** How the files are checked where the manifest carries no sha256 for them. */
  integrity: z.string().optional(),
  files: z.object({ common: z.array(ManifestFile), q8: z.array(ManifestFile), fp32: z.array(ManifestFile) }),
});
export type ModelManifestEntry = z.infer<typeof ManifestEntry>;

export function readManifest(file: string): ModelManifestEntry[] {
  return z.object({ models: z.array(ManifestEntry) }).parse(JSON.parse(fs.readFileSync(file, 'utf8'))).models;
}

/** What Glosa writes beside a model it installed: the files and their hashes. */
const InstallRecord = z.object({
  id: z.string(),
  repo: z.string(),
  revision: z.string(),
  files: z.record(z.string(), z.object({ bytes: z.number(), sha256: z.string() })),
});
type InstallRecord = z.infer<typeof InstallRecord>;
export const RECORD_FILE = 'glosa-model.json';

export type DownloadOptions = {
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
};

export type ModelManagerOptions = {
  modelsDir: string;
  /**
   * Models that came with a packaged app (its resources folder): read-only, and used while
   * the reader has not installed the same model themselves.
   */
  bundledDir?: string;
  manifest: ModelManifestEntry[];
  /** The hub's address; tests point it at a local server. */
  hubUrl?: string;
  /** Attempts per file and the first backoff delay; the delay doubles each time. */
  retry?: { attempts: number; baseDelayMs: number };
  /** Free bytes where models are stored; replaceable in tests. */
  freeBytes?: (dir: string) => Promise<number>;
  /** True while the reader has asked Glosa never to use the network. */
  offline?: () => boolean;
};

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Knows which models exist, which are installed, and how to get them: download from the
 * Hugging Face hub (progress, resume, retry with backoff, disk-space check, sha256 check,
 * installation only once complete), import from a folder, verify and remove.
 */
export class ModelManager {
  readonly modelsDir: string;
  private readonly hubUrl: string;
  private readonly retry: { attempts: number; baseDelayMs: number };
  private readonly active = new Map<string, AbortController>();

  constructor(private readonly options: ModelManagerOptions) {
    this.modelsDir = path.resolve(options.modelsDir);
    this.hubUrl = (options.hubUrl ?? 'https://huggingface.co').replace(/\/$/, '');
    this.retry = options.retry ?? { attempts: 5, baseDelayMs: 1000 };
  }

  entry(id: string): ModelManifestEntry {
    const entry = this.options.manifest.find((m) => m.id === id);
    if (!entry) throw new GlosaError('not_found', `Glosa knows no model called "${id}".`);
    return entry;
  }

  /** The folder a model loads from, as transformers.js expects it: <modelsDir>/<owner>/<name>. */
  dirFor(entry: ModelManifestEntry): string {
    const own = this.installDir(entry);
    if (!this.options.bundledDir || this.readRecord(own)) return own;
    const bundled = path.join(this.options.bundledDir, ...entry.repo.split('/'));
    return this.readRecord(bundled)?.revision === entry.revision ? bundled : own;
  }

  /** Where downloads and imports install a model: always the reader's own, writable folder. */
  private installDir(entry: ModelManifestEntry): string {
    return path.join(this.modelsDir, ...entry.repo.split('/'));
  }

  /** Whether the model in use is the one that came with the app. */
  isBundled(entry: ModelManifestEntry): boolean {
    return this.dirFor(entry) !== this.installDir(entry);
  }

  private partialDir(entry: ModelManifestEntry): string {
    return path.join(this.modelsDir, '.partial', `${entry.repo.replace('/', '--')}@${entry.revision}`);
  }

  private filesFor(entry: ModelManifestEntry, dtype: ModelDtype) {
    return [...entry.files.common, ...entry.files[dtype]];
  }

  private readRecord(dir: string): InstallRecord | null {
    try {
      return InstallRecord.parse(JSON.parse(fs.readFileSync(path.join(dir, RECORD_FILE), 'utf8')));
    } catch {
      return null;
    }
  }

  /** A quick look (sizes, not hashes) at whether a weight type is ready to load. */
  status(entry: ModelManifestEntry, dtype: ModelDtype): { status: ModelStatus; problem: string | null } {
    if (this.active.has(`${entry.id}:${dtype}`)) return { status: 'downloading', problem: null };
    const dir = this.dirFor(entry);
    const record = this.readRecord(dir);
    const files = this.filesFor(entry, dtype);
    if (record) {
      if (record.revision !== entry.revision) {
        return { status: 'corrupt', problem: `The installed model is revision ${record.revision.slice(0, 7)}; Glosa expects ${entry.revision.slice(0, 7)}. Download it again.` };
      }
      const dtypeFiles = entry.files[dtype].map((f) => f.path);
      if (dtypeFiles.every((f) => !record.files[f])) return this.partialOrMissing(entry, dtype);
      for (const f of files) {
        const recorded = record.files[f.path];
        const file = path.join(dir, f.path);
        if (!recorded || !fs.existsSync(file)) return { status: 'corrupt', problem: `${f.path} is missing from ${dir}. Download the model again.` };
        const size = fs.statSync(file).size;
        if (size !== recorded.bytes) {
          return { status: 'corrupt', problem: `${f.path} has ${size} bytes instead of ${recorded.bytes}. Download the model again.` };
        }
      }
      return { status: 'installed', problem: null };
    }
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      return { status: 'corrupt', problem: `${dir} holds files but no record of a complete install. Import the folder or download the model again.` };
    }
    return this.partialOrMissing(entry, dtype);
  }

  private partialOrMissing(entry: ModelManifestEntry, dtype: ModelDtype): { status: ModelStatus; problem: string | null } {
    const partial = this.partialDir(entry);
    const started = this.filesFor(entry, dtype).some((f) => fs.existsSync(path.join(partial, f.path)) || fs.existsSync(path.join(partial, `${f.path}.part`)));
    return started ? { status: 'partial', problem: 'The download stopped before it finished. Download again to resume.' } : { status: 'missing', problem: null };
  }

  info(entry: ModelManifestEntry): ModelInfo {
    return {
      id: entry.id,
      repo: entry.repo,
      revision: entry.revision,
      sourceLang: entry.sourceLang,
      targetLang: entry.targetLang,
      dir: this.dirFor(entry),
      dtypes: MODEL_DTYPES.map((dtype) => {
        const { status, problem } = this.status(entry, dtype);
        const record = this.readRecord(this.dirFor(entry));
        const bytes = this.filesFor(entry, dtype).reduce((n, f) => n + (record?.files[f.path]?.bytes ?? f.approxBytes), 0);
        return { dtype, status, problem, bytes };
      }),
    };
  }

  list(): ModelInfo[] {
    return this.options.manifest.map((m) => this.info(m));
  }

  /** The folder to load a weight type from, or null if it is not installed. */
  installed(id: string, dtype: ModelDtype): { dir: string; entry: ModelManifestEntry } | null {
    const entry = this.entry(id);
    return this.status(entry, dtype).status === 'installed' ? { dir: this.dirFor(entry), entry } : null;
  }

  cancel(id: string): void {
    for (const [key, controller] of this.active) if (key.startsWith(`${id}:`)) controller.abort();
  }

  async download(id: string, dtype: ModelDtype, { signal, onProgress }: DownloadOptions = {}): Promise<ModelInfo> {
    const entry = this.entry(id);
    if (this.options.offline?.()) {
      throw new GlosaError('unavailable', 'Offline mode is on, so Glosa does not download anything. Turn it off in Settings, or import a model folder.');
    }
    const key = `${id}:${dtype}`;
    if (this.active.has(key)) throw new GlosaError('invalid_input', `${entry.repo} (${dtype}) is already downloading.`);
    const controller = new AbortController();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', () => controller.abort(), { once: true });
    this.active.set(key, controller);
    try {
      const finalDir = this.installDir(entry);
      const record = this.readRecord(finalDir);
      const partial = this.partialDir(entry);
      const wanted = this.filesFor(entry, dtype).filter((f) => {
        const recorded = record?.revision === entry.revision ? record.files[f.path] : undefined;
        return !(recorded && fs.existsSync(path.join(finalDir, f.path)) && fs.statSync(path.join(finalDir, f.path)).size === recorded.bytes);
      });
      await this.checkFreeSpace(wanted.map((f) => ({ approxBytes: f.approxBytes, have: partSize(path.join(partial, f.path)) })));

      const meter = new ProgressMeter(new Map(wanted.map((f) => [f.path, f.approxBytes])), (p) => onProgress?.({ modelId: id, dtype, ...p }));
      const hashes: InstallRecord['files'] = {};
      for (const file of wanted) {
        hashes[file.path] = await this.fetchFile(entry, file.path, path.join(partial, file.path), controller.signal, meter);
      }
      if (controller.signal.aborted) throw new Error('cancelled');
      this.install(entry, partial, finalDir, { ...(record?.revision === entry.revision ? record.files : {}), ...hashes });
      this.active.delete(key);
      return this.info(entry);
    } catch (error) {
      if (controller.signal.aborted) throw new GlosaError('unavailable', 'The download was cancelled. Download again to resume where it stopped.');
      throw error;
    } finally {
      this.active.delete(key);
    }
  }

  private async checkFreeSpace(files: { approxBytes: number; have: number }[]): Promise<void> {
    const needed = files.reduce((n, f) => n + Math.max(0, f.approxBytes - f.have), 0);
    fs.mkdirSync(this.modelsDir, { recursive: true });
    const free = await (this.options.freeBytes ?? freeBytes)(this.modelsDir);
    // Room for the download plus a tenth, since sizes in the manifest are approximate.
    if (free < needed * 1.1) {
      throw new GlosaError(
        'unavailable',
        `Not enough free disk space in ${this.modelsDir}: the model needs ${formatBytes(needed)} and ${formatBytes(free)} is free.`,
      );
    }
  }

  /** Downloads one file into `dest`, resuming a `.part` left by an earlier attempt. */
  private async fetchFile(entry: ModelManifestEntry, file: string, dest: string, signal: AbortSignal, meter: ProgressMeter) {
    const url = `${this.hubUrl}/${entry.repo}/resolve/${entry.revision}/${file}`;
    const part = `${dest}.part`;
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    if (fs.existsSync(dest)) {
      // Finished by an earlier run but not installed yet.
      const bytes = fs.statSync(dest).size;
      meter.fileDone(file, bytes);
      return { bytes, sha256: await hashFile(dest) };
    }
    let lastError = '';
    for (let attempt = 0; attempt < this.retry.attempts; attempt++) {
      if (attempt > 0) await delay(this.retry.baseDelayMs * 2 ** (attempt - 1), signal);
      const have = partSize(dest);
      let response: Response;
      let expectedSha: string | null;
      let hubSha: string | null;
      let expectedSize: number | null;
      try {
        const headers: Record<string, string> = have > 0 ? { Range: `bytes=${have}-` } : {};
        const first = await fetch(url, { headers, redirect: 'manual', signal });
        hubSha = linkedSha(first.headers);
        expectedSha = pinnedSha(entry, file) ?? hubSha;
        expectedSize = numberHeader(first.headers, 'x-linked-size');
        if (first.status >= 300 && first.status < 400 && first.headers.get('location')) {
          await first.body?.cancel();
          response = await fetch(new URL(first.headers.get('location')!, url), { headers, signal });
        } else {
          response = first;
        }
      } catch (error) {
        if (signal.aborted) throw error;
        // No network at all is not worth five attempts: say so at once, with what else to do.
        const cause = unreachable(error);
        if (cause) {
          throw new GlosaError(
            'unavailable',
            `There is no network connection to ${new URL(this.hubUrl).host} (${cause}), so the model cannot be downloaded here. ` +
              'Import a model folder copied from another computer (glosa model import DIR, or Import folder in Settings), or translate with Apertium.',
          );
        }
        lastError = error instanceof Error ? error.message : String(error);
        continue;
      }
      if (response.status === 404) {
        await response.body?.cancel();
        throw new GlosaError('not_found', `${file} was not found on the hub for ${entry.repo} at revision ${entry.revision.slice(0, 7)} (HTTP 404).`);
      }
      if (response.status === 416 && have > 0 && (expectedSize === null || have === expectedSize)) {
        // The part file already holds the whole file.
        await response.body?.cancel();
        return this.finishFile(file, `${dest}.part`, dest, expectedSha);
      }
      if (response.status !== 200 && response.status !== 206) {
        await response.body?.cancel();
        lastError = `HTTP ${response.status}`;
        if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
          throw new GlosaError('unavailable', `The hub refused ${file} (HTTP ${response.status}).`);
        }
        continue;
      }
      const append = response.status === 206 && have > 0;
      if (!append && have > 0) fs.rmSync(part, { force: true }); // the server sent the whole file again
      expectedSize ??= (numberHeader(response.headers, 'content-length') ?? NaN) + (append ? have : 0);
      if (Number.isNaN(expectedSize)) expectedSize = null;
      expectedSha ??= linkedSha(response.headers);
      hubSha ??= linkedSha(response.headers);
      if (hubSha && expectedSha && hubSha !== expectedSha) {
        await response.body?.cancel();
        throw new GlosaError('unavailable', `The hub offers a different ${file} than the one Glosa pinned (sha256 ${hubSha.slice(0, 12)}…, expected ${expectedSha.slice(0, 12)}…). Nothing was installed.`);
      }
      meter.startFile(file, append ? have : 0, expectedSize);
      try {
        await writeBody(response, part, append, (n) => meter.add(n));
      } catch (error) {
        if (signal.aborted) throw error;
        lastError = error instanceof Error ? error.message : String(error);
        continue;
      }
      const size = fs.statSync(part).size;
      if (expectedSize !== null && size < expectedSize) {
        lastError = `the connection closed after ${formatBytes(size)} of ${formatBytes(expectedSize)}`;
        continue;
      }
      meter.flush();
      return this.finishFile(file, part, dest, expectedSha);
    }
    throw new GlosaError(
      'unavailable',
      `Downloading ${file} failed after ${this.retry.attempts} attempts (${lastError || 'no answer'}). ${formatBytes(partSize(dest))} are kept: download again to resume.`,
    );
  }

  private async finishFile(file: string, part: string, dest: string, expectedSha: string | null) {
    const sha256 = await hashFile(part);
    if (expectedSha && sha256 !== expectedSha) {
      fs.rmSync(part, { force: true });
      throw new GlosaError('unavailable', `${file} failed its sha256 check (the hub says ${expectedSha.slice(0, 12)}…, the file is ${sha256.slice(0, 12)}…). It was discarded; download again.`);
    }
    fs.renameSync(part, dest);
    return { bytes: fs.statSync(dest).size, sha256 };
  }

  /** Moves a complete folder into place in one rename, keeping files installed before. */
  private install(entry: ModelManifestEntry, staged: string, finalDir: string, files: InstallRecord['files']): void {
    if (fs.existsSync(finalDir)) {
      for (const f of Object.keys(files)) {
        const target = path.join(staged, f);
        const current = path.join(finalDir, f);
        if (!fs.existsSync(target) && fs.existsSync(current)) {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.linkSync(current, target);
        }
      }
    }
    const record: InstallRecord = { id: entry.id, repo: entry.repo, revision: entry.revision, files };
    fs.writeFileSync(path.join(staged, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
    fs.mkdirSync(path.dirname(finalDir), { recursive: true });
    const old = `${finalDir}.old-${Date.now()}`;
    if (fs.existsSync(finalDir)) fs.renameSync(finalDir, old);
    fs.renameSync(staged, finalDir);
    fs.rmSync(old, { recursive: true, force: true });
  }

  /**
   * Copies a model folder the reader picked into place, after checking what it holds: every
   * file a real file inside the folder (no link out of it), JSON and ONNX files what they
   * claim to be, the sha256 the manifest pins where it pins one, and the tokenizer's
   * patterns quick on sentences built to make slow patterns explode.
   */
  async importFolder(id: string, folder: string): Promise<ModelInfo> {
    const entry = this.entry(id);
    let source: string;
    try {
      source = fs.realpathSync(path.resolve(folder));
    } catch {
      throw new GlosaError('invalid_input', `${path.resolve(folder)} is not a folder.`);
    }
    if (!fs.statSync(source).isDirectory()) {
      throw new GlosaError('invalid_input', `${source} is not a folder.`);
    }
    const dtypes = MODEL_DTYPES.filter((d) => entry.files[d].every((f) => fs.existsSync(path.join(source, f.path))));
    if (dtypes.length === 0) {
      const expected = entry.files.q8.map((f) => f.path).join(' and ');
      throw new GlosaError('invalid_input', `${source} holds no ${entry.repo} weights (expected ${expected}, or the fp32 files).`);
    }
    const paths = [...entry.files.common, ...dtypes.flatMap((d) => entry.files[d])].map((f) => f.path);
    const theirRecord = this.readRecord(source);
    const files: InstallRecord['files'] = {};
    for (const p of paths) {
      const file = path.join(source, p);
      if (!fs.existsSync(file)) throw new GlosaError('invalid_input', `${p} is missing from ${source}.`);
      if (fs.lstatSync(file).isSymbolicLink() || !isInside(source, fs.realpathSync(file))) {
        throw new GlosaError('invalid_input', `${p} in ${source} is a link, not a file of the folder: copy the real file there instead.`);
      }
      checkModelFile(p, file);
      const sha256 = await hashFile(file);
      const pinned = pinnedSha(entry, p);
      if (pinned && pinned !== sha256) {
        throw new GlosaError('invalid_input', `${p} in ${source} is not the file of ${entry.repo} at revision ${entry.revision.slice(0, 7)} (its sha256 differs).`);
      }
      const recorded = theirRecord?.files[p];
      if (recorded && recorded.sha256 !== sha256) {
        throw new GlosaError('invalid_input', `${p} in ${source} does not match its recorded sha256: the folder is damaged.`);
      }
      files[p] = { bytes: fs.statSync(file).size, sha256 };
    }
    await checkTokenizer(path.join(source, 'tokenizer.json'));
    const staged = path.join(this.modelsDir, '.partial', `import-${Date.now()}`);
    for (const p of paths) {
      fs.mkdirSync(path.dirname(path.join(staged, p)), { recursive: true });
      fs.copyFileSync(path.join(source, p), path.join(staged, p));
    }
    const finalDir = this.installDir(entry);
    const existing = this.readRecord(finalDir);
    this.install(entry, staged, finalDir, { ...(existing?.revision === entry.revision ? existing.files : {}), ...files });
    return this.info(entry);
  }

  /** Hashes every installed file against the record written at install time. */
  async verify(id: string): Promise<{ info: ModelInfo; problems: string[] }> {
    const entry = this.entry(id);
    const dir = this.dirFor(entry);
    const record = this.readRecord(dir);
    const problems: string[] = [];
    if (!record) problems.push(`${dir} has no record of an install (${RECORD_FILE}).`);
    else {
      for (const [p, expected] of Object.entries(record.files)) {
        const file = path.join(dir, p);
        if (!fs.existsSync(file)) problems.push(`${p} is missing.`);
        else if ((await hashFile(file)) !== expected.sha256) problems.push(`${p} does not match its sha256.`);
      }
      if (problems.length && !this.isBundled(entry)) {
        // Leave a mark that status() sees: the damaged files no longer count as installed.
        const kept = Object.fromEntries(Object.entries(record.files).map(([p, f]) => [p, problems.some((x) => x.startsWith(`${p} `)) ? { ...f, bytes: -1 } : f]));
        fs.writeFileSync(path.join(dir, RECORD_FILE), `${JSON.stringify({ ...record, files: kept }, null, 2)}\n`);
      }
    }
    return { info: this.info(entry), problems };
  }

  remove(id: string): ModelInfo {
    const entry = this.entry(id);
    this.cancel(id);
    // A model that came with the app stays with it; only the reader's own copy goes.
    fs.rmSync(this.installDir(entry), { recursive: true, force: true });
    fs.rmSync(this.partialDir(entry), { recursive: true, force: true });
    return this.info(entry);
  }
}

/** A model file that is plainly not what it claims to be is refused before it is copied. */
function checkModelFile(name: string, file: string): void {
  const size = fs.statSync(file).size;
  if (size === 0) throw new GlosaError('invalid_input', `${name} is empty.`);
  if (name.endsWith('.json')) {
    try {
      JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      throw new GlosaError('invalid_input', `${name} is not valid JSON.`);
    }
  }
  if (name.endsWith('.onnx')) {
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(1);
    fs.readSync(fd, head, 0, 1, 0);
    fs.closeSync(fd);
    // An ONNX model is a protobuf whose first field is ir_version (field 1, varint): 0x08.
    if (head[0] !== 0x08) throw new GlosaError('invalid_input', `${name} is not an ONNX model.`);
  }
}

/** The system's reason when a request could not reach the host at all (no route, no name, refused). */
function unreachable(error: unknown): string | null {
  const code = ((error as { cause?: { code?: unknown } } | null)?.cause?.code ?? (error as { code?: unknown } | null)?.code) as unknown;
  const codes: Record<string, string> = {
    ENOTFOUND: 'its name could not be looked up',
    EAI_AGAIN: 'its name could not be looked up',
    ENETUNREACH: 'the network is unreachable',
    EHOSTUNREACH: 'the host is unreachable',
    ECONNREFUSED: 'the connection was refused',
  };
  return typeof code === 'string' ? (codes[code] ?? null) : null;
}

/** The sha256 the manifest pins for one of a model's files, if it pins one. */
function pinnedSha(entry: ModelManifestEntry, file: string): string | null {
  return MODEL_FILE_GROUPS.flatMap((g) => entry.files[g]).find((f) => f.path === file)?.sha256 ?? null;
}
const MODEL_FILE_GROUPS = ['common', ...MODEL_DTYPES] as const;

function isInside(folder: string, file: string): boolean {
  return file.startsWith(folder + path.sep);
}

async function checkTokenizer(file: string): Promise<void> {
  if (!fs.existsSync(file)) return;
  try {
    await checkTokenizerPatterns(tokenizerPatterns(JSON.parse(fs.readFileSync(file, 'utf8'))));
  } catch (error) {
    throw new GlosaError('invalid_input', `tokenizer.json in ${path.dirname(file)} was refused: ${(error as Error).message}.`);
  }
}

function partSize(dest: string): number {
  try {
    return fs.statSync(`${dest}.part`).size;
  } catch {
    return 0;
  }
}

function linkedSha(headers: Headers): string | null {
  const value = (headers.get('x-linked-etag') ?? headers.get('etag') ?? '').replace(/^W\//, '').replace(/"/g, '').toLowerCase();
  return SHA256.test(value) ? value : null;
}

function numberHeader(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

async function writeBody(response: Response, file: string, append: boolean, onBytes: (n: number) => void): Promise<void> {
  if (!response.body) throw new Error('empty response');
  const out = fs.createWriteStream(file, { flags: append ? 'a' : 'w' });
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  try {
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      onBytes(buffer.length);
    }
  } finally {
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function freeBytes(dir: string): Promise<number> {
  const stats = await fs.promises.statfs(dir);
  return stats.bavail * stats.bsize;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}


/** Per-file and total progress with speed and time left, at most a few reports a second. */
class ProgressMeter {
  private file = '';
  private fileBytes = 0;
  private fileTotal = 0;
  private done = 0;
  private readonly samples: { t: number; bytes: number }[] = [];
  private lastReport = 0;

  /** `sizes` starts with the manifest's approximate sizes; real ones replace them as known. */
  constructor(
    private readonly sizes: Map<string, number>,
    private readonly report: (p: Omit<DownloadProgress, 'modelId' | 'dtype'>) => void,
  ) {}

  private get total(): number {
    let total = 0;
    for (const size of this.sizes.values()) total += size;
    return Math.max(total, this.done);
  }

  startFile(file: string, already: number, size: number | null): void {
    if (this.file !== file) {
      this.file = file;
      this.done += already;
    }
    if (size) this.sizes.set(file, size);
    this.fileBytes = already;
    this.fileTotal = size ?? 0;
    this.emit(true);
  }

  fileDone(file: string, bytes: number): void {
    this.file = file;
    this.sizes.set(file, bytes);
    this.fileBytes = bytes;
    this.fileTotal = bytes;
    this.done += bytes;
    this.emit(true);
  }

  add(n: number): void {
    this.fileBytes += n;
    this.done += n;
    this.emit(false);
  }

  flush(): void {
    this.emit(true);
  }

  private emit(force: boolean): void {
    const now = Date.now();
    this.samples.push({ t: now, bytes: this.done });
    while (this.samples.length > 2 && now - this.samples[0]!.t > 5000) this.samples.shift();
    if (!force && now - this.lastReport < 250) return;
    this.lastReport = now;
    const first = this.samples[0]!;
    const seconds = (now - first.t) / 1000;
    const speed = seconds > 0.2 ? (this.done - first.bytes) / seconds : 0;
    const total = this.total;
    this.report({
      file: this.file,
      fileBytes: this.fileBytes,
      fileTotal: this.fileTotal,
      doneBytes: this.done,
      totalBytes: total,
      speed,
      secondsLeft: speed > 0 ? Math.max(0, (total - this.done) / speed) : null,
    });
  }
}
