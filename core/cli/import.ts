/**
 * `glosa import`'s files: folders expanded to the articles in them, each file checked for
 * size before it is read, and sent through the API in batches, as the app's imports are.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GlosaApi, ImportFile, ImportResult } from '../api';
import { IMPORTABLE_EXTENSIONS, tooLarge } from '../article/import';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from '../contract';

/** Bytes sent in one call at most (besides one file that is alone larger). */
const BATCH_BYTES = 40_000_000;

/** Imports files and folders, one result per file (and one for a path that is no article), in order. */
export async function importPaths(api: Pick<GlosaApi, 'importFiles'>, paths: string[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  let batch: ImportFile[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length) results.push(...(await api.importFiles({ files: batch })));
    batch = [];
    bytes = 0;
  };
  for (const file of articleFiles(paths, results)) {
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch (error) {
      results.push(unreadable(file, error));
      continue;
    }
    if (size > MAX_IMPORT_BYTES) {
      await flush();
      const refusal = tooLarge(file, size);
      results.push({ status: 'error', name: file, code: refusal.code, message: refusal.message });
      continue;
    }
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch (error) {
      results.push(unreadable(file, error));
      continue;
    }
    if (batch.length >= MAX_IMPORT_FILES || bytes + data.length > BATCH_BYTES) await flush();
    batch.push({ name: file, data: data.toString('base64') });
    bytes += data.length;
  }
  await flush();
  return results;
}

function unreadable(file: string, error: unknown): ImportResult {
  return { status: 'error', name: file, code: 'no_text', message: `${file} cannot be read: ${(error as Error).message}` };
}

/** The files to import: each path given, and in each folder (and below) the files of an article type. */
function articleFiles(paths: string[], results: ImportResult[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      results.push({ status: 'error', name: p, code: 'no_text', message: `${p} does not exist.` });
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(p);
      continue;
    }
    const found = fs
      .readdirSync(p, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && IMPORTABLE_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext)))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    if (found.length === 0) results.push({ status: 'error', name: p, code: 'unsupported_type', message: `${p} holds no .txt, .md, .html or .docx files.` });
    files.push(...found);
  }
  return files;
}
