import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../core/api';
import { glosa } from '../api';

type Props = { notes: Note[]; onChanged: () => void; onJump: (n: number) => void; onError: (error: unknown) => void };

/** Every note on the open article, in reading order, with edit, delete and jump-to. */
export function NotesPanel({ notes, onChanged, onJump, onError }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onChanged();
    } catch (error) {
      onError(error);
    }
  };
  return (
    <aside className="notes" aria-label={t('notes.label')}>
      <h2>{t('notes.label')}</h2>
      {notes.length === 0 && <p className="empty">{t('notes.empty')}</p>}
      <ul>
        {notes.map((note) => (
          <li key={note.id} id={`note-${note.id}`}>
            <button type="button" className="link" onClick={() => onJump(note.n)}>
              {t('notes.sentence', { n: note.n + 1 })} · {t(`notes.side.${note.side}`)}
            </button>
            {note.quote && <q className="quote">{note.quote}</q>}
            {editing === note.id ? (
              <form
                onSubmit={async (e) => {
                  e.preventDefault();
                  if (!draft.trim()) return;
                  await run(() => glosa.updateNote({ noteId: note.id, body: draft }));
                  setEditing(null);
                }}
              >
                <textarea aria-label={t('notes.body')} value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} autoFocus />
                <div className="row">
                  <button type="submit">{t('notes.save')}</button>
                  <button type="button" className="quiet" onClick={() => setEditing(null)}>
                    {t('reader.cancel')}
                  </button>
                </div>
              </form>
            ) : (
              <>
                <p className="note-body">{note.body}</p>
                <div className="row">
                  <button
                    type="button"
                    className="quiet"
                    onClick={() => {
                      setDraft(note.body);
                      setEditing(note.id);
                    }}
                  >
                    {t('notes.edit')}
                  </button>
                  <button type="button" className="quiet" onClick={() => void run(() => glosa.deleteNote({ noteId: note.id }))}>
                    {t('notes.delete')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
