import JSZip from 'jszip';
import { BUNDLE_EXTRAS, EXPORTERS, EXPORT_FORMATS, type ExportFormatName } from '../contract';
import { GlosaError } from '../errors';
import { type ExportDocument, safeFileName } from './model';

export { EXPORT_FORMATS };
export type ExportFormat = ExportFormatName;

export type ExportFile = { name: string; bytes: Buffer; mime: string };

/** What every module in core/export/formats/ exports. */
export type ExporterModule = { render(doc: ExportDocument): Buffer | Promise<Buffer> };

function rowOf(format: ExportFormatName) {
  if (!Object.hasOwn(EXPORTERS, format)) throw new GlosaError('invalid_input', 'exportFormatUnknown', { format });
  return EXPORTERS[format];
}

/** A format's module, loaded on first use: most exports need one format, and docx or PDF are large. */
async function exporter(format: ExportFormatName): Promise<ExporterModule> {
  return (await import(`./formats/${format}.ts`)) as ExporterModule;
}

/** One export, in one format: a document, the translation memory, or the glossary. */
export async function renderExport(doc: ExportDocument, format: ExportFormat): Promise<ExportFile> {
  const row = rowOf(format);
  const title = doc.articles.length === 1 ? doc.articles[0]!.title : 'glosa-articles';
  const name = row.fileName ?? safeFileName(title, row.extension);
  return { name, bytes: await (await exporter(format)).render(doc), mime: row.mime };
}

/** Several articles as a bundle: the document, the glossary (CSV and TBX) and the TMX. */
export async function renderBundle(doc: ExportDocument, format: ExportFormat): Promise<ExportFile> {
  if (!rowOf(format).bundleable) throw new GlosaError('invalid_input', 'exportNotBundleable', { format, formats: EXPORT_FORMATS.filter((f) => EXPORTERS[f].bundleable).join(', ') });
  const zip = new JSZip();
  for (const part of [format, ...BUNDLE_EXTRAS]) {
    const file = await renderExport(doc, part);
    zip.file(file.name, file.bytes);
  }
  return { name: 'glosa-export.zip', bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), mime: 'application/zip' };
}
