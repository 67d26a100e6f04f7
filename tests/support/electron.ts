import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './serve';

/** The Electron binary if `npm install` (or `npm start`) could download it, else null. */
export function electronBinary(): string | null {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}
