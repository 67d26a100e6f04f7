import type { Note } from '../api';
import type { Library } from '../library';
import type { Notes } from '../notes';
import type { Glossary } from '../glossary/service';
import type { Translator } from '../translate/translator';
import { DEFAULT_EXPORT_OPTIONS, type ExportArticle, type ExportDocument, type ExportOptions } from './model';

/** The export of library articles: their translations as shown, edits, notes and glossary. */
export async function exportFromLibrary(
  deps: { library: Library; translator: Translator; notes: Notes; glossary: Glossary },
  ids: number[],
  options: Partial<ExportOptions> = {},
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ExportDocument> {
  const articles: ExportArticle[] = [];
  for (const [i, id] of ids.entries()) {
    if (signal?.aborted) throw new Error('cancelled');
    const article = deps.library.get(id);
    const state = await deps.translator.state(id);
    const notes = deps.notes.list(id);
    const byN = new Map(state.sentences.map((s) => [s.n, s]));
    const notesOf = (n: number) => notes.filter((note: Note) => note.n === n).map((note) => ({ side: note.side, quote: note.quote, body: note.body }));
    articles.push({
      title: article.title,
      sourceName: article.sourceName,
      importedAt: article.importedAt,
      sourceLang: article.sourceLang,
      targetLang: article.targetLang,
      engine: state.engine,
      via: state.via,
      paragraphs: article.paragraphs.map((p) => ({
        role: p.role,
        sentences: p.sentences.map((s) => {
          const t = byN.get(s.n);
          return {
            n: s.n,
            source: s.text,
            target: t?.text ?? null,
            edited: t?.state === 'edited',
            notes: notesOf(s.n),
            terms: (t?.terms ?? []).map((term) => ({ source: term.source, target: term.target, ok: term.ok, sourceRange: { start: term.start, end: term.end }, targetRange: term.targetRange })),
          };
        }),
      })),
    });
    onProgress?.(i + 1, ids.length);
  }
  return { articles, glossary: deps.glossary.records(), options: { ...DEFAULT_EXPORT_OPTIONS, ...options } };
}
