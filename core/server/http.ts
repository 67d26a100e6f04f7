import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { GlosaEvent } from '../api';
import type { ApiHandler } from '../handler';
import { errorBody } from '../errors';
import { RENDERER_CSP } from '../security/csp';

/** Import requests carry base64 file bytes; this bounds one request. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** What all requests being read at once may hold together, so that parallel uploads cannot exhaust memory. */
const MAX_BODIES_IN_FLIGHT_BYTES = 256 * 1024 * 1024;

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
 * API request needs the per-run token, as a bearer header (the page keeps it in its own
 * tab's storage, never in a cookie: cookies ignore ports, so any other server on
 * 127.0.0.1 would receive it). The page and its assets are the app's own code and need no
 * token. A Host or Origin other than this server's own is refused, which stops other web
 * pages and DNS rebinding from reaching the reader's library.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const staticDir = path.resolve(options.staticDir);
  let port = options.port ?? 0;
  let bodiesInFlight = 0;

  const server = http.createServer((req, res) => {
    handleRequest(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: errorBody('internal', 'requestFailed') });
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
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
      return serveStatic(res, url.pathname);
    }

    // The event stream cannot send headers (EventSource), so it alone takes the token in its URL.
    const offered = bearer(req) ?? (url.pathname === '/api/events' ? url.searchParams.get('token') : null);
    if (!offered || !sameToken(offered, token)) {
      return sendText(res, 401, 'Unauthorized: open the address Glosa printed, with its token.');
    }
    if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res);
    return callApi(req, res, url);
  }

  async function callApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed.');
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) return sendText(res, 415, 'Send JSON.');
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return sendJson(res, 400, { ok: false, error: errorBody('invalid_input', 'requestBadAddress') });
    }
    const declared = declaredLength(req);
    if (declared > MAX_BODY_BYTES) return refuseBody(req, res, 413);
    if (bodiesInFlight + declared > MAX_BODIES_IN_FLIGHT_BYTES) return refuseBody(req, res, 503);
    bodiesInFlight += declared;
    let body: Body;
    try {
      body = await readBody(req, declared, (grown) => {
        bodiesInFlight += grown;
        return bodiesInFlight <= MAX_BODIES_IN_FLIGHT_BYTES;
      });
    } finally {
      bodiesInFlight -= declared;
    }
    if (body.refused === 'gone') return;
    if (body.refused !== null) {
      return refuseBody(req, res, body.refused === 'busy' ? 503 : 413);
    }
    let input: unknown;
    try {
      input = body.text.length ? JSON.parse(body.text) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error: errorBody('invalid_input', 'requestBadJson') });
    }
    const reply = await options.handler(method, input);
    return sendJson(res, reply.ok ? 200 : statusFor(reply.error.code), reply);
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

/** The body length a request declares; 0 where it declares none (a chunked body is counted as it comes). */
function declaredLength(req: http.IncomingMessage): number {
  const value = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** A request's body as read, or why it was not: too large, no room for it now, or the client left. */
type Body = { refused: null; text: string } | { refused: 'too large' | 'busy' | 'gone' };

/**
 * Reads a body of at most MAX_BODY_BYTES, stopping as soon as it grows past that ('too
 * large') or past what `admit` allows for all bodies together ('busy'), without reading the
 * rest. Bytes beyond the declared length are reported to `admit` as they come, and given
 * back when the body is done.
 */
function readBody(req: http.IncomingMessage, declared: number, admit: (grown: number) => boolean): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let extra = 0;
    let done = false;
    const finish = (value: Body) => {
      if (done) return;
      done = true;
      admit(-extra);
      req.off('data', onData);
      chunks.length = 0;
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return finish({ refused: 'too large' });
      const grown = Math.max(size - declared, 0) - extra;
      extra += grown;
      if (grown > 0 && !admit(grown)) return finish({ refused: 'busy' });
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish({ refused: null, text: Buffer.concat(chunks).toString('utf8') }));
    // A client that goes away mid-upload gives its share of the budget back at once.
    req.on('close', () => finish({ refused: 'gone' }));
    req.on('error', () => finish({ refused: 'gone' }));
  });
}

/** Answers a request whose body Glosa will not read, and closes the connection after it. */
function refuseBody(req: http.IncomingMessage, res: http.ServerResponse, status: 413 | 503): void {
  res.setHeader('Connection', 'close');
  sendJson(res, status, { ok: false, error: status === 413 ? errorBody('invalid_input', 'requestTooLarge') : errorBody('unavailable', 'requestBusy') });
  res.on('finish', () => req.destroy());
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
