import { describe, expect, it } from 'vitest';
import { createApiHandler } from '../../core/handler';
import { openTestCore } from '../support/core';

describe('the API handler', () => {
  it('validates every input against the contract before anything runs', async () => {
    const core = await openTestCore({ samples: true });
    const errors: unknown[] = [];
    const handle = createApiHandler(core.api, (e) => errors.push(e));
    try {
      expect(await handle('listArticles', {})).toMatchObject({ ok: true, result: expect.any(Array) });
      expect(await handle('getArticle', { id: 'one' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('getArticle (id)') } });
      expect(await handle('getArticle', { id: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await handle('renameArticle', { id: 1, title: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await handle('importFiles', { files: [] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await handle('updateSettings', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await handle('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      expect(await handle('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      // The English for logs and the command line, and the message for the interface to word in its language.
      expect(await handle('getArticle', { id: 999 })).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'There is no article 999 in the library.', reason: { key: 'articleNotFound', params: { id: 999 } } },
      });
      expect(errors).toEqual([]);
    } finally {
      await core.close();
    }
  });

  it('turns an unexpected failure into a message, never a stack trace', async () => {
    const core = await openTestCore();
    const handle = createApiHandler({ ...core.api, listArticles: async () => { throw new TypeError('boom'); } }, () => {});
    const reply = await handle('listArticles', {});
    expect(reply).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Glosa failed to listArticles: boom', reason: { key: 'callFailed', params: { method: 'listArticles', detail: 'boom' } } },
    });
    await core.close();
  });

  it('imports files sent as base64 and says why a bad one was refused', async () => {
    const core = await openTestCore();
    const handle = createApiHandler(core.api);
    const reply = await handle('importFiles', {
      files: [
        { name: 'bien.txt', data: Buffer.from('El Kremlin negó la captura. Kiev lo confirmó.').toString('base64') },
        { name: 'vacio.txt', data: '' },
      ],
    });
    expect(reply).toMatchObject({
      ok: true,
      result: [
        { status: 'imported', name: 'bien.txt' },
        { status: 'error', name: 'vacio.txt', code: 'empty', message: 'vacio.txt is empty (0 bytes).' },
      ],
    });
    await core.close();
  });
});

describe('the version', () => {
  it('matches package.json', async () => {
    const { VERSION } = await import('../../core/version');
    const pkg = await import('../../package.json', { with: { type: 'json' } });
    expect(VERSION).toBe(pkg.default.version);
  });
});
