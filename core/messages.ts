/**
 * Every sentence the back end says to a person, by key, in English. A failure or a state
 * crosses the API as a key with its parameters; the interface words it in the reader's
 * language (renderer/src/i18n: `messages.<key>`, English taken from here), and the command
 * line and the logs print this English. A parameter may itself be a message (the reason a
 * write failed, inside "Glosa could not save").
 *
 * Placeholders are i18next's: `{{name}}`, and `{{name, bytes}}` for a size in bytes.
 */
import { formatBytes } from './text/bytes';

export const MESSAGES = {
  // The library
  articleNotFound: 'There is no article {{id}} in the library.',
  articleNotDeleted: 'There is no article {{id}} to restore.',
  sentenceNotFound: 'Article {{id}} has no sentence {{n}}.',
  noteNotFound: 'There is no note {{id}}.',

  // Storage
  dataFolderFailed: 'Cannot create the data folder {{dir}}: {{detail}}',
  databaseNoAccess: 'The library database {{file}} cannot be read or written. Check its permissions.',
  databaseOpenFailed: 'Cannot open the library database {{file}}: {{detail}}',
  databaseNewer: 'The library database {{file}} was written by a newer version of Glosa (schema {{version}}). Update Glosa to open it.',
  databaseBusy: 'The library database {{file}} is busy: another Glosa process is writing to it and did not finish in time. Try again in a moment.',
  databaseSaveFailed: 'Glosa could not save to {{file}}: {{problem}}. Nothing was half-saved: your library is as it was before this change.',
  databaseUnusable: 'The library database {{file}} could not be used: {{detail}}',
  databaseDamaged: 'The library database {{file}} is damaged or is not a Glosa database ({{detail}}). Glosa has left it untouched: move it aside to start a new library, or restore a backup.',
  diskFull: 'the disk is full. Free some space, then try again',
  diskWriteError: 'the disk reported an error while writing',
  diskWriteErrorCode: 'the disk reported an error while writing ({{detail}})',
  folderWriteDenied: "permission to write in {{dir}} was denied. Check the folder's permissions",
  folderReadOnly: '{{dir}} is on a read-only disk',

  // Translation
  noEngine: 'No translation engine is available. Download the Opus-MT model or install Apertium.',
  noEngineForPair: 'No translation engine serves {{pair}} on this computer: get an Opus-MT model with "glosa model download", or install Apertium with that language pair.',
  engineFailed: 'The translation engine failed: {{detail}}',
  engineEmpty: 'The engine returned an empty translation.',
  notTranslatedYet: 'This sentence is not translated yet.',
  entryNotInArticle: 'Glossary entry {{id}} does not apply to this article.',
  termNotLocated: 'Glosa could not find where "{{term}}" is in this translation. Edit the sentence to use "{{target}}".',
  emptyEdit: 'An empty translation cannot be saved. Revert to go back to the machine translation.',
  opusMissing: 'The Opus-MT model ({{dtype}}) is not installed yet; Glosa knows models for {{pairs}}.',
  opusInstalled: '{{models}}',
  apertiumReady: '{{version}} ({{modes}})',
  apertiumMissing: 'Apertium is not installed (install the apertium package and a language pair, such as apertium-eng-spa).',
  apertiumNoPairs: 'Apertium is installed without any language pair (install one, such as apertium-eng-spa).',
  apertiumNoPair: 'Apertium has no {{pair}} pair installed on this computer.',
  apertiumCouldNotRun: 'Apertium could not run: {{detail}}',
  apertiumFailed: 'Apertium failed (exit {{code}}): {{detail}}',
  opusUnknownPair: 'No Opus-MT model for {{pair}} is known to Glosa.',
  opusNotInstalled: 'The Opus-MT model for {{pair}} ({{dtype}}) is not installed. Download it in Settings, or with: glosa model download {{id}}',
  opusLoadFailed: 'The Opus-MT model in {{dir}} could not be loaded ({{detail}}). Verify it or download it again.',
  translationCancelled: 'Translation cancelled.',
  notAModelFolder: '{{path}} is not a model folder (it has no config.json).',

  // Models
  modelUnknown: 'Glosa knows no model called "{{id}}".',
  modelAlreadyDownloading: '{{repo}} ({{dtype}}) is already downloading.',
  downloadCancelled: 'The download was cancelled. Download again to resume where it stopped.',
  downloadNoSpace: 'Not enough free disk space in {{dir}}: the model needs {{needed, bytes}} and {{free, bytes}} is free.',
  downloadOffline: 'Offline mode is on, so Glosa does not download anything. Turn it off in Settings, or import a model folder.',
  downloadNoNetwork:
    'There is no network connection to {{host}} ({{detail}}), so the model cannot be downloaded here. Import a model folder copied from another computer (glosa model import DIR, or Import folder in Settings), or translate with Apertium.',
  downloadNotOnHub: '{{file}} was not found on the hub for {{repo}} at revision {{revision}} (HTTP 404).',
  downloadRefused: 'The hub refused {{file}} (HTTP {{status}}).',
  downloadOtherFile: 'The hub offers a different {{file}} than the one Glosa pinned (sha256 {{got}}…, expected {{expected}}…). Nothing was installed.',
  downloadFailed: 'Downloading {{file}} failed after {{attempts}} attempts ({{detail}}). {{kept, bytes}} are kept: download again to resume.',
  downloadNoAnswer: 'no answer',
  connectionClosed: 'the connection closed after {{got, bytes}} of {{total, bytes}}',
  downloadBadChecksum: '{{file}} failed its sha256 check (the hub says {{expected}}…, the file is {{got}}…). It was discarded; download again.',
  downloadStopped: 'The download stopped before it finished. Download again to resume.',
  downloadError: 'The download failed: {{detail}}',
  folderNotFolder: '{{path}} is not a folder.',
  folderNoWeights: '{{path}} holds no {{repo}} weights (expected {{expected}}, or the fp32 files).',
  folderFileMissing: '{{file}} is missing from {{path}}.',
  folderFileLink: '{{file}} in {{path}} is a link, not a file of the folder: copy the real file there instead.',
  folderFileOtherRevision: '{{file}} in {{path}} is not the file of {{repo}} at revision {{revision}} (its sha256 differs).',
  folderFileDamaged: '{{file}} in {{path}} does not match its recorded sha256: the folder is damaged.',
  modelFileEmpty: '{{file}} is empty.',
  modelFileNotJson: '{{file}} is not valid JSON.',
  modelFileNotOnnx: '{{file}} is not an ONNX model.',
  tokenizerRefused: 'tokenizer.json in {{path}} was refused: {{detail}}.',
  modelOtherRevision: 'The installed model is revision {{installed}}; Glosa expects {{expected}}. Download it again.',
  modelFileGone: '{{file}} is missing from {{dir}}. Download the model again.',
  modelFileSize: '{{file}} has {{size}} bytes instead of {{expected}}. Download the model again.',
  modelNoRecord: '{{dir}} holds files but no record of a complete install. Import the folder or download the model again.',
  uploadNotModelFile: '{{file}} is not a file of {{repo}}.',
  uploadOutOfOrder: '{{file}} arrived out of order: choose the folder again.',
  uploadTooLarge: '{{file}} is far larger than the file of {{repo}}: this is not that model.',
  modelVerifyFailed: 'The model failed verification ({{files}}: missing or damaged). Download it again.',

  // The glossary
  entryNotFound: 'There is no glossary entry {{id}}.',
  suggestionGone: 'There is no suggestion "{{key}}" (the library may have changed).',
  entryIncomplete: 'A glossary entry needs a source and a target.',
  mergeTooFew: 'Choose two or more glossary entries to merge.',
  mergeLanguages: 'Entries into different languages cannot be merged: each language keeps its own.',
  splitNotSpelling: '"{{form}}" is not one of several spellings of this entry.',
  glossaryFileType: '{{name}}: use a .csv, .tsv or .tbx file',
  glossaryUnclosedQuote: 'line {{line}}: a quoted field is never closed',
  glossaryHeader: 'line 1: the header must be {{header}}',
  glossaryNotTbx: 'line 1: this is not a TBX file (no <tbx> element)',
  glossaryTbxDoctype: 'line 1: TBX files with a DOCTYPE or entities are not read',
  glossaryFields: 'line {{line}}: expected 4 fields, found {{found}}',
  glossaryNoSource: 'line {{line}}: the source is empty',
  glossaryNoTarget: 'line {{line}}: the target is empty',
  glossaryBadKind: 'line {{line}}: kind must be one of {{kinds}} (found "{{found}}")',
  glossaryTbxNoTerm: 'line {{line}}: conceptEntry has no {{lang}} term',
  glossaryTbxBadField: 'line {{line}}: unknown subjectField "{{found}}"',
  glossaryTbxUnclosed: 'line {{line}}: a conceptEntry is not closed',
  glossaryInFile: '{{name}}, {{problem}}',

  // Export
  exportFormatUnknown: 'There is no export format "{{format}}".',
  exportNotBundleable: 'A {{format}} export cannot be bundled; bundles go with {{formats}}.',
  exportNeedsChromium:
    'PDF export needs Chromium or Google Chrome, and none was found (looked for {{paths}}). Install one, set GLOSA_CHROMIUM to its path, or export HTML and print it to PDF.',
  exportCancelled: 'The export was cancelled.',

  // Calls and transports
  unknownCall: 'There is no API call named "{{method}}".',
  invalidInput: 'Invalid input for {{method}}{{where}}: {{detail}}',
  callFailed: 'Glosa failed to {{method}}: {{detail}}',
  requestFailed: 'The request failed.',
  requestBadAddress: 'The address of the call is not valid.',
  requestBadJson: 'The request is not valid JSON.',
  requestTooLarge: 'The request is too large.',
  requestBusy: 'Glosa is busy reading other large requests. Try again in a moment.',
  closing: 'Glosa is closing.',
  backendLost: 'Glosa’s backend stopped unexpectedly while doing this and has been started again. Everything saved before is kept; try again.',
  backendGaveUp:
    'Glosa’s backend keeps stopping, so Glosa has stopped restarting it. Everything saved is kept. Quit and reopen Glosa; if it happens again, run `glosa` from a terminal to see why.',
  notRunning: 'Glosa is not running any more. Start it again and reload this page.',
  notConnected: 'This page is not connected to Glosa. Open the address that `glosa serve` printed, with its token.',
  answered: 'Glosa answered {{status}}.',
  onlyWebLinks: 'Only web links (http and https) can be opened.',
  somethingWrong: 'Something went wrong: {{detail}}',

  // The command line
  portInUse: 'port {{port}} is already in use; choose another with --port',
  cannotWrite: 'could not write {{file}}: {{detail}}',
  nothingImported: 'nothing was imported: {{errors}}',
  fileProblems: '{{file}}: {{errors}}',
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParam = string | number | Message;
export type MessageParams = Readonly<Record<string, MessageParam>>;
/** Something to say to a person: a key of MESSAGES and what fills its placeholders. */
export type Message = { readonly key: MessageKey; readonly params: MessageParams };

export const MESSAGE_KEYS = Object.keys(MESSAGES) as [MessageKey, ...MessageKey[]];

export function message(key: MessageKey, params: MessageParams = {}): Message {
  return { key, params };
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/** The placeholders a template fills, by name: the catalogues of every language must use the same. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** A message in English, as the command line and the logs print it. */
export function english(m: Message): string {
  return MESSAGES[m.key].replace(PLACEHOLDER, (whole, name: string, format?: string) => {
    const value = m.params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return english(value);
    if (format === 'bytes' && typeof value === 'number') return formatBytes(value, 'en');
    return String(value);
  });
}
