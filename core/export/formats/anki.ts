import { csvCell } from '../../text/csv';
import type { ExportDocument, ExportSentence } from '../model';

/**
 * Anki-ready CSV: one card per glossary entry, with an example sentence pair from the
 * articles where the entry occurs.
 */
export function renderAnkiCsv(doc: ExportDocument): string {
  const lines = ['front,back,example_es,example_en,kind,note'];
  for (const g of doc.glossary) {
    let example: ExportSentence | undefined;
    for (const article of doc.articles) {
      example ??= article.paragraphs.flatMap((p) => p.sentences).find((s) => s.target !== null && g.variants.some((v) => s.source.includes(v)));
    }
    lines.push([g.variants.join(' / '), g.target, example?.source ?? '', example?.target ?? '', g.kind, g.note].map((v) => csvCell(v)).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const render = (doc: ExportDocument): Buffer => Buffer.from(renderAnkiCsv(doc));
