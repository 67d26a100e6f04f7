import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { GlosaError } from '../../errors';
import { checkTokenizerPatterns, tokenizerPatterns } from '../tokenizer-check';

/** The checks and file work of installing a model: hashes, partial files, the hub's headers. */

export const SHA256 = /^[0-9a-f]{64}$/;

/** A model file that is plainly not what it claims to be is refused before it is copied. */
export function checkModelFile(name: string, file: string): void {
  const size = fs.statSync(file).size;
  if (size === 0) throw new GlosaError('invalid_input', 'modelFileEmpty', { file: name });
  if (name.endsWith('.json')) {
    try {
      JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      throw new GlosaError('invalid_input', 'modelFileNotJson', { file: name });
    }
  }
  if (name.endsWith('.onnx')) {
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(1);
    fs.readSync(fd, head, 0, 1, 0);
    fs.closeSync(fd);
    // An ONNX model is a protobuf whose first field is ir_version (field 1, varint): 0x08.
    if (head[0] !== 0x08) throw new GlosaError('invalid_input', 'modelFileNotOnnx', { file: name });
  }
}

/** The system's reason when a request could not reach the host at all (no route, no name, refused). */
export function unreachable(error: unknown): string | null {
  const code = ((error as { cause?: { code?: unknown } } | null)?.cause?.code ?? (error as { code?: unknown } | null)?.code) as unknown;
  const codes: Record<string, string> = {
    ENOTFOUND: 'its name could not be looked up',
    EAI_AGAIN: 'its name could not be looked up',
    ENETUNREACH: 'the network is unreachable',
    EHOSTUNREACH: 'the host is unreachable',
    ECONNREFUSED: 'the connection was refused',
  };
  return typeof code === 'string' ? (codes[code] ?? null) : null;
}


export function isInside(folder: string, file: string): boolean {
  return file.startsWith(folder + path.sep);
}

export async function checkTokenizer(file: string): Promise<void> {
  if (!fs.existsSync(file)) return;
  try {
    await checkTokenizerPatterns(tokenizerPatterns(JSON.parse(fs.readFileSync(file, 'utf8'))));
  } catch (error) {
    throw new GlosaError('invalid_input', 'tokenizerRefused', { path: path.dirname(file), detail: (error as Error).message });
  }
}

export function partSize(dest: string): number {
  try {
    return fs.statSync(`${dest}.part`).size;
  } catch {
    return 0;
  }
}

export function linkedSha(headers: Headers): string | null {
  const value = (headers.get('x-linked-etag') ?? headers.get('etag') ?? '').replace(/^W\//, '').replace(/"/g, '').toLowerCase();
  return SHA256.test(value) ? value : null;
}

export function numberHeader(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

export async function writeBody(response: Response, file: string, append: boolean, onBytes: (n: number) => void): Promise<void> {
  if (!response.body) throw new Error('empty response');
  const out = fs.createWriteStream(file, { flags: append ? 'a' : 'w' });
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  try {
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      onBytes(buffer.length);
    }
  } finally {
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function freeBytes(dir: string): Promise<number> {
  const stats = await fs.promises.statfs(dir);
  return stats.bavail * stats.bsize;
}

export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
