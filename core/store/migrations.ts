/**
 * Schema versions, applied in order inside a transaction each. `PRAGMA user_version`
 * records the last one applied. Never edit a released migration: add the next one.
 */
// Stryker disable all: the schema is read once, when the module loads, so a mutant of it can
// never be switched on under a running test; every test that opens a library exercises it.
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
        -- The importer's structure hints, one per block: JSON array of null or a BlockHint ("heading", "list", …).
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
  {
    version: 2,
    sql: `
      -- Machine translations, shared by every article: one per engine, model revision and
      -- normalised source sentence. Reopening an article, or segmenting it again, finds them.
      CREATE TABLE translations (
        id INTEGER PRIMARY KEY,
        engine TEXT NOT NULL,
        model_revision TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source_hash TEXT NOT NULL,
        target_text TEXT NOT NULL,
        unknown_words TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        UNIQUE (engine, model_revision, source_lang, target_lang, source_hash)
      );

      -- The reader's own English for a sentence of an article. Keyed by the sentence's text,
      -- so that it follows the sentence when the article is segmented again.
      CREATE TABLE edits (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        source_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (article_id, source_hash)
      ) WITHOUT ROWID;

      -- An article's own engine; NULL follows the global setting.
      ALTER TABLE articles ADD COLUMN engine TEXT;
    `,
  },
  {
    version: 3,
    sql: `
      -- The reader's notes: on a sentence, or on a span of it, in either language. Anchored
      -- by the sentence's text, so that they follow it when the article is segmented again.
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        source_hash TEXT NOT NULL,
        -- Where the sentence began when the note was made: the fallback anchor if a new
        -- segmenter cuts that sentence differently.
        anchor_start INTEGER NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('source', 'target')),
        quote TEXT,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX notes_by_article ON notes (article_id);
    `,
  },
  {
    version: 4,
    sql: `
      -- Each sentence's normalised-text hash, the key of its translations, edits and notes.
      -- Derivable from the text, but hashing a long article on every open is too slow.
      -- Rows from before this version are filled in when their article is next read.
      ALTER TABLE segments ADD COLUMN source_hash TEXT;
    `,
  },
  {
    version: 5,
    sql: `
      -- Names and terms found in each article, counted per spelling: the ground the
      -- glossary's suggestions are built from, kept up to date one article at a time.
      CREATE TABLE term_index (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        -- JSON array of [key, form, kind, count, initial, afterPreposition, afterTitle].
        occurrences TEXT NOT NULL
      );

      -- The reader's glossary: accepted and rejected entries (suggestions are computed).
      CREATE TABLE glossary_entries (
        id INTEGER PRIMARY KEY,
        canonical TEXT NOT NULL,
        target TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'place', 'organization', 'term')),
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
        mode TEXT NOT NULL CHECK (mode IN ('enforce', 'hint')),
        scope_article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
        source_lang TEXT NOT NULL DEFAULT 'es',
        target_lang TEXT NOT NULL DEFAULT 'en',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Every spelling of an entry, with the key spellings meet under.
      CREATE TABLE glossary_variants (
        entry_id INTEGER NOT NULL REFERENCES glossary_entries (id) ON DELETE CASCADE,
        form TEXT NOT NULL,
        key TEXT NOT NULL,
        UNIQUE (entry_id, form)
      );
      CREATE INDEX glossary_variants_by_key ON glossary_variants (key);

      -- The check of each matched term in each translated sentence.
      CREATE TABLE term_checks (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        source_hash TEXT NOT NULL,
        entry_id INTEGER NOT NULL REFERENCES glossary_entries (id) ON DELETE CASCADE,
        ok INTEGER NOT NULL,
        rendering TEXT,
        checked_at TEXT NOT NULL,
        PRIMARY KEY (article_id, source_hash, entry_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    sql: `
      -- Whether the language detector was sure of the article's language (0: the reader is
      -- asked to check it). Articles from before were all read as Spanish, and are left so.
      ALTER TABLE articles ADD COLUMN source_lang_sure INTEGER NOT NULL DEFAULT 1;
    `,
  },
  {
    version: 7,
    sql: `
      -- Term checks are worked out whenever a sentence is shown; a stored copy was read by nothing.
      DROP TABLE term_checks;
    `,
  },
  {
    version: 8,
    sql: `
      -- The index now records the sentences each spelling was met in (the glossary lists and
      -- counts occurrences from it): articles indexed before are indexed again, in the background.
      DELETE FROM term_index;
    `,
  },
  {
    version: 9,
    sql: `
      -- The index now weighs what the language's dictionary says of each word, the adjectives of
      -- countries and the short names given in brackets: articles are indexed again, in the background.
      DELETE FROM term_index;
    `,
  },
  {
    version: 10,
    sql: `
      -- The index now counts the names met after a definite article ("la Guardia Costera"), which
      -- tells an institution from a person: articles are indexed again, in the background.
      DELETE FROM term_index;
    `,
  },
  {
    version: 11,
    sql: `
      -- The index now tells an institution from a person by the given names of the human-names
      -- lists, by the noun that introduces a name ("la agencia Reuters") and by names whose words
      -- are all ordinary ones ("Poder Judicial"): articles are indexed again, in the background.
      DELETE FROM term_index;
    `,
  },
  {
    version: 12,
    sql: `
      -- The index now reads a name after a place noun as a place ("la provincia de Matanzas"),
      -- takes titles off institutions' names ("Presidente de la República") and keeps a given name
      -- that opens its sentence: articles are indexed again, in the background.
      DELETE FROM term_index;
    `,
  },
  {
    version: 13,
    sql: `
      -- The index now keeps words in single quotes apart from the name beside them ("el ‘Tata’
      -- Martino", "Gerardo 'el Tata' Martino"), reads the first word of a quote opened after a colon as a sentence's first, a
      -- company's legal form as an organisation's ("… Holdings"), lists of places whose
      -- preposition is said again ("en X, en Y y el Z"), a place noun and its number as a place
      -- ("la Comuna 13"), a title's portfolio as no part of the institution after it ("secretario
      -- de Organización del Comité Central"), a person's name after a place's as its own ("la
      -- Plaza de la Revolución José Martí") and a short sentence holding a long name as no
      -- headline: articles are indexed again, in the background.
      DELETE FROM term_index;
    `,
  },
  {
    version: 14,
    sql: `
      -- The index now counts a name after a preposition of where a thing happens ("en Sucre") and
      -- one word the language's dictionary lists as a name ("Navarra", "Pérez"), reads a name led
      -- by a place's noun as a place ("Palacio de Gobierno"), one led by a document's or an event's
      -- as a term ("Estatuto de Roma"), a news agency as an organisation ("Europa Press") and a
      -- listed name in brackets as where the name before it lies ("(Girona)"): articles are
      -- indexed again, in the background.
      DELETE FROM term_index;
    `,
  },
];
