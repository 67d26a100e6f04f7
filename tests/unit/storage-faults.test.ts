import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../core/handler';
import { openTestCore } from '../support/core';
import { tempDataDir } from '../support/serve';

/**
 * A real small disk: a 2 MiB tmpfs mounted over a fresh folder, so that SQLite meets the
 * operating system's own ENOSPC, not a simulation of them. Mounting needs root
 * (CI and the developer machines run as root); elsewhere these tests say why they skip.
 */
function smallDisk(): { dir: string; fill: () => void; free: () => void; unmount: () => void } | null {
  const dir = tempDataDir('glosa-faults-');
  if (process.platform !== 'linux' || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir]).status !== 0) return null;
  const filler = path.join(dir, 'filler');
  return {
    dir,
    fill: () => {
      const fd = fs.openSync(filler, 'a');
      try {
        for (;;) fs.writeSync(fd, Buffer.alloc(4096, 1));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
    },
    free: () => fs.rmSync(filler, { force: true }),
    unmount: () => {
      spawnSync('umount', ['-l', dir]);
    },
  };
}

const canMount = (() => {
  const disk = smallDisk();
  disk?.unmount();
  return disk !== null;
})();

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function setup() {
  const disk = smallDisk()!;
  const core = await openTestCore({ dataDir: disk.dir, samples: true });
  cleanup = () => {
    void core.close().catch(() => undefined);
    disk.unmount();
  };
  const handle = createApiHandler(core.api, () => undefined);
  const articles = await core.api.listArticles({});
  return { core, disk, handle, articles };
}

describe.skipIf(!canMount)('a write that fails (skipped: mounting a small disk needs root on Linux)', () => {
  it('on a full disk says so, leaves the library as it was, and the same process writes again once there is space', async () => {
    const { core, disk, handle, articles } = await setup();
    const first = articles[0]!;
    await core.api.addNote({ id: first.id, n: 1, side: 'source', body: 'guardada antes' });
    disk.fill();
    // A change large enough that it cannot fit in what the page cache holds back.
    const long = 'El Kremlin negó la captura de las aldeas. '.repeat(2000);
    const imported = await handle('importText', { text: long, title: 'Nueva' });
    expect(imported).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/could not save .* the disk is full.*as it was/s) } });
    // Reads go on working while the disk is full.
    expect(await core.api.listArticles({})).toEqual(articles);
    disk.free();

    expect(await core.api.listArticles({})).toEqual(articles);
    expect((await core.api.listNotes({ id: first.id })).map((n) => n.body)).toEqual(['guardada antes']);
    expect(core.database.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
    // Once there is space again, the same long-lived process writes: no restart needed.
    expect(await handle('renameArticle', { id: first.id, title: 'Un título nuevo' })).toMatchObject({ ok: true });
    expect((await core.api.getArticle({ id: first.id })).title).toBe('Un título nuevo');
    expect(await handle('importText', { text: long, title: 'Nueva' })).toMatchObject({ ok: true, result: { status: 'imported' } });
  });
});
