import { useTranslation } from 'react-i18next';
import type { EngineId, EnginesState } from '../../../core/api';
import { glosa } from '../api';
import { useDownload } from '../useDownload';
import { DownloadStatus } from './DownloadStatus';
import { usePairModel } from '../reader/usePairModel';
import { formatBytes } from '../../../core/text/bytes';
import { wordMessage } from '../messages';

type Props = { engines: EnginesState | null; choice: EngineId | null; onOpenSettings: () => void; problem: string | null; pair: { from: string; to: string };
  /** Engines work here, but none for this pair. */
  pairOnly?: boolean;
};

/** The honest "no engine" state: what is missing and how to get it. */
export function EngineSetup({ engines, choice, onOpenSettings, problem, pair, pairOnly = false }: Props) {
  const { t, i18n } = useTranslation();
  const download = useDownload();
  // The model for the article's pair, where the manifest has one.
  const { model, apertiumPackage } = usePairModel(pair.from, pair.to);
  const opus = engines?.engines.find((e) => e.id === 'opus-mt');
  const apertium = engines?.engines.find((e) => e.id === 'apertium');
  return (
    <div className="engine-empty">
      {pairOnly ? (
        <p className="notice">
          {t('languages.noPair', { from: t(`languages.names.${pair.from}`, { defaultValue: pair.from }), to: t(`languages.names.${pair.to}`, { defaultValue: pair.to }) })}
          {!model && !apertiumPackage && ` ${t('languages.noneKnown')}`}
        </p>
      ) : (
        <>
          <h3>{t('reader.noEngineTitle')}</h3>
          <p>{choice ? t('reader.chosenUnavailable', { engine: t(`engines.${choice}`) }) : t('reader.noEngineBody')}</p>
        </>
      )}
      {problem && <p className="notice notice-error">{problem}</p>}
      <ul className="engine-list">
        {opus && (
          <li>
            <strong>{t('engines.opus-mt')}</strong>: {opus.available ? t('engines.ready') : wordMessage(t, opus.detail)}
            {model && !download.progress && !download.connecting && (
              <p>
                {t('models.needed', { model: model.id })}{' '}
                <button type="button" onClick={() => download.start(() => glosa.downloadModel({ id: model.id }))}>
                  {t('models.download')}
                </button>{' '}
                <span className="meta">{t('models.downloadHint', { size: formatBytes(model.dtypes.find((d) => d.dtype === 'q8')?.bytes ?? 0, i18n.language) })}</span>
              </p>
            )}
            {model && <DownloadStatus download={download} onCancel={() => void glosa.cancelDownload({ id: model.id })} />}
          </li>
        )}
        {apertium && (
          <li>
            <strong>{t('engines.apertium')}</strong>: {!apertium.available ? wordMessage(t, apertium.detail) : pairOnly ? t('engines.withoutPair') : t('engines.ready')}
            {apertiumPackage && (!apertium.available || pairOnly) && <p>{t('engines.installPackage', { pkg: apertiumPackage })}</p>}
          </li>
        )}
      </ul>
      <button type="button" className="link" onClick={onOpenSettings}>
        {t('models.manage')}
      </button>
    </div>
  );
}
