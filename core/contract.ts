/**
 * The parts of the API contract that the renderer needs as values: plain constants with no
 * dependency at all, so that the interface does not ship the schema library. core/api.ts
 * builds its schemas on these.
 */
/**
 * Every API call, in one table: its name, and whether the supervisor may send it again to a
 * restarted backend without doing anything twice (reads, writes that set a value, imports,
 * which recognise a second copy), and whether it only reads the library. The schemas (core/api.ts), the preload, the HTTP client
 * and the supervisor all derive from this; a new call is one row here and one schema there.
 */
export const API_CALLS = {
  getStatus: { retrySafe: true, read: true },
  listArticles: { retrySafe: true, read: true },
  getArticle: { retrySafe: true, read: true },
  importFiles: { retrySafe: true },
  importText: { retrySafe: true },
  renameArticle: { retrySafe: true },
  setArticleLanguages: { retrySafe: true },
  deleteArticle: { retrySafe: false },
  restoreArticle: { retrySafe: false },
  getSettings: { retrySafe: true, read: true },
  updateSettings: { retrySafe: true },
  getEngines: { retrySafe: true, read: true },
  getLanguagePairs: { retrySafe: true, read: true },
  translateArticle: { retrySafe: true },
  cancelTranslation: { retrySafe: true },
  retrySentence: { retrySafe: true },
  getTranslations: { retrySafe: true, read: true },
  setArticleEngine: { retrySafe: true },
  editTranslation: { retrySafe: true },
  revertTranslation: { retrySafe: true },
  listModels: { retrySafe: true, read: true },
  downloadModel: { retrySafe: false },
  cancelDownload: { retrySafe: false },
  importModel: { retrySafe: false },
  uploadModelFile: { retrySafe: false },
  importUploadedModel: { retrySafe: false },
  verifyModel: { retrySafe: true },
  removeModel: { retrySafe: false },
  translateText: { retrySafe: true },
  listNotes: { retrySafe: true, read: true },
  addNote: { retrySafe: false },
  updateNote: { retrySafe: true },
  deleteNote: { retrySafe: false },
  listGlossary: { retrySafe: true, read: true },
  decideSuggestion: { retrySafe: false },
  addGlossaryEntry: { retrySafe: false },
  updateGlossaryEntry: { retrySafe: true },
  deleteGlossaryEntry: { retrySafe: false },
  mergeGlossaryEntries: { retrySafe: false },
  splitGlossaryEntry: { retrySafe: false },
  importGlossary: { retrySafe: false },
  exportGlossary: { retrySafe: true },
  termOccurrences: { retrySafe: true },
  lookUpWord: { retrySafe: true, read: true },
  translateWord: { retrySafe: true },
  fixTerm: { retrySafe: false },
  retranslateSentences: { retrySafe: true },
  exportArticles: { retrySafe: false },
  cancelExport: { retrySafe: false },
} as const satisfies Record<string, { retrySafe: boolean; read?: true }>;

export type ApiMethod = keyof typeof API_CALLS;
export const API_METHODS = Object.keys(API_CALLS) as ApiMethod[];

/**
 * Electron's context bridge keeps only the message of an error thrown across it, so the
 * preload writes a failed call's error body into the message behind this mark, and the
 * interface reads it back (renderer/src/api.ts).
 */
export const BRIDGED_ERROR_MARK = 'glosa-error:';

/**
 * The languages Glosa reads articles in (each has rules in core/languages/), and the two it
 * translates into. ISO 639-1 codes, as the language detector gives them.
 */
export const SOURCE_LANGUAGES = ['es', 'fr', 'it', 'pt', 'de', 'ru', 'uk', 'en'] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];
export const TARGET_LANGUAGES = ['en', 'es'] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];
export function isTargetLanguage(value: unknown): value is TargetLanguage {
  return typeof value === 'string' && (TARGET_LANGUAGES as readonly string[]).includes(value);
}

/** A BCP 47 language tag, kept simple: "es", "en", "pt-BR". */
export const LanguageTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const UI_LANGUAGES = ['system', 'en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export const ENGINE_IDS = ['opus-mt', 'apertium'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];
export const ENGINE_CHOICES = ['auto', ...ENGINE_IDS] as const;
export type EngineChoice = (typeof ENGINE_CHOICES)[number];

export function isEngineChoice(value: unknown): value is EngineChoice {
  return typeof value === 'string' && (ENGINE_CHOICES as readonly string[]).includes(value);
}

export const MODEL_DTYPES = ['q8', 'fp32'] as const;
export type ModelDtype = (typeof MODEL_DTYPES)[number];

/** The largest file Glosa imports. News articles are far smaller. */
/** 20 MB (decimal, as sizes are shown): no news article comes near it. */
export const MAX_IMPORT_BYTES = 20_000_000;
/** One piece of a model file sent from a browser: well inside a request's limit once base64-encoded. */
export const MODEL_CHUNK_BYTES = 8_000_000;
/** The largest number of files in one import request. */
export const MAX_IMPORT_FILES = 500;
/** The longest translation a reader can type for one sentence. */
export const MAX_EDIT_CHARS = 20_000;

export function isEngineId(value: unknown): value is EngineId {
  return typeof value === 'string' && (ENGINE_IDS as readonly string[]).includes(value);
}

export const READER_LAYOUTS = ['side', 'interleaved', 'source', 'translation'] as const;
export type ReaderLayout = (typeof READER_LAYOUTS)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const MAX_NOTE_CHARS = 10_000;

export const TERM_KINDS = ['person', 'place', 'organization', 'term'] as const;
export type TermKind = (typeof TERM_KINDS)[number];
export const GLOSSARY_STATUSES = ['suggested', 'accepted', 'rejected'] as const;
export type GlossaryStatus = (typeof GLOSSARY_STATUSES)[number];
export const GLOSSARY_MODES = ['enforce', 'hint'] as const;
export type GlossaryMode = (typeof GLOSSARY_MODES)[number];

/**
 * The export formats, one row each: its file, and whether it can be bundled with the TMX
 * and the glossary. `fileName` is fixed for the glossary's own files; the others are named
 * after the article. The row's format is also its module, core/export/formats/<format>.ts,
 * which renders it; the Export dialog, the CLI's help and the MIME types come from here.
 */
export const EXPORTERS = {
  html: { extension: 'html', mime: 'text/html', bundleable: true, fileName: null },
  md: { extension: 'md', mime: 'text/markdown', bundleable: true, fileName: null },
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bundleable: true, fileName: null },
  pdf: { extension: 'pdf', mime: 'application/pdf', bundleable: true, fileName: null },
  tmx: { extension: 'tmx', mime: 'application/x-tmx+xml', bundleable: false, fileName: null },
  tbx: { extension: 'tbx', mime: 'application/x-tbx+xml', bundleable: false, fileName: 'glossary.tbx' },
  csv: { extension: 'csv', mime: 'text/csv', bundleable: false, fileName: 'glossary.csv' },
  anki: { extension: 'csv', mime: 'text/csv', bundleable: false, fileName: 'glossary-anki.csv' },
} as const satisfies Record<string, { extension: string; mime: string; bundleable: boolean; fileName: string | null }>;
export type ExportFormatName = keyof typeof EXPORTERS;
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as [ExportFormatName, ...ExportFormatName[]];
export const BUNDLEABLE_FORMATS = EXPORT_FORMATS.filter((f) => EXPORTERS[f].bundleable);
/** What a bundle holds beside the document itself. */
export const BUNDLE_EXTRAS: readonly ExportFormatName[] = ['tmx', 'csv', 'tbx'];

/** A paragraph of an imported article, with the structure its format made explicit (a heading in HTML, Markdown or Word). */
/**
 * A caption is a photo's, under it: the page's, not the article's running text. A link is a
 * block that is one link and nothing else (a pointer to another page: a related article's
 * headline). Loose text stands outside the page's paragraphs (in a <div>, not a <p>).
 */
export type BlockHint = 'heading' | 'list' | 'caption' | 'link' | 'loose' | 'standfirst' | 'aside' | 'row' | 'code';
export type Block = { text: string; hint?: BlockHint };

/** The file types an article is imported from; the importer reads each, the interface offers them. */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx'] as const;
