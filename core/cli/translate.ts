import path from 'node:path';
import { type EngineChoice, isEngineChoice, isTargetLanguage, LanguageTagPattern, MODEL_DTYPES, type ModelDtype } from '../contract';
import { type CliHost, type ParsedArgs, UsageError, coreOptions, readGlossaryFile, readInput, withCore } from './common';
import { GlosaError } from '../errors';
import { english, type Message } from '../messages';
import { PivotEngine } from '../translate/pivot';
import type { ModelInfo } from '../api';
import type { ExportTerm } from '../export/model';

function dtypeOf(value: string | undefined): ModelDtype | undefined {
  if (value === undefined) return undefined;
  if (!(MODEL_DTYPES as readonly string[]).includes(value)) throw new UsageError(`--dtype must be one of ${MODEL_DTYPES.join(', ')}`);
  return value as ModelDtype;
}

/** `glosa translate FILE`: the article's sentences and their English, on this machine. */
export async function translateCommand({ values, positionals }: ParsedArgs, host: CliHost, out: (t: string) => void): Promise<number> {
  if (values.help) return (out('Usage: glosa translate FILE [--from LANG] [--to en|es] [--engine opus-mt|apertium] [--model DIR] [--dtype q8|fp32] [--glossary FILE] [--json]\n'), 0);
  if (positionals.length !== 1) throw new UsageError('translate needs exactly one file');
  const engineChoice = values.engine ?? 'auto';
  if (!isEngineChoice(engineChoice)) throw new UsageError('--engine must be opus-mt or apertium');
  if (values.model && engineChoice === 'apertium') throw new UsageError('--model is for the opus-mt engine');
  const dtype = dtypeOf(values.dtype);
  const languages = languageOptions(values);
  const file = positionals[0]!;
  const bytes = readInput(file);

  const { engineName, paragraphs, sourceLang, targetLang, pivot } = await translateFile(file, bytes, {
    ...languages,
    choice: values.model ? 'opus-mt' : engineChoice,
    modelDir: values.model ? path.resolve(values.model) : undefined,
    dtype,
    glossaryFile: values.glossary,
    includeBoilerplate: Boolean(values['include-boilerplate']),
    host,
    progress: !values.json,
  });
  const segments = paragraphs
    .filter((p) => values['include-boilerplate'] || p.role !== 'boilerplate')
    .flatMap((p) => p.sentences.map((s) => ({ source: s.source, target: s.target, terms: s.terms.map(({ source, target, ok }) => ({ source, target, ok })) })));
  if (values.json) out(`${JSON.stringify({ engine: engineName, from: sourceLang, to: targetLang, pivot, segments })}\n`);
  else for (const s of segments) out(`${s.source}\n  → ${s.target}\n`);
  return 0;
}

/** --from (the article's language; detected when not given) and --to (en or es; English by default). */
export function languageOptions(values: { from?: string; to?: string }): { from?: string; to: 'en' | 'es' } {
  if (values.from !== undefined && !LanguageTagPattern.test(values.from)) throw new UsageError('--from must be a language code such as fr or uk');
  const to = values.to ?? 'en';
  if (!isTargetLanguage(to)) throw new UsageError('--to must be en or es');
  return { from: values.from, to };
}

export type TranslatedParagraph = {
  role: 'heading' | 'body' | 'boilerplate';
  sentences: { source: string; target: string | null; terms: ExportTerm[] }[];
};

/**
 * Reads, segments and translates one file with a one-off engine, holding the English to
 * a glossary file when one is given. Boilerplate stays untranslated unless asked for.
 */
export async function translateFile(
  file: string,
  bytes: Buffer,
  options: { choice: EngineChoice; modelDir?: string; dtype?: ModelDtype; glossaryFile?: string; includeBoilerplate: boolean; host: CliHost; progress: boolean; from?: string; to?: 'en' | 'es' },
): Promise<{ engineName: string; title: string; paragraphs: TranslatedParagraph[]; sourceLang: string; targetLang: string; pivot: string[] }> {
  const records = options.glossaryFile ? readGlossaryFile(options.glossaryFile) : [];
  const [{ parseArticleFile }, { segmentBlocks }, { loadEngine }, { renderingProbe, readRenderingProbe }, { formsToRender, presentSentence }, { findLanguage }, { language }] = await Promise.all([
    import('../article/import'),
    import('../article/segment'),
    import('../translate/load'),
    import('../glossary/match'),
    import('../translate/presentation'),
    import('../library'),
    import('../languages'),
  ]);
  const parsed = await parseArticleFile(file, bytes);
  const sourceLang = options.from ?? (await findLanguage(parsed, file, 'es')).code;
  const targetLang = options.to ?? 'en';
  const paragraphs = segmentBlocks(parsed.blocks, language(sourceLang));
  const core = coreOptions(options.host);
  const engine = await loadEngine({
    choice: options.choice,
    modelDir: options.modelDir,
    dtype: options.dtype,
    modelsDir: core.modelsDir,
    manifestFile: core.manifestFile,
    pair: { from: sourceLang, to: targetLang },
  });
  try {
    const entries = records.map((r, id) => ({ id, target: r.target, mode: 'enforce' as const, variants: r.variants }));
    const wanted = paragraphs.filter((p) => options.includeBoilerplate || p.role !== 'boilerplate').flatMap((p) => p.sentences.map((s) => s.text));
    // The engine's own rendering of each spelling the sentences hold, for repairs, as the app asks for it.
    const forms = formsToRender(wanted, entries);
    const renderings = new Map<string, string>();
    if (forms.length) (await engine.translateBatch(forms.map(renderingProbe))).forEach((out, i) => renderings.set(forms[i]!, readRenderingProbe(forms[i]!, out.text)));
    const translated = new Map<string, string>();
    for (let i = 0; i < wanted.length; i += engine.batchSize) {
      const batch = wanted.slice(i, i + engine.batchSize);
      const results = await engine.translateBatch(batch);
      batch.forEach((source, k) => translated.set(source, results[k]!.text));
      if (options.progress && process.stderr.isTTY) process.stderr.write(`\r${Math.min(i + engine.batchSize, wanted.length)}/${wanted.length} sentences`);
    }
    if (options.progress && process.stderr.isTTY) process.stderr.write('\n');
    return {
      engineName: engine.id,
      sourceLang,
      targetLang,
      pivot: engine instanceof PivotEngine ? [engine.via] : [],
      title: parsed.title,
      paragraphs: paragraphs.map((p) => ({
        role: p.role,
        sentences: p.sentences.map((s) => {
          // The sentence as the app shows it: the same function holds it to the glossary.
          const shown = presentSentence(s.text, translated.get(s.text) ?? null, false, entries, renderings);
          return { source: s.text, target: shown.text, terms: shown.terms.map((t) => ({ source: t.source, target: t.target, ok: t.ok, sourceRange: { start: t.start, end: t.end }, targetRange: t.targetRange })) };
        }),
      })),
    };
  } finally {
    await engine.dispose();
  }
}

/** `glosa model list|download|import DIR|verify|remove`. */
export async function modelCommand({ values, positionals }: ParsedArgs, host: CliHost, out: (t: string) => void): Promise<number> {
  const [action, ...args] = positionals;
  if (values.help || !action) {
    out('Usage: glosa model list | download [ID] | import DIR [ID] | verify [ID] | remove [ID]  [--dtype q8|fp32] [--json]  (ID from "glosa model list"; opus-mt-es-en by default)\n');
    return values.help ? 0 : 2;
  }
  const dtype = dtypeOf(values.dtype);
  const id = (action === 'import' ? args[1] : args[0]) ?? 'opus-mt-es-en';
  return withCore(host, async (core) => {
    const show = (models: ModelInfo[]) => {
      if (values.json) return out(`${JSON.stringify({ models }, null, 2)}\n`);
      for (const m of models) {
        out(`${m.id}  ${m.repo}@${m.revision.slice(0, 7)}  ${m.dir}\n`);
        for (const d of m.dtypes) out(`  ${d.dtype.padEnd(5)} ${d.status.padEnd(10)} ${(d.bytes / 1e6).toFixed(0)} MB${d.problem ? `  ${english(d.problem)}` : ''}\n`);
      }
    };
    // Every action goes through the API, as the app's do: the same checks, the same messages.
    const current = async () => (await core.api.listModels({})).filter((m) => m.id === id);
    switch (action) {
      case 'list':
        show(await core.api.listModels({}));
        return 0;
      case 'download': {
        // The download runs in the background; its progress and outcome arrive as events.
        const finished = new Promise<{ ok: boolean; message: Message | null }>((resolve) => {
          const stop = core.events.on((event) => {
            if (event.type === 'download' && event.progress.modelId === id && !values.json) {
              const p = event.progress;
              const pct = p.totalBytes ? ((p.doneBytes / p.totalBytes) * 100).toFixed(0) : '?';
              const eta = p.secondsLeft === null ? '' : `, ${Math.ceil(p.secondsLeft)} s left`;
              process.stderr.write(`\r${pct}%  ${(p.doneBytes / 1e6).toFixed(1)}/${(p.totalBytes / 1e6).toFixed(1)} MB  ${(p.speed / 1e6).toFixed(1)} MB/s${eta}  ${p.file}      `);
            }
            if (event.type === 'download-finished' && event.modelId === id) {
              stop();
              resolve(event);
            }
          });
        });
        const cancel = () => void core.api.cancelDownload({ id });
        process.once('SIGINT', cancel);
        try {
          await core.api.downloadModel({ id, ...(dtype ? { dtype } : {}) });
          const outcome = await finished;
          if (!values.json) process.stderr.write('\n');
          if (!outcome.ok) throw new GlosaError('unavailable', outcome.message?.key ?? 'downloadError', outcome.message?.params ?? { detail: 'no answer' });
        } finally {
          process.off('SIGINT', cancel);
        }
        show(await current());
        return 0;
      }
      case 'import': {
        if (args.length < 1 || args.length > 2) throw new UsageError('model import needs the folder to import (and, optionally, the model id)');
        show([await core.api.importModel({ id, path: path.resolve(args[0]!) })]);
        return 0;
      }
      case 'verify': {
        try {
          show([await core.api.verifyModel({ id })]);
        } catch (error) {
          show(await current());
          throw error;
        }
        return 0;
      }
      case 'remove':
        show([await core.api.removeModel({ id })]);
        return 0;
      default:
        throw new UsageError(`unknown model action "${action}"`);
    }
  });
}
