import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../core/handler';
import { openTestCore } from '../support/core';
import { tempDataDir } from '../support/serve';

/**
 * Makes the disk under `dir` fail as a full or locked-down disk does, at the storage layer:
 * SQLite's file writes (node-sqlite3-wasm goes through node:fs) and new files there fail
 * with the given error code while armed.
 */
function faultyDisk(dir: string) {
  const real = { openSync: fs.openSync, writeSync: fs.writeSync };
  const ours = new Set<number>();
  let failing: 'ENOSPC' | 'EACCES' | null = null;
  const fail = (code: string) => Object.assign(new Error(`${code}: simulated failure`), { code });
  fs.openSync = ((file: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
    const inside = String(file).startsWith(dir);
    if (inside && failing === 'EACCES' && !fs.existsSync(file)) throw fail('EACCES');
    const fd = real.openSync(file, flags ?? 'r', mode);
    if (inside) ours.add(fd);
    return fd;
  }) as typeof fs.openSync;
  fs.writeSync = ((fd: number, ...rest: unknown[]) => {
    if (failing && ours.has(fd)) throw fail(failing);
    return (real.writeSync as (...args: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync;
  return {
    arm: (code: 'ENOSPC' | 'EACCES') => (failing = code),
    disarm: () => (failing = null),
    restore: () => Object.assign(fs, real),
  };
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

async function setup() {
  const dataDir = tempDataDir('glosa-faults-');
  const disk = faultyDisk(dataDir);
  restore = disk.restore;
  const core = await openTestCore({ dataDir, samples: true });
  const handle = createApiHandler(core.api, () => undefined);
  const articles = await core.api.listArticles({});
  return { core, disk, handle, articles };
}

describe('a write that fails', () => {
  it('on a full disk says so, and leaves the library as it was', async () => {
    const { core, disk, handle, articles } = await setup();
    const first = articles[0]!;
    disk.arm('ENOSPC');
    const renamed = await handle('renameArticle', { id: first.id, title: 'Un título nuevo' });
    expect(renamed).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/could not save .* the disk is full.*as it was/s) } });
    const imported = await handle('importText', { text: 'El Kremlin negó la captura de las aldeas. Kiev lo confirmó.', title: 'Nueva' });
    expect(imported).toMatchObject({ ok: false, error: { message: expect.stringMatching(/disk is full/) } });
    const note = await handle('addNote', { id: first.id, n: 0, side: 'source', body: 'una nota' });
    expect(note).toMatchObject({ ok: false, error: { code: 'storage' } });
    disk.disarm();

    expect(await core.api.listArticles({})).toEqual(articles);
    expect(await core.api.listNotes({ id: first.id })).toEqual([]);
    expect(core.database.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
    // Once there is space again, the same write goes through.
    expect(await handle('renameArticle', { id: first.id, title: 'Un título nuevo' })).toMatchObject({ ok: true });
    expect((await core.api.getArticle({ id: first.id })).title).toBe('Un título nuevo');
    await core.close();
  });

  it('in a folder it may not write to names the permission, and keeps an edit already saved', async () => {
    const { core, disk, handle, articles } = await setup();
    const first = articles[0]!;
    await core.api.addNote({ id: first.id, n: 1, side: 'source', body: 'guardada antes' });
    disk.arm('EACCES');
    const reply = await handle('addNote', { id: first.id, n: 2, side: 'source', body: 'no cabe' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/permission to write in .* was denied/) } });
    disk.disarm();
    expect((await core.api.listNotes({ id: first.id })).map((n) => n.body)).toEqual(['guardada antes']);
    expect(core.database.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
    await core.close();
  });
});
