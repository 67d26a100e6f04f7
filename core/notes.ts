import type { Note } from './api';
import { GlosaError } from './errors';
import type { Library } from './library';
import type { NoteRepository, NoteRow } from './store/notes';

/** The reader's notes on sentences and spans, kept with their sentences. */
export class Notes {
  constructor(
    private readonly library: Library,
    private readonly store: NoteRepository,
  ) {}

  private sentences(articleId: number) {
    return this.library.sentenceRefs(articleId);
  }

  private toNote(row: NoteRow, sentences: ReturnType<Notes['sentences']>): Note {
    // The sentence with the same text; failing that, the one that now covers where it began.
    const sentence =
      sentences.find((s) => s.hash === row.source_hash) ??
      sentences.find((s) => s.start <= row.anchor_start && row.anchor_start < s.end) ??
      sentences[sentences.length - 1];
    return {
      id: row.id,
      articleId: row.article_id,
      n: sentence?.n ?? 0,
      side: row.side,
      quote: row.quote,
      body: row.body,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  list(articleId: number): Note[] {
    const rows = this.store.list(articleId);
    if (rows.length === 0) return [];
    const sentences = this.sentences(articleId);
    return rows
      .map((row) => this.toNote(row, sentences))
      .sort((a, b) => a.n - b.n || a.id - b.id);
  }

  add(articleId: number, n: number, side: 'source' | 'target', quote: string | null, body: string): Note {
    const sentences = this.sentences(articleId);
    const sentence = sentences.find((s) => s.n === n);
    if (!sentence) throw new GlosaError('not_found', 'sentenceNotFound', { id: articleId, n });
    const id = this.store.add({ articleId, sourceHash: sentence.hash, anchorStart: sentence.start, side, quote: quote?.trim() || null, body: body.trim() });
    return this.toNote(this.store.get(id)!, sentences);
  }

  update(noteId: number, body: string): Note {
    const row = this.store.get(noteId);
    if (!row || !this.store.update(noteId, body.trim())) throw new GlosaError('not_found', 'noteNotFound', { id: noteId });
    return this.toNote(this.store.get(noteId)!, this.sentences(row.article_id));
  }

  delete(noteId: number): void {
    if (!this.store.delete(noteId)) throw new GlosaError('not_found', 'noteNotFound', { id: noteId });
  }
}
