import { EXPORTERS } from '../contract';
import { GlosaError } from '../errors';
import type { Handlers, Services } from './services';

/** Exports of articles from the library; a new export cancels the one under way. */
export function exportHandlers({ library, translator, notes, glossary, events }: Services) {
  let running: AbortController | null = null;
  return {
    exportArticles: async ({ ids, format, bundle, ...options }) => {
      const [{ exportFromLibrary }, { renderBundle, renderExport }] = await Promise.all([import('../export/build'), import('../export/index')]);
      running?.abort();
      const controller = new AbortController();
      running = controller;
      try {
        const doc = await exportFromLibrary({ library, translator, notes, glossary }, ids, options, (done, total) => events.emit({ type: 'export-progress', done, total }), controller.signal);
        // A bundle of a format that cannot be bundled is the format alone, as the Export dialog shows it.
        const file = bundle && EXPORTERS[format].bundleable ? await renderBundle(doc, format) : await renderExport(doc, format);
        return { name: file.name, data: file.bytes.toString('base64'), mime: file.mime };
      } catch (error) {
        if (controller.signal.aborted) throw new GlosaError('unavailable', 'exportCancelled');
        throw error;
      }
    },
    cancelExport: async () => {
      running?.abort();
      return { ok: true as const };
    },
  } satisfies Handlers<'exportArticles' | 'cancelExport'>;
}
