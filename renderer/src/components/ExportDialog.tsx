import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../core/api';
import { EXPORTERS, EXPORT_FORMATS, type ExportFormatName } from '../../../core/contract';
import { glosa } from '../api';
import { useEvents } from '../useEvents';
import { Modal } from './Modal';
import { describeError } from '../messages';

type Props = { open: boolean; onClose: () => void; articles: ArticleSummary[]; openId: number | null };

function download(name: string, base64: string, mime: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Export one or many articles, with the reader's edits, notes and glossary. */
export function ExportDialog({ open, onClose, articles, openId }: Props) {
  const { t } = useTranslation();
  const [ids, setIds] = useState<number[]>([]);
  const [format, setFormat] = useState<ExportFormatName>('html');
  const [layout, setLayout] = useState<'side' | 'interleaved'>('side');
  const [includeNotes, setNotes] = useState(true);
  const [includeGlossary, setGlossary] = useState(true);
  const [includeBoilerplate, setBoilerplate] = useState(false);
  const [translationOnly, setTranslationOnly] = useState(false);
  const [bundle, setBundle] = useState(false);
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    if (open) {
      setIds(openId !== null ? [openId] : []);
      setMessage(null);
    }
  }, [open, openId]);
  useEvents((events) => {
    for (const e of events) if (e.type === 'export-progress' && busy) setBusy({ done: e.done, total: e.total });
  });

  const run = async () => {
    setBusy({ done: 0, total: ids.length });
    setMessage(null);
    try {
      const options = { ids, layout, includeNotes, includeGlossary, includeBoilerplate, translationOnly, bundle: bundle && ids.length > 1 };
      let file = await glosa.exportArticles({ ...options, format: format === 'pdf' && !options.bundle ? 'html' : format });
      if (format === 'pdf' && !options.bundle) {
        // The desktop app prints with its own engine; browser mode asks the server.
        const pdf = await glosa.printToPdf(new TextDecoder().decode(Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0))));
        file = pdf ? { name: file.name.replace(/\.html$/, '.pdf'), data: pdf, mime: 'application/pdf' } : await glosa.exportArticles({ ...options, format: 'pdf' });
      }
      download(file.name, file.data, file.mime);
      setMessage({ text: t('export.done', { name: file.name }), error: false });
    } catch (error) {
      setMessage({ text: describeError(t, error), error: true });
    } finally {
      setBusy(null);
    }
  };

  const check = (label: string, value: boolean, set: (v: boolean) => void, disabled = false) => (
    <label className="toggle">
      <input type="checkbox" checked={value} disabled={disabled} onChange={(e) => set(e.target.checked)} /> {label}
    </label>
  );

  return (
    <Modal open={open} onClose={onClose} title={t('export.title')}>
      <fieldset className="export-articles">
        <legend>{t('export.articles')}</legend>
        {articles.map((a) => (
          <label key={a.id} className="toggle">
            <input type="checkbox" checked={ids.includes(a.id)} onChange={(e) => setIds((list) => (e.target.checked ? [...list, a.id] : list.filter((x) => x !== a.id)))} /> {a.title}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('export.format')}
        <select value={format} onChange={(e) => setFormat(EXPORT_FORMATS.find((f) => f === e.target.value) ?? 'html')}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`export.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('view.layout')}
        <select value={layout} onChange={(e) => setLayout(e.target.value === 'interleaved' ? 'interleaved' : 'side')}>
          <option value="side">{t('view.layouts.side')}</option>
          <option value="interleaved">{t('view.layouts.interleaved')}</option>
        </select>
      </label>
      {check(t('export.notes'), includeNotes, setNotes)}
      {check(t('export.glossary'), includeGlossary, setGlossary)}
      {check(t('export.boilerplate'), includeBoilerplate, setBoilerplate)}
      {check(t('export.translationOnly'), translationOnly, setTranslationOnly)}
      {check(t('export.bundle'), bundle, setBundle, ids.length < 2 || !EXPORTERS[format].bundleable)}
      <div className="row">
        <button type="button" disabled={!ids.length || busy !== null} onClick={() => void run()}>
          {t('export.run')}
        </button>
        {busy && (
          <>
            <progress max={busy.total} value={busy.done} aria-label={t('export.progress', busy)} />
            <button type="button" className="quiet" onClick={() => void glosa.cancelExport({})}>
              {t('models.cancel')}
            </button>
          </>
        )}
      </div>
      {message && (
        <p className={`notice ${message.error ? 'notice-error' : ''}`} role="status">
          {message.text}
        </p>
      )}
    </Modal>
  );
}
