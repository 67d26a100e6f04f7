import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { StorageError } from '../errors';
import { MIGRATIONS } from './migrations';
import { type Message, message } from '../messages';

type Params = (string | number | bigint | null | boolean | Uint8Array)[];
type Row = Record<string, string | number | bigint | Uint8Array | null>;

/**
 * How long a write waits for another Glosa process (the CLI, the app, browser mode) to
 * finish its own. SQLite's busy handler does the waiting; in WAL mode readers never wait.
 */
export const BUSY_TIMEOUT_MS = 5000;

/** SQLite's primary result codes that Glosa words for the reader (sqlite3.h). */
export const SQLITE = { BUSY: 5, LOCKED: 6, READONLY: 8, IOERR: 10, CORRUPT: 11, FULL: 13, CANTOPEN: 14, NOTADB: 26 } as const;

/**
 * One SQLite file, opened once per process through Node's built-in SQLite in WAL mode, so
 * that the desktop app, browser mode and the command line share it at once: readers never
 * block the writer, writers take turns, and SQLite itself recovers whatever a killed
 * process left half-done. Statements are prepared once and kept, every write goes through
 * `transaction`, and every failure carries the file's path.
 */
export class Database {
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private savepoints = 0;
  /** The schema version found on open, before migrations: 0 for a new library. */
  readonly versionAtOpen: number;

  private constructor(
    readonly file: string,
    db: DatabaseSync,
  ) {
    this.db = db;
    this.versionAtOpen = this.userVersion();
  }

  static open(file: string, { busyTimeoutMs = BUSY_TIMEOUT_MS }: { busyTimeoutMs?: number } = {}): Database {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (error) {
      throw new StorageError('dataFolderFailed', { dir: path.dirname(file), detail: reason(error) });
    }
    const existed = fs.existsSync(file);
    if (existed) {
      try {
        fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
      } catch {
        throw new StorageError('databaseNoAccess', { file });
      }
    }
    let raw: DatabaseSync;
    try {
      raw = new DatabaseSync(file, { timeout: busyTimeoutMs, enableForeignKeyConstraints: true });
    } catch (error) {
      throw new StorageError('databaseOpenFailed', { file, detail: reason(error) });
    }
    let db: Database;
    try {
      db = new Database(file, raw);
      db.checkReadable();
      db.useWriteAheadLog(existed);
      db.exec('PRAGMA synchronous = FULL;');
      db.migrate();
    } catch (error) {
      try {
        raw.close();
      } catch {
        // The handle may already be unusable; the error below says why.
      }
      throw explain(file, error);
    }
    return db;
  }

  private userVersion(): number {
    return Number(this.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0);
  }

  private checkReadable(): void {
    // Any read of the schema fails on a file that is not SQLite.
    this.all("SELECT name FROM sqlite_master WHERE type = 'table'");
    const newest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    if (this.versionAtOpen > newest) {
      throw new StorageError('databaseNewer', { file: this.file, version: this.versionAtOpen });
    }
  }

  /**
   * Puts the library in WAL mode, where it stays. A library written by an older Glosa
   * (rollback journal, with lock and owner folders of its own beside it) is copied beside
   * itself first, so that nothing is lost if the switch goes wrong, then switched in place.
   */
  private useWriteAheadLog(existed: boolean): void {
    const mode = String(this.get<{ journal_mode: string }>('PRAGMA journal_mode')?.journal_mode ?? '');
    if (mode === 'wal') return;
    if (existed && this.versionAtOpen > 0) {
      const backup = backupName(this.file);
      if (!fs.existsSync(backup)) this.db.exec(`VACUUM INTO ${quote(backup)}`);
    }
    const now = String(this.get<{ journal_mode: string }>('PRAGMA journal_mode = WAL')?.journal_mode ?? '');
    // Another process has the library open in the old mode: the next open switches it.
    if (now !== 'wal') return;
    for (const leftover of [`${this.file}.owners`, `${this.file}.lock`]) fs.rmSync(leftover, { recursive: true, force: true });
  }

  /** Applies the migrations a file lacks, all in one transaction: all land, or none. */
  private migrate(): void {
    const newest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    if (this.userVersion() >= newest) return;
    this.transaction(() => {
      // Read again inside the write lock: another process may have migrated meanwhile.
      for (const migration of MIGRATIONS.filter((m) => m.version > this.userVersion())) {
        this.db.exec(migration.sql);
        this.db.exec(`PRAGMA user_version = ${migration.version}`);
      }
    });
  }

  private statement(sql: string): StatementSync {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  all<T = Row>(sql: string, params: Params = []): T[] {
    return this.wrap(() => this.statement(sql).all(...bind(params)) as T[]);
  }

  /** The rows one at a time, never all in memory at once (a statement of its own: it may be nested). */
  *iterate<T = Row>(sql: string, params: Params = []): Generator<T> {
    const rows = this.wrap(() => this.db.prepare(sql).iterate(...bind(params)));
    for (;;) {
      const next = this.wrap(() => rows.next());
      if (next.done) return;
      yield next.value as T;
    }
  }

  get<T = Row>(sql: string, params: Params = []): T | undefined {
    return this.wrap(() => this.statement(sql).get(...bind(params)) as T | undefined);
  }

  run(sql: string, params: Params = []): { changes: number; lastInsertRowid: number } {
    return this.wrap(() => {
      const info = this.statement(sql).run(...bind(params));
      return { changes: Number(info.changes), lastInsertRowid: Number(info.lastInsertRowid) };
    });
  }

  exec(sql: string): void {
    this.wrap(() => this.db.exec(sql));
  }

  /**
   * A transaction for what can be made again (the engines' output): all of it lands or none,
   * but its commit is not flushed to the disk by itself (a flush took about a millisecond at
   * every batch of sentences). The log is written in order, so the next commit that is flushed
   * (an edit, a note, anything else) takes it along; a crash of the app loses nothing, a cut of
   * the power at most these last cache entries, and the file is never left broken.
   */
  cacheTransaction<T>(fn: () => T): T {
    if (this.db.isTransaction) return this.transaction(fn);
    this.exec('PRAGMA synchronous = NORMAL;');
    try {
      return this.transaction(fn);
    } finally {
      this.exec('PRAGMA synchronous = FULL;');
    }
  }

  /** Runs `fn` in one transaction: all of its writes land, or none. Nests as a savepoint. */
  transaction<T>(fn: () => T): T {
    if (this.db.isTransaction) {
      const name = `sp_${++this.savepoints}`;
      this.exec(`SAVEPOINT ${name}`);
      try {
        const result = fn();
        this.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        this.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
        throw error;
      }
    }
    // IMMEDIATE takes the write lock up front, waiting on the busy handler, so that a
    // transaction never fails half-way for want of it.
    this.exec('BEGIN IMMEDIATE');
    try {
      const result = fn();
      this.exec('COMMIT');
      return result;
    } catch (error) {
      this.rollBack();
      throw explain(this.file, error);
    }
  }

  /** Ends a failed transaction so that the next call starts clean, whatever failed. */
  private rollBack(): void {
    try {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
    } catch {
      // SQLite has rolled back already (a failed write can end the transaction).
    }
  }

  close(): void {
    this.statements.clear();
    if (this.db.isOpen) this.db.close();
  }

  private wrap<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw explain(this.file, error);
    }
  }
}

/** The copy of a library kept beside it when an older Glosa's file is switched to WAL. */
export function backupName(file: string): string {
  return `${file}.before-wal.bak`;
}

function bind(params: Params): SQLInputValue[] {
  return params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The primary SQLite result code behind an error from node:sqlite, if it is one. */
function sqliteCode(error: unknown): number | null {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

function explain(file: string, error: unknown): unknown {
  if (error instanceof StorageError) return error;
  const code = sqliteCode(error);
  if (code === null) return error;
  if (code === SQLITE.BUSY || code === SQLITE.LOCKED) {
    return new StorageError('databaseBusy', { file });
  }
  if (code === SQLITE.CORRUPT || code === SQLITE.NOTADB) return damaged(file, error);
  if (code === SQLITE.FULL || code === SQLITE.IOERR || code === SQLITE.READONLY || code === SQLITE.CANTOPEN) {
    return new StorageError('databaseSaveFailed', { file, problem: writeProblem(path.dirname(file), code) });
  }
  return new StorageError('databaseUnusable', { file, detail: reason(error) });
}

/**
 * Why a folder cannot take a write, found by trying one: SQLite reports most failed writes
 * as the same "disk I/O error", and a person needs to know which of these it was.
 */
export function writeProblem(folder: string, code: number): Message {
  const probe = path.join(folder, `.glosa-write-check-${process.pid}`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(probe, 'w');
    fs.writeSync(fd, Buffer.alloc(64 * 1024));
    fs.fsyncSync(fd);
    return message(code === SQLITE.FULL ? 'diskFull' : 'diskWriteError');
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno === 'ENOSPC' || errno === 'EDQUOT') return message('diskFull');
    if (errno === 'EACCES' || errno === 'EPERM') return message('folderWriteDenied', { dir: folder });
    if (errno === 'EROFS') return message('folderReadOnly', { dir: folder });
    return message('diskWriteErrorCode', { detail: errno ?? reason(error) });
  } finally {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(probe, { force: true });
  }
}

function damaged(file: string, error: unknown): StorageError {
  return new StorageError('databaseDamaged', { file, detail: reason(error) });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
