/**
 * The parts of the API contract that the renderer needs as values: plain constants with no
 * dependency at all, so that the interface does not ship the schema library. core/api.ts
 * builds its schemas on these.
 */
export const API_METHODS = [
  'getStatus',
  'listArticles',
  'getArticle',
  'importFiles',
  'importText',
  'renameArticle',
  'deleteArticle',
  'restoreArticle',
  'getSettings',
  'updateSettings',
  'getEngines',
  'translateArticle',
  'cancelTranslation',
  'retrySentence',
  'getTranslations',
  'setArticleEngine',
  'editTranslation',
  'revertTranslation',
  'listModels',
  'downloadModel',
  'cancelDownload',
  'importModel',
  'verifyModel',
  'removeModel',
  'translateText',
  'listNotes',
  'addNote',
  'updateNote',
  'deleteNote',
  'listGlossary',
  'decideSuggestion',
  'addGlossaryEntry',
  'updateGlossaryEntry',
  'deleteGlossaryEntry',
  'mergeGlossaryEntries',
  'splitGlossaryEntry',
  'importGlossary',
  'exportGlossary',
  'termOccurrences',
  'fixTerm',
  'retranslateSentences',
  'exportArticles',
  'cancelExport',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

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
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
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

export const EXPORT_FORMATS = ['html', 'md', 'docx', 'pdf', 'tmx', 'tbx', 'csv', 'anki'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];
