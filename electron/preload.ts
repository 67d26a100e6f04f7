/**
 * The renderer's only door: one named method per API call, each an invoke on its own
 * channel. Nothing of ipcRenderer or Node is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiInput, ApiMethod, ApiOutput, GlosaBridge, GlosaEvent } from '../core/api';
import { API_METHODS, BRIDGED_ERROR_MARK } from '../core/contract';

/** A failed call, its whole error body in the message: the only part the context bridge keeps. */
class GlosaCallError extends Error {
  constructor(body: { code: string; message: string; reason?: unknown }) {
    super(`${BRIDGED_ERROR_MARK}${JSON.stringify(body)}`);
  }
}

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const reply: unknown = await ipcRenderer.invoke(`glosa:${method}`, input);
  return unwrap(reply) as ApiOutput<M>;
}

function unwrap(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    if (reply.ok === true && 'result' in reply) return reply.result;
    if (reply.ok === false && 'error' in reply && typeof reply.error === 'object' && reply.error !== null) {
      const { code, message, reason } = reply.error as { code?: unknown; message?: unknown; reason?: unknown };
      throw new GlosaCallError({ code: String(code ?? 'internal'), message: String(message ?? 'The call failed.'), reason });
    }
  }
  throw new GlosaCallError({ code: 'internal', message: 'Glosa’s backend sent an unexpected reply.' });
}

// One named method per API call, from the contract's table: window.glosa.listArticles(…),
// each on its own channel.
const calls = Object.fromEntries(API_METHODS.map((method) => [method, (input: unknown) => call(method, input as never)])) as {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>>;
};

const bridge = {
  ...calls,
  openExternal: async (url) => {
    unwrap(await ipcRenderer.invoke('glosa:openExternal', url));
  },
  printToPdf: async (html) => {
    const pdf = unwrap(await ipcRenderer.invoke('glosa:printToPdf', html));
    return typeof pdf === 'string' ? pdf : null;
  },
  pickFolder: async () => {
    const folder = unwrap(await ipcRenderer.invoke('glosa:pickFolder'));
    return typeof folder === 'string' ? folder : null;
  },
  onEvent: (listener) => {
    // Only the event itself crosses into the page, never the IPC event object.
    const forward = (_event: unknown, payload: GlosaEvent) => listener(payload);
    ipcRenderer.on('glosa:event', forward);
    return () => {
      ipcRenderer.removeListener('glosa:event', forward);
    };
  },
} satisfies GlosaBridge;

contextBridge.exposeInMainWorld('glosa', bridge);
