import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../core/text/bytes';
import type { DownloadState } from '../useDownload';
import { wordMessage } from '../messages';

/** Per-file and total progress, with speed and time left, and the outcome. */
export function DownloadStatus({ download, onCancel }: { download: DownloadState; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const { progress, finished, connecting } = download;
  if (connecting) {
    return (
      <p className="notice" role="status">
        {t('models.connecting')}
      </p>
    );
  }
  if (progress) {
    const label = t('models.downloading', {
      done: formatBytes(progress.doneBytes, i18n.language),
      total: formatBytes(progress.totalBytes, i18n.language),
      speed: formatBytes(progress.speed, i18n.language),
    });
    return (
      <div className="download">
        <progress max={progress.totalBytes} value={progress.doneBytes} aria-label={label} />
        <p>
          {label}
          {progress.secondsLeft !== null && ` · ${t('models.timeLeft', { count: Math.ceil(progress.secondsLeft) })}`}
        </p>
        <p className="meta">
          {progress.file} ({formatBytes(progress.fileBytes, i18n.language)}
          {progress.fileTotal ? ` / ${formatBytes(progress.fileTotal, i18n.language)}` : ''})
        </p>
        <button type="button" onClick={onCancel}>
          {t('models.cancel')}
        </button>
      </div>
    );
  }
  if (finished && !finished.ok) return <p className="notice notice-error">{finished.message && wordMessage(t, finished.message)}</p>;
  if (finished?.ok) return <p className="notice">{t('models.installed')}</p>;
  return null;
}
