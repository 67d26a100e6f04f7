import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../core/handler';
import { RENDERER_CSP } from '../../core/security/csp';
import { type BrowserServer, startBrowserServer } from '../../core/server/http';
import { openTestCore } from '../support/core';
import { tempDataDir } from '../support/serve';

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request; with keepOpen the body is written but the request not ended, as a client still uploading. */
function request(port: number, pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string; keepOpen?: boolean } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.keepOpen) req.write(options.body ?? '');
    else req.end(options.body);
  });
}

let server: BrowserServer;
let close: () => Promise<void>;
let staticDir: string;

beforeAll(async () => {
  const core = await openTestCore({ samples: true });
  staticDir = path.join(tempDataDir(), 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Glosa</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'do not serve');
  server = await startBrowserServer({ handler: createApiHandler(core.api), staticDir });
  close = () => core.close();
});
afterAll(async () => {
  await server.close();
  await close();
});

const auth = () => ({ Authorization: `Bearer ${server.token}` });
const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request(server.port, `/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth(), ...headers }, body: JSON.stringify(body) });

describe('browser mode server', () => {
  it('binds the loopback address only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('answers 401 to an API call without the token, or with a wrong one', async () => {
    expect((await request(server.port, '/api/listArticles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await api('listArticles', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await api('listArticles', {}, { Authorization: `Bearer ${'0'.repeat(48)}` })).status).toBe(401);
    // The token in the address is for the page to pick up, never a credential for a call.
    expect((await request(server.port, `/api/listArticles?token=${server.token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await request(server.port, '/api/events?token=nope')).status).toBe(401);
  });

  it('answers 403 to a foreign Host or Origin, even with the token', async () => {
    expect((await request(server.port, `/?token=${server.token}`, { headers: { Host: `evil.example:${server.port}` } })).status).toBe(403);
    expect((await request(server.port, `/?token=${server.token}`, { headers: { Host: `127.0.0.1:${server.port + 1}` } })).status).toBe(403);
    expect((await api('listArticles', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('listArticles', {}, { Origin: `http://127.0.0.1:${server.port}.evil.example` })).status).toBe(403);
    expect((await api('listArticles', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('listArticles', {}, { Origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('never puts the token in a cookie, which every other server on 127.0.0.1 would receive', async () => {
    const first = await request(server.port, `/?token=${server.token}`);
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']).toBeUndefined();
    expect((await api('listArticles', {})).headers['set-cookie']).toBeUndefined();
    // The page and its assets are the app's own code, served without the token.
    const asset = await request(server.port, '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('answers 400, not 500, to a call whose address is not valid percent-encoding', async () => {
    const reply = await request(server.port, '/api/%E0%A4%A', { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.code).toBe('invalid_input');
  });

  /** An upload that declares `bytes` and sends only its first characters, resolving with the answer if one comes within 500 ms. */
  function startUpload(bytes: number) {
    const req = http.request({
      host: '127.0.0.1',
      port: server.port,
      path: '/api/importText',
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json', 'Content-Length': String(bytes) },
    });
    req.on('error', () => undefined);
    const answer = new Promise<Reply | null>((resolve) => {
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      setTimeout(() => resolve(null), 500);
    });
    req.write('{"text":"');
    return { req, answer };
  }

  it('holds at most 256 MB of request bodies at once: the next large upload waits its turn with a 503', async () => {
    const sixtyMb = 60 * 1024 * 1024;
    const uploading = Array.from({ length: 4 }, () => startUpload(sixtyMb));
    // The server is reading all four: none is answered.
    expect(await Promise.all(uploading.map((u) => u.answer))).toEqual([null, null, null, null]);
    const fifth = startUpload(sixtyMb);
    const refused = await fifth.answer;
    expect(refused?.status).toBe(503);
    expect(JSON.parse(refused!.body).error.code).toBe('unavailable');
    for (const u of uploading) u.req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Their share is given back once they are gone: a new large upload is read, not refused.
    expect((await api('listArticles', {})).status).toBe(200);
    const sixth = startUpload(sixtyMb);
    expect(await sixth.answer).toBeNull();
    sixth.req.destroy();
  });

  it('refuses a body declared too large at once, without reading it', async () => {
    const reply = await request(server.port, '/api/importText', {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json', 'Content-Length': String(1024 * 1024 * 1024) },
      body: '{',
      keepOpen: true,
    });
    expect(reply.status).toBe(413);
  });

  it('sends a strict Content-Security-Policy that forbids inline script', async () => {
    const page = await request(server.port, '/', { headers: auth() });
    expect(page.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(RENDERER_CSP).toContain("script-src 'self'");
    expect(RENDERER_CSP).not.toContain('unsafe-inline');
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses path traversal in file routes', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html']) {
      const reply = await request(server.port, p, { headers: auth() });
      expect(reply.status, p).toBeGreaterThanOrEqual(400);
      expect(reply.body).not.toContain('do not serve');
    }
  });

  it('serves the API contract: results, validation errors and unknown calls', async () => {
    const list = await api('listArticles', {});
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body).result).toHaveLength(3);
    expect((await api('getArticle', { id: -1 })).status).toBe(400);
    expect((await api('getArticle', { id: 12345 })).status).toBe(404);
    expect((await api('dropDatabase', {})).status).toBe(404);
    const bad = await request(server.port, '/api/listArticles', { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: '{not json' });
    expect(bad.status).toBe(400);
    const form = await request(server.port, '/api/listArticles', { method: 'POST', headers: { ...auth(), 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    expect((await request(server.port, '/api/listArticles', { headers: auth() })).status).toBe(405);
  });
});
