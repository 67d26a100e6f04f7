import type { EngineId } from '../contract';
import type { Database } from './database';

export type StoredTranslation = { text: string; unknownWords: string[] };
export type EngineKey = { engine: EngineId; revision: string; sourceLang: string; targetLang: string };

/** The machine translation cache and the reader's edits. */
export class TranslationRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  find(key: EngineKey, hashes: string[]): Map<string, StoredTranslation> {
    const found = new Map<string, StoredTranslation>();
    const unique = [...new Set(hashes)];
    for (let i = 0; i < unique.length; i += 200) {
      const chunk = unique.slice(i, i + 200);
      const rows = this.db.all<{ source_hash: string; target_text: string; unknown_words: string }>(
        `SELECT source_hash, target_text, unknown_words FROM translations
         WHERE engine = ? AND model_revision = ? AND source_lang = ? AND target_lang = ?
           AND source_hash IN (${chunk.map(() => '?').join(',')})`,
        [key.engine, key.revision, key.sourceLang, key.targetLang, ...chunk],
      );
      for (const r of rows) found.set(r.source_hash, { text: r.target_text, unknownWords: JSON.parse(r.unknown_words) as string[] });
    }
    return found;
  }

  save(key: EngineKey, entries: { hash: string; text: string; unknownWords: string[] }[]): void {
    if (!entries.length) return;
    const at = this.now().toISOString();
    this.db.cacheTransaction(() => {
      for (const e of entries) {
        this.db.run(
          `INSERT INTO translations (engine, model_revision, source_lang, target_lang, source_hash, target_text, unknown_words, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (engine, model_revision, source_lang, target_lang, source_hash)
           DO UPDATE SET target_text = excluded.target_text, unknown_words = excluded.unknown_words`,
          [key.engine, key.revision, key.sourceLang, key.targetLang, e.hash, e.text, JSON.stringify(e.unknownWords), at],
        );
      }
    });
  }

  edits(articleId: number): Map<string, string> {
    const rows = this.db.all<{ source_hash: string; text: string }>('SELECT source_hash, text FROM edits WHERE article_id = ?', [articleId]);
    return new Map(rows.map((r) => [r.source_hash, r.text]));
  }

  setEdit(articleId: number, hash: string, text: string): void {
    this.db.transaction(() =>
      this.db.run(
        `INSERT INTO edits (article_id, source_hash, text, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (article_id, source_hash) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
        [articleId, hash, text, this.now().toISOString()],
      ),
    );
  }

  removeEdit(articleId: number, hash: string): void {
    this.db.transaction(() => this.db.run('DELETE FROM edits WHERE article_id = ? AND source_hash = ?', [articleId, hash]));
  }

  articleEngine(articleId: number): EngineId | null {
    const row = this.db.get<{ engine: string | null }>('SELECT engine FROM articles WHERE id = ?', [articleId]);
    return (row?.engine as EngineId | null | undefined) ?? null;
  }

  setArticleEngine(articleId: number, engine: EngineId | null): void {
    this.db.transaction(() => this.db.run('UPDATE articles SET engine = ? WHERE id = ?', [engine, articleId]));
  }
}
