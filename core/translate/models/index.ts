/**
 * The model manager: which models are installed and in what state, downloads from the hub
 * (through download.ts), imports from a folder, verification and removal. A model is
 * installed only once complete, by one rename of its folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DownloadProgress, ModelInfo, ModelStatus } from '../../api';
import { MODEL_DTYPES, type ModelDtype } from '../../contract';
import { GlosaError } from '../../errors';
import { type Message, message } from '../../messages';
import { fetchFile } from './download';
import { checkModelFile, checkTokenizer, freeBytes, hashFile, isInside, partSize } from './files';
import { type ModelManifestEntry, pinnedSha } from './manifest';
import { ProgressMeter } from './progress';

export { type ModelManifestEntry, readManifest } from './manifest';
export { hashFile } from './files';

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

  /** Every model the manifest knows, installed or not. */
  entries(): ModelManifestEntry[] {
    return this.options.manifest;
  }

  entry(id: string): ModelManifestEntry {
    const entry = this.options.manifest.find((m) => m.id === id);
    if (!entry) throw new GlosaError('not_found', 'modelUnknown', { id });
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
  status(entry: ModelManifestEntry, dtype: ModelDtype): { status: ModelStatus; problem: Message | null } {
    if (this.active.has(`${entry.id}:${dtype}`)) return { status: 'downloading', problem: null };
    const dir = this.dirFor(entry);
    const record = this.readRecord(dir);
    const files = this.filesFor(entry, dtype);
    if (record) {
      if (record.revision !== entry.revision) {
        return { status: 'corrupt', problem: message('modelOtherRevision', { installed: record.revision.slice(0, 7), expected: entry.revision.slice(0, 7) }) };
      }
      const dtypeFiles = entry.files[dtype].map((f) => f.path);
      if (dtypeFiles.every((f) => !record.files[f])) return this.partialOrMissing(entry, dtype);
      for (const f of files) {
        const recorded = record.files[f.path];
        const file = path.join(dir, f.path);
        if (!recorded || !fs.existsSync(file)) return { status: 'corrupt', problem: message('modelFileGone', { file: f.path, dir }) };
        const size = fs.statSync(file).size;
        if (size !== recorded.bytes) {
          return { status: 'corrupt', problem: message('modelFileSize', { file: f.path, size, expected: recorded.bytes }) };
        }
      }
      return { status: 'installed', problem: null };
    }
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      return { status: 'corrupt', problem: message('modelNoRecord', { dir }) };
    }
    return this.partialOrMissing(entry, dtype);
  }

  private partialOrMissing(entry: ModelManifestEntry, dtype: ModelDtype): { status: ModelStatus; problem: Message | null } {
    const partial = this.partialDir(entry);
    const started = this.filesFor(entry, dtype).some((f) => fs.existsSync(path.join(partial, f.path)) || fs.existsSync(path.join(partial, `${f.path}.part`)));
    return started ? { status: 'partial', problem: message('downloadStopped') } : { status: 'missing', problem: null };
  }

  info(entry: ModelManifestEntry): ModelInfo {
    return {
      id: entry.id,
      repo: entry.repo,
      revision: entry.revision,
      sourceLang: entry.sourceLang,
      targetLang: entry.targetLang,
      dir: this.dirFor(entry),
      files: [...new Set([...entry.files.common, ...entry.files.q8, ...entry.files.fp32].map((f) => f.path))],
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
      throw offlineRefusal();
    }
    const key = `${id}:${dtype}`;
    if (this.active.has(key)) throw new GlosaError('invalid_input', 'modelAlreadyDownloading', { repo: entry.repo, dtype });
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
        hashes[file.path] = await fetchFile({ hubUrl: this.hubUrl, retry: this.retry, entry, file: file.path, dest: path.join(partial, file.path), signal: controller.signal, meter });
      }
      if (controller.signal.aborted) throw new Error('cancelled');
      this.install(entry, partial, finalDir, { ...(record?.revision === entry.revision ? record.files : {}), ...hashes });
      this.active.delete(key);
      return this.info(entry);
    } catch (error) {
      if (controller.signal.aborted) throw new GlosaError('unavailable', 'downloadCancelled');
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
      throw new GlosaError('unavailable', 'downloadNoSpace', { dir: this.modelsDir, needed, free });
    }
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
      throw new GlosaError('invalid_input', 'folderNotFolder', { path: path.resolve(folder) });
    }
    if (!fs.statSync(source).isDirectory()) {
      throw new GlosaError('invalid_input', 'folderNotFolder', { path: source });
    }
    const dtypes = MODEL_DTYPES.filter((d) => entry.files[d].every((f) => fs.existsSync(path.join(source, f.path))));
    if (dtypes.length === 0) {
      const expected = entry.files.q8.map((f) => f.path).join(' and ');
      throw new GlosaError('invalid_input', 'folderNoWeights', { path: source, repo: entry.repo, expected });
    }
    const paths = [...entry.files.common, ...dtypes.flatMap((d) => entry.files[d])].map((f) => f.path);
    const theirRecord = this.readRecord(source);
    const files: InstallRecord['files'] = {};
    for (const p of paths) {
      const file = path.join(source, p);
      if (!fs.existsSync(file)) throw new GlosaError('invalid_input', 'folderFileMissing', { file: p, path: source });
      if (fs.lstatSync(file).isSymbolicLink() || !isInside(source, fs.realpathSync(file))) {
        throw new GlosaError('invalid_input', 'folderFileLink', { file: p, path: source });
      }
      checkModelFile(p, file);
      const sha256 = await hashFile(file);
      const pinned = pinnedSha(entry, p);
      if (pinned && pinned !== sha256) {
        throw new GlosaError('invalid_input', 'folderFileOtherRevision', { file: p, path: source, repo: entry.repo, revision: entry.revision.slice(0, 7) });
      }
      const recorded = theirRecord?.files[p];
      if (recorded && recorded.sha256 !== sha256) {
        throw new GlosaError('invalid_input', 'folderFileDamaged', { file: p, path: source });
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

  /**
   * Takes one piece of a model file sent from a folder the reader picked in a browser (which
   * gives files, not a path), into a staging folder of its own: only the files the manifest
   * lists for the model, each in order from its start, none past its expected size.
   */
  receiveFile(id: string, file: string, offset: number, bytes: Buffer): number {
    const entry = this.entry(id);
    const listed = [...entry.files.common, ...entry.files.q8, ...entry.files.fp32].find((f) => f.path === file);
    if (!listed) throw new GlosaError('invalid_input', 'uploadNotModelFile', { file, repo: entry.repo });
    const dest = path.join(this.uploadDir(entry), file);
    const have = fs.existsSync(dest) ? fs.statSync(dest).size : 0;
    if (offset !== 0 && offset !== have) throw new GlosaError('invalid_input', 'uploadOutOfOrder', { file });
    // The manifest's sizes are approximate for the small files: room for that, not for another file.
    if (offset + bytes.length > listed.approxBytes * 1.5 + 1_000_000) throw new GlosaError('invalid_input', 'uploadTooLarge', { file, repo: entry.repo });
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    if (offset === 0) fs.writeFileSync(dest, bytes);
    else fs.appendFileSync(dest, bytes);
    return offset + bytes.length;
  }

  /** Imports what `receiveFile` took in, as a folder is imported, and clears the staging folder either way. */
  async importReceived(id: string): Promise<ModelInfo> {
    const dir = this.uploadDir(this.entry(id));
    try {
      return await this.importFolder(id, dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  private uploadDir(entry: ModelManifestEntry): string {
    return path.join(this.modelsDir, '.partial', `upload-${entry.id}`);
  }

  /** Hashes every installed file against the record written at install time; returns the files missing or damaged. */
  async verify(id: string): Promise<{ info: ModelInfo; problems: string[] }> {
    const entry = this.entry(id);
    const dir = this.dirFor(entry);
    const record = this.readRecord(dir);
    const problems: string[] = [];
    if (!record) problems.push(RECORD_FILE);
    else {
      for (const [p, expected] of Object.entries(record.files)) {
        const file = path.join(dir, p);
        if (!fs.existsSync(file) || (await hashFile(file)) !== expected.sha256) problems.push(p);
      }
      if (problems.length && !this.isBundled(entry)) {
        // Leave a mark that status() sees: the damaged files no longer count as installed.
        const kept = Object.fromEntries(Object.entries(record.files).map(([p, f]) => [p, problems.includes(p) ? { ...f, bytes: -1 } : f]));
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

/** The one refusal of a download in offline mode, wherever it is asked for. */
export function offlineRefusal(): GlosaError {
  return new GlosaError('unavailable', 'downloadOffline');
}
