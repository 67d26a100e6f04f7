import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORTABLE } from '../files';
import { Modal } from './Modal';

type Props = {
  open: boolean;
  onClose: () => void;
  onFiles: (files: File[]) => Promise<void>;
  onText: (text: string, title: string) => Promise<void>;
  progress: { done: number; total: number } | null;
  report: string[];
};

export function ImportDialog({ open, onClose, onFiles, onText, progress, report }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const busy = progress !== null;

  return (
    <Modal open={open} onClose={onClose} title={t('import.title')}>
      <form
        className="paste"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.trim()) return;
          await onText(text, title);
          setText('');
          setTitle('');
        }}
      >
        <label>
          {t('import.titleLabel')}
          <input value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('import.pasteLabel')}
          <textarea data-autofocus rows={7} value={text} placeholder={t('import.pastePlaceholder')} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" disabled={!text.trim() || busy}>
          {t('import.importText')}
        </button>
      </form>
      <div className="file-actions">
        <button type="button" disabled={busy} onClick={() => filesRef.current?.click()}>
          {t('import.chooseFiles')}
        </button>
        <button type="button" disabled={busy} onClick={() => folderRef.current?.click()}>
          {t('import.chooseFolder')}
        </button>
        <p className="hint">{t('import.formats')} {t('import.drop')}.</p>
        <input
          ref={filesRef}
          type="file"
          multiple
          hidden
          data-testid="import-files"
          accept={IMPORTABLE.join(',')}
          onChange={async (e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) await onFiles(files);
          }}
        />
        <input
          ref={(el) => {
            folderRef.current = el;
            // Not in React's typings: lets the picker choose a whole folder.
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          hidden
          data-testid="import-folder"
          onChange={async (e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) await onFiles(files);
          }}
        />
      </div>
      {progress && (
        <div className="progress">
          <progress max={progress.total} value={progress.done} aria-label={t('import.working', progress)} />
          <span>{t('import.working', progress)}</span>
        </div>
      )}
      {report.length > 0 && (
        <ul className="report" aria-live="polite">
          {report.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
