import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../core/contract';
import type { GlosaApi } from '../../core/api';
import { createApiHandler } from '../../core/handler';
import { RENDERER_CSP, RENDERER_CSP_META } from '../../core/security/csp';
import { isSafeExternalUrl } from '../../core/security/external-url';
import { type SenderInfo, channelFor, createIpcRoutes } from '../../electron/ipc-router';
import {
  APP_ENTRY,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  isPrintRequestAllowed,
  isTrustedRendererUrl,
  resolveAppAsset,
  windowPreferences,
  withSecurityHeaders,
} from '../../electron/security';
import { ROOT } from '../support/serve';

describe('links opened outside the app', () => {
  it.each(['https://www.rtve.es/noticias/', 'http://example.com/a?b=c#d'])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://server/share',
    'ms-msdt:/id',
    '//evil.example/path',
    '/relative/path',
    'https://user:pass@evil.example/',
    'https://bank.example@evil.example/',
    'http://',
    '',
    `https://x.example/${'a'.repeat(3000)}`,
  ])('refuses %.60s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
  it('refuses anything that is not a string', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://x.example' })).toBe(false);
  });
});

describe('the Electron window', () => {
  it('is sandboxed and isolated, with Node kept out of the page', () => {
    const prefs = windowPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('opens DevTools in development only, never in a packaged app', () => {
    expect(windowPreferences('/app/preload.cjs').devTools).toBe(true);
    expect(windowPreferences('/app/preload.cjs', { packaged: true }).devTools).toBe(false);
    expect(windowPreferences(undefined, { packaged: true })).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false });
  });

  it('denies every permission a page asks for or checks', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const answers: boolean[] = [];
      denyPermissionRequest(null, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
    expect(denyPermissionCheck()).toBe(false);
  });

  it('sends the CSP as a header with every file of the app, over whatever the file had', () => {
    const headers = withSecurityHeaders(new Headers({ 'Content-Type': 'text/html', 'Content-Security-Policy': "default-src *" }), RENDERER_CSP);
    expect(headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-type')).toBe('text/html');
  });

  it('lets the PDF print window load its data: page and nothing from any network or file', () => {
    expect(isPrintRequestAllowed('data:text/html;charset=utf-8;base64,PGgxPg==')).toBe(true);
    for (const url of ['http://127.0.0.1:8080/pixel.png', 'https://tracker.example/x.gif', 'file:///etc/passwd', 'app://glosa/index.html', 'ws://127.0.0.1/', 'blob:null/1', 'about:blank', ' data:x']) {
      expect(isPrintRequestAllowed(url), url).toBe(false);
    }
  });

  it('trusts only the app’s own origin', () => {
    expect(isTrustedRendererUrl(APP_ENTRY)).toBe(true);
    for (const url of ['file:///app/index.html', 'https://glosa/index.html', 'app://glosa.evil.example/', 'app://evil/index.html', 'app://user@glosa/', 'about:blank', '', null, undefined]) {
      expect(isTrustedRendererUrl(url)).toBe(false);
    }
  });

  it('refuses every navigation away from the page', () => {
    expect(isAllowedNavigation(APP_ENTRY, 'https://evil.example/')).toBe(false);
    expect(isAllowedNavigation(APP_ENTRY, 'file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation(APP_ENTRY, 'app://glosa/other.html')).toBe(false);
    expect(isAllowedNavigation(APP_ENTRY, `${APP_ENTRY}#reader`)).toBe(true);
  });

  it('serves only files inside the built renderer', () => {
    const dir = '/opt/glosa/dist/renderer';
    expect(resolveAppAsset(dir, 'app://glosa/')).toBe(`${dir}/index.html`);
    expect(resolveAppAsset(dir, 'app://glosa/assets/a.js')).toBe(`${dir}/assets/a.js`);
    for (const url of ['app://glosa/../secret', 'app://glosa/%2e%2e/%2e%2e/etc/passwd', 'app://glosa/..%2f..%2fetc', 'app://glosa/a%5c..%5c..%5cb', 'app://glosa/%00', 'app://other/index.html', 'file:///etc/passwd', 'app://glosa/%E0%A4%A']) {
      const file = resolveAppAsset(dir, url);
      expect(file === null || file.startsWith(`${dir}/`), url).toBe(true);
    }
  });

  it('has the same Content-Security-Policy in index.html as in its headers', () => {
    const html = fs.readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(RENDERER_CSP_META);
  });
});

describe('IPC routing', () => {
  const trusted: SenderInfo = { senderFrame: { url: APP_ENTRY, parent: null } };
  const make = () => {
    const forward = vi.fn(async () => ({ ok: true as const, result: 'forwarded' }));
    const openExternal = vi.fn(async () => {});
    const refused: string[] = [];
    const pickFolder = vi.fn(async () => '/home/reader/models');
    const printToPdf = vi.fn(async () => 'JVBERi0=');
    const routes = createIpcRoutes({ forward, openExternal, pickFolder, printToPdf, onRefused: (channel) => refused.push(channel) });
    const route = (channel: string) => routes.find((r) => r.channel === channel)!;
    return { forward, openExternal, refused, routes, route };
  };

  it('has one channel per API call, plus openExternal, pickFolder and printToPdf, and no generic channel', () => {
    const { routes } = make();
    expect(routes.map((r) => r.channel).sort()).toEqual([...API_METHODS.map(channelFor), 'glosa:openExternal', 'glosa:pickFolder', 'glosa:printToPdf'].sort());
  });

  it('drops messages from a foreign page, a subframe or a destroyed frame', async () => {
    const { forward, refused, route } = make();
    const list = route('glosa:listArticles');
    for (const event of [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///tmp/x.html', parent: null } },
      { senderFrame: { url: APP_ENTRY, parent: {} } },
      { senderFrame: null },
    ]) {
      expect(await list.handle(event, {})).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Refused') } });
    }
    expect(forward).not.toHaveBeenCalled();
    expect(refused).toHaveLength(4);
  });

  it('forwards a trusted call to the backend, whose one handler validates its input', async () => {
    const { forward, route } = make();
    expect(await route('glosa:getArticle').handle(trusted, { id: 3 })).toEqual({ ok: true, result: 'forwarded' });
    expect(forward).toHaveBeenCalledWith('getArticle', { id: 3 });
    // The backend's handler (the same for IPC and HTTP) refuses bad input before any code runs.
    const getArticle = vi.fn();
    const handle = createApiHandler({ getArticle } as unknown as GlosaApi);
    expect(await handle('getArticle', { id: '1; DROP TABLE' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(getArticle).not.toHaveBeenCalled();
  });

  it('opens only http(s) links outside', async () => {
    const { openExternal, route } = make();
    const open = route('glosa:openExternal');
    expect(await open.handle(trusted, 'javascript:alert(1)')).toMatchObject({ ok: false });
    expect(await open.handle(trusted, 'file:///etc/passwd')).toMatchObject({ ok: false });
    expect(await open.handle({ senderFrame: { url: 'https://evil.example', parent: null } }, 'https://x.example')).toMatchObject({ ok: false });
    expect(openExternal).not.toHaveBeenCalled();
    expect(await open.handle(trusted, 'https://www.efe.com/')).toEqual({ ok: true, result: null });
    expect(openExternal).toHaveBeenCalledWith('https://www.efe.com/');
  });
});
