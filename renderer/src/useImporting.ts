import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../core/api';
import { glosa } from './api';
import { importFiles, isImportable } from './files';
import { useImportMessages } from './useImportMessages';
import { describeError } from './messages';

/**
 * Importing files (chosen or dropped) and pasted text: progress while it runs, a report of
 * every file after, and the first new article opened. `onImported` refreshes the library.
 */
export function useImporting({ onImported, onOpen, onShow }: { onImported: () => Promise<void>; onOpen: (id: number) => void; onShow: () => void }) {
  const { t } = useTranslation();
  const describe = useImportMessages();
  const [report, setReport] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const finish = useCallback(
    async (results: ImportResult[]) => {
      setReport(results.map(describe));
      const firstNew = results.find((r) => r.status === 'imported' || r.status === 'duplicate');
      await onImported();
      if (firstNew && 'article' in firstNew) onOpen(firstNew.article.id);
    },
    [describe, onImported, onOpen],
  );
  const failed = useCallback((error: unknown) => setReport([t('import.errors.failed', { message: describeError(t, error) })]), [t]);

  const importFileList = useCallback(
    async (files: File[]) => {
      const wanted = files.filter((f) => isImportable(f.name));
      onShow();
      if (wanted.length === 0) return setReport([t('import.nothing')]);
      try {
        await finish(await importFiles(wanted, (batch) => glosa.importFiles({ files: batch }), (done, total) => setProgress({ done, total })));
      } catch (error) {
        failed(error);
      } finally {
        setProgress(null);
      }
    },
    [finish, failed, onShow, t],
  );

  const importText = useCallback(
    async (text: string, title: string) => {
      try {
        await finish([await glosa.importText(title.trim() ? { text, title } : { text })]);
      } catch (error) {
        failed(error);
      }
    },
    [finish, failed],
  );

  return { report, clearReport: () => setReport([]), progress, importFileList, importText };
}
