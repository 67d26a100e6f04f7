import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTinyModel } from '../../scripts/tiny-model';

let cached: string | null = null;

/** The generated tiny model, written once per test process into a temp folder. */
export function tinyModelDir(): string {
  if (cached && fs.existsSync(cached)) return cached;
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glosa-tiny-')), 'opus-mt-es-en');
  writeTinyModel(dir);
  cached = dir;
  return dir;
}
