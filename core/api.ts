/**
 * The one API contract between the reader's interface and Glosa's core.
 *
 * Every transport (Electron IPC through the preload, HTTP in browser mode) serves exactly
 * these methods, and every input is validated with these schemas on the trusted side.
 * This file must stay free of Node and DOM dependencies: the renderer imports it too.
 *
 * Why it is one long file: it is the contract, one schema per call, read as a whole when
 * the API changes; split by feature, a reviewer would have to open seven files to see it.
 */
import { z } from 'zod';
import { MESSAGE_KEYS, type Message } from './messages';
import {
  type ApiMethod,
  ENGINE_CHOICES,
  ENGINE_IDS,
  EXPORT_FORMATS,
  MAX_EDIT_CHARS,
  MAX_IMPORT_BYTES,
  MODEL_CHUNK_BYTES,
  MAX_IMPORT_FILES,
  GLOSSARY_MODES,
  GLOSSARY_STATUSES,
  MAX_NOTE_CHARS,
  MODEL_DTYPES,
  TERM_KINDS,
  TARGET_LANGUAGES,
  LanguageTagPattern,
  READER_LAYOUTS,
  THEMES,
  UI_LANGUAGES,
} from './contract';

export * from './contract';

/** BCP 47 language tag, kept simple: "es", "en", "pt-BR". */
export const LanguageTag = z.string().regex(LanguageTagPattern);

/** Something said to a person: a key of core/messages.ts and its parameters, worded by the interface in its language. */
export const MessageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({ key: z.enum(MESSAGE_KEYS), params: z.record(z.union([z.string(), z.number(), MessageSchema])) }),
);

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
  /** False when the language was guessed from too little or mixed text: the reader is asked to check it. */
  sourceLangSure: z.boolean(),
  targetLang: LanguageTag,
  sentenceCount: z.number().int().nonnegative(),
  /** Search hit context; U+E000 and U+E001 mark the start and end of a match. */
  snippet: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = ArticleSummary.extend({
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
  'no_language',
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

export const EngineIdSchema = z.enum(ENGINE_IDS);
export const EngineChoiceSchema = z.enum(ENGINE_CHOICES);
export const ModelDtypeSchema = z.enum(MODEL_DTYPES);

export const Settings = z.object({
  language: UiLanguage,
  /** The engine for every article that has none of its own; "auto" picks the best installed. */
  engine: EngineChoiceSchema,
  /** Opus-MT weights: q8 (about 113 MB, the default) or fp32 (about 450 MB). */
  dtype: ModelDtypeSchema,
  /** Never touch the network, not even to download a model. */
  offline: z.boolean(),
  /** How the reader shows an article; remembered between sessions. */
  layout: z.enum(READER_LAYOUTS),
  theme: z.enum(THEMES),
  fontSize: z.number().min(12).max(28),
  lineHeight: z.number().min(1.2).max(2.4),
  showBoilerplate: z.boolean(),
  /** The language articles are translated into, unless an article has its own. */
  readingLanguage: z.enum(TARGET_LANGUAGES),
});
export type Settings = z.infer<typeof Settings>;

export const AppStatus = z.object({
  version: z.string(),
  dataDir: z.string(),
  modelsDir: z.string(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const EngineInfo = z.object({
  id: EngineIdSchema,
  available: z.boolean(),
  /** What is installed (model revision and weights, Apertium version), or why it is not available. */
  detail: MessageSchema,
  /** The language pairs it translates directly on this computer ("es-en"). */
  pairs: z.array(z.string()),
});
export type EngineInfo = z.infer<typeof EngineInfo>;

export const EnginesState = z.object({
  engines: z.array(EngineInfo),
  /** The engine "auto" resolves to now, or null when none is available. */
  automatic: EngineIdSchema.nullable(),
});
export type EnginesState = z.infer<typeof EnginesState>;

export const SentenceState = z.enum(['pending', 'translating', 'done', 'edited', 'failed']);
export type SentenceState = z.infer<typeof SentenceState>;

export const TermKindSchema = z.enum(TERM_KINDS);
export const GlossaryModeSchema = z.enum(GLOSSARY_MODES);

/** A glossary term found in a sentence, and whether the English holds to it. */
export const TermCheck = z.object({
  entryId: z.number().int(),
  /** The spelling found in the Spanish, and where. */
  source: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  target: z.string(),
  mode: GlossaryModeSchema,
  ok: z.boolean(),
  /** Where the target stands in the translation shown, found by the glossary's one matcher; null for a miss. */
  targetRange: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});
export type TermCheck = z.infer<typeof TermCheck>;

export const SentenceTranslation = z.object({
  n: z.number().int().nonnegative(),
  state: SentenceState,
  /** The English shown: the reader's edit if there is one, else the machine's. */
  text: z.string().nullable(),
  /** The machine translation, kept when the reader edits, to revert to. */
  machineText: z.string().nullable(),
  engine: EngineIdSchema.nullable(),
  /** Words the engine did not know (Apertium's * marks), without the marks. */
  unknownWords: z.array(z.string()),
  error: MessageSchema.nullable(),
  /** Glossary terms in this sentence, checked against the English shown. */
  terms: z.array(TermCheck),
});
export type SentenceTranslation = z.infer<typeof SentenceTranslation>;

export const ArticleTranslations = z.object({
  articleId: ArticleId,
  /** The engine this article uses now, or null when none is available. */
  engine: EngineIdSchema.nullable(),
  /** The language the engine goes through where it has no direct pair (a pivot), or null. */
  via: LanguageTag.nullable(),
  /** The article's own engine choice; null means the global setting. */
  engineChoice: EngineIdSchema.nullable(),
  sentences: z.array(SentenceTranslation),
  running: z.boolean(),
});
export type ArticleTranslations = z.infer<typeof ArticleTranslations>;

export const Note = z.object({
  id: z.number().int().positive(),
  articleId: ArticleId,
  /** The sentence the note belongs to, as numbered now. */
  n: z.number().int().nonnegative(),
  side: z.enum(['source', 'target']),
  /** The words the note is about, when it is on a span rather than a whole sentence. */
  quote: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof Note>;

export const GlossaryItem = z.object({
  /** Null for a suggestion the reader has not decided on yet. */
  id: z.number().int().nullable(),
  key: z.string(),
  canonical: z.string(),
  variants: z.array(z.string()),
  target: z.string(),
  /** The language of the target: the entry applies to translations into it only. */
  targetLang: LanguageTag,
  kind: TermKindSchema,
  note: z.string(),
  status: z.enum(GLOSSARY_STATUSES),
  mode: GlossaryModeSchema,
  /** Null: every article; otherwise the one article it applies to. */
  scopeArticleId: z.number().int().nullable(),
  count: z.number().int(),
  articleIds: z.array(z.number().int()),
  /** A country's adjective offered with it ("bielorruso", "bielorrusa": Belarusian), accepted with it. */
  adjective: z.object({ variants: z.array(z.string()), target: z.string() }).optional(),
});
export type GlossaryItem = z.infer<typeof GlossaryItem>;

export const TermOccurrence = z.object({
  articleId: ArticleId,
  title: z.string(),
  n: z.number().int(),
  sentence: z.string(),
  form: z.string(),
  /** The English shown for that sentence, or null while it is untranslated. */
  translation: z.string().nullable(),
  /** Whether that English holds the entry's target; null when there is nothing to check. */
  ok: z.boolean().nullable(),
});
export type TermOccurrence = z.infer<typeof TermOccurrence>;

const EntryChanges = {
  target: z.string().trim().min(1).max(500).optional(),
  /** The language the target is in; by default the reading language set in Settings. */
  targetLang: z.enum(TARGET_LANGUAGES).optional(),
  kind: TermKindSchema.optional(),
  note: z.string().max(2000).optional(),
  mode: GlossaryModeSchema.optional(),
  scopeArticleId: ArticleId.nullable().optional(),
};

export const ModelStatus = z.enum(['missing', 'partial', 'installed', 'corrupt', 'downloading']);
export type ModelStatus = z.infer<typeof ModelStatus>;

export const ModelInfo = z.object({
  id: z.string(),
  repo: z.string(),
  revision: z.string(),
  sourceLang: LanguageTag,
  targetLang: LanguageTag,
  /** Per weight type: its state and its download size in bytes (approximate until downloaded). */
  dtypes: z.array(z.object({ dtype: ModelDtypeSchema, status: ModelStatus, bytes: z.number(), problem: MessageSchema.nullable() })),
  dir: z.string(),
  /** The files a folder of this model holds (paths inside it), as an import takes them. */
  files: z.array(z.string()),
});
export type ModelInfo = z.infer<typeof ModelInfo>;

export const DownloadProgress = z.object({
  modelId: z.string(),
  dtype: ModelDtypeSchema,
  file: z.string(),
  fileBytes: z.number(),
  fileTotal: z.number(),
  doneBytes: z.number(),
  totalBytes: z.number(),
  /** Bytes per second over the last few seconds. */
  speed: z.number(),
  /** Seconds left at that speed, or null before it is known. */
  secondsLeft: z.number().nullable(),
});
export type DownloadProgress = z.infer<typeof DownloadProgress>;

/** What the backend tells the interface as work goes on. */
export const GlosaEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sentence'), articleId: ArticleId, sentence: SentenceTranslation }),
  z.object({ type: z.literal('progress'), articleId: ArticleId, done: z.number(), total: z.number(), running: z.boolean() }),
  z.object({ type: z.literal('download'), progress: DownloadProgress }),
  z.object({ type: z.literal('export-progress'), done: z.number(), total: z.number() }),
  z.object({
    type: z.literal('download-finished'),
    modelId: z.string(),
    dtype: ModelDtypeSchema,
    ok: z.boolean(),
    message: MessageSchema.nullable(),
  }),
  /** The backend process stopped: it was started again ("restarted") or gave up ("stopped"). */
  z.object({ type: z.literal('backend'), state: z.enum(['restarted', 'stopped']) }),
]);
export type GlosaEvent = z.infer<typeof GlosaEvent>;

const NoInput = z.object({}).strict();
const ById = z.object({ id: ArticleId }).strict();
/** A word of an article's sentence, as the reader clicked it. */
const LookUpInput = z.object({ id: ArticleId, n: z.number().int().nonnegative(), word: z.string().trim().min(1).max(100) }).strict();
const Ok = z.object({ ok: z.literal(true) });

/** Every call the interface can make, with its input and output schemas. */
export const api = {
  getStatus: { input: NoInput, output: AppStatus },
  listArticles: {
    input: z.object({ query: z.string().max(500).optional() }).strict(),
    output: z.array(ArticleSummary),
  },
  /**
   * The article; with `head`, only its first paragraphs, those that hold its first `head`
   * sentences (whole paragraphs, in order): what a first screen needs before the rest.
   */
  getArticle: { input: z.object({ id: ArticleId, head: z.number().int().min(1).max(1_000_000).optional() }).strict(), output: Article },
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
  setArticleLanguages: {
    input: z.object({ id: ArticleId, sourceLang: LanguageTag, targetLang: z.enum(TARGET_LANGUAGES) }).strict(),
    output: ArticleSummary,
  },
  deleteArticle: { input: ById, output: Ok },
  restoreArticle: { input: ById, output: ArticleSummary },
  getSettings: { input: NoInput, output: Settings },
  updateSettings: { input: Settings.partial().strict(), output: Settings },
  getEngines: { input: NoInput, output: EnginesState },
  getLanguagePairs: {
    input: NoInput,
    output: z.object({
      pairs: z.array(
        z.object({
          from: LanguageTag,
          to: LanguageTag,
          /** Every engine, whether it serves the pair here, and the languages it goes through to do so. */
          engines: z.array(z.object({ id: EngineIdSchema, available: z.boolean(), pivot: z.array(LanguageTag) })),
          /** What would serve the pair: the manifest's Opus-MT models (its own, or two through a pivot), the Apertium package. */
          get: z.object({ models: z.array(z.string()), package: z.string().nullable() }),
        }),
      ),
    }),
  },
  translateArticle: {
    input: z
      .object({
        id: ArticleId,
        /** Sentences on screen now: they are translated first. */
        visible: z.array(z.number().int().nonnegative()).max(5000).optional(),
        /** Boilerplate is left untranslated unless asked for. */
        includeBoilerplate: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ engine: EngineIdSchema.nullable(), queued: z.number().int() }),
  },
  cancelTranslation: { input: ById, output: Ok },
  retrySentence: { input: z.object({ id: ArticleId, n: z.number().int().nonnegative() }).strict(), output: Ok },
  getTranslations: { input: ById, output: ArticleTranslations },
  setArticleEngine: { input: z.object({ id: ArticleId, engine: EngineIdSchema.nullable() }).strict(), output: Ok },
  editTranslation: {
    input: z.object({ id: ArticleId, n: z.number().int().nonnegative(), text: z.string().max(MAX_EDIT_CHARS) }).strict(),
    output: SentenceTranslation,
  },
  revertTranslation: { input: z.object({ id: ArticleId, n: z.number().int().nonnegative() }).strict(), output: SentenceTranslation },
  listModels: { input: NoInput, output: z.array(ModelInfo) },
  downloadModel: { input: z.object({ id: z.string().max(200), dtype: ModelDtypeSchema.optional() }).strict(), output: Ok },
  cancelDownload: { input: z.object({ id: z.string().max(200) }).strict(), output: Ok },
  importModel: { input: z.object({ id: z.string().max(200), path: z.string().min(1).max(4096) }).strict(), output: ModelInfo },
  /** A piece of a model file from a folder picked in a browser, which gives files and no path. */
  uploadModelFile: {
    input: z
      .object({
        id: z.string().max(200),
        file: z.string().min(1).max(300),
        offset: z.number().int().nonnegative(),
        /** At most MODEL_CHUNK_BYTES, base64-encoded. */
        data: z.string().max(Math.ceil((MODEL_CHUNK_BYTES * 4) / 3) + 8),
      })
      .strict(),
    output: z.object({ received: z.number().int() }),
  },
  importUploadedModel: { input: z.object({ id: z.string().max(200) }).strict(), output: ModelInfo },
  verifyModel: { input: z.object({ id: z.string().max(200) }).strict(), output: ModelInfo },
  removeModel: { input: z.object({ id: z.string().max(200) }).strict(), output: ModelInfo },
  lookUpWord: {
    input: LookUpInput,
    output: z.object({
      /** The word as the sentence writes it. */
      word: z.string(),
      /** Its glossary entry or suggestion, or that of a name it is part of. */
      entry: GlossaryItem.nullable(),
      /** A few other articles that have it, with the first sentence that does. */
      elsewhere: z.array(z.object({ articleId: ArticleId, title: z.string(), n: z.number().int(), sentence: z.string() })),
      /** How many other articles have it. */
      articles: z.number().int(),
    }),
  },
  /**
   * What the engine writes for a looked-up word: asked apart from the look-up, since the engine
   * may be busy with the article, and the glossary's answer should not wait for it.
   */
  translateWord: {
    input: LookUpInput,
    output: z.object({
      engine: EngineIdSchema.nullable(),
      /** What the engine wrote for it in this sentence, where that can be told; and for the word alone. */
      inSentence: z.string().nullable(),
      alone: z.string().nullable(),
    }),
  },
  translateText: {
    input: z.object({ text: z.string().min(1).max(2000), id: ArticleId.optional() }).strict(),
    output: z.object({ engine: EngineIdSchema, text: z.string() }),
  },
  listNotes: { input: ById, output: z.array(Note) },
  addNote: {
    input: z
      .object({
        id: ArticleId,
        n: z.number().int().nonnegative(),
        side: z.enum(['source', 'target']),
        quote: z.string().max(2000).nullable().optional(),
        body: z.string().trim().min(1).max(MAX_NOTE_CHARS),
      })
      .strict(),
    output: Note,
  },
  updateNote: { input: z.object({ noteId: z.number().int().positive(), body: z.string().trim().min(1).max(MAX_NOTE_CHARS) }).strict(), output: Note },
  deleteNote: { input: z.object({ noteId: z.number().int().positive() }).strict(), output: Ok },
  listGlossary: {
    input: z.object({ status: z.enum(GLOSSARY_STATUSES).optional(), query: z.string().max(200).optional() }).strict(),
    output: z.array(GlossaryItem),
  },
  decideSuggestion: {
    input: z.object({ key: z.string().min(1).max(500), status: z.enum(['accepted', 'rejected']), ...EntryChanges }).strict(),
    output: GlossaryItem,
  },
  addGlossaryEntry: {
    input: z
      .object({
        variants: z.array(z.string().trim().min(1).max(300)).min(1).max(50),
        target: z.string().trim().min(1).max(500),
        targetLang: z.enum(TARGET_LANGUAGES).optional(),
        kind: TermKindSchema,
        note: z.string().max(2000).optional(),
        mode: GlossaryModeSchema.optional(),
        scopeArticleId: ArticleId.nullable().optional(),
      })
      .strict(),
    output: GlossaryItem,
  },
  updateGlossaryEntry: {
    input: z.object({ id: z.number().int().positive(), status: z.enum(['accepted', 'rejected']).optional(), variants: z.array(z.string().trim().min(1).max(300)).min(1).max(50).optional(), ...EntryChanges }).strict(),
    output: GlossaryItem,
  },
  deleteGlossaryEntry: { input: z.object({ id: z.number().int().positive() }).strict(), output: Ok },
  mergeGlossaryEntries: { input: z.object({ ids: z.array(z.number().int().positive()).min(2).max(50) }).strict(), output: GlossaryItem },
  splitGlossaryEntry: { input: z.object({ id: z.number().int().positive(), form: z.string().min(1).max(300) }).strict(), output: z.array(GlossaryItem) },
  importGlossary: {
    /** The entries' target language: a TBX file names its own; CSV and TSV are read as the reading language unless told. */
    input: z.object({ name: z.string().min(1).max(1024), text: z.string().max(10 * 1024 * 1024), targetLang: z.enum(TARGET_LANGUAGES).optional() }).strict(),
    output: z.object({ imported: z.number().int(), errors: z.array(MessageSchema) }),
  },
  /** The accepted entries into one target language (by default the reading language). */
  exportGlossary: { input: z.object({ format: z.enum(['csv', 'tsv', 'tbx']), targetLang: z.enum(TARGET_LANGUAGES).optional() }).strict(), output: z.object({ name: z.string(), text: z.string() }) },
  termOccurrences: {
    /** (`kind`, the entry's: a place's name alone reads as its whole target, a person's surname as the target's last word.) */
    input: z.object({ variants: z.array(z.string().min(1).max(300)).min(1).max(50), target: z.string().max(500), kind: TermKindSchema.optional() }).strict(),
    output: z.array(TermOccurrence),
  },
  fixTerm: { input: z.object({ id: ArticleId, n: z.number().int().nonnegative(), entryId: z.number().int().positive() }).strict(), output: SentenceTranslation },
  exportArticles: {
    input: z
      .object({
        ids: z.array(ArticleId).min(1).max(1000),
        format: z.enum(EXPORT_FORMATS),
        layout: z.enum(['side', 'interleaved']).optional(),
        includeNotes: z.boolean().optional(),
        includeGlossary: z.boolean().optional(),
        includeBoilerplate: z.boolean().optional(),
        translationOnly: z.boolean().optional(),
        /** Many articles as a zip of the document, the glossary and the TMX. */
        bundle: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ name: z.string(), data: z.string(), mime: z.string() }),
  },
  cancelExport: { input: NoInput, output: Ok },
  retranslateSentences: {
    input: z.object({ id: ArticleId, ns: z.array(z.number().int().nonnegative()).min(1).max(5000) }).strict(),
    output: z.object({ retranslated: z.number().int() }),
  },
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export type ApiInput<M extends ApiMethod> = z.input<(typeof api)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof api)[M]['output']>;

/** What the interface sees: one named async method per call. */
export type GlosaApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** Calls that belong to the transport or the desktop shell rather than to core. */
export interface GlosaShell {
  /** Opens an http(s) link in the system browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
  /** Listens to the backend's events; returns the function that stops listening. */
  onEvent(listener: (event: GlosaEvent) => void): () => void;
  /** Asks for a folder with the system's dialog; null when cancelled or unavailable. */
  pickFolder(): Promise<string | null>;
  /** Prints an export's HTML to PDF with the app's own engine (base64); null in browser mode. */
  printToPdf(html: string): Promise<string | null>;
}

export type GlosaBridge = GlosaApi & GlosaShell;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** The error shape every transport sends back for a failed call. */
export const ApiErrorBody = z.object({
  code: z.enum(['invalid_input', 'not_found', 'storage', 'internal', 'unknown_method', 'unavailable']),
  /** The English, for logs and the command line. */
  message: z.string(),
  /** What to say, for the interface to word in the reader's language. */
  reason: MessageSchema.optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
