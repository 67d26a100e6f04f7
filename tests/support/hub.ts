import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export type HubBehaviour = {
  /** Close the connection after this many bytes of these files, for the first N requests. */
  dieAfter?: { file: string; bytes: number; times: number };
  /** Serve these files with one byte changed (the advertised sha256 stays the real one). */
  corrupt?: string[];
  /** Answer 404 for these files. */
  missing?: string[];
  /** Serve large files through a redirect, as the hub does for LFS files. */
  redirectLarge?: boolean;
};

export type Hub = {
  url: string;
  requests: { path: string; range: string | null }[];
  behaviour: HubBehaviour;
  close(): Promise<void>;
};

/**
 * A local stand-in for the Hugging Face hub: serves a model folder at
 * /<repo>/resolve/<revision>/<file> with the hub's headers (X-Linked-Etag holds the sha256
 * of large files), Range requests, redirects, and injected faults.
 */
export async function startHub(repo: string, revision: string, modelDir: string, behaviour: HubBehaviour = {}): Promise<Hub> {
  const requests: Hub['requests'] = [];
  const served = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub.local');
    requests.push({ path: url.pathname, range: (req.headers.range as string | undefined) ?? null });
    const cdn = url.pathname.startsWith('/cdn/');
    const prefix = `/${repo}/resolve/${revision}/`;
    const file = cdn ? decodeURIComponent(url.pathname.slice('/cdn/'.length)) : url.pathname.startsWith(prefix) ? decodeURIComponent(url.pathname.slice(prefix.length)) : null;
    const full = file ? path.join(modelDir, file) : null;
    if (!file || !full || !fs.existsSync(full) || behaviour.missing?.includes(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('Entry not found');
    }
    let body = fs.readFileSync(full);
    const sha = createHash('sha256').update(body).digest('hex');
    const large = file.endsWith('.onnx');
    if (behaviour.corrupt?.includes(file)) {
      body = Buffer.from(body);
      body[body.length - 1] = body[body.length - 1]! ^ 0xff;
    }
    const hubHeaders: Record<string, string> = large
      ? { 'X-Linked-Etag': `"${sha}"`, 'X-Linked-Size': String(body.length), ETag: `"${sha}"` }
      : { ETag: `"${createHash('sha1').update(body).digest('hex')}"` };
    if (large && behaviour.redirectLarge && !cdn) {
      res.writeHead(302, { ...hubHeaders, Location: `/cdn/${encodeURIComponent(file)}` });
      return res.end();
    }
    let start = 0;
    const range = /^bytes=(\d+)-$/.exec((req.headers.range as string | undefined) ?? '');
    if (range) {
      start = Number(range[1]);
      if (start >= body.length) {
        res.writeHead(416, { 'Content-Range': `bytes */${body.length}` });
        return res.end();
      }
    }
    const chunk = body.subarray(start);
    res.writeHead(range ? 206 : 200, {
      ...(cdn ? {} : hubHeaders),
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(chunk.length),
      'Accept-Ranges': 'bytes',
      ...(range ? { 'Content-Range': `bytes ${start}-${body.length - 1}/${body.length}` } : {}),
    });
    const die = behaviour.dieAfter;
    const count = served.get(file) ?? 0;
    served.set(file, count + 1);
    if (die && die.file === file && count < die.times) {
      res.write(chunk.subarray(0, Math.max(0, die.bytes - start)));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.end(chunk);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    behaviour,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
