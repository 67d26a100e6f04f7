import fs from 'node:fs';
import path from 'node:path';

/**
 * Rolls back a hot rollback journal, as SQLite does when it opens a file that a killed
 * writer left half-committed.
 *
 * node-sqlite3-wasm's file locking cannot tell its own lock from another process's, so
 * SQLite under it never finds a journal hot and would read the half-written pages as they
 * are. Glosa therefore plays the journal back itself, under the library's lock, before
 * SQLite sees the file. The format is SQLite's documented one (fileformat2, "The Rollback
 * Journal"): a header per segment, then records of page number, original page, checksum.
 */

const MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);
/** The page that holds SQLite's lock byte in files over 1 GiB; never journaled. */
const PENDING_BYTE = 0x40000000;

export interface Rollback {
  /** Pages written back into the database file. */
  pages: number;
  /** The database's size in pages before the interrupted transaction. */
  originalPages: number;
}

function powerOfTwoBetween(n: number, low: number, high: number): boolean {
  return n >= low && n <= high && (n & (n - 1)) === 0;
}

function checksum(nonce: number, page: Buffer, pageSize: number): number {
  let sum = nonce;
  for (let i = pageSize - 200; i > 0; i -= 200) sum = (sum + page[i]!) >>> 0;
  return sum;
}

function readAt(fd: number, length: number, offset: number): Buffer | null {
  const buffer = Buffer.alloc(length);
  return fs.readSync(fd, buffer, 0, length, offset) === length ? buffer : null;
}

/** The journal of a database file, as SQLite names it. */
export function journalFile(file: string): string {
  return `${file}-journal`;
}

/**
 * If `file` has a hot journal, writes its original pages back, restores the file's size,
 * makes both durable and deletes the journal. The caller must hold the library's lock.
 * Returns what was rolled back, or null when there was no hot journal.
 */
export function rollBackHotJournal(file: string): Rollback | null {
  const journal = journalFile(file);
  let jfd: number;
  try {
    jfd = fs.openSync(journal, 'r');
  } catch {
    return null;
  }
  let result: Rollback | null = null;
  try {
    const journalSize = fs.fstatSync(jfd).size;
    const first = readAt(jfd, 28, 0);
    // A journal whose header is zeroed or torn was never synced: the database file was
    // not touched yet, and the journal is simply stale.
    const valid = first !== null && first.subarray(0, 8).equals(MAGIC);
    const sectorSize = valid ? first.readUInt32BE(20) : 0;
    const pageSize = valid ? first.readUInt32BE(24) : 0;
    if (valid && powerOfTwoBetween(sectorSize, 32, 65536) && powerOfTwoBetween(pageSize, 512, 65536) && fs.statSync(file).size > 0) {
      result = playBack(file, jfd, journalSize, sectorSize, pageSize, first.readUInt32BE(16));
    }
  } finally {
    fs.closeSync(jfd);
  }
  fs.rmSync(journal, { force: true });
  syncFolder(path.dirname(file));
  return result;
}

function playBack(file: string, jfd: number, journalSize: number, sectorSize: number, pageSize: number, originalPages: number): Rollback {
  const recordSize = pageSize + 8;
  const pendingPage = Math.floor(PENDING_BYTE / pageSize) + 1;
  const dfd = fs.openSync(file, 'r+');
  let pages = 0;
  try {
    let header = 0;
    segments: while (header + sectorSize <= journalSize) {
      const fields = readAt(jfd, 16, header);
      if (!fields || !fields.subarray(0, 8).equals(MAGIC)) break;
      let records = fields.readUInt32BE(8);
      const nonce = fields.readUInt32BE(12);
      // 0xffffffff: written without syncs, so the records run to the end of the file.
      if (records === 0xffffffff) records = Math.floor((journalSize - header - sectorSize) / recordSize);
      let offset = header + sectorSize;
      for (let i = 0; i < records; i++, offset += recordSize) {
        const record = readAt(jfd, recordSize, offset);
        if (!record) break segments;
        const pgno = record.readUInt32BE(0);
        const page = record.subarray(4, 4 + pageSize);
        if (pgno === 0 || pgno === pendingPage) break segments;
        if (checksum(nonce, page, pageSize) !== record.readUInt32BE(4 + pageSize)) break segments;
        if (pgno > originalPages) continue;
        fs.writeSync(dfd, page, 0, pageSize, (pgno - 1) * pageSize);
        pages++;
      }
      // The next segment's header starts on the next sector boundary.
      header = Math.ceil(offset / sectorSize) * sectorSize;
      if (records === 0) break;
    }
    fs.ftruncateSync(dfd, originalPages * pageSize);
    fs.fsyncSync(dfd);
  } finally {
    fs.closeSync(dfd);
  }
  return { pages, originalPages };
}

function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not every platform can sync a folder (Windows); the rename of the data is what counts.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
