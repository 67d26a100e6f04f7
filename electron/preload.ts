/**
 * The renderer's only door: one named method per API call, each an invoke on its own
 * channel. Nothing of ipcRenderer or Node is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiInput, ApiMethod, ApiOutput, GlosaBridge } from '../core/api';

class GlosaCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
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
      const { code, message } = reply.error as { code?: unknown; message?: unknown };
      throw new GlosaCallError(String(code ?? 'internal'), String(message ?? 'The call failed.'));
    }
  }
  throw new GlosaCallError('internal', 'Glosa’s backend sent an unexpected reply.');
}

const bridge = {
  getStatus: (input) => call('getStatus', input),
  listArticles: (input) => call('listArticles', input),
  getArticle: (input) => call('getArticle', input),
  importFiles: (input) => call('importFiles', input),
  importText: (input) => call('importText', input),
  renameArticle: (input) => call('renameArticle', input),
  deleteArticle: (input) => call('deleteArticle', input),
  restoreArticle: (input) => call('restoreArticle', input),
  getSettings: (input) => call('getSettings', input),
  updateSettings: (input) => call('updateSettings', input),
  openExternal: async (url) => {
    unwrap(await ipcRenderer.invoke('glosa:openExternal', url));
  },
} satisfies GlosaBridge;

contextBridge.exposeInMainWorld('glosa', bridge);
