import type { ImportResult } from '../api';
import type { GlosaCore } from '../app';
import { errorFromBody, GlosaError, ImportError } from '../errors';
import { defaultDataDir } from '../paths';
import { writeOpenerPage } from '../server/opener';
import { VERSION } from '../version';
import path from 'node:path';
import { type CliHost, UsageError, coreOptions, fileLanguage, parse, readInput, withCore } from './common';

export type { CliHost } from './common';

const HELP = `glosa ${VERSION}: read news in other languages beside a translation made on this computer

Usage:
  glosa import FILE|FOLDER...   add articles (.txt, .md, .html, .docx) to the library
  glosa list [--query TEXT]     list the library's articles, or search them
  glosa segment FILE            show an article's paragraphs and sentences (--lang to set the language)
  glosa translate FILE          translate an article on this computer
        [--engine opus-mt|apertium] [--model DIR] [--dtype q8|fp32] [--glossary FILE]
  glosa terms FILE...           the names and terms that recur in the files
  glosa languages               the language pairs this computer translates, and how
  glosa glossary list           the library's glossary
  glosa glossary import FILE    add entries from a .csv, .tsv or .tbx file
  glosa glossary export FILE    write the glossary (.csv, .tsv or .tbx; --force overwrites)
  glosa model list              the translation models and their state
  glosa model download [--dtype q8|fp32]
  glosa model import DIR        install a model from a folder
  glosa model verify            check the installed files against their hashes
  glosa model remove
  glosa export FILE... --format html|md|docx|pdf|tmx|tbx|csv|anki --out PATH
        [--glossary FILE] [--engine ...] [--layout side|interleaved] [--bundle] [--force]
  glosa serve [--port N]        serve the app on 127.0.0.1 and print its address

Options:
  --json         print one JSON document on stdout
  --open         (serve) open the address in the system browser
  -h, --help     show this help
  -v, --version  show the version

The library lives in ${defaultDataDir()} (set GLOSA_DATA_DIR to use another folder).
`;

export async function runCli(argv: string[], host: CliHost): Promise<number> {
  const out = host.stdout ?? ((t: string) => process.stdout.write(t));
  const err = host.stderr ?? ((t: string) => process.stderr.write(t));
  try {
    return await dispatch(argv, host, out);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`glosa: ${error.message} (see glosa --help)\n`);
      return 2;
    }
    if (error instanceof GlosaError || error instanceof ImportError) {
      err(`glosa: ${error.message}\n`);
      return 1;
    }
    err(`glosa: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.GLOSA_DEBUG) console.error(error);
    return 1;
  }
}

async function dispatch(argv: string[], host: CliHost, out: (t: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    out(HELP);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    out(`${VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'import':
      return importCommand(rest, host, out);
    case 'list':
      return listCommand(rest, host, out);
    case 'segment':
      return segmentCommand(rest, out);
    case 'serve':
      return serveCommand(rest, host, out);
    case '__backend':
      return backendCommand(host);
    case 'translate':
      return (await import('./translate')).translateCommand(parse(rest), host, out);
    case 'model':
      return (await import('./translate')).modelCommand(parse(rest), host, out);
    case 'terms':
      return (await import('./glossary')).termsCommand(parse(rest), out);
    case 'languages':
      return languagesCommand(rest, host, out);
    case 'glossary':
      return (await import('./glossary')).glossaryCommand(parse(rest), host, out);
    case 'export':
      return (await import('./export')).exportCommand(parse(rest), host, out);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function importCommand(args: string[], host: CliHost, out: (t: string) => void): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) return (out('Usage: glosa import FILE|FOLDER... [--json]\n'), 0);
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder');
  const { importPaths } = await import('./import');
  // Each imported article is indexed for the glossary as it is stored, as in the app.
  const results = await withCore(host, (core) => importPaths(core.api, positionals));
  if (values.json) out(`${JSON.stringify({ results: results.map((r) => ('article' in r ? { ...r, article: withLanguage(r.article) } : r)) }, null, 2)}\n`);
  else for (const r of results) out(`${describeImport(r)}\n`);
  return results.some((r) => r.status === 'error') ? 1 : 0;
}

/** An article in the command's JSON: its `language` (BCP 47) beside the API's fields. */
function withLanguage<T extends { sourceLang: string }>(article: T): T & { language: string } {
  return { ...article, language: article.sourceLang };
}

function describeImport(r: ImportResult): string {
  if (r.status === 'imported') return `imported   ${r.name}: "${r.article.title}" (${r.article.sentenceCount} sentences, ${r.article.sourceLang}${r.article.sourceLangSure ? "" : "?"})`;
  if (r.status === 'duplicate') return `duplicate  ${r.name}: already in the library as "${r.article.title}"`;
  return `failed     ${r.message}`;
}

async function listCommand(args: string[], host: CliHost, out: (t: string) => void): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) return (out('Usage: glosa list [--query TEXT] [--json]\n'), 0);
  if (positionals.length) throw new UsageError(`list takes no file arguments (got "${positionals[0]}")`);
  const query = values.query;
  const articles = await withCore(host, (core) => core.api.listArticles(query ? { query } : {}));
  if (values.json) {
    out(`${JSON.stringify({ articles: articles.map(({ snippet, ...a }) => withLanguage(snippet ? { ...a, snippet: plainSnippet(snippet) } : a)) }, null, 2)}\n`);
  } else if (articles.length === 0) {
    out(query ? `No article matches "${query}".\n` : 'The library is empty. Add articles with: glosa import FILE\n');
  } else {
    for (const a of articles) out(`${String(a.id).padStart(5)}  ${a.importedAt.slice(0, 10)}  ${a.sourceLang}→${a.targetLang}${a.sourceLangSure ? " " : "?"}  ${a.title}\n`);
  }
  return 0;
}

function plainSnippet(snippet: string): string {
  return snippet.replace(/\ue000/g, '[').replace(/\ue001/g, ']');
}

/** `glosa languages`: every source language into English and Spanish, with the engines that serve each pair. */
async function languagesCommand(args: string[], host: CliHost, out: (t: string) => void): Promise<number> {
  const { values } = parse(args);
  if (values.help) return (out('Usage: glosa languages [--json]\n'), 0);
  const { pairs } = await withCore(host, (core) => core.api.getLanguagePairs({}));
  if (values.json) out(`${JSON.stringify({ pairs })}\n`);
  else {
    for (const p of pairs) {
      const served = p.engines.filter((e) => e.available).map((e) => (e.pivot.length ? `${e.id} through ${e.pivot.join(', ')}` : e.id));
      out(`${p.from} → ${p.to}  ${served.length ? served.join('; ') : `no engine on this computer${howToGet(p.get)}`}\n`);
    }
  }
  return 0;
}

/** What to download or install for a pair that no engine serves here. */
function howToGet({ models, package: pkg }: { models: string[]; package: string | null }): string {
  const ways = [models.length > 0 && `glosa model download ${models.join(', then ')}`, pkg && `install ${pkg}`].filter(Boolean);
  return ways.length ? ` (${ways.join(', or ')})` : ' (no engine Glosa knows reads it yet)';
}

async function segmentCommand(args: string[], out: (t: string) => void): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) return (out('Usage: glosa segment FILE [--lang LANG] [--json]\n'), 0);
  if (positionals.length !== 1) throw new UsageError('segment needs exactly one file');
  const file = positionals[0]!;
  const bytes = readInput(file);
  const [{ parseArticleFile }, { segmentBlocks }, { language }] = await Promise.all([import('../article/import'), import('../article/segment'), import('../languages')]);
  const parsed = await parseArticleFile(file, bytes);
  const lang = await fileLanguage(parsed, file, values.lang);
  const paragraphs = segmentBlocks(parsed.blocks, language(lang)).map((p) => ({ role: p.role, sentences: p.sentences.map((s) => s.text) }));
  if (values.json) out(`${JSON.stringify({ paragraphs })}\n`);
  else for (const p of paragraphs) out(`[${p.role}]\n${p.sentences.map((s) => `  ${s}`).join('\n')}\n`);
  return 0;
}

async function serveCommand(args: string[], host: CliHost, out: (t: string) => void): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) return (out('Usage: glosa serve [--port N] [--open]\n'), 0);
  if (positionals.length) throw new UsageError(`serve takes no arguments (got "${positionals[0]}")`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535`);

  const staticDir = await host.ensureRenderer();
  const [{ BackendSupervisor }, { forkBackend }, { startBrowserServer }] = await Promise.all([
    import('../backend/supervisor'),
    import('../backend/node-child'),
    import('../server/http'),
  ]);
  // The library lives in a backend process of its own, as in the desktop app: if it dies,
  // it is started again and the page carries on.
  const backend = new BackendSupervisor({
    spawn: () => forkBackend(path.join(host.rootDir, 'bin', 'glosa.js'), ['__backend'], process.env),
  });
  const status = await backend.call('getStatus', {});
  if (!status.ok) {
    backend.stop();
    throw errorFromBody(status.error);
  }
  let server;
  try {
    server = await startBrowserServer({ handler: backend.call, events: backend.events, staticDir, port });
  } catch (error) {
    backend.stop();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new GlosaError('internal', 'portInUse', { port });
    throw error;
  }
  out(`Glosa is serving your library (${defaultDataDir()}) on this computer only. Open:\n${server.url}\n`);
  let opener: { remove(): void } | null = null;
  if (values.open) {
    const page = writeOpenerPage(server.url);
    opener = page;
    if (!host.openInBrowser(page.fileUrl)) out('(No browser could be opened here: open the address above yourself.)\n');
    // The browser has read the page long before this; the token should not outlive its use on disk.
    setTimeout(() => page.remove(), 60_000).unref();
  }
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  opener?.remove();
  await running.close();
  backend.stop();
  return 0;
}

/** The backend process of `glosa serve`: the library, answering over Node's IPC channel. */
async function backendCommand(host: CliHost): Promise<number> {
  const [{ openCore }, { createApiHandler }, { hostBackend }, { parentPort }] = await Promise.all([
    import('../app'),
    import('../handler'),
    import('../backend/host'),
    import('../backend/node-child'),
  ]);
  let opened: GlosaCore | null = null;
  hostBackend(parentPort(), async () => {
    opened = await openCore(coreOptions(host));
    return { handler: createApiHandler(opened.api), events: opened.events };
  });
  // The backend lives as long as the server that started it, which stops it by letting go
  // of the channel. Ctrl+C reaches the whole process group: the server handles it.
  process.on('SIGINT', () => undefined);
  await new Promise<void>((resolve) => {
    process.once('disconnect', resolve);
    process.once('SIGTERM', resolve);
  });
  await (opened as GlosaCore | null)?.close();
  process.exit(0);
}
