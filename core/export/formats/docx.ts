import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { type ExportDocument, type ExportSentence, numberNotes, termSpans, translatedWith, visibleParagraphs } from '../model';

/** Word: a two-column table or interleaved paragraphs; notes as footnotes; terms in bold. */
/** Rows per table in the side-by-side layout. */
const TABLE_ROWS = 2000;

export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const numbers = numberNotes(doc);
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const runs = (text: string, s: ExportSentence, side: 'source' | 'target', edited = false) => {
    const children: (TextRun | FootnoteReferenceRun)[] = [];
    let at = 0;
    for (const { start, end } of termSpans(text, s, side)) {
      if (start > at) children.push(new TextRun({ text: text.slice(at, start), italics: edited }));
      children.push(new TextRun({ text: text.slice(start, end), bold: true, underline: {}, italics: edited }));
      at = end;
    }
    if (at < text.length) children.push(new TextRun({ text: text.slice(at), italics: edited }));
    for (const note of s.notes.filter((n) => n.side === side && numbers.has(n))) {
      const id = numbers.get(note)!;
      footnotes[String(id)] = { children: [new Paragraph(`${note.quote ? `“${note.quote}”: ` : ''}${note.body}`)] };
      children.push(new FootnoteReferenceRun(id));
    }
    return children;
  };
  const english = (s: ExportSentence) => (s.target === null ? [new TextRun({ text: '—' })] : runs(s.target, s, 'target', s.edited));

  const children: (Paragraph | Table)[] = [];
  for (const article of doc.articles) {
    children.push(new Paragraph({ text: article.title, heading: HeadingLevel.HEADING_1 }));
    const how = translatedWith(article);
    if (how) children.push(new Paragraph({ children: [new TextRun({ text: how, italics: true })] }));
    const sentences = visibleParagraphs(article, doc.options).flatMap((p) => p.sentences);
    if (doc.options.translationOnly) {
      for (const s of sentences) children.push(new Paragraph({ children: english(s) }));
    } else if (doc.options.layout === 'side') {
      // Tables of at most TABLE_ROWS rows, one after another: Word shows them as one, and the
      // docx library measures a table's rows with a spread that overflows the stack on long articles.
      for (let at = 0; at < sentences.length; at += TABLE_ROWS) {
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: sentences.slice(at, at + TABLE_ROWS).map(
              (s) =>
                new TableRow({
                  children: [
                    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: runs(s.source, s, 'source') })] }),
                    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: english(s) })] }),
                  ],
                }),
            ),
          }),
        );
      }
    } else {
      for (const s of sentences) {
        children.push(new Paragraph({ children: runs(s.source, s, 'source') }));
        children.push(new Paragraph({ children: english(s), indent: { left: 360 } }));
      }
    }
  }
  if (doc.options.includeGlossary && doc.glossary.length) {
    children.push(new Paragraph({ text: 'Glossary', heading: HeadingLevel.HEADING_2 }));
    for (const g of doc.glossary) children.push(new Paragraph({ children: [new TextRun({ text: g.variants.join(' | '), bold: true }), new TextRun(` → ${g.target} (${g.kind})${g.note ? `: ${g.note}` : ''}`)] }));
  }
  return Packer.toBuffer(new Document({ creator: 'Glosa', footnotes, sections: [{ children }] }));
}

export const render = renderDocx;
