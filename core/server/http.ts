import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { GlosaEvent } from '../api';
import type { ApiHandler } from '../handler';
import { RENDERER_CSP } from '../security/csp';

/** Import requests carry base64 file bytes; this bounds one request. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const TOKEN_COOKIE = 'glosa_token';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type BrowserServerOptions = {
  handler: ApiHandler;
  /** The backend's events, streamed to the page as server-sent events. */
  events?: { on(listener: (event: GlosaEvent) => void): () => void };
  /** The built renderer (index.html and its assets). */
  staticDir: string;
  port?: number;
  token?: string;
};

export type BrowserServer = {
  /** The address to open, with the token in it. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
};

/**
 * Browser mode: the renderer and the API over HTTP, on the loopback address only. Every
 * request needs the per-run token (in the URL once, then a same-site cookie, or a header),
 * and a Host or Origin other than this server's own is refused, which stops other web
 * pages and DNS rebinding from reaching the reader's library.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const staticDir = path.resolve(options.staticDir);
  let port = options.port ?? 0;

  const server = http.createServer((req, res) => {
    handleRequest(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'The request failed.' } });
      else res.destroy();
    });
  });

  async function handleRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    const allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
    if (!allowedHosts.has(req.headers.host ?? '')) return sendText(res, 403, 'Forbidden: unexpected Host.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) return sendText(res, 403, 'Forbidden: unexpected Origin.');
    if (req.headers['sec-fetch-site'] === 'cross-site') return sendText(res, 403, 'Forbidden: cross-site request.');

    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const offered = url.searchParams.get('token') ?? bearer(req) ?? cookie(req, TOKEN_COOKIE);
    if (!offered || !sameToken(offered, token)) {
      return sendText(res, 401, 'Unauthorized: open the address Glosa printed, with its token.');
    }
    if (url.searchParams.has('token')) {
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }

    if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed.');
      const type = req.headers['content-type'] ?? '';
      if (!type.startsWith('application/json')) return sendText(res, 415, 'Send JSON.');
      const body = await readBody(req);
      if (body === null) {
        return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message: 'The request is too large.' } });
      }
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request is not valid JSON.' } });
      }
      const reply = await options.handler(decodeURIComponent(url.pathname.slice('/api/'.length)), input);
      const status = reply.ok ? 200 : statusFor(reply.error.code);
      return sendJson(res, status, reply);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
    return serveStatic(res, url.pathname);
  }

  function streamEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const stop = options.events?.on((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      stop?.();
    });
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      return sendText(res, 400, 'Bad path.');
    }
    if (relative.includes('\0')) return sendText(res, 400, 'Bad path.');
    if (relative === '/' || relative === '') relative = '/index.html';
    const file = path.resolve(staticDir, `.${path.posix.normalize(relative)}`);
    if (file !== staticDir && !file.startsWith(staticDir + path.sep)) return sendText(res, 403, 'Forbidden path.');
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return sendText(res, 404, 'Not found.');
    }
    if (!stat.isFile()) return sendText(res, 404, 'Not found.');
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
    });
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function setSecurityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', RENDERER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function statusFor(code: string): number {
  if (code === 'invalid_input') return 400;
  if (code === 'not_found' || code === 'unknown_method') return 404;
  return 500;
}

function sameToken(offered: string, token: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearer(req: http.IncomingMessage): string | null {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : null;
}

function cookie(req: http.IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
