import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { Database } from '../../core/store/database';
import { tempDataDir } from '../support/serve';

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
