import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserModeSession } from '../support/session';

const session = browserModeSession({ viewport: { width: 1440, height: 900 } });
let page: Page;
beforeEach(() => {
  page = session.page;
});

describe('exporting from the app', () => {
  it('downloads bilingual HTML that renders with no network request and no script', async () => {
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^El presidente de Bielorrusia/ }).click();
    await page.getByRole('region', { name: 'Translation' }).locator('[data-seg="0"][data-state="done"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('html');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^el-presidente-de-bielorrusia.*\.html$/);
    const html = fs.readFileSync((await file.path())!, 'utf8');
    await dialog.getByText(/^Saved /).waitFor();

    const viewer = await session.browser.newPage();
    const requests: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    viewer.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await viewer.setContent(html, { waitUntil: 'load' });
    expect(await viewer.locator('table.pairs tr').count()).toBeGreaterThan(15);
    expect(requests).toEqual([]);
    const csp = await viewer.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    // A script slipped into the page would not run.
    await viewer.evaluate(() => {
      const el = document.createElement('div');
      el.innerHTML = '<img src="data:," onerror="document.title = \'ran\'">';
      document.body.append(el);
    });
    await viewer.waitForTimeout(200);
    expect(await viewer.title()).not.toBe('ran');
    await viewer.close();
  });
});
