import fs from 'node:fs';
import path from 'node:path';
import { type CliHost, type ParsedArgs, UsageError, fileLanguage, readInput, withCore, writeAtomically } from './common';
import { GlosaError } from '../errors';
import { english } from '../messages';
import { isTargetLanguage } from '../contract';
import { formatOf } from '../glossary/formats';

/** `glosa terms FILE...`: the names and terms the files share, most useful first. */
export async function termsCommand({ values, positionals }: ParsedArgs, out: (t: string) => void): Promise<number> {
  if (values.help) return (out('Usage: glosa terms FILE... [--lang LANG] [--json]\n'), 0);
  if (!positionals.length) throw new UsageError('terms needs at least one file');
  const [{ parseArticleFile }, { segmentBlocks }, { extractOccurrences }, { buildSuggestions }, { language }, { occurrenceRow }] = await Promise.all([
    import('../article/import'),
    import('../article/segment'),
    import('../glossary/extract'),
    import('../glossary/suggest'),
    import('../languages'),
    import('../store/glossary'),
  ]);
  const rows = [];
  for (const [i, file] of positionals.entries()) {
    const parsed = await parseArticleFile(file, readInput(file));
    const lang = language(await fileLanguage(parsed, file, values.lang));
    const sentences = segmentBlocks(parsed.blocks, lang)
      .filter((p) => p.role !== 'boilerplate')
      .flatMap((p) => p.sentences.map((s) => s.text));
    for (const o of extractOccurrences(sentences, lang)) rows.push(occurrenceRow(i, o));
  }
  const terms = buildSuggestions(rows).map((s) => ({ canonical: s.canonical, variants: s.variants, kind: s.kind, count: s.count, articles: s.articles.length }));
  if (values.json) out(`${JSON.stringify({ terms })}\n`);
  else for (const t of terms) out(`${t.canonical}  (${t.kind}, ${t.count}× in ${t.articles})${t.variants.length > 1 ? `  ${t.variants.join(' | ')}` : ''}\n`);
  return 0;
}

/** `glosa glossary list|import FILE|export FILE`: the library's glossary. */
export async function glossaryCommand({ values, positionals }: ParsedArgs, host: CliHost, out: (t: string) => void): Promise<number> {
  const [action, ...args] = positionals;
  if (values.help || !action) {
    out('Usage: glosa glossary list [--json] | import FILE | export FILE  (.csv, .tsv or .tbx) [--to en|es: the entries\' language, by default the reading language]\n');
    return values.help ? 0 : 2;
  }
  const targetLang = values.to;
  if (targetLang !== undefined && !isTargetLanguage(targetLang)) throw new UsageError('--to must be en or es');
  return withCore(host, async (core) => {
    if (action === 'list') {
      const items = await core.api.listGlossary({});
      if (values.json) out(`${JSON.stringify({ entries: items }, null, 2)}\n`);
      else for (const i of items) out(`${i.status.padEnd(9)} ${i.canonical} → ${i.target} [${i.targetLang}]  (${i.kind}${i.variants.length > 1 ? `; ${i.variants.join(' | ')}` : ''})\n`);
      return 0;
    }
    const file = args[0];
    if (!file || args.length !== 1) throw new UsageError(`glossary ${action} needs one file`);
    const format = formatOf(file);
    if (!format) throw new UsageError(`${file}: use a .csv, .tsv or .tbx file`);
    if (action === 'import') {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      const result = await core.api.importGlossary({ name: path.basename(file), text, ...(targetLang ? { targetLang } : {}) });
      if (result.errors.length) throw new GlosaError('invalid_input', 'nothingImported', { errors: result.errors.map(english).join('; ') });
      out(`imported ${result.imported} entries from ${file}\n`);
      return 0;
    }
    if (action === 'export') {
      if (fs.existsSync(file) && !values.force) throw new UsageError(`${file} exists; add --force to overwrite it`);
      const lang = targetLang ?? (await core.api.getSettings({})).readingLanguage;
      const { text } = await core.api.exportGlossary({ format, targetLang: lang });
      const count = (await core.api.listGlossary({ status: 'accepted' })).filter((i) => i.targetLang === lang).length;
      writeAtomically(path.resolve(file), Buffer.from(text));
      out(`exported ${count} entries into ${lang} to ${file}\n`);
      return 0;
    }
    throw new UsageError(`unknown glossary action "${action}"`);
  });
}

