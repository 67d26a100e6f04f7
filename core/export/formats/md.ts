import { type ExportDocument, type ExportSentence, numberNotes, translatedWith, visibleParagraphs } from '../model';

const md = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

/** The same content in Markdown: pairs as quotes, notes as footnotes. */
export function renderMarkdown(doc: ExportDocument): string {
  const numbers = numberNotes(doc);
  const footnotes: string[] = [];
  const refs = (s: ExportSentence, side: 'source' | 'target') =>
    s.notes
      .filter((n) => n.side === side && numbers.has(n))
      .map((n) => {
        const k = numbers.get(n)!;
        footnotes.push(`[^${k}]: ${n.quote ? `“${md(n.quote)}”: ` : ''}${md(n.body).replace(/\n/g, ' ')}`);
        return `[^${k}]`;
      })
      .join('');
  const out: string[] = [];
  for (const article of doc.articles) {
    out.push(`# ${md(article.title)}`, '', `_${md([article.sourceName, article.importedAt.slice(0, 10), translatedWith(article)].filter(Boolean).join(' · '))}_`, '');
    for (const p of visibleParagraphs(article, doc.options)) {
      for (const s of p.sentences) {
        const english = s.target === null ? '—' : `${md(s.target)}${s.edited ? ' *(edited)*' : ''}${refs(s, 'target')}`;
        if (doc.options.translationOnly) out.push(english);
        else out.push(`${p.role === 'heading' ? '**' : ''}${md(s.source)}${p.role === 'heading' ? '**' : ''}${refs(s, 'source')}`, `> ${english}`, '');
      }
      if (doc.options.translationOnly) out.push('');
    }
  }
  if (doc.options.includeGlossary && doc.glossary.length) {
    out.push('## Glossary', '', '| Spanish | English | Kind | Note |', '| --- | --- | --- | --- |');
    for (const g of doc.glossary) out.push(`| ${md(g.variants.join(' / '))} | ${md(g.target)} | ${g.kind} | ${md(g.note)} |`);
    out.push('');
  }
  if (footnotes.length) out.push(...footnotes, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}`;
}

export const render = (doc: ExportDocument): Buffer => Buffer.from(renderMarkdown(doc));
