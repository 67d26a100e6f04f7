import fs from 'node:fs';
import path from 'node:path';
import { type CliHost, type ParsedArgs, UsageError, readGlossaryFile, readInput, writeAtomically } from './common';
import { BUNDLEABLE_FORMATS, type ExportFormatName, isEngineChoice } from '../contract';

/**
 * `glosa export FILE... --format F --out PATH`: articles translated on this computer and
 * written as a bilingual document, a translation memory or a glossary. An existing file is
 * replaced only with --force, and every file is written whole or not at all.
 */
export async function exportCommand({ values, positionals }: ParsedArgs, host: CliHost, out: (t: string) => void): Promise<number> {
  const [{ EXPORT_FORMATS, renderBundle, renderExport }, { DEFAULT_EXPORT_OPTIONS }, { translateFile, languageOptions }] = await Promise.all([
    import('../export/index'),
    import('../export/model'),
    import('./translate'),
  ]);
  if (values.help) {
    out(`Usage: glosa export FILE... --format ${EXPORT_FORMATS.join('|')} --out PATH [--from LANG] [--to en|es] [--glossary FILE] [--engine opus-mt|apertium] [--layout side|interleaved] [--translation-only] [--include-boilerplate] [--bundle] [--force]\n`);
    return 0;
  }
  if (!positionals.length) throw new UsageError('export needs at least one article file');
  const format = values.format;
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.out) throw new UsageError('export needs --out PATH');
  const engine = values.engine ?? 'auto';
  if (!isEngineChoice(engine)) throw new UsageError('--engine must be opus-mt or apertium');
  const layout = values.layout ?? 'side';
  if (layout !== 'side' && layout !== 'interleaved') throw new UsageError('--layout must be side or interleaved');
  const target = path.resolve(values.out);
  if (fs.existsSync(target) && !values.force) throw new UsageError(`${values.out} exists; add --force to replace it`);
  if (!fs.existsSync(path.dirname(target))) throw new UsageError(`the folder of ${values.out} does not exist`);
  if (values.bundle && !(BUNDLEABLE_FORMATS as string[]).includes(format)) throw new UsageError(`--bundle goes with --format ${BUNDLEABLE_FORMATS.join(', ')}`);

  const languages = languageOptions(values);
  const records = values.glossary ? readGlossaryFile(values.glossary) : [];
  const articles = [];
  for (const file of positionals) {
    const translated = await translateFile(file, readInput(file), {
      ...languages,
      choice: values.model ? 'opus-mt' : engine,
      modelDir: values.model ? path.resolve(values.model) : undefined,
      glossaryFile: values.glossary,
      includeBoilerplate: Boolean(values['include-boilerplate']),
      host,
      progress: false,
    });
    articles.push({
      title: translated.title,
      sourceName: path.basename(file),
      importedAt: new Date().toISOString(),
      sourceLang: translated.sourceLang,
      targetLang: translated.targetLang,
      engine: translated.engineName,
      via: translated.pivot[0] ?? null,
      paragraphs: translated.paragraphs.map((p) => ({
        role: p.role,
        sentences: p.sentences.map((s, n) => ({ n, source: s.source, target: s.target, edited: false, notes: [], terms: s.terms })),
      })),
    });
    process.stderr.write(`translated ${file}\n`);
  }
  const doc = {
    articles,
    glossary: records,
    options: {
      ...DEFAULT_EXPORT_OPTIONS,
      layout,
      translationOnly: Boolean(values['translation-only']),
      includeBoilerplate: Boolean(values['include-boilerplate']),
    } as const,
  };
  const chosen = format as ExportFormatName;
  const file = values.bundle ? await renderBundle(doc, chosen) : await renderExport(doc, chosen);
  writeAtomically(target, file.bytes);
  out(`wrote ${values.out} (${format}${values.bundle ? ' bundle' : ''}, ${file.bytes.length} bytes)\n`);
  return 0;
}

