import type { GlosaApi, GlosaBridge, GlosaEvent } from '../../core/api';
import { API_METHODS, type ApiMethod } from '../../core/contract';
import type { Message } from '../../core/messages';
import { isSafeExternalUrl } from '../../core/security/external-url';
import { ApiCallError, fromBridge } from './call-error';

export { ApiCallError };

declare global {
  interface Window {
    /** Installed by Electron's preload; absent in browser mode. */
    glosa?: GlosaBridge;
  }
}

const TOKEN_KEY = 'glosa.token';

/**
 * The per-run token of browser mode: taken from the address Glosa printed, then kept in
 * this tab's session storage (which, unlike a cookie, belongs to this origin and port
 * alone), so that a reload keeps working after the address bar has dropped it.
 */
function browserToken(): string {
  const fromUrl = new URL(window.location.href).searchParams.get('token');
  if (fromUrl) window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Browser mode: the same contract over HTTP to `glosa serve`, the token as a bearer header. */
function createHttpBridge(): GlosaBridge {
  const token = browserToken();
  const call = async (method: ApiMethod, input: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
      });
    } catch {
      throw ApiCallError.of('offline', 'notRunning');
    }
    const body = (await response.json().catch(() => null)) as
      | { ok: true; result: unknown }
      | { ok: false; error: { code: string; message: string; reason?: Message } }
      | null;
    if (response.status === 401) throw ApiCallError.of('unauthorized', 'notConnected');
    if (!body) throw ApiCallError.of('internal', 'answered', { status: `${response.status} ${response.statusText}`.trim() });
    if (!body.ok) throw new ApiCallError(body.error.code, body.error.message, body.error.reason ?? null);
    return body.result;
  };
  const api = Object.fromEntries(API_METHODS.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as GlosaApi;
  const listeners = new Set<(event: GlosaEvent) => void>();
  let source: EventSource | null = null;
  return {
    ...api,
    openExternal: async (url: string) => {
      if (!isSafeExternalUrl(url)) throw ApiCallError.of('invalid_input', 'onlyWebLinks');
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    // A browser page cannot open the system's folder dialog; the interface asks for a path.
    pickFolder: async () => null,
    // Browser mode prints PDFs on the server, with a Chromium found on this computer.
    printToPdf: async () => null,
    onEvent: (listener) => {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(`./api/events?token=${encodeURIComponent(token)}`);
        source.onmessage = (message: MessageEvent<string>) => {
          const event = JSON.parse(message.data) as GlosaEvent;
          for (const l of listeners) l(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}

/** The desktop app: the preload's named methods, with their failures read back whole. */
function wrapPreload(bridge: GlosaBridge): GlosaBridge {
  const wrapped = Object.fromEntries(
    API_METHODS.map((m) => [m, (input: unknown) => (bridge[m] as (i: unknown) => Promise<unknown>)(input).catch((e: unknown) => Promise.reject(fromBridge(e)))]),
  ) as unknown as GlosaApi;
  return { ...bridge, ...wrapped };
}

/** The one way the interface talks to Glosa: the preload's bridge, or HTTP in browser mode. */
export const glosa: GlosaBridge = window.glosa ? wrapPreload(window.glosa) : createHttpBridge();

/** Whether the system's folder dialog is there (the desktop app); a browser page must ask for a path. */
export const canPickFolders = window.glosa !== undefined;

/** Strips the token from the address bar once the page has kept it. */
export function forgetTokenInUrl(): void {
  const url = new URL(window.location.href);
  if (url.searchParams.has('token')) {
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
}
