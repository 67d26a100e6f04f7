import type { Handlers, Services } from './services';

/** The reader's notes on sentences. */
export function noteHandlers({ notes }: Services) {
  return {
    listNotes: async ({ id }) => notes.list(id),
    addNote: async ({ id, n, side, quote, body }) => notes.add(id, n, side, quote ?? null, body),
    updateNote: async ({ noteId, body }) => notes.update(noteId, body),
    deleteNote: async ({ noteId }) => {
      notes.delete(noteId);
      return { ok: true as const };
    },
  } satisfies Handlers<'listNotes' | 'addNote' | 'updateNote' | 'deleteNote'>;
}
