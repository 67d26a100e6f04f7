/**
 * The renderer's only door: one named method per API call, each an invoke on its own
 * channel. Nothing of ipcRenderer or Node is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiInput, ApiMethod, ApiOutput, GlosaBridge, GlosaEvent } from '../core/api';

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
  getEngines: (input) => call('getEngines', input),
  translateArticle: (input) => call('translateArticle', input),
  cancelTranslation: (input) => call('cancelTranslation', input),
  retrySentence: (input) => call('retrySentence', input),
  getTranslations: (input) => call('getTranslations', input),
  setArticleEngine: (input) => call('setArticleEngine', input),
  editTranslation: (input) => call('editTranslation', input),
  revertTranslation: (input) => call('revertTranslation', input),
  listModels: (input) => call('listModels', input),
  downloadModel: (input) => call('downloadModel', input),
  cancelDownload: (input) => call('cancelDownload', input),
  importModel: (input) => call('importModel', input),
  verifyModel: (input) => call('verifyModel', input),
  removeModel: (input) => call('removeModel', input),
  translateText: (input) => call('translateText', input),
  listNotes: (input) => call('listNotes', input),
  addNote: (input) => call('addNote', input),
  updateNote: (input) => call('updateNote', input),
  deleteNote: (input) => call('deleteNote', input),
  listGlossary: (input) => call('listGlossary', input),
  decideSuggestion: (input) => call('decideSuggestion', input),
  addGlossaryEntry: (input) => call('addGlossaryEntry', input),
  updateGlossaryEntry: (input) => call('updateGlossaryEntry', input),
  deleteGlossaryEntry: (input) => call('deleteGlossaryEntry', input),
  mergeGlossaryEntries: (input) => call('mergeGlossaryEntries', input),
  splitGlossaryEntry: (input) => call('splitGlossaryEntry', input),
  importGlossary: (input) => call('importGlossary', input),
  exportGlossary: (input) => call('exportGlossary', input),
  termOccurrences: (input) => call('termOccurrences', input),
  fixTerm: (input) => call('fixTerm', input),
  retranslateSentences: (input) => call('retranslateSentences', input),
  exportArticles: (input) => call('exportArticles', input),
  cancelExport: (input) => call('cancelExport', input),
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
