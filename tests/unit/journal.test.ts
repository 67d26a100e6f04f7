import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { Database } from '../../core/store/database';
import { journalFile, rollBackHotJournal } from '../../core/store/journal';
import { openTestCore } from '../support/core';
import { ROOT, tempDataDir } from '../support/serve';

/** Starts a large write on `file` and kills its process with SIGKILL once part of it reached the file. */
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

describe('a write interrupted by a kill', () => {
  it('is undone from its journal when the library is next opened', async () => {
    const { file, titles } = await libraryWithSamples();
    const before = fs.readFileSync(file);
    await killMidWrite(file);
    // The precondition that makes this test mean something: the killed writer had already
    // changed the database file, and left its journal and its lock behind.
    expect(fs.readFileSync(file).equals(before)).toBe(false);
    expect(fs.existsSync(journalFile(file))).toBe(true);
    expect(fs.existsSync(`${file}.lock`)).toBe(true);

    const db = Database.open(file);
    try {
      expect(db.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
      expect(titlesIn(db)).toEqual(titles);
      expect(db.get("SELECT name FROM sqlite_master WHERE name = 'filler'")).toBeUndefined();
    } finally {
      db.close();
    }
    expect(fs.existsSync(journalFile(file))).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  }, 30_000);

  it('is undone by a process that has the library open, at its next statement', async () => {
    const { file, titles } = await libraryWithSamples();
    const app = Database.open(file);
    try {
      expect(titlesIn(app)).toEqual(titles);
      await killMidWrite(file);
      expect(fs.existsSync(journalFile(file))).toBe(true);
      expect(app.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
      expect(titlesIn(app)).toEqual(titles);
      app.run("UPDATE articles SET title = 'after' WHERE id = (SELECT min(id) FROM articles)");
      expect(titlesIn(app)).toContain('after');
    } finally {
      app.close();
    }
    expect(fs.existsSync(journalFile(file))).toBe(false);
  }, 30_000);

  it('is left alone while the process that writes is alive', async () => {
    const { file } = await libraryWithSamples();
    const writer = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests', 'support', 'half-write.ts'), file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise((resolve) => writer.stdout.once('data', resolve));
      const journal = fs.readFileSync(journalFile(file));
      expect(() => Database.open(file)).toThrow(/busy: another Glosa process is writing/);
      expect(fs.readFileSync(journalFile(file)).equals(journal)).toBe(true);
    } finally {
      writer.kill('SIGKILL');
    }
  }, 30_000);

  it('is waited for, not undone, while the process that writes is alive', async () => {
    const { file, titles } = await libraryWithSamples();
    const app = Database.open(file);
    try {
      expect(titlesIn(app)).toEqual(titles);
      const writer = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests', 'support', 'half-write.ts'), file, '400'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((resolve) => writer.stdout.once('data', resolve));
      // The same kept statement as above: it waits for the commit, then reads what landed.
      expect(titlesIn(app)).toEqual(titles.map((t) => `half-written ${t}`));
      expect(app.get<{ n: number }>('SELECT count(*) AS n FROM filler')?.n).toBe(600);
      expect(app.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
    } finally {
      app.close();
    }
  }, 30_000);

  it('ignores a journal that was never synced, and a missing one', () => {
    const dir = tempDataDir('glosa-journal-');
    const file = path.join(dir, 'x.db');
    fs.writeFileSync(file, Buffer.alloc(4096, 7));
    expect(rollBackHotJournal(file)).toBeNull();
    fs.writeFileSync(journalFile(file), Buffer.alloc(1024));
    expect(rollBackHotJournal(file)).toBeNull();
    expect(fs.existsSync(journalFile(file))).toBe(false);
    expect(fs.readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(true);
  });
});
