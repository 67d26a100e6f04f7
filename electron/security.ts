/**
 * Electron's security policy as plain data and pure checks, so that each rule has a unit
 * test that runs without Electron. main.ts only wires these in.
 */
import path from 'node:path';

/** The renderer is served from this privileged scheme, never from file:// or the web. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'glosa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * The one set of web preferences every window gets. DevTools open only in development: a
 * packaged app gives no console to anyone who sits at it.
 */
export function windowPreferences(preload: string | undefined, { packaged = false }: { packaged?: boolean } = {}) {
  return {
    preload,
    devTools: !packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** Only the app's own top-level page may call the API. */
export function isTrustedRendererUrl(candidate: string | undefined | null): boolean {
  if (!candidate) return false;
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** In-app navigation is never needed: the interface is one page. */
export function isAllowedNavigation(current: string, target: string): boolean {
  try {
    const a = new URL(current);
    const b = new URL(target);
    return isTrustedRendererUrl(target) && a.pathname === b.pathname && a.search === b.search;
  } catch {
    return false;
  }
}

/**
 * Maps an app:// request to a file inside the built renderer, or null when the path
 * escapes it (encoded "..", absolute paths, NUL bytes) or names another host.
 */
export function resolveAppAsset(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${path.posix.normalize(pathname)}`);
  return file.startsWith(root + path.sep) ? file : null;
}

/** No page gets a camera, microphone, notifications, geolocation or any other permission. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}
export function denyPermissionCheck(): boolean {
  return false;
}

/** The headers every response of the app:// scheme carries, the CSP among them. */
export function withSecurityHeaders(headers: Headers, csp: string): Headers {
  const out = new Headers(headers);
  out.set('Content-Security-Policy', csp);
  out.set('X-Content-Type-Options', 'nosniff');
  return out;
}

/**
 * The hidden window that prints a PDF loads the export as a data: URL and nothing else: an
 * image, font or stylesheet in it that points anywhere (the web, the local network, a
 * file) is never fetched, so printing cannot leak what the reader is reading.
 */
export function isPrintRequestAllowed(url: string): boolean {
  return url.startsWith('data:');
}

/** The session partition of the print window: in memory, shared with nothing. */
export const PRINT_PARTITION = 'glosa-print';
