/**
 * Bilingual HTML: one self-contained file that can run no script and fetches nothing, side
 * by side or interleaved, edits told apart, notes as footnotes, glossary terms marked.
 */
import { xmlText } from '../../text/xml';
import { type ExportDocument, type ExportSentence, numberNotes, termSpans, translatedWith, visibleParagraphs } from '../model';

const html = xmlText;

/** One side of a sentence with its glossary terms marked where the matcher found them, the entry on hover. */
function marked(text: string, sentence: ExportSentence, side: 'source' | 'target'): string {
  let out = '';
  let at = 0;
  for (const { start, end, term } of termSpans(text, sentence, side)) {
    out += `${html(text.slice(at, start))}<span class="term" title="${html(`${term.source} → ${term.target}`)}">${html(text.slice(start, end))}</span>`;
    at = end;
  }
  return out + html(text.slice(at));
}

const markTerms = (text: string, sentence: ExportSentence) => marked(text, sentence, 'target');
const markSource = (text: string, sentence: ExportSentence) => marked(text, sentence, 'source');

const STYLE = `
body { font: 16px/1.6 Georgia, 'Times New Roman', serif; color: #1e2329; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } .meta { color: #5b6470; font: 0.85rem system-ui, sans-serif; }
table.pairs { width: 100%; border-collapse: collapse; } table.pairs td { vertical-align: top; padding: 0.25rem 0.75rem 0.25rem 0; width: 50%; }
tr.para-start td { padding-top: 0.9rem; } .heading { font-weight: bold; } .boilerplate { color: #5b6470; font-style: italic; }
.interleaved .source { margin: 0.8rem 0 0.1rem; } .interleaved .target { margin: 0 0 0.4rem; padding-left: 0.75rem; border-left: 3px solid #dcd6cb; }
.edited { text-decoration: underline dotted #1f4e79; text-underline-offset: 3px; } .untranslated { color: #5b6470; }
.term { border-bottom: 2px solid #1f4e79; } sup a { text-decoration: none; }
.legend, .notes, .glossary { font: 0.9rem/1.5 system-ui, sans-serif; } .glossary table { border-collapse: collapse; } .glossary td, .glossary th { border: 1px solid #dcd6cb; padding: 0.2rem 0.5rem; text-align: left; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; } tr, .pair { break-inside: avoid; } h1, h2, .heading { break-after: avoid; page-break-after: avoid; } h1 { break-before: page; } h1:first-of-type { break-before: auto; } }
`;

/** Bilingual HTML: side by side or interleaved, edits told apart, notes as footnotes. */
export function renderHtml(doc: ExportDocument): string {
  const { options } = doc;
  const numbers = numberNotes(doc);
  const notes: string[] = [];
  const refs = (sentence: ExportSentence, side: 'source' | 'target') =>
    sentence.notes
      .filter((n) => n.side === side && numbers.has(n))
      .map((n) => {
        const k = numbers.get(n)!;
        notes.push(`<li id="note-${k}">${n.quote ? `<q>${html(n.quote)}</q>: ` : ''}${html(n.body)} <a href="#ref-${k}">↩</a></li>`);
        return `<sup id="ref-${k}"><a href="#note-${k}">${k}</a></sup>`;
      })
      .join('');
  const target = (s: ExportSentence) =>
    s.target === null ? '<span class="untranslated">—</span>' : `<span class="${s.edited ? 'edited' : 'machine'}">${markTerms(s.target, s)}</span>${refs(s, 'target')}`;
  const source = (s: ExportSentence) => `${markSource(s.source, s)}${refs(s, 'source')}`;

  const articles = doc.articles.map((article) => {
    const paragraphs = visibleParagraphs(article, options);
    let body: string;
    if (options.translationOnly) {
      body = paragraphs.map((p) => `<p class="${p.role}">${p.sentences.map(target).join(' ')}</p>`).join('\n');
    } else if (options.layout === 'side') {
      const rows = paragraphs.flatMap((p) =>
        p.sentences.map((s, i) => `<tr class="${p.role}${i === 0 ? ' para-start' : ''}"><td lang="${html(article.sourceLang)}">${source(s)}</td><td lang="${html(article.targetLang)}">${target(s)}</td></tr>`),
      );
      body = `<table class="pairs">\n${rows.join('\n')}\n</table>`;
    } else {
      body = `<div class="interleaved">\n${paragraphs
        .flatMap((p) => p.sentences.map((s) => `<div class="pair ${p.role}"><p class="source" lang="${html(article.sourceLang)}">${source(s)}</p><p class="target" lang="${html(article.targetLang)}">${target(s)}</p></div>`))
        .join('\n')}\n</div>`;
    }
    const meta = [article.sourceName, article.importedAt.slice(0, 10), translatedWith(article)].filter(Boolean).join(' · ');
    return `<article>\n<h1>${html(article.title)}</h1>\n<p class="meta">${html(meta)}</p>\n${body}\n</article>`;
  });

  const glossary =
    options.includeGlossary && doc.glossary.length
      ? `<section class="glossary"><h2>Glossary</h2><table><tr><th>Spanish</th><th>English</th><th>Kind</th><th>Note</th></tr>${doc.glossary
          .map((g) => `<tr><td>${html(g.variants.join(' | '))}</td><td>${html(g.target)}</td><td>${html(g.kind)}</td><td>${html(g.note)}</td></tr>`)
          .join('')}</table></section>`
      : '';
  const title = doc.articles.length === 1 ? doc.articles[0]!.title : `${doc.articles.length} articles`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Glosa">
<title>${html(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${articles.join('\n')}
<p class="legend">Underlined with dots: English edited by the reader; the rest is machine translation. Terms underlined: glossary entries.</p>
${notes.length ? `<section class="notes"><h2>Notes</h2><ol>${notes.join('')}</ol></section>` : ''}
${glossary}
</body>
</html>
`;
}

export const render = (doc: ExportDocument): Buffer => Buffer.from(renderHtml(doc));
