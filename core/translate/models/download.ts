import fs from 'node:fs';
import path from 'node:path';
import { GlosaError } from '../../errors';
import { type MessageParam, message } from '../../messages';
import { delay, hashFile, linkedSha, numberHeader, partSize, unreachable, writeBody } from './files';
import { type ModelManifestEntry, pinnedSha } from './manifest';
import type { ProgressMeter } from './progress';

/**
 * The resumable download of one model file from the hub: a Range request continues a
 * `.part` left by an earlier attempt, attempts back off, the sha256 (pinned in the manifest,
 * else the one the hub sends for a large file) is checked before the file is kept, and no
 * network at all is said at once.
 */
type FetchFile = {
  hubUrl: string;
  retry: { attempts: number; baseDelayMs: number };
  entry: ModelManifestEntry;
  file: string;
  dest: string;
  signal: AbortSignal;
  meter: ProgressMeter;
};

/** Downloads one file into `dest`, resuming a `.part` left by an earlier attempt. */
export async function fetchFile({ hubUrl, retry, entry, file, dest, signal, meter }: FetchFile) {
  const url = `${hubUrl}/${entry.repo}/resolve/${entry.revision}/${file}`;
  const part = `${dest}.part`;
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  if (fs.existsSync(dest)) {
    // Finished by an earlier run but not installed yet.
    const bytes = fs.statSync(dest).size;
    meter.fileDone(file, bytes);
    return { bytes, sha256: await hashFile(dest) };
  }
  let lastError: MessageParam = '';
  for (let attempt = 0; attempt < retry.attempts; attempt++) {
    if (attempt > 0) await delay(retry.baseDelayMs * 2 ** (attempt - 1), signal);
    const have = partSize(dest);
    let response: Response;
    let expectedSha: string | null;
    let hubSha: string | null;
    let expectedSize: number | null;
    try {
      const headers: Record<string, string> = have > 0 ? { Range: `bytes=${have}-` } : {};
      const first = await fetch(url, { headers, redirect: 'manual', signal });
      hubSha = linkedSha(first.headers);
      expectedSha = pinnedSha(entry, file) ?? hubSha;
      expectedSize = numberHeader(first.headers, 'x-linked-size');
      if (first.status >= 300 && first.status < 400 && first.headers.get('location')) {
        await first.body?.cancel();
        response = await fetch(new URL(first.headers.get('location')!, url), { headers, signal });
      } else {
        response = first;
      }
    } catch (error) {
      if (signal.aborted) throw error;
      // No network at all is not worth five attempts: say so at once, with what else to do.
      const cause = unreachable(error);
      if (cause) {
        throw new GlosaError('unavailable', 'downloadNoNetwork', { host: new URL(hubUrl).host, detail: cause });
      }
      lastError = error instanceof Error ? error.message : String(error);
      continue;
    }
    if (response.status === 404) {
      await response.body?.cancel();
      throw new GlosaError('not_found', 'downloadNotOnHub', { file, repo: entry.repo, revision: entry.revision.slice(0, 7) });
    }
    if (response.status === 416 && have > 0 && (expectedSize === null || have === expectedSize)) {
      // The part file already holds the whole file.
      await response.body?.cancel();
      return finishFile(file, `${dest}.part`, dest, expectedSha);
    }
    if (response.status !== 200 && response.status !== 206) {
      await response.body?.cancel();
      lastError = `HTTP ${response.status}`;
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        throw new GlosaError('unavailable', 'downloadRefused', { file, status: response.status });
      }
      continue;
    }
    const append = response.status === 206 && have > 0;
    if (!append && have > 0) fs.rmSync(part, { force: true }); // the server sent the whole file again
    expectedSize ??= (numberHeader(response.headers, 'content-length') ?? NaN) + (append ? have : 0);
    if (Number.isNaN(expectedSize)) expectedSize = null;
    expectedSha ??= linkedSha(response.headers);
    hubSha ??= linkedSha(response.headers);
    if (hubSha && expectedSha && hubSha !== expectedSha) {
      await response.body?.cancel();
      throw new GlosaError('unavailable', 'downloadOtherFile', { file, got: hubSha.slice(0, 12), expected: expectedSha.slice(0, 12) });
    }
    meter.startFile(file, append ? have : 0, expectedSize);
    try {
      await writeBody(response, part, append, (n) => meter.add(n));
    } catch (error) {
      if (signal.aborted) throw error;
      lastError = error instanceof Error ? error.message : String(error);
      continue;
    }
    const size = fs.statSync(part).size;
    if (expectedSize !== null && size < expectedSize) {
      lastError = message('connectionClosed', { got: size, total: expectedSize });
      continue;
    }
    meter.flush();
    return finishFile(file, part, dest, expectedSha);
  }
  throw new GlosaError('unavailable', 'downloadFailed', { file, attempts: retry.attempts, detail: lastError || message('downloadNoAnswer'), kept: partSize(dest) });
}

async function finishFile(file: string, part: string, dest: string, expectedSha: string | null) {
  const sha256 = await hashFile(part);
  if (expectedSha && sha256 !== expectedSha) {
    fs.rmSync(part, { force: true });
    throw new GlosaError('unavailable', 'downloadBadChecksum', { file, expected: expectedSha.slice(0, 12), got: sha256.slice(0, 12) });
  }
  fs.renameSync(part, dest);
  return { bytes: fs.statSync(dest).size, sha256 };
}
