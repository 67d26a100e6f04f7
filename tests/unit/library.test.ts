import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEGMENTER_VERSION } from '../../core/article/segment';
import { Database } from '../../core/store/database';
import { DATABASE_FILE } from '../../core/paths';
import { openTestCore } from '../support/core';
import { SAMPLES_DIR, SAMPLE_FILES, sample, toUtf16, toWindows1252 } from '../support/fixtures';
import { importPaths } from '../../core/cli/import';
import { openCore } from '../../core/app';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from '../../core/contract';
import { tempDataDir } from '../support/serve';

const opened: { close(): Promise<void> }[] = [];
async function core(options: Parameters<typeof openTestCore>[0] = {}) {
  const c = await openTestCore(options);
  opened.push(c);
  return c;
}
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

describe('the library', () => {
  it('holds the three sample articles on first run, and only then', async () => {
    const first = await core({ samples: true });
    const titles = (await first.api.listArticles({})).map((a) => a.title);
    expect(titles).toHaveLength(3);
    expect(titles.some((t) => t.startsWith('El presidente de Bielorrusia'))).toBe(true);
    await first.close();
    opened.pop();
    const again = await core({ samples: true, dataDir: first.dataDir });
    expect(await again.api.listArticles({})).toHaveLength(3);
  });

  it('imports a file, keeping its title, source file and import date', async () => {
    const c = await core();
    const [result] = await importPaths(c.api, [path.join(SAMPLES_DIR, SAMPLE_FILES[0]!)]);
    expect(result).toMatchObject({ status: 'imported', article: { sourceName: SAMPLE_FILES[0], sourceLang: 'es', targetLang: 'en' } });
    if (result?.status !== 'imported') throw new Error('not imported');
    expect(Date.now() - Date.parse(result.article.importedAt)).toBeLessThan(60_000);
    const article = await c.api.getArticle({ id: result.article.id });
    expect(article.paragraphs.flatMap((p) => p.sentences)).toHaveLength(article.sentenceCount);
    const text = c.library.text(result.article.id);
    for (const s of article.paragraphs.flatMap((p) => p.sentences)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('recognises a duplicate import, even in another encoding', async () => {
    const c = await core();
    const text = sample('rusia-ucrania-segunda-ronda.txt');
    const first = await c.library.importFile('ronda.txt', Buffer.from(text));
    expect(first.status).toBe('imported');
    expect(await c.library.importFile('ronda-1252.txt', toWindows1252(text))).toMatchObject({ status: 'duplicate', name: 'ronda-1252.txt' });
    expect(await c.library.importFile('ronda-utf16.txt', toUtf16(text, 'le'))).toMatchObject({ status: 'duplicate' });
    expect(await c.api.listArticles({})).toHaveLength(1);
  });

  it('imports pasted text and whole folders, reporting each bad file by name without losing the rest', async () => {
    const c = await core();
    const dir = fs.mkdtempSync(path.join(c.dataDir, 'folder-'));
    fs.copyFileSync(path.join(SAMPLES_DIR, SAMPLE_FILES[1]!), path.join(dir, 'bueno.txt'));
    fs.writeFileSync(path.join(dir, 'vacio.txt'), '');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'nota.md'), '# Nota\n\nEl Kremlin negó la captura de las aldeas.');
    fs.writeFileSync(path.join(dir, 'foto.png'), 'not imported: not an article type');
    const results = await importPaths(c.api, [dir]);
    expect(results.map((r) => [path.basename(r.name), r.status])).toEqual([
      ['bueno.txt', 'imported'],
      ['nota.md', 'imported'],
      ['vacio.txt', 'error'],
    ]);
    expect(results[2]).toMatchObject({ code: 'empty', message: expect.stringContaining('vacio.txt') });
    const pasted = await c.api.importText({ text: 'Texto pegado. Con dos frases.' });
    expect(pasted).toMatchObject({ status: 'imported', article: { sourceName: null, sentenceCount: 2 } });
    expect(await c.api.listArticles({})).toHaveLength(3);
  });

  it('searches accent- and case-insensitively, by word prefix', async () => {
    const c = await core({ samples: true });
    const titles = async (query: string) => (await c.api.listArticles({ query })).map((a) => a.title);
    expect(await titles('bielorrusia')).toHaveLength(2);
    expect(await titles('Bielorrusia')).toEqual(await titles('bielorrusia'));
    expect(await titles('Volodimir')).toHaveLength(2);
    expect(await titles('Vladímir')).toEqual(await titles('vladimir'));
    expect(await titles('Lukash')).toHaveLength(1);
    expect(await titles('"unmatched (quote')).toEqual([]);
    const [hit] = await c.api.listArticles({ query: 'Shoigú' });
    expect(hit?.snippet).toMatch(/\ue000Shoigú\ue001/);
  });

  it('renames, deletes with undo, and forgets deleted articles at the next start', async () => {
    const c = await core({ samples: true });
    const [a] = await c.api.listArticles({});
    await c.api.renameArticle({ id: a!.id, title: '  Negociaciones  ' });
    expect((await c.api.listArticles({ query: 'negociaciones' })).map((x) => x.title)).toContain('Negociaciones');
    await c.api.deleteArticle({ id: a!.id });
    expect(await c.api.listArticles({})).toHaveLength(2);
    await expect(c.api.getArticle({ id: a!.id })).rejects.toThrow(/no article/);
    await c.api.restoreArticle({ id: a!.id });
    expect(await c.api.listArticles({})).toHaveLength(3);
    await c.api.deleteArticle({ id: a!.id });
    await c.close();
    opened.pop();
    const reopened = await core({ dataDir: c.dataDir });
    expect(await reopened.api.listArticles({})).toHaveLength(2);
    await expect(reopened.api.restoreArticle({ id: a!.id })).rejects.toThrow(/no article/);
  });

  it('segments an article again when the segmenter version changes', async () => {
    const c = await core({ samples: true });
    const [a] = await c.api.listArticles({});
    const before = await c.api.getArticle({ id: a!.id });
    c.database.run('DELETE FROM segments WHERE article_id = ? AND n > 2', [a!.id]);
    c.database.run('UPDATE articles SET segmenter_version = ? WHERE id = ?', [SEGMENTER_VERSION - 1, a!.id]);
    const after = await c.api.getArticle({ id: a!.id });
    expect(after.paragraphs).toEqual(before.paragraphs);
  });

  it('hashes sentences once, and fills in hashes missing from an older library', async () => {
    const c = await core({ samples: true });
    const [a] = await c.api.listArticles({});
    const before = c.library.sentenceRefs(a!.id);
    c.database.run('UPDATE segments SET source_hash = NULL WHERE article_id = ?', [a!.id]);
    expect(c.library.sentenceRefs(a!.id)).toEqual(before);
    expect(c.database.get<{ n: number }>('SELECT count(*) AS n FROM segments WHERE source_hash IS NULL')?.n).toBe(0);
  });

  it('gives an article\'s head: whole paragraphs up to the one holding the sentence asked for, the same as the whole article\'s first ones', async () => {
    const c = await core();
    const text = ['Uno. Dos. Tres.', 'Cuatro. Cinco.', 'Seis.', 'Siete. Ocho.'].join('\n\n');
    const imported = await c.api.importText({ text, title: 'Cabeza' });
    if (imported.status !== 'imported') throw new Error(imported.status);
    const id = imported.article.id;
    const whole = await c.api.getArticle({ id });
    expect(whole.paragraphs.map((p) => p.sentences.length)).toEqual([3, 2, 1, 2]);
    const counts = async (head: number) => (await c.api.getArticle({ id, head })).paragraphs.map((p) => p.sentences.map((s) => s.n));
    expect(await counts(1)).toEqual([[0, 1, 2]]);
    expect(await counts(3)).toEqual([[0, 1, 2]]);
    expect(await counts(4)).toEqual([[0, 1, 2], [3, 4]]);
    expect(await counts(6)).toEqual([[0, 1, 2], [3, 4], [5]]);
    const head = await c.api.getArticle({ id, head: 4 });
    expect(head.paragraphs).toEqual(whole.paragraphs.slice(0, 2));
    expect(head.sentenceCount).toBe(8);
    expect(await c.api.getArticle({ id, head: 1000 })).toEqual(whole);
  });

  it('stores settings', async () => {
    const c = await core();
    expect(await c.api.getSettings({})).toMatchObject({ language: 'system', engine: 'auto', dtype: 'q8', offline: false, layout: 'side' });
    await c.api.updateSettings({ language: 'es', offline: true });
    expect(await c.api.getSettings({})).toMatchObject({ language: 'es', engine: 'auto', dtype: 'q8', offline: true });
  });
});

describe('the database', () => {
  it('records its schema version and creates one file in the data folder', async () => {
    const c = await core();
    expect(c.database.get<{ user_version: number }>('PRAGMA user_version')?.user_version).toBe(14);
    expect(fs.existsSync(path.join(c.dataDir, DATABASE_FILE))).toBe(true);
  });

  it('rolls a failed transaction back whole', async () => {
    const c = await core({ samples: true });
    expect(() =>
      c.database.transaction(() => {
        c.database.run('UPDATE articles SET title = ?', ['changed']);
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect((await c.api.listArticles({})).map((a) => a.title)).not.toContain('changed');
  });

  it('refuses a corrupt database with its path, and leaves the file untouched', async () => {
    const c = await core({ samples: true });
    await c.close();
    opened.pop();
    const file = path.join(c.dataDir, DATABASE_FILE);
    const garbage = Buffer.from('This is not SQLite at all, just text that happens to sit in the file. '.repeat(100));
    fs.writeFileSync(file, garbage);
    expect(() => Database.open(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged`));
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  it('refuses a database path it cannot open, naming it', () => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'glosa-dir-'));
    const file = path.join(dir, DATABASE_FILE);
    fs.mkdirSync(file);
    expect(() => Database.open(file)).toThrow(file);
  });

  it('refuses a database written by a newer Glosa instead of downgrading it', async () => {
    const c = await core();
    c.database.exec('PRAGMA user_version = 99');
    await c.close();
    opened.pop();
    expect(() => Database.open(path.join(c.dataDir, DATABASE_FILE))).toThrow(/newer version of Glosa/);
  });
});

describe('importing paths through the API (glosa import)', () => {
  it('refuses a file over the limit by its size, before reading it, and sends the rest in batches', async () => {
    const c = await openCore({ dataDir: tempDataDir(), modelsDir: tempDataDir(), apertiumCommand: '/nonexistent' });
    try {
      const dir = fs.mkdtempSync(path.join(tempDataDir(), 'many-'));
      for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `n${i}.txt`), `Noticia número ${i}. El Kremlin habló hoy de Kiev.`);
      const big = path.join(dir, 'grande.txt');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, MAX_IMPORT_BYTES + 1);
      const calls: number[] = [];
      const api = { importFiles: (input: Parameters<typeof c.api.importFiles>[0]) => (calls.push(input.files.length), c.api.importFiles(input)) };
      const results = await importPaths(api, [dir, path.join(dir, 'missing.txt')]);
      expect(results.map((r) => [path.basename(r.name), r.status])).toEqual([
        ['missing.txt', 'error'],
        ['grande.txt', 'error'],
        ['n0.txt', 'imported'],
        ['n1.txt', 'imported'],
        ['n2.txt', 'imported'],
      ]);
      expect(results[1]).toMatchObject({ code: 'too_large', message: expect.stringContaining('20 MB') });
      expect(calls).toEqual([3]);
      // A folder with no article in it says so; more files than one call takes go in several.
      const empty = fs.mkdtempSync(path.join(tempDataDir(), 'empty-'));
      fs.writeFileSync(path.join(empty, 'foto.png'), 'x');
      expect(await importPaths(api, [empty])).toEqual([expect.objectContaining({ status: 'error', code: 'unsupported_type', message: expect.stringContaining('holds no .txt') })]);
      const many = fs.mkdtempSync(path.join(tempDataDir(), 'many-'));
      for (let i = 0; i < MAX_IMPORT_FILES + 1; i++) fs.writeFileSync(path.join(many, `m${String(i).padStart(3, '0')}.txt`), `Noticia ${i}: el Kremlin habló hoy de Kiev y de Minsk.`);
      calls.length = 0;
      const batched = await importPaths(api, [many]);
      expect(calls).toEqual([MAX_IMPORT_FILES, 1]);
      expect(batched.filter((r) => r.status === 'imported')).toHaveLength(MAX_IMPORT_FILES + 1);
    } finally {
      await c.close();
    }
  });
});
