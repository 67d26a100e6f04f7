import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { Database } from '../../core/store/database';
import { ROOT, tempDataDir } from '../support/serve';

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

describe('durability', () => {
  it(`keeps the library intact and every acknowledged write through ${ROUNDS} kill -9 of a writer`, async () => {
    const dataDir = tempDataDir('glosa-kill-');
    const acknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      acknowledged.push(...(await runAndKill(dataDir, round, Math.floor(Math.random() * 60))));
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
  }, 600_000);
});
