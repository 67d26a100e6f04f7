/**
 * Schema versions, applied in order inside a transaction each. `PRAGMA user_version`
 * records the last one applied. Never edit a released migration: add the next one.
 */
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        source_name TEXT,
        source_lang TEXT NOT NULL DEFAULT 'es',
        target_lang TEXT NOT NULL DEFAULT 'en',
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        -- The importer's structure hints, one per block: JSON array of null | "heading" | "list".
        block_hints TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        deleted_at TEXT,
        segmenter_version INTEGER NOT NULL,
        sentence_count INTEGER NOT NULL
      );
      CREATE INDEX articles_by_hash ON articles (content_hash);
      CREATE INDEX articles_by_date ON articles (imported_at);

      CREATE TABLE paragraphs (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('heading', 'body', 'boilerplate')),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;

      CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        paragraph_idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        UNIQUE (article_id, n)
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      -- Accent- and case-insensitive search: "Volodimir" finds "Volodímir".
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `,
  },
];
