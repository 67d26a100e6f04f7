import fs from 'node:fs';
import path from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { StorageError } from '../errors';
import { rollBackHotJournal } from './journal';
import { MIGRATIONS } from './migrations';

type Params = (string | number | bigint | null | boolean)[];

/** How long a call waits for another Glosa process (the CLI, the app) to finish writing. */
const BUSY_WAIT_MS = 5000;

/** The connections this process has open, by file: a lock one of them holds is not stale. */
const openHere = new Map<string, Set<Database>>();

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && /database is locked|SQLITE_BUSY/i.test(error.message);
}
type Row = Record<string, string | number | bigint | Uint8Array | null>;

/**
 * One SQLite file, opened once per process. Statements are prepared once and kept, every
 * write goes through `transaction`, and every failure carries the file's path.
 */
export class Database {
  private readonly db: sqlite.Database;
  private readonly statements = new Map<string, sqlite.Statement>();
  /** The schema version found on open, before migrations: 0 for a new library. */
  readonly versionAtOpen: number;

  private constructor(
    readonly file: string,
    db: sqlite.Database,
  ) {
    this.db = db;
    this.versionAtOpen = this.userVersion();
    const here = openHere.get(file) ?? new Set();
    openHere.set(file, here.add(this));
  }

  static open(file: string): Database {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (error) {
      throw new StorageError(`Cannot create the data folder ${path.dirname(file)}: ${reason(error)}`);
    }
    if (fs.existsSync(file)) {
      try {
        fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
      } catch {
        throw new StorageError(`The library database ${file} cannot be read or written. Check its permissions.`);
      }
    }
    registerOwner(file);
    recoverFromKilledWriter(file);
    let raw: sqlite.Database;
    try {
      raw = new sqlite.Database(file);
    } catch (error) {
      throw new StorageError(`Cannot open the library database ${file}: ${reason(error)}`);
    }
    let db: Database;
    try {
      db = new Database(file, raw);
      db.checkReadable();
      db.exec('PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;');
      db.migrate();
    } catch (error) {
      try {
        raw.close();
      } catch {
        // The handle may already be unusable; the error below says why.
      }
      if (error instanceof StorageError) throw error;
      if (isBusy(error)) {
        throw new StorageError(`The library database ${file} is busy: another Glosa process is writing to it. Try again in a moment.`);
      }
      throw damaged(file, error);
    }
    return db;
  }

  private userVersion(): number {
    const row = this.wrap(() => this.db.get('PRAGMA user_version')) as Row | null;
    return Number(row?.user_version ?? 0);
  }

  private checkReadable(): void {
    // Any read of the schema fails on a file that is not SQLite.
    this.wrap(() => this.db.all("SELECT name FROM sqlite_master WHERE type = 'table'"));
    const newest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    if (this.versionAtOpen > newest) {
      throw new StorageError(
        `The library database ${this.file} was written by a newer version of Glosa (schema ${this.versionAtOpen}). Update Glosa to open it.`,
      );
    }
  }

  /** Applies the migrations a file lacks, all in one transaction: all land, or none. */
  private migrate(): void {
    const pending = MIGRATIONS.filter((m) => m.version > this.userVersion());
    if (!pending.length) return;
    this.transaction(() => {
      for (const migration of pending) {
        this.db.exec(migration.sql);
        this.db.exec(`PRAGMA user_version = ${migration.version}`);
      }
    });
  }

  private statement(sql: string): sqlite.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  all<T = Row>(sql: string, params: Params = []): T[] {
    return this.wrap(() => this.statement(sql).all(params) as T[], sql);
  }

  get<T = Row>(sql: string, params: Params = []): T | undefined {
    return this.wrap(() => (this.statement(sql).get(params) as T | null) ?? undefined, sql);
  }

  run(sql: string, params: Params = []): { changes: number; lastInsertRowid: number } {
    return this.wrap(() => {
      const info = this.statement(sql).run(params);
      return { changes: info.changes, lastInsertRowid: Number(info.lastInsertRowid) };
    }, sql);
  }

  exec(sql: string): void {
    this.wrap(() => this.db.exec(sql));
  }

  /** Runs `fn` in one transaction: all of its writes land, or none. Nests as a savepoint. */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) {
      const name = `sp_${this.statements.size}_${Date.now()}`;
      this.db.exec(`SAVEPOINT ${name}`);
      try {
        const result = fn();
        this.db.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        this.db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
        throw error;
      }
    }
    this.wrap(() => this.db.exec('BEGIN IMMEDIATE'));
    try {
      const result = fn();
      this.wrap(() => this.db.exec('COMMIT'));
      return result;
    } catch (error) {
      try {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
      } catch {
        // SQLite has rolled back already (a failed write ends the transaction).
      }
      throw error;
    }
  }

  close(): void {
    for (const stmt of this.statements.values()) stmt.finalize();
    this.statements.clear();
    if (this.db.isOpen) this.db.close();
    const here = openHere.get(this.file);
    here?.delete(this);
    if (!here?.size) {
      openHere.delete(this.file);
      fs.rmSync(path.join(`${this.file}.owners`, String(process.pid)), { force: true });
    }
  }

  /** Runs `fn`, waiting while another process writes; `sql` names the kept statement it uses. */
  private wrap<T>(fn: () => T, sql?: string): T {
    const deadline = Date.now() + BUSY_WAIT_MS;
    for (;;) {
      try {
        return fn();
      } catch (error) {
        // Another process holds the lock for a moment: wait for it, as busy_timeout would.
        // A lock left by a process killed mid-write is taken over, and its journal undone.
        if ((isBusy(error) || this.failedOnLock(error)) && Date.now() < deadline) {
          // A statement whose step failed cannot be reset for the next try: prepare it anew.
          if (sql !== undefined) this.forget(sql);
          recoverFromKilledWriter(this.file);
          sleepSync(20);
          continue;
        }
        if (sql !== undefined) this.forget(sql);
        throw this.explain(error);
      }
    }
  }

  /**
   * FTS5 reads its settings while it connects, and reports a lock held by another process
   * there as a failed constructor rather than as busy.
   */
  private failedOnLock(error: unknown): boolean {
    return error instanceof Error && /vtable constructor failed/.test(error.message) && fs.existsSync(`${this.file}.lock`);
  }

  private forget(sql: string): void {
    const stmt = this.statements.get(sql);
    this.statements.delete(sql);
    try {
      stmt?.finalize();
    } catch {
      // Finalizing reports the failed step again; the statement is gone either way.
    }
  }

  /** Whether this connection is inside a transaction, and so holds the library's lock. */
  get holdsLock(): boolean {
    return this.db.isOpen && this.db.inTransaction;
  }

  private explain(error: unknown): unknown {
    if (error instanceof StorageError) return error;
    if (isBusy(error)) return new StorageError(`The library database ${this.file} is busy: another Glosa process is writing to it. Try again in a moment.`);
    if (error instanceof Error && /not a database|malformed|corrupt/i.test(error.message)) return damaged(this.file, error);
    if (error instanceof Error && /disk I\/O error|disk is full|readonly database|unable to open database file/i.test(error.message)) {
      return new StorageError(
        `Glosa could not save to ${this.file}: ${writeProblem(path.dirname(this.file))}. ` +
          'Nothing was half-saved: your library is as it was before this change.',
      );
    }
    if (error instanceof sqlite.SQLite3Error) return new StorageError(`The library database ${this.file} could not be used: ${reason(error)}`);
    return error;
  }
}

/**
 * Why a folder cannot take a write, found by trying one: SQLite reports every failed write
 * as the same "disk I/O error", and a person needs to know which of these it was.
 */
function writeProblem(folder: string): string {
  const probe = path.join(folder, `.glosa-write-check-${process.pid}`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(probe, 'w');
    fs.writeSync(fd, Buffer.alloc(64 * 1024));
    fs.fsyncSync(fd);
    return 'the disk reported an error while writing';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full. Free some space, then try again';
    if (code === 'EACCES' || code === 'EPERM') return `permission to write in ${folder} was denied. Check the folder's permissions`;
    if (code === 'EROFS') return `${folder} is on a read-only disk`;
    return `the disk reported an error while writing (${code ?? reason(error)})`;
  } finally {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(probe, { force: true });
  }
}

function damaged(file: string, error: unknown): StorageError {
  return new StorageError(
    `The library database ${file} is damaged or is not a Glosa database (${reason(error)}). ` +
      'Glosa has left it untouched: move it aside to start a new library, or restore a backup.',
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Glosa processes other than this one that have the library open. */
function otherLiveOwners(file: string): number {
  const owners = `${file}.owners`;
  let live = 0;
  try {
    for (const name of fs.readdirSync(owners)) {
      if (Number(name) === process.pid) continue;
      if (isAlive(Number(name))) live++;
      else fs.rmSync(path.join(owners, name), { force: true });
    }
  } catch {
    // No owners folder yet: a library opened for the first time.
  }
  return live;
}

/**
 * Each process with the library open leaves its process id in "<file>.owners", and
 * node-sqlite3-wasm locks with a "<file>.lock" folder held while a statement or a
 * transaction runs. When no other process that had the library open is alive, a lock
 * still there was left by a process killed mid-write: it is taken over, the transaction
 * the process left half-written is rolled back from its journal, and the lock released.
 */
function recoverFromKilledWriter(file: string): void {
  // A lock this process holds (a transaction under way elsewhere in it) is not stale either.
  if ([...(openHere.get(file) ?? [])].some((db) => db.holdsLock) || otherLiveOwners(file) > 0) return;
  const lock = `${file}.lock`;
  try {
    fs.rmdirSync(lock);
  } catch {
    // No lock left behind.
  }
  try {
    fs.mkdirSync(lock);
  } catch {
    return; // Another process took the lock at this moment: it is alive, and it will do this.
  }
  try {
    rollBackHotJournal(file);
  } catch (error) {
    throw new StorageError(`Cannot undo the unfinished write in ${file}-journal: ${reason(error)}. Glosa has kept the journal, so that the next start can finish undoing it.`);
  } finally {
    fs.rmdirSync(lock);
  }
}

function registerOwner(file: string): void {
  try {
    fs.mkdirSync(`${file}.owners`, { recursive: true });
    fs.writeFileSync(path.join(`${file}.owners`, String(process.pid)), '');
  } catch {
    // A read-only folder: the open below reports what matters.
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
