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
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export const UI_LANGUAGES = ['system', 'en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The largest file Glosa imports. News articles are far smaller. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The largest number of files in one import request. */
export const MAX_IMPORT_FILES = 500;
