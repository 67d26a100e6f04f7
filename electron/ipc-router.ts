import type { ApiMethod } from '../core/api';
import { API_METHODS } from '../core/contract';
import type { ApiReply } from '../core/handler';
import { isSafeExternalUrl } from '../core/security/external-url';
import { isTrustedRendererUrl } from './security';

/** What the router needs to know of an IPC event: who sent it. */
export type SenderInfo = { senderFrame: { url: string; parent: unknown } | null };

export type IpcRoute = { channel: string; handle: (event: SenderInfo, input: unknown) => Promise<ApiReply> };

export const channelFor = (method: ApiMethod | 'openExternal' | 'pickFolder' | 'printToPdf') => `glosa:${method}`;

/** The largest export the app prints to PDF in one go. */
const MAX_PRINT_CHARS = 30 * 1024 * 1024;

/**
 * One IPC channel per API call. Every message is checked for its sender (the app's own
 * top-level frame); its input is validated against the contract by the backend's handler.
 */
export function createIpcRoutes(options: {
  forward: (method: ApiMethod, input: unknown) => Promise<ApiReply>;
  openExternal: (url: string) => Promise<void>;
  pickFolder: () => Promise<string | null>;
  printToPdf: (html: string) => Promise<string>;
  onRefused?: (channel: string, url: string | undefined) => void;
}): IpcRoute[] {
  const refuse = (channel: string, event: SenderInfo): ApiReply | null => {
    const frame = event.senderFrame;
    if (frame && frame.parent === null && isTrustedRendererUrl(frame.url)) return null;
    options.onRefused?.(channel, frame?.url);
    return { ok: false, error: { code: 'invalid_input', message: 'Refused: this call did not come from Glosa’s own window.' } };
  };

  const routes: IpcRoute[] = API_METHODS.map((method) => ({
    channel: channelFor(method),
    handle: async (event, input) => {
      const refused = refuse(channelFor(method), event);
      if (refused) return refused;
      // Validated once, on the backend's side, by the same handler every transport uses.
      return options.forward(method, input ?? {});
    },
  }));

  routes.push({
    channel: channelFor('openExternal'),
    handle: async (event, url) => {
      const refused = refuse(channelFor('openExternal'), event);
      if (refused) return refused;
      if (!isSafeExternalUrl(url)) {
        return { ok: false, error: { code: 'invalid_input', message: 'Only web links (http and https) are opened outside Glosa.' } };
      }
      await options.openExternal(url);
      return { ok: true, result: null };
    },
  });
  routes.push({
    channel: channelFor('pickFolder'),
    handle: async (event) => {
      const refused = refuse(channelFor('pickFolder'), event);
      if (refused) return refused;
      return { ok: true, result: await options.pickFolder() };
    },
  });
  routes.push({
    channel: channelFor('printToPdf'),
    handle: async (event, html) => {
      const refused = refuse(channelFor('printToPdf'), event);
      if (refused) return refused;
      if (typeof html !== 'string' || html.length > MAX_PRINT_CHARS) {
        return { ok: false, error: { code: 'invalid_input', message: 'Only an export’s HTML can be printed to PDF.' } };
      }
      return { ok: true, result: await options.printToPdf(html) };
    },
  });
  return routes;
}
