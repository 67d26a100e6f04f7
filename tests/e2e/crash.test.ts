import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { Database } from '../../core/store/database';
import type { Served } from '../support/serve';
import { browserModeSession } from '../support/session';

// Browser mode runs the library in a backend process of its own, as the desktop app does,
// under the same supervisor. These tests kill that process with SIGKILL mid-work.
const session = browserModeSession({ open: false });
let page: Page;
let served: Served;
beforeEach(() => {
  ({ page, served } = session);
});

/** The backend process under `glosa serve`. */
function backendPid(): number {
  const pid = served.child.pid!;
  const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  const backend = children.find((child) => fs.readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('__backend'));
  if (!backend) throw new Error('glosa serve has no backend process');
  return backend;
}

async function call<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${served.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const reply = (await response.json()) as { ok: boolean; result: T; error?: { message: string } };
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.result;
}

function integrity(): string {
  const db = Database.open(path.join(served.dataDir, DATABASE_FILE));
  try {
    return db.get<{ integrity_check: string }>('PRAGMA integrity_check')!.integrity_check;
  } finally {
    db.close();
  }
}

/** A long article of distinct sentences, so that translating it takes a while. */
function longArticle(paragraphs: number): string {
  return Array.from(
    { length: paragraphs },
    (_, i) =>
      `El parlamento de la región ${i} aprobó ayer una ley sobre el agua. Los vecinos del distrito ${i} protestaron frente al ayuntamiento durante ${i + 2} horas. ` +
      `El alcalde prometió una respuesta antes del día ${(i % 28) + 1} de marzo.`,
  ).join('\n\n');
}

describe('a backend killed mid-work', () => {
  it('is restarted while an article is being translated, and the translation carries on', async () => {
    const { article } = await call<{ article: { id: number; title: string } }>('importText', { text: longArticle(150), title: 'Una ley sobre el agua' });
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Una ley sobre el agua/ }).first().click();
    const translation = page.getByRole('region', { name: 'Translation' });
    const done = translation.locator('[data-state="done"]');
    await expect.poll(() => done.count(), { timeout: 30_000 }).toBeGreaterThan(0);

    const before = backendPid();
    const stored = (await call<{ sentences: { state: string }[] }>('getTranslations', { id: article.id })).sentences;
    const total = stored.length;
    const doneBefore = stored.filter((s) => s.state === 'done').length;
    expect(doneBefore).toBeLessThan(total);
    process.kill(before, 'SIGKILL');

    await page.getByRole('status').filter({ hasText: 'has been started again' }).waitFor();
    expect(backendPid()).not.toBe(before);
    // Every sentence is translated in the end, without the reader asking again.
    const final = async () => (await call<{ sentences: { state: string }[] }>('getTranslations', { id: article.id })).sentences;
    await expect.poll(async () => (await final()).filter((s) => s.state === 'done').length, { timeout: 60_000 }).toBe(total);
    // The page shows it too: every row on screen is done.
    await expect.poll(() => translation.locator('[data-seg]:not([data-state="done"])').count(), { timeout: 10_000 }).toBe(0);
    expect(await done.count()).toBeGreaterThan(0);
    await served.stop();
    expect(integrity()).toBe('ok');
  }, 120_000);

  it('is restarted in the middle of an import, which completes with each file in the library once', async () => {
    const files = Array.from({ length: 300 }, (_, i) => ({
      name: `nota-${i}.txt`,
      data: Buffer.from(`Nota ${i}\n\n${longArticle(6).replaceAll('región', `región ${i}-`)}`).toString('base64'),
    }));
    const before = backendPid();
    const file = path.join(served.dataDir, DATABASE_FILE);
    const unchanged = fs.statSync(file).mtimeMs;
    const importing = call<{ status: string; name: string }[]>('importFiles', { files });
    // The kill comes a little after the first file reaches the database, while others wait.
    while (fs.statSync(file).mtimeMs === unchanged) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setTimeout(resolve, 150));
    process.kill(before, 'SIGKILL');
    const results = await importing;

    expect(backendPid()).not.toBe(before);
    expect(results).toHaveLength(files.length);
    for (const result of results) expect(['imported', 'duplicate']).toContain(result.status);
    // What the first run committed is recognised when the import is sent again; the rest is new.
    expect(results.filter((r) => r.status === 'duplicate').length, results.map((r) => r.status[0]).join('')).toBeGreaterThan(0);
    expect(results.filter((r) => r.status === 'imported').length).toBeGreaterThan(0);
    const titles = (await call<{ title: string }[]>('listArticles', {})).map((a) => a.title).filter((t) => t.startsWith('Nota '));
    expect(titles.sort()).toEqual(files.map((_, i) => `Nota ${i}`).sort());
    await served.stop();
    expect(integrity()).toBe('ok');
  }, 120_000);
});
