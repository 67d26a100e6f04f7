import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { Database } from '../../core/store/database';
import { GLOSA_BIN, ROOT, tempDataDir } from '../support/serve';

const ROUNDS = 100;

/** One run of the writer, killed with SIGKILL after `ms`; resolves with what it acknowledged. */
function runAndKill(dataDir: string, round: number, ms: number): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests', 'support', 'write-loop.ts'), String(round)], {
      env: { ...process.env, GLOSA_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    // The timer starts once the writer has written, so that every round is killed mid-work.
    let timer: NodeJS.Timeout | null = null;
    child.stdout.once('data', () => (timer = setTimeout(() => child.kill('SIGKILL'), ms)));
    const fallback = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      clearTimeout(fallback);
      resolve(out.split('\n').filter((l) => l.startsWith('ack ')).map((l) => l.slice(4)));
    });
  });
}

/**
 * One run of `glosa serve` (its backend process with it) taking imports over HTTP, the
 * whole process group killed with SIGKILL after `ms`; resolves with the imports it answered.
 */
async function serveAndKill(dataDir: string, round: number, ms: number): Promise<string[]> {
  const child = spawn(process.execPath, [GLOSA_BIN, 'serve', '--port', '0'], {
    env: { ...process.env, GLOSA_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let output = '';
  const url = await new Promise<URL | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), 30_000);
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[0]));
      }
    });
  });
  const acknowledged: string[] = [];
  if (url) {
    // The kill comes while imports stream in, not while the backend is still starting (the
    // command run from its sources, unbuilt, takes longer to start than the kill's delay):
    // its timer starts with the first import answered; before that, a failed call is retried.
    const headers = { authorization: `Bearer ${url.searchParams.get('token')}`, 'content-type': 'application/json' };
    let alive = true;
    let kill: NodeJS.Timeout | undefined;
    const started = Date.now();
    for (let i = 0; alive && Date.now() - started < 60_000; i++) {
      const title = `s${round}-a${i}`;
      try {
        const response = await fetch(`${url.origin}/api/importText`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ text: `Artículo ${title}. El Kremlin negó la captura de las aldeas ${i}.`, title }),
        });
        const body = (await response.json()) as { ok: boolean; result?: { status: string } };
        if (body.ok && body.result?.status === 'imported') acknowledged.push(title);
        kill ??= setTimeout(() => {
          alive = false;
          process.kill(-child.pid!, 'SIGKILL');
        }, ms);
      } catch {
        if (kill) break; // the server is gone
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    clearTimeout(kill);
  }
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await exited;
  return acknowledged;
}

describe('durability', () => {
  it(`keeps the library intact and every acknowledged write through ${ROUNDS} kill -9 of a writer, the command line's and browser mode's`, async () => {
    const dataDir = tempDataDir('glosa-kill-');
    const acknowledged: string[] = [];
    let byServe = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // One round in four is `glosa serve` and its backend, killed while imports stream in.
      if (round % 4 === 3) {
        const acked = await serveAndKill(dataDir, round, 100 + Math.floor(Math.random() * 400));
        byServe += acked.length;
        acknowledged.push(...acked);
      } else acknowledged.push(...(await runAndKill(dataDir, round, Math.floor(Math.random() * 60))));
      if (round % 10 === 9 || round === ROUNDS - 1) {
        const db = Database.open(path.join(dataDir, DATABASE_FILE));
        try {
          expect(db.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
          const titles = new Set(db.all<{ title: string }>('SELECT title FROM articles').map((r) => r.title));
          for (const title of acknowledged) expect(titles.has(title), title).toBe(true);
          expect(db.get<{ n: number }>('SELECT count(*) AS n FROM articles_fts')?.n).toBe(titles.size);
        } finally {
          db.close();
        }
      }
    }
    // Most rounds write something before they are killed (a slow start may write nothing).
    expect(acknowledged.length).toBeGreaterThan(ROUNDS / 2);
    expect(byServe).toBeGreaterThan(0);
  }, 600_000);
});
