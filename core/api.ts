/**
 * The one API contract between the reader's interface and Glosa's core.
 *
 * Every transport (Electron IPC through the preload, HTTP in browser mode) serves exactly
 * these methods, and every input is validated with these schemas on the trusted side.
 * This file must stay free of Node and DOM dependencies: the renderer imports it too.
 */
import { z } from 'zod';
import { API_METHODS, type ApiMethod, MAX_IMPORT_BYTES, MAX_IMPORT_FILES, UI_LANGUAGES } from './contract';

export { API_METHODS, type ApiMethod, MAX_IMPORT_BYTES, MAX_IMPORT_FILES, UI_LANGUAGES, isUiLanguage } from './contract';

/** BCP 47 language tag, kept simple: "es", "en", "pt-BR". */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

export const ArticleId = z.number().int().positive();

export const ParagraphRole = z.enum(['heading', 'body', 'boilerplate']);
export type ParagraphRole = z.infer<typeof ParagraphRole>;

export const Sentence = z.object({
  /** Position of the sentence in the article, from 0; the `data-seg` of both panes. */
  n: z.number().int().nonnegative(),
  text: z.string(),
  /** Character range in the article text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Paragraph = z.object({
  role: ParagraphRole,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentences: z.array(Sentence),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const ArticleSummary = z.object({
  id: ArticleId,
  title: z.string(),
  /** The file it came from, or null for pasted text. */
  sourceName: z.string().nullable(),
  importedAt: z.string(),
  sourceLang: LanguageTag,
  targetLang: LanguageTag,
  sentenceCount: z.number().int().nonnegative(),
  /** Search hit context; U+E000 and U+E001 mark the start and end of a match. */
  snippet: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = ArticleSummary.extend({
  text: z.string(),
  paragraphs: z.array(Paragraph),
});
export type Article = z.infer<typeof Article>;

/** Why an import was refused; the interface words each code in the reader's language. */
export const ImportErrorCode = z.enum([
  'empty',
  'binary',
  'too_large',
  'bad_encoding',
  'no_article',
  'bad_docx',
  'unsupported_type',
  'no_text',
]);
export type ImportErrorCode = z.infer<typeof ImportErrorCode>;

export const ImportFile = z.object({
  name: z.string().min(1).max(1024),
  /** The file's bytes, base64-encoded. */
  data: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8),
});
export type ImportFile = z.infer<typeof ImportFile>;

export const ImportResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), name: z.string(), article: ArticleSummary }),
  z.object({ status: z.literal('duplicate'), name: z.string(), article: ArticleSummary }),
  z.object({
    status: z.literal('error'),
    name: z.string(),
    code: ImportErrorCode,
    /** A sentence in English naming the file and the reason. */
    message: z.string(),
  }),
]);
export type ImportResult = z.infer<typeof ImportResult>;

export const UiLanguage = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const Settings = z.object({
  language: UiLanguage,
});
export type Settings = z.infer<typeof Settings>;

export const AppStatus = z.object({
  version: z.string(),
  dataDir: z.string(),
  /** Translation engines available now; empty until an engine is installed. */
  engines: z.array(z.string()),
});
export type AppStatus = z.infer<typeof AppStatus>;

const NoInput = z.object({}).strict();
const ById = z.object({ id: ArticleId }).strict();
const Ok = z.object({ ok: z.literal(true) });

/** Every call the interface can make, with its input and output schemas. */
export const api = {
  getStatus: { input: NoInput, output: AppStatus },
  listArticles: {
    input: z.object({ query: z.string().max(500).optional() }).strict(),
    output: z.array(ArticleSummary),
  },
  getArticle: { input: ById, output: Article },
  importFiles: {
    input: z.object({ files: z.array(ImportFile).min(1).max(MAX_IMPORT_FILES) }).strict(),
    output: z.array(ImportResult),
  },
  importText: {
    input: z
      .object({
        text: z.string().max(MAX_IMPORT_BYTES),
        title: z.string().max(300).optional(),
      })
      .strict(),
    output: ImportResult,
  },
  renameArticle: {
    input: z.object({ id: ArticleId, title: z.string().trim().min(1).max(300) }).strict(),
    output: ArticleSummary,
  },
  deleteArticle: { input: ById, output: Ok },
  restoreArticle: { input: ById, output: ArticleSummary },
  getSettings: { input: NoInput, output: Settings },
  updateSettings: { input: Settings.partial().strict(), output: Settings },
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export const apiMethods: readonly ApiMethod[] = API_METHODS;

export type ApiInput<M extends ApiMethod> = z.input<(typeof api)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof api)[M]['output']>;

/** What the interface sees: one named async method per call. */
export type GlosaApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** Calls that belong to the desktop shell rather than to core. */
export interface GlosaShell {
  /** Opens an http(s) link in the system browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
}

export type GlosaBridge = GlosaApi & GlosaShell;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** The error shape every transport sends back for a failed call. */
export const ApiErrorBody = z.object({
  code: z.enum(['invalid_input', 'not_found', 'storage', 'internal', 'unknown_method']),
  message: z.string(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
