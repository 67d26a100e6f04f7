import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../components/Modal';

export type NoteDraft = { n: number; side: 'source' | 'target'; quote: string | null };

/** Writes a new note on a sentence, or on the words selected in it. */
export function NoteEditor({ draft, onClose, onSave }: { draft: NoteDraft | null; onClose: () => void; onSave: (draft: NoteDraft, body: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  useEffect(() => setBody(''), [draft]);
  return (
    <Modal open={draft !== null} onClose={onClose} title={t('notes.add')}>
      {draft && (
        <form
          className="note-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (body.trim()) await onSave(draft, body);
          }}
        >
          <p className="meta">{draft.quote ? t('notes.onQuote', { quote: draft.quote }) : t('notes.onSentence', { n: draft.n + 1 })}</p>
          <label className="field">
            {t('notes.body')}
            <textarea data-autofocus rows={5} value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          <div className="row">
            <button type="submit" disabled={!body.trim()}>
              {t('notes.save')}
            </button>
            <button type="button" className="quiet" onClick={onClose}>
              {t('reader.cancel')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
