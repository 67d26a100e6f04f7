import type { ImportFile, ImportResult } from '../../core/api';
import { IMPORTABLE_EXTENSIONS, MAX_IMPORT_BYTES, MODEL_CHUNK_BYTES } from '../../core/contract';

export const IMPORTABLE: readonly string[] = IMPORTABLE_EXTENSIONS;
/** One request carries at most this many bytes of files (base64 adds a third). */
const BATCH_BYTES = 24 * 1024 * 1024;

export function isImportable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORTABLE.some((ext) => lower.endsWith(ext));
}

function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/**
 * Sends a model folder picked in a browser (files, with their paths inside the folder) to
 * Glosa, piece by piece: only the files the model has, the folder's own name taken off.
 * Returns how many of the model's files the folder had.
 */
export async function sendModelFolder(
  files: File[],
  modelFiles: readonly string[],
  send: (file: string, offset: number, data: string) => Promise<unknown>,
  onProgress: (done: number, total: number) => void,
): Promise<number> {
  const inside = new Map(files.map((f) => [(f.webkitRelativePath || f.name).split('/').slice(1).join('/') || f.name, f]));
  const chosen = modelFiles.flatMap((p) => (inside.has(p) ? [[p, inside.get(p)!] as const] : []));
  const total = chosen.reduce((n, [, f]) => n + f.size, 0);
  let done = 0;
  onProgress(0, total);
  for (const [name, file] of chosen) {
    for (let offset = 0; offset < file.size || offset === 0; offset += MODEL_CHUNK_BYTES) {
      const piece = file.slice(offset, offset + MODEL_CHUNK_BYTES);
      await send(name, offset, await readAsBase64(piece));
      done += piece.size;
      onProgress(done, total);
      if (file.size === 0) break;
    }
  }
  return chosen.length;
}

export function formatLimit(): string {
  return `${MAX_IMPORT_BYTES / (1024 * 1024)} MB`;
}

/**
 * Sends files to the backend in batches, reporting progress. A file over the size limit is
 * refused here, before its bytes are read, with the same code the backend would use.
 */
export async function importFiles(
  files: File[],
  send: (batch: ImportFile[]) => Promise<ImportResult[]>,
  onProgress: (done: number, total: number) => void,
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  let batch: ImportFile[] = [];
  let batchBytes = 0;
  let done = 0;
  const flush = async () => {
    if (!batch.length) return;
    const sent = batch.length;
    results.push(...(await send(batch)));
    batch = [];
    batchBytes = 0;
    done += sent;
    onProgress(done, files.length);
  };
  onProgress(0, files.length);
  for (const file of files) {
    const name = file.webkitRelativePath || file.name;
    if (file.size > MAX_IMPORT_BYTES) {
      results.push({
        status: 'error',
        name,
        code: 'too_large',
        message: `${name} is too large to import (the limit is ${formatLimit()}).`,
      });
      done++;
      continue;
    }
    if (batchBytes + file.size > BATCH_BYTES) await flush();
    batch.push({ name, data: await readAsBase64(file) });
    batchBytes += file.size;
  }
  await flush();
  return results;
}

type Entry = {
  isFile: boolean;
  isDirectory: boolean;
  file?: (ok: (f: File) => void, fail: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: Entry[]) => void, fail: (e: unknown) => void) => void };
};

/** Files dropped on the window, folders walked recursively. */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items)
    .map((item) => (item.webkitGetAsEntry?.() as Entry | null) ?? null)
    .filter((e): e is Entry => e !== null);
  if (entries.length === 0) return Array.from(data.files);
  const files: File[] = [];
  const walk = async (entry: Entry): Promise<void> => {
    if (entry.isFile && entry.file) {
      files.push(await new Promise<File>((ok, fail) => entry.file!(ok, fail)));
    } else if (entry.isDirectory && entry.createReader) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}
