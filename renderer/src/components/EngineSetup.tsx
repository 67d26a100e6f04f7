import { useTranslation } from 'react-i18next';
import type { EngineId, EnginesState } from '../../../core/api';
import { glosa } from '../api';
import { useDownload } from '../useDownload';
import { DownloadStatus } from './DownloadStatus';
import { usePairModel } from '../reader/usePairModel';

type Props = { engines: EnginesState | null; choice: EngineId | null; onOpenSettings: () => void; problem: string | null; pair: { from: string; to: string } };

/** The honest "no engine" state: what is missing and how to get it. */
export function EngineSetup({ engines, choice, onOpenSettings, problem, pair }: Props) {
  const { t } = useTranslation();
  const download = useDownload();
  // The model for the article's pair, where the manifest has one.
  const model = usePairModel(pair.from, pair.to);
  const opus = engines?.engines.find((e) => e.id === 'opus-mt');
  const apertium = engines?.engines.find((e) => e.id === 'apertium');
  return (
    <div className="engine-empty">
      <h3>{t('reader.noEngineTitle')}</h3>
      <p>{choice ? t('reader.chosenUnavailable', { engine: t(`engines.${choice}`) }) : t('reader.noEngineBody')}</p>
      {problem && <p className="notice notice-error">{problem}</p>}
      <ul className="engine-list">
        {opus && (
          <li>
            <strong>{t('engines.opus-mt')}</strong>: {opus.available ? t('engines.ready') : opus.detail}
            {model && !model.dtypes.some((d) => d.status === 'installed') && !download.progress && !download.connecting && (
              <p>
                <button type="button" onClick={() => download.start(() => glosa.downloadModel({ id: model.id }))}>
                  {t('models.download')}
                </button>{' '}
                <span className="meta">{t('models.downloadHint')}</span>
              </p>
            )}
            {model && <DownloadStatus download={download} onCancel={() => void glosa.cancelDownload({ id: model.id })} />}
          </li>
        )}
        {apertium && (
          <li>
            <strong>{t('engines.apertium')}</strong>: {apertium.available ? t('engines.ready') : apertium.detail}
          </li>
        )}
      </ul>
      <button type="button" className="link" onClick={onOpenSettings}>
        {t('models.manage')}
      </button>
    </div>
  );
}
