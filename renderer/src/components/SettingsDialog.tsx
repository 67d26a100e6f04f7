import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnginesState, ModelInfo, Settings } from '../../../core/api';
import { TARGET_LANGUAGES, isEngineChoice, isTargetLanguage, isUiLanguage } from '../../../core/contract';
import { ApiCallError, canPickFolders, glosa } from '../api';
import { sendModelFolder } from '../files';
import { formatBytes } from '../../../core/text/bytes';
import { useDownload } from '../useDownload';
import { useEvents } from '../useEvents';
import { EngineOptions } from './EngineOptions';
import { DownloadStatus } from './DownloadStatus';
import { Modal } from './Modal';
import { describeError, wordMessage } from '../messages';

/** Whether this browser lets a page pick a folder (as files: the page never learns its path). */
const browserFolders = typeof HTMLInputElement !== 'undefined' && 'webkitdirectory' in HTMLInputElement.prototype;

type Props = {
  open: boolean;
  onClose: () => void;
  settings: Settings;
  onChange: (changes: Partial<Settings>) => Promise<void>;
  dataDir: string;
  engines: EnginesState | null;
  onModelsChanged: () => void;
};

export function SettingsDialog({ open, onClose, settings, onChange, dataDir, engines, onModelsChanged }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={open} onClose={onClose} title={t('settings.title')}>
      <label className="field">
        {t('settings.language')}
        <select value={settings.language} onChange={(e) => isUiLanguage(e.target.value) && void onChange({ language: e.target.value })}>
          <option value="system">{t('settings.system')}</option>
          <option value="en">{t('settings.english')}</option>
          <option value="es">{t('settings.spanish')}</option>
        </select>
      </label>
      <label className="field">
        {t('languages.readingLanguage')}
        <select value={settings.readingLanguage} onChange={(e) => isTargetLanguage(e.target.value) && void onChange({ readingLanguage: e.target.value })} aria-describedby="reading-language-hint">
          {TARGET_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`languages.names.${code}`)}
            </option>
          ))}
        </select>
        <span id="reading-language-hint" className="hint">
          {t('languages.readingLanguageHint')}
        </span>
      </label>
      <h3 className="section">{t('settings.translation')}</h3>
      <label className="field">
        {t('settings.engine')}
        <select value={settings.engine} onChange={(e) => isEngineChoice(e.target.value) && void onChange({ engine: e.target.value })}>
          <option value="auto">{t('settings.engineAuto', { engine: engines?.automatic ? t(`engines.${engines.automatic}`) : t('engines.none') })}</option>
          <EngineOptions />
        </select>
      </label>
      {engines && (
        <ul className="engine-list">
          {engines.engines.map((e) => (
            <li key={e.id}>
              <strong>{t(`engines.${e.id}`)}</strong>: {e.available ? `${t('engines.ready')} (${wordMessage(t, e.detail)})` : wordMessage(t, e.detail)}
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        {t('settings.dtype')}
        <select value={settings.dtype} onChange={(e) => void onChange({ dtype: e.target.value === 'fp32' ? 'fp32' : 'q8' })}>
          <option value="q8">{t('settings.q8')}</option>
          <option value="fp32">{t('settings.fp32')}</option>
        </select>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={settings.offline} onChange={(e) => void onChange({ offline: e.target.checked })} /> {t('settings.offline')}
      </label>
      {open && <ModelsPanel settings={settings} onChanged={onModelsChanged} />}
      <p className="field">
        {t('settings.dataDir')} <code>{dataDir}</code>
      </p>
    </Modal>
  );
}

function ModelsPanel({ settings, onChanged }: { settings: Settings; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [models, setModels] = useState<ModelInfo[]>([]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  /** The folder typed for each model, by its id. */
  const [folders, setFolders] = useState<Record<string, string>>({});
  const download = useDownload();
  const folderInputs = useRef(new Map<string, HTMLInputElement>());

  const refresh = () => glosa.listModels({}).then(setModels, (e: unknown) => setMessage({ text: describeError(t, e), error: true }));
  useEffect(() => {
    void refresh();
  }, []);
  useEvents((events) => {
    if (events.some((e) => e.type === 'download-finished')) {
      void refresh();
      onChanged();
    }
  });

  const act = async (run: () => Promise<unknown>, done: string) => {
    setMessage(null);
    try {
      await run();
      setMessage({ text: done, error: false });
    } catch (error) {
      setMessage({ text: describeError(t, error), error: true });
    }
    await refresh();
    onChanged();
  };

  return (
    <div className="models">
      <h3 className="section">{t('models.title')}</h3>
      {models.map((m) => {
        const current = m.dtypes.find((d) => d.dtype === settings.dtype)!;
        return (
          <div key={m.id} className="model" role="group" aria-label={t('models.pair', { from: t(`languages.names.${m.sourceLang}`, { defaultValue: m.sourceLang }), to: t(`languages.names.${m.targetLang}`, { defaultValue: m.targetLang }) })}>
            <p>
              <strong>{m.repo}</strong> <span className="meta">({m.revision.slice(0, 7)})</span>
            </p>
            <ul>
              {m.dtypes.map((d) => (
                <li key={d.dtype}>
                  {d.dtype}: {t(`models.status.${d.status}`)} · {formatBytes(d.bytes, i18n.language)}
                  {d.problem && <span className="meta"> · {wordMessage(t, d.problem)}</span>}
                </li>
              ))}
            </ul>
            <div className="row">
              {current.status !== 'installed' && current.status !== 'downloading' && !download.progress && !download.connecting && (
                <button type="button" disabled={settings.offline} onClick={() => download.start(() => glosa.downloadModel({ id: m.id, dtype: settings.dtype }))}>
                  {current.status === 'partial' ? t('models.resume') : t('models.downloadDtype', { dtype: settings.dtype, size: formatBytes(current.bytes, i18n.language) })}
                </button>
              )}
              {/* Only what is there can be checked or removed. */}
              {m.dtypes.some((d) => d.status === 'installed' || d.status === 'corrupt') && (
                <button type="button" onClick={() => void act(() => glosa.verifyModel({ id: m.id }), t('models.verified'))}>
                  {t('models.verify')}
                </button>
              )}
              {m.dtypes.some((d) => d.status !== 'missing' && d.status !== 'downloading') && (
                <button type="button" onClick={() => void act(() => glosa.removeModel({ id: m.id }), t('models.removed'))}>
                  {t('models.remove')}
                </button>
              )}
            </div>
            {settings.offline && current.status !== 'installed' && <p className="meta">{t('models.offline')}</p>}
            <DownloadStatus download={download} onCancel={() => void glosa.cancelDownload({ id: m.id })} />
            <form
              className="row"
              onSubmit={async (e) => {
                e.preventDefault();
                const picked = (folders[m.id] ?? '').trim() || (canPickFolders ? await glosa.pickFolder() : null);
                if (picked) await act(() => glosa.importModel({ id: m.id, path: picked }), t('models.imported'));
                else if (!canPickFolders) setMessage({ text: t('models.folderNeeded'), error: true });
              }}
            >
              <input
                aria-label={t('models.folder')}
                aria-describedby={canPickFolders ? undefined : `folder-hint-${m.id}`}
                placeholder={t(canPickFolders ? 'models.folderPlaceholder' : 'models.folderPathPlaceholder')}
                value={folders[m.id] ?? ''}
                onChange={(e) => setFolders((f) => ({ ...f, [m.id]: e.target.value }))}
              />
              <button type="submit">{t('models.import')}</button>
            </form>
            {!canPickFolders && browserFolders && (
              <>
                <button type="button" onClick={() => folderInputs.current.get(m.id)?.click()}>
                  {t('models.chooseFolder')}
                </button>
                <input
                  ref={(el) => {
                    // A browser gives the files of a folder, not its path: they are copied into Glosa.
                    el?.setAttribute('webkitdirectory', '');
                    if (el) folderInputs.current.set(m.id, el);
                  }}
                  type="file"
                  hidden
                  data-testid={`model-folder-${m.id}`}
                  onChange={async (e) => {
                    const files = [...(e.target.files ?? [])];
                    e.target.value = '';
                    if (!files.length) return;
                    await act(async () => {
                      const found = await sendModelFolder(files, m.files, (file, offset, data) => glosa.uploadModelFile({ id: m.id, file, offset, data }), (done, total) =>
                        setMessage({ text: t('models.copying', { done: formatBytes(done, i18n.language), total: formatBytes(total, i18n.language) }), error: false }),
                      );
                      if (!found) throw ApiCallError.of('invalid_input', 'folderNoWeights', { path: files[0]!.webkitRelativePath.split('/')[0] ?? '', repo: m.repo, expected: m.files.filter((f) => f.endsWith('.onnx')).join(', ') });
                      await glosa.importUploadedModel({ id: m.id });
                    }, t('models.imported'));
                  }}
                />
              </>
            )}
            {!canPickFolders && (
              <p className="meta" id={`folder-hint-${m.id}`}>
                {t(browserFolders ? 'models.folderPickOrPathHint' : 'models.folderPathHint')}
              </p>
            )}
          </div>
        );
      })}
      {message && <p className={`notice ${message.error ? 'notice-error' : ''}`}>{message.text}</p>}
    </div>
  );
}
