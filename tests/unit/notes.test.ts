import { afterEach, describe, expect, it } from 'vitest';
import { type GlosaCore, openCore } from '../../core/app';
import { createApiHandler } from '../../core/handler';
import { tempDataDir } from '../support/serve';

const opened: GlosaCore[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

async function core(dataDir = tempDataDir()) {
  const c = await openCore({ dataDir, apertiumCommand: '/nonexistent' });
  opened.push(c);
  return Object.assign(c, { dataDir });
}

const TEXT = 'Kiev prepara garantías. Moscú no quiere hablar.\n\nZelensky acusa a Putin. El Kremlin calla.';

describe('notes', () => {
  it('are added to a sentence or a span, edited, deleted, and survive a restart', async () => {
    const c = await core();
    const r = await c.api.importText({ text: TEXT });
    if (r.status !== 'imported') throw new Error('import failed');
    const id = r.article.id;
    const a = await c.api.addNote({ id, n: 2, side: 'source', quote: 'Zelensky', body: '  Also spelt Zelenski.  ' });
    expect(a).toMatchObject({ n: 2, side: 'source', quote: 'Zelensky', body: 'Also spelt Zelenski.' });
    await c.api.addNote({ id, n: 0, side: 'target', body: 'Check the English.' });
    expect((await c.api.listNotes({ id })).map((x) => x.n)).toEqual([0, 2]);
    expect(await c.api.updateNote({ noteId: a.id, body: 'Zelenski in EFE copy.' })).toMatchObject({ body: 'Zelenski in EFE copy.' });
    await expect(c.api.addNote({ id, n: 99, side: 'source', body: 'x' })).rejects.toThrow(/no sentence 99/);
    await c.close();
    opened.pop();
    const again = await core(c.dataDir);
    expect((await again.api.listNotes({ id })).map((x) => x.body)).toEqual(['Check the English.', 'Zelenski in EFE copy.']);
    await again.api.deleteNote({ noteId: a.id });
    expect(await again.api.listNotes({ id })).toHaveLength(1);
    await expect(again.api.deleteNote({ noteId: a.id })).rejects.toThrow(/no note/);
  });

  it('follow their sentence when the article is segmented again', async () => {
    const c = await core();
    const r = await c.api.importText({ text: TEXT });
    if (r.status !== 'imported') throw new Error('import failed');
    const id = r.article.id;
    await c.api.addNote({ id, n: 3, side: 'source', body: 'Silence from Moscow.' });
    c.database.run('UPDATE segments SET n = n + 10 WHERE article_id = ?', [id]);
    c.database.run('UPDATE articles SET segmenter_version = 0 WHERE id = ?', [id]);
    expect((await c.api.listNotes({ id }))[0]).toMatchObject({ n: 3, body: 'Silence from Moscow.' });
  });
});

describe('reader settings', () => {
  it('are remembered, and a bad stored value falls back to its default alone', async () => {
    const c = await core();
    await c.api.updateSettings({ layout: 'interleaved', theme: 'dark', fontSize: 20, lineHeight: 1.8, showBoilerplate: true });
    c.database.run("UPDATE settings SET value = '\"huge\"' WHERE key = 'fontSize'");
    expect(await c.api.getSettings({})).toMatchObject({ layout: 'interleaved', theme: 'dark', fontSize: 17, lineHeight: 1.8, showBoilerplate: true });
    const reply = await createApiHandler(c.api)('updateSettings', { fontSize: 99 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
