import type { Database } from './database';

export type NoteRow = {
  id: number;
  article_id: number;
  source_hash: string;
  anchor_start: number;
  side: 'source' | 'target';
  quote: string | null;
  body: string;
  created_at: string;
  updated_at: string;
};

export class NoteRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(articleId: number): NoteRow[] {
    return this.db.all<NoteRow>('SELECT * FROM notes WHERE article_id = ? ORDER BY id', [articleId]);
  }

  get(id: number): NoteRow | undefined {
    return this.db.get<NoteRow>('SELECT * FROM notes WHERE id = ?', [id]);
  }

  add(note: { articleId: number; sourceHash: string; anchorStart: number; side: 'source' | 'target'; quote: string | null; body: string }): number {
    const at = this.now().toISOString();
    return this.db.transaction(
      () =>
        this.db.run('INSERT INTO notes (article_id, source_hash, anchor_start, side, quote, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
          note.articleId,
          note.sourceHash,
          note.anchorStart,
          note.side,
          note.quote,
          note.body,
          at,
          at,
        ]).lastInsertRowid,
    );
  }

  update(id: number, body: string): boolean {
    return this.db.transaction(() => this.db.run('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?', [body, this.now().toISOString(), id]).changes > 0);
  }

  delete(id: number): boolean {
    return this.db.transaction(() => this.db.run('DELETE FROM notes WHERE id = ?', [id]).changes > 0);
  }
}
