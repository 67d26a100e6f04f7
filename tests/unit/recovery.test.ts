import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { backupName, Database } from '../../core/store/database';
import { openTestCore } from '../support/core';
import { ROOT } from '../support/serve';

/** Starts a large write on `file` and kills its process with SIGKILL once part of it reached the disk. */
function killMidWrite(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests', 'support', 'half-write.ts'), file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => child.kill('SIGKILL'));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error('the writer ended before it was killed'))));
  });
}

async function libraryWithSamples(): Promise<{ file: string; titles: string[] }> {
  const core = await openTestCore({ samples: true });
  const titles = (await core.api.listArticles({})).map((a) => a.title).sort();
  await core.close();
  return { file: path.join(core.dataDir, DATABASE_FILE), titles };
}

function titlesIn(db: Database): string[] {
  return db.all<{ title: string }>('SELECT title FROM articles').map((r) => r.title).sort();
}

describe('a write cut short by a kill', () => {
  it('leaves nothing of itself, and SQLite recovers the library when it is next opened', async () => {
    const { file, titles } = await libraryWithSamples();
    await killMidWrite(file);
    // The precondition that makes this test mean something: the killed writer had already
    // put part of its change on disk, in the write-ahead log.
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(600 * 1000);

    const db = Database.open(file);
    try {
      expect(db.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
      expect(titlesIn(db)).toEqual(titles);
      expect(db.get("SELECT name FROM sqlite_master WHERE name = 'filler'")).toBeUndefined();
      // And the library takes writes at once: nothing of the dead writer holds it.
      db.run("UPDATE articles SET title = title || ' (leído)' WHERE id = 1");
    } finally {
      db.close();
    }
  }, 30_000);

  it('never stops a process that had the library open from reading and then writing', async () => {
    const { file, titles } = await libraryWithSamples();
    const app = Database.open(file);
    try {
      expect(titlesIn(app)).toEqual(titles);
      await killMidWrite(file);
      expect(titlesIn(app)).toEqual(titles);
      const started = Date.now();
      app.transaction(() => app.run("UPDATE articles SET title = 'después' WHERE id = 1"));
      expect(Date.now() - started).toBeLessThan(2000);
      expect(app.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
      expect(app.get<{ title: string }>('SELECT title FROM articles WHERE id = 1')?.title).toBe('después');
    } finally {
      app.close();
    }
  }, 30_000);

  it('leaves no lock or owner file of its own: only SQLite\'s database, log and index', async () => {
    const { file } = await libraryWithSamples();
    await killMidWrite(file);
    const db = Database.open(file);
    try {
      const beside = fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith(DATABASE_FILE)).sort();
      expect(beside).toEqual([DATABASE_FILE, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`]);
    } finally {
      db.close();
    }
  }, 30_000);
});

describe('a library written by an older Glosa', () => {
  it('is switched to WAL in place, with a copy kept beside it and the old lock folders gone', async () => {
    const { file, titles } = await libraryWithSamples();
    // What Glosa before WAL left: a rollback-journal file, and lock and owner folders.
    const old = Database.open(file);
    old.exec('PRAGMA journal_mode = DELETE');
    old.close();
    fs.mkdirSync(`${file}.owners`);
    fs.writeFileSync(path.join(`${file}.owners`, '12345'), '');
    fs.mkdirSync(`${file}.lock`);

    const db = Database.open(file);
    try {
      expect(db.get<{ journal_mode: string }>('PRAGMA journal_mode')?.journal_mode).toBe('wal');
      expect(titlesIn(db)).toEqual(titles);
    } finally {
      db.close();
    }
    expect(fs.existsSync(`${file}.owners`)).toBe(false);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    const backup = Database.open(backupName(file));
    try {
      expect(titlesIn(backup)).toEqual(titles);
    } finally {
      backup.close();
    }
  }, 30_000);
});
