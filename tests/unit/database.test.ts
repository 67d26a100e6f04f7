import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { backupName, Database, SQLITE, writeProblem } from '../../core/store/database';
import { tempDataDir } from '../support/serve';
import { english } from '../../core/messages';

const opened: Database[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

function open(file = path.join(tempDataDir(), DATABASE_FILE)): Database {
  const db = Database.open(file);
  opened.push(db);
  return db;
}

const count = (db: Database) => db.get<{ n: number }>('SELECT count(*) AS n FROM settings')!.n;

describe('a transaction', () => {
  it('that fails half-way leaves none of its writes, and the connection takes the next one', () => {
    const db = open();
    const before = count(db);
    expect(() =>
      db.transaction(() => {
        db.run("INSERT INTO settings (key, value) VALUES ('a', '1')");
        throw new Error('the caller changed its mind');
      }),
    ).toThrow('the caller changed its mind');
    expect(count(db)).toBe(before);
    db.transaction(() => db.run("INSERT INTO settings (key, value) VALUES ('b', '2')"));
    expect(count(db)).toBe(before + 1);
  });

  it('nested in another undoes only its own part when it fails', () => {
    const db = open();
    const before = count(db);
    db.transaction(() => {
      db.run("INSERT INTO settings (key, value) VALUES ('outer', '1')");
      expect(() =>
        db.transaction(() => {
          db.run("INSERT INTO settings (key, value) VALUES ('inner', '2')");
          throw new Error('inner failed');
        }),
      ).toThrow('inner failed');
      db.run("INSERT INTO settings (key, value) VALUES ('after', '3')");
    });
    expect(db.all<{ key: string }>("SELECT key FROM settings WHERE key IN ('outer', 'inner', 'after') ORDER BY key").map((r) => r.key)).toEqual(['after', 'outer']);
    expect(count(db)).toBe(before + 2);
  });

  it('that breaks a constraint is refused with the library named, and leaves nothing', () => {
    const db = open();
    db.run("INSERT INTO settings (key, value) VALUES ('k', 'v')");
    const before = count(db);
    expect(() =>
      db.transaction(() => {
        db.run("INSERT INTO settings (key, value) VALUES ('other', 'x')");
        db.run("INSERT INTO settings (key, value) VALUES ('k', 'again')");
      }),
    ).toThrow(/The library database .*glosa\.sqlite could not be used: .*UNIQUE/);
    expect(count(db)).toBe(before);
  });
});

describe('two connections to one library', () => {
  it('see each other\'s committed writes, and a reader is never blocked by a writer in the middle of its transaction', () => {
    const file = path.join(tempDataDir(), DATABASE_FILE);
    const writer = open(file);
    const reader = open(file);
    const before = count(reader);
    writer.transaction(() => {
      writer.run("INSERT INTO settings (key, value) VALUES ('w', '1')");
      // Mid-transaction: the reader reads at once, and sees the library as last committed.
      expect(count(reader)).toBe(before);
    });
    expect(count(reader)).toBe(before + 1);
  });
});

describe('a library another process is writing to', () => {
  it('makes a writer wait, then says it is busy, naming the library; reads go on meanwhile', () => {
    const file = path.join(tempDataDir(), DATABASE_FILE);
    const holder = open(file);
    const other = Database.open(file, { busyTimeoutMs: 200 });
    opened.push(other);
    holder.exec('BEGIN IMMEDIATE');
    try {
      expect(count(other)).toBeGreaterThanOrEqual(0);
      expect(() => other.run("INSERT INTO settings (key, value) VALUES ('x', '1')")).toThrow(
        new RegExp(`The library database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is busy: another Glosa process is writing to it`),
      );
    } finally {
      holder.exec('ROLLBACK');
    }
    other.run("INSERT INTO settings (key, value) VALUES ('x', '1')");
  });
});

describe('a cache transaction', () => {
  const synchronous = (db: Database) => db.get<{ synchronous: number }>('PRAGMA synchronous')?.synchronous;

  it('commits all of its writes, seen by another connection, and every other commit is synced as before', () => {
    const file = path.join(tempDataDir(), DATABASE_FILE);
    const db = open(file);
    db.cacheTransaction(() => {
      db.run("INSERT INTO settings (key, value) VALUES ('c1', '1')");
      db.run("INSERT INTO settings (key, value) VALUES ('c2', '2')");
    });
    expect(synchronous(db)).toBe(2);
    expect(open(file).get<{ n: number }>("SELECT count(*) AS n FROM settings WHERE key IN ('c1', 'c2')")?.n).toBe(2);
  });

  it('that fails leaves none of its writes and the connection synced', () => {
    const db = open();
    const before = count(db);
    expect(() =>
      db.cacheTransaction(() => {
        db.run("INSERT INTO settings (key, value) VALUES ('c', '1')");
        expect(synchronous(db)).toBe(1);
        throw new Error('the engine stopped');
      }),
    ).toThrow('the engine stopped');
    expect(count(db)).toBe(before);
    expect(synchronous(db)).toBe(2);
  });

  it('inside another transaction is part of it, synced with it', () => {
    const db = open();
    const before = count(db);
    expect(() =>
      db.transaction(() => {
        db.cacheTransaction(() => {
          expect(synchronous(db)).toBe(2);
          db.run("INSERT INTO settings (key, value) VALUES ('n', '1')");
        });
        throw new Error('outer fails');
      }),
    ).toThrow('outer fails');
    expect(count(db)).toBe(before);
    expect(synchronous(db)).toBe(2);
  });
});

describe('opening a library', () => {
  it('writes durably: WAL with every commit synced', () => {
    const db = open();
    expect(db.get<{ journal_mode: string }>('PRAGMA journal_mode')?.journal_mode).toBe('wal');
    expect(db.get<{ synchronous: number }>('PRAGMA synchronous')?.synchronous).toBe(2);
    expect(db.get<{ foreign_keys: number }>('PRAGMA foreign_keys')?.foreign_keys).toBe(1);
  });

  it('keeps no backup of a new library, and copies an older one even where its folder has a quote in its name', () => {
    const fresh = path.join(tempDataDir(), DATABASE_FILE);
    open(fresh).close();
    expect(fs.existsSync(backupName(fresh))).toBe(false);

    const file = path.join(tempDataDir("glosa-o'neil-"), DATABASE_FILE);
    const old = Database.open(file);
    old.run("INSERT INTO settings (key, value) VALUES ('kept', 'yes')");
    old.exec('PRAGMA journal_mode = DELETE');
    old.close();
    open(file);
    const backup = open(backupName(file));
    expect(backup.get<{ value: string }>("SELECT value FROM settings WHERE key = 'kept'")?.value).toBe('yes');
  });

  it('says so when the data folder cannot be made, and closing twice is harmless', () => {
    const blocker = path.join(tempDataDir(), 'a-file');
    fs.writeFileSync(blocker, '');
    expect(() => Database.open(path.join(blocker, 'sub', DATABASE_FILE))).toThrow(/Cannot create the data folder .*a-file/);
    const db = Database.open(path.join(tempDataDir(), DATABASE_FILE));
    db.close();
    expect(() => db.close()).not.toThrow();
  });
});

describe('why a write failed', () => {
  it('is found by trying one: a folder that is gone, and a disk that is fine but SQLite said full', () => {
    expect(english(writeProblem(path.join(tempDataDir(), 'gone', 'deeper'), SQLITE.IOERR))).toBe('the disk reported an error while writing (ENOENT)');
    expect(english(writeProblem(tempDataDir(), SQLITE.FULL))).toBe('the disk is full. Free some space, then try again');
    expect(english(writeProblem(tempDataDir(), SQLITE.IOERR))).toBe('the disk reported an error while writing');
    // The probe leaves nothing behind.
    const dir = tempDataDir();
    writeProblem(dir, SQLITE.IOERR);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  const readOnlyDisk = (() => {
    const dir = tempDataDir();
    return process.platform === 'linux' && spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir]).status === 0 ? dir : null;
  })();
  it.skipIf(!readOnlyDisk)('names a read-only disk (skipped: mounting a disk needs root on Linux)', () => {
    const dir = readOnlyDisk!;
    try {
      expect(english(writeProblem(dir, SQLITE.IOERR))).toBe(`${dir} is on a read-only disk`);
    } finally {
      spawnSync('umount', ['-l', dir]);
    }
  });
});
