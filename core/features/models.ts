import { GlosaError, reasonOf } from '../errors';
import { offlineRefusal } from '../translate/models';
import type { Handlers, Services } from './services';

/**
 * The model manager: downloads run in the background (progress and outcome arrive as
 * events), one per model and precision; every change lets the loaded engines go.
 */
export function modelHandlers({ models, settings, engines, events }: Services) {
  const downloads = new Map<string, Promise<unknown>>();
  const handlers = {
    listModels: async () => models.list(),
    downloadModel: async ({ id, dtype }) => {
      const chosen = dtype ?? settings.read().dtype;
      models.entry(id);
      // Refused at once, before anything runs in the background (the manager refuses too).
      if (settings.read().offline) throw offlineRefusal();
      const key = `${id}:${chosen}`;
      if (!downloads.has(key)) {
        const running = models
          .download(id, chosen, { onProgress: (progress) => events.emit({ type: 'download', progress }) })
          .then(async () => {
            await engines.reset();
            events.emit({ type: 'download-finished', modelId: id, dtype: chosen, ok: true, message: null });
          })
          .catch((error: unknown) => {
            events.emit({ type: 'download-finished', modelId: id, dtype: chosen, ok: false, message: reasonOf(error, 'downloadError') });
          })
          .finally(() => downloads.delete(key));
        downloads.set(key, running);
      }
      return { ok: true as const };
    },
    cancelDownload: async ({ id }) => {
      models.cancel(id);
      return { ok: true as const };
    },
    importModel: async ({ id, path: folder }) => {
      const info = await models.importFolder(id, folder);
      await engines.reset();
      return info;
    },
    uploadModelFile: async ({ id, file, offset, data }) => ({ received: models.receiveFile(id, file, offset, Buffer.from(data, 'base64')) }),
    importUploadedModel: async ({ id }) => {
      const info = await models.importReceived(id);
      await engines.reset();
      return info;
    },
    verifyModel: async ({ id }) => {
      const { info, problems } = await models.verify(id);
      await engines.reset();
      if (problems.length) throw new GlosaError('unavailable', 'modelVerifyFailed', { files: problems.join(', ') });
      return info;
    },
    removeModel: async ({ id }) => {
      const info = models.remove(id);
      await engines.reset();
      return info;
    },
  } satisfies Handlers<'listModels' | 'downloadModel' | 'cancelDownload' | 'importModel' | 'uploadModelFile' | 'importUploadedModel' | 'verifyModel' | 'removeModel'>;
  /** Waits for the downloads under way to settle (the library is closing). */
  const settled = () => Promise.allSettled(downloads.values());
  return { handlers, settled };
}
