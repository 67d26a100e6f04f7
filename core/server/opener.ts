import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { xmlText } from '../text/xml';

/**
 * A page that sends the browser on to `url`, written where only this user can read it, so
 * that opening the browser never puts the token on a command line (which every local user
 * can read in the process list). The same way Jupyter opens its notebook server.
 * Returns the page's file URL and a function that removes it.
 */
export function writeOpenerPage(url: string): { fileUrl: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glosa-open-'));
  fs.chmodSync(dir, 0o700);
  const file = path.join(dir, 'open.html');
  const href = xmlText(url);
  fs.writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>Glosa</title><p><a href="${href}">Open Glosa</a></p>\n`,
    { mode: 0o600 },
  );
  return { fileUrl: new URL(`file://${file}`).href, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
