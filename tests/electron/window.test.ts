import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type ElectronApplication, type Page, _electron as electron } from 'playwright-core';
import type { GlosaBridge } from '../../core/api';
import { RENDERER_CSP } from '../../core/security/csp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, buildRenderer } from '../../scripts/build.mjs';
import { electronBinary } from '../support/electron';
import { ROOT, tempDataDir } from '../support/serve';

const binary = electronBinary();
if (!binary) console.log('skipped: Electron binary not installed');

// These run wherever `npm install` could download Electron's binary; this repository's CI
// cannot, and reports them as skipped with the reason above.
describe.skipIf(!binary)('the desktop window (skipped: Electron binary not installed)', () => {
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    await buildRenderer();
    await buildElectron();
    app = await electron.launch({
      executablePath: binary!,
      args: [path.join(ROOT, 'dist', 'electron', 'main.cjs'), '--no-sandbox'],
      env: { ...process.env, GLOSA_DATA_DIR: tempDataDir() },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the Library with the sample articles', async () => {
    await page.getByRole('navigation', { name: 'Library' }).locator('button.article-open').first().waitFor();
    expect(await page.getByRole('navigation', { name: 'Library' }).locator('button.article-open').count()).toBe(3);
  });

  it('serves the API through the preload, one named method per call', async () => {
    const result = await page.evaluate(async () => {
      const bridge = (window as unknown as { glosa: GlosaBridge }).glosa;
      return { keys: Object.keys(bridge).sort(), articles: (await bridge.listArticles({})).length };
    });
    expect(result.articles).toBe(3);
    expect(result.keys).toContain('listArticles');
    expect(result.keys).not.toContain('invoke');
    expect(result.keys).not.toContain('send');
  });

  it('keeps Node out of the page: sandbox and context isolation hold', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
    // With context isolation the page cannot reach into the preload's world: the bridge it
    // sees is a frozen copy, and replacing a method does not change what the preload calls.
    const isolated = await page.evaluate(() => {
      const bridge = (window as unknown as { glosa: Record<string, unknown> }).glosa;
      return { frozen: Object.isFrozen(bridge), buffer: typeof (globalThis as { Buffer?: unknown }).Buffer };
    });
    expect(isolated).toEqual({ frozen: true, buffer: 'undefined' });
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL())).toBe('app://glosa/index.html');
  });

  it('starts the backend utility process again when it is killed, and the window carries on', async () => {
    const backendPid = () =>
      app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().find((m) => m.type === 'Utility' && m.serviceName === 'Glosa backend')?.pid ?? null);
    const before = await backendPid();
    expect(before).not.toBeNull();
    process.kill(before!, 'SIGKILL');
    await page.getByRole('status').filter({ hasText: 'has been started again' }).waitFor();
    const after = await backendPid();
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
    const articles = await page.evaluate(async () => (window as unknown as { glosa: GlosaBridge }).glosa.listArticles({}));
    expect(articles.length).toBe(3);
  });

  it('refuses navigation and new windows', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://glosa/index.html');
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
    await page.evaluate(() => window.open('app://glosa/index.html'));
    await page.waitForTimeout(300);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(windows);
  });

  it('turns the sandbox on for every renderer (app.enableSandbox)', async () => {
    expect(await app.evaluate(({ app: electronApp }) => electronApp.commandLine.hasSwitch('enable-sandbox'))).toBe(true);
  });

  it('denies every permission a page asks for', async () => {
    const answers = await page.evaluate(async () => ({
      notifications: await Notification.requestPermission(),
      geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    }));
    expect(answers).toEqual({ notifications: 'denied', geolocation: 'denied' });
  });

  it('serves the page with the CSP as a header', async () => {
    const csp = await page.evaluate(async () => (await fetch('app://glosa/index.html')).headers.get('content-security-policy'));
    expect(csp).toBe(RENDERER_CSP);
  });

  it('prints a PDF without fetching anything the export points to', async () => {
    const hits: string[] = [];
    const server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as AddressInfo).port;
    try {
      const html = `<html><head><link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head><body><h1>Informe</h1><img src="http://127.0.0.1:${port}/pixel.png"></body></html>`;
      const pdf = await page.evaluate(async (h) => (window as unknown as { glosa: GlosaBridge }).glosa.printToPdf(h), html);
      expect(Buffer.from(pdf!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });
});
