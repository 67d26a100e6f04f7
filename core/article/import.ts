import { MAX_IMPORT_BYTES } from '../api';
import { ImportError } from '../errors';
import { formatBytes } from '../text/bytes';
import { declaredCharset, decodeText, sniffBinary } from './decode';
import { type ImportedDocument, deriveTitle } from './document';
import { parseMarkdown, parsePlainText } from './plain';
import { ArchiveDamaged, ArchiveTooLarge, checkDocxArchive } from './zip-check';

export { IMPORTABLE_EXTENSIONS } from '../contract';

export type ParsedArticle = ImportedDocument & { title: string };

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function baseTitle(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).replace(/[_-]+/g, ' ').trim() || base;
}

/** The refusal of a file over the import limit, wherever its size is first known. */
export function tooLarge(name: string, size: number): ImportError {
  return new ImportError('too_large', `${name} is too large to import (${formatBytes(size)}; the limit is ${formatBytes(MAX_IMPORT_BYTES)}).`);
}

/**
 * Reads one file into an article. Every refusal is an ImportError whose message names the
 * file and the reason; nothing here touches the store.
 */
export async function parseArticleFile(name: string, bytes: Uint8Array): Promise<ParsedArticle> {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(name, bytes.length);
  const ext = extensionOf(name);
  let doc: ImportedDocument;
  switch (ext) {
    case '.docx':
      doc = await parseDocx(name, bytes);
      break;
    case '.html':
    case '.htm':
    case '.xhtml':
      doc = await (await import('./html')).parseHtml(decodeText(bytes, name, declaredCharset(bytes)).text, name);
      break;
    case '.md':
    case '.markdown':
      doc = parseMarkdown(decodeText(bytes, name).text);
      break;
    case '.txt':
    case '.text':
    case '':
      doc = parsePlainText(decodeText(bytes, name).text);
      break;
    default:
      throw new ImportError(
        'unsupported_type',
        `${name} is not a kind of file Glosa reads. Use .txt, .md, .html or .docx.`,
      );
  }
  return finish(doc, name);
}

export function parsePastedText(text: string, title?: string): ParsedArticle {
  if (text.length > MAX_IMPORT_BYTES) {
    throw new ImportError('too_large', `The pasted text is too large to import (the limit is ${formatBytes(MAX_IMPORT_BYTES)}).`);
  }
  const doc = parsePlainText(text);
  const titled = title?.trim() ? { ...doc, title: title.trim() } : doc;
  return finish(titled, 'The pasted text');
}

function finish(doc: ImportedDocument, name: string): ParsedArticle {
  const letters = doc.blocks.reduce((n, b) => n + (b.text.match(/\p{L}/gu)?.length ?? 0), 0);
  if (doc.blocks.length === 0 || letters === 0) {
    throw new ImportError('no_text', `${name} has no text in it.`);
  }
  return { ...doc, title: doc.title ?? deriveTitle(doc.blocks, baseTitle(name)) };
}

async function parseDocx(name: string, bytes: Uint8Array): Promise<ImportedDocument> {
  if (sniffBinary(bytes) !== 'a ZIP archive') {
    throw new ImportError('bad_docx', `${name} is not a Word document (.docx files are ZIP archives; this one is not).`);
  }
  try {
    checkDocxArchive(bytes);
  } catch (error) {
    if (error instanceof ArchiveTooLarge) throw new ImportError('too_large', `${name} is too large to import: ${error.message}.`);
    if (error instanceof ArchiveDamaged) throw new ImportError('bad_docx', `${name} is not a readable Word document: ${error.message}.`);
    throw error;
  }
  // Word and HTML support load on first use: most imports are plain text.
  const [{ default: mammoth }, { parseHtml }] = await Promise.all([import('mammoth'), import('./html')]);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError('bad_docx', `${name} is not a readable Word document: ${reason}`);
  }
  try {
    return await parseHtml(`<!doctype html><html><body>${html}</body></html>`, name, { readability: false, minLetters: 1 });
  } catch (error) {
    if (error instanceof ImportError && error.code === 'no_article') {
      throw new ImportError('no_text', `${name} has no text in it.`);
    }
    throw error;
  }
}
