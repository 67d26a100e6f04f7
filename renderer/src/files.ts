import type { ImportFile, ImportResult } from '../../core/api';
import { IMPORTABLE_EXTENSIONS, MAX_IMPORT_BYTES } from '../../core/contract';

export const IMPORTABLE: readonly string[] = IMPORTABLE_EXTENSIONS;
/** One request carries at most this many bytes of files (base64 adds a third). */
const BATCH_BYTES = 24 * 1024 * 1024;

export function isImportable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORTABLE.some((ext) => lower.endsWith(ext));
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
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
