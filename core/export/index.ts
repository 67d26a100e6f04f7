import JSZip from 'jszip';
import { serialiseGlossary } from '../glossary/formats';
import { renderDocx } from './docx';
import { type ExportDocument, safeFileName } from './model';
import { renderPdf } from './pdf';
import { renderAnkiCsv, renderHtml, renderMarkdown, renderTmx } from './text-formats';

import { EXPORT_FORMATS, type ExportFormatName } from '../contract';

export { EXPORT_FORMATS };
export type ExportFormat = ExportFormatName;

export type ExportFile = { name: string; bytes: Buffer };

const EXTENSION: Record<ExportFormat, string> = { html: 'html', md: 'md', docx: 'docx', pdf: 'pdf', tmx: 'tmx', tbx: 'tbx', csv: 'csv', anki: 'csv' };

/** One export, in one format: a document, the translation memory, or the glossary. */
export async function renderExport(doc: ExportDocument, format: ExportFormat): Promise<ExportFile> {
  const title = doc.articles.length === 1 ? doc.articles[0]!.title : 'glosa-articles';
  const name = format === 'tbx' || format === 'csv' ? `glossary.${EXTENSION[format]}` : format === 'anki' ? 'glossary-anki.csv' : safeFileName(title, EXTENSION[format]);
  const records = doc.glossary.map((g) => ({ variants: g.variants, target: g.target, kind: g.kind, note: g.note }));
  switch (format) {
    case 'html':
      return { name, bytes: Buffer.from(renderHtml(doc)) };
    case 'md':
      return { name, bytes: Buffer.from(renderMarkdown(doc)) };
    case 'docx':
      return { name, bytes: await renderDocx(doc) };
    case 'pdf':
      return { name, bytes: await renderPdf(renderHtml(doc)) };
    case 'tmx':
      return { name, bytes: Buffer.from(renderTmx(doc)) };
    case 'tbx':
      return { name, bytes: Buffer.from(serialiseGlossary(records, 'tbx')) };
    case 'csv':
      return { name, bytes: Buffer.from(serialiseGlossary(records, 'csv')) };
    case 'anki':
      return { name, bytes: Buffer.from(renderAnkiCsv(doc)) };
  }
}

/** Several articles as a bundle: the document, the glossary (CSV and TBX) and the TMX. */
export async function renderBundle(doc: ExportDocument, format: 'html' | 'md' | 'docx' | 'pdf'): Promise<ExportFile> {
  const zip = new JSZip();
  for (const part of [await renderExport(doc, format), await renderExport(doc, 'tmx'), await renderExport(doc, 'csv'), await renderExport(doc, 'tbx')]) {
    zip.file(part.name, part.bytes);
  }
  return { name: 'glosa-export.zip', bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
}
