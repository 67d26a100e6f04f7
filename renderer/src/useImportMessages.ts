import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../core/api';
import { formatLimit } from './files';

/** One sentence per import result, in the reader's language. */
export function useImportMessages(): (result: ImportResult) => string {
  const { t } = useTranslation();
  return useCallback(
    (r: ImportResult) => {
      if (r.status === 'imported') return t('import.imported', { title: r.article.title });
      if (r.status === 'duplicate') return t('import.duplicate', { name: r.name, title: r.article.title });
      return t(`import.errors.${r.code}`, { name: r.name, limit: formatLimit(), defaultValue: r.message });
    },
    [t],
  );
}
