import { xmlText } from '../../text/xml';
import { type ExportDocument, visibleParagraphs } from '../model';

const xml = xmlText;

/** TMX 1.4b: one translation unit per translated sentence pair; edited ones marked. */
export function renderTmx(doc: ExportDocument, created = new Date()): string {
  const stamp = created.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const units: string[] = [];
  for (const article of doc.articles) {
    for (const p of visibleParagraphs(article, doc.options)) {
      for (const s of p.sentences) {
        if (s.target === null) continue;
        units.push(`    <tu>
      <prop type="x-glosa-edited">${s.edited ? 'true' : 'false'}</prop>
      <prop type="x-glosa-article">${xml(article.title)}</prop>${article.via ? `
      <prop type="x-glosa-pivot">${xml(article.via)}</prop>` : ''}
      <tuv xml:lang="${xml(article.sourceLang)}"><seg>${xml(s.source)}</seg></tuv>
      <tuv xml:lang="${xml(article.targetLang)}"><seg>${xml(s.target)}</seg></tuv>
    </tu>`);
      }
    }
  }
  const srclang = doc.articles[0]?.sourceLang ?? 'es';
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="Glosa" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${xml(srclang)}" o-tmf="Glosa" creationdate="${stamp}"/>
  <body>
${units.join('\n')}
  </body>
</tmx>
`;
}

export const render = (doc: ExportDocument): Buffer => Buffer.from(renderTmx(doc));
