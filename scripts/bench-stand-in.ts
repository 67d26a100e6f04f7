/**
 * The neural engine's speed and memory on the full-size Opus-MT stand-in (random weights:
 * figures of speed and memory, never of quality). Each form and thread count runs in a
 * process of its own, so that one's memory never counts in another's:
 *
 *   - Glosa's translator on the three samples (the API, as the reader's window asks), and the
 *     same graph driven by a bare greedy loop on onnxruntime-node (tests/support/ort-greedy.ts);
 *   - batches of 1, 4, 8 and 16 sentences sorted by length, on the bare loop;
 *   - model load, a cold open to its first translated sentence, resident memory.
 *
 * Each sentence is decoded to the length of a reference translation: Apertium's English of
 * it, in the stand-in tokenizer's pieces (the source's own length where Apertium is missing).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../core/app';
import { parsePlainText } from '../core/article/plain';
import { segmentBlocks } from '../core/article/segment';
import { normaliseSource } from '../core/store/source-hash';
import { detectApertium } from '../core/translate/apertium';
import type { OpusMtRunOptions } from '../core/translate/opus-mt';
import { OrtGreedy } from '../tests/support/ort-greedy';
import { SAMPLES_DIR, SAMPLE_FILES } from '../tests/support/fixtures';
import { ROOT, tempDataDir } from '../tests/support/serve';
import { STAND_IN_LABEL, standInTexts, writeStandInModel } from './stand-in-model';

type Dtype = 'fp32' | 'q8';
const STAND_IN_DIR = path.join(ROOT, 'models', '.stand-in', 'opus-mt-es-en');
const STAMP = 'stand-in-v1';
/** Rounds of the translator against the bare loop, alternated. */
const ROUNDS = 3;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The samples' sentences as the translator sends them (boilerplate left out), article by article. */
function sampleArticles(): string[][] {
  return SAMPLE_FILES.map((f) =>
    segmentBlocks(parsePlainText(fs.readFileSync(path.join(SAMPLES_DIR, f), 'utf8')).blocks)
      .filter((p) => p.role !== 'boilerplate')
      .flatMap((p) => p.sentences.map((s) => normaliseSource(s.text))),
  );
}

type Tokenizer = { encode(text: string): number[] };
async function tokenizerOf(dir: string): Promise<Tokenizer> {
  const { AutoTokenizer, env } = await import('@huggingface/transformers');
  env.allowRemoteModels = false;
  env.localModelPath = `${path.dirname(dir)}${path.sep}`;
  const warn = console.warn;
  console.warn = () => {};
  try {
    return (await AutoTokenizer.from_pretrained(path.basename(dir), { local_files_only: true })) as unknown as Tokenizer;
  } finally {
    console.warn = warn;
  }
}

type Plan = { modelDir: string; modelsDir: string; lengths: Record<string, number>; articles: string[][]; sentences: string[]; memorySentences: number };
type Figures = {
  dtype: Dtype;
  threads: number;
  loadMs: number;
  rssLoadedMb: number;
  coldFirstAfterLoadMs: number;
  coldFirstFromOpenMs: number;
  glosaWordsPerSecond: number;
  glosaSentencesPerSecond: number;
  rawWordsPerSecond: number;
  rawSentencesPerSecond: number;
  /** Glosa's words/s over the bare loop's, the median of the rounds' (each round's pair run one after the other). */
  ratio: number;
  sameBatchesRatio: number;
  rounds: number;
  rawByArticleWordsPerSecond: number;
  rawSameBatchesWordsPerSecond: number;
  engineSameBatchesWordsPerSecond: number;
  glosaBatchSizes: number[];
  batches: { size: number; wordsPerSecond: number; sentencesPerSecond: number }[];
  memory?: { sentences: number; growthPercent: number; peakMb: number };
};

/** What the child is doing, on stderr while it runs (its figures go to stdout at the end). */
const phase = (what: string) => process.stderr.write(`    … ${what} (${new Date().toISOString().slice(11, 19)})\n`);

/** Runs in a child process: one form at one thread count. */
async function measure(plan: Plan, dtype: Dtype, threads: number, withMemory: boolean): Promise<Figures> {
  const forcedLength = (source: string) => plan.lengths[normaliseSource(source)];
  const run: OpusMtRunOptions = { threads, forcedLength };
  const sourceWords = plan.sentences.reduce((n, s) => n + words(s), 0);
  const tokenizer = await tokenizerOf(plan.modelDir);

  phase('cold open');
  // A cold open: the reader opens an article and asks for its translation, no model loaded.
  const core = await openCore({ dataDir: tempDataDir('glosa-bench-standin-'), samplesDir: SAMPLES_DIR, modelsDir: plan.modelsDir, apertiumCommand: '/nonexistent', opus: run });
  await core.api.updateSettings({ engine: 'opus-mt', dtype });
  const ids = (await core.api.listArticles({})).map((a) => a.id);
  let first = 0;
  const t0 = performance.now();
  const firstSentence = new Promise<void>((resolve) => {
    const stop = core.events.on((e) => {
      if (e.type === 'sentence' && e.sentence.state === 'done') {
        first = performance.now();
        stop();
        resolve();
      }
    });
  });
  await core.api.getArticle({ id: ids[0]! });
  await core.api.translateArticle({ id: ids[0]! });
  await core.engines.get('opus-mt');
  const loaded = performance.now();
  await firstSentence;
  const rssLoaded = process.memoryUsage().rss;
  await waitIdle(core, ids.slice(0, 1));
  await core.close();

  // The bare loop's sessions, open beside Glosa's for the whole comparison.
  const greedy = await OrtGreedy.open(plan.modelDir, dtype, run);
  /** Each group's sentences sorted by length and cut into batches of `size`. */
  const sortedBatches = (groups: string[][], size: number) =>
    groups.flatMap((group) => {
      const lengths = new Map(group.map((s) => [s, tokenizer.encode(s).length]));
      const byLength = [...group].sort((a, b) => lengths.get(a)! - lengths.get(b)!);
      return Array.from({ length: Math.ceil(byLength.length / size) }, (_, i) => byLength.slice(i * size, (i + 1) * size));
    });
  const rawOn = async (batches: string[][]) => {
    const t = performance.now();
    for (const batch of batches) await greedy.generate(batch.map((s) => tokenizer.encode(s)), batch.map((s) => forcedLength(s) ?? 0));
    return (performance.now() - t) / 1000;
  };
  const rawRun = (groups: string[][], size: number) => rawOn(sortedBatches(groups, size));

  // Glosa's translator on the three samples, the model loaded first, in a library of its own.
  const warm = await openCore({ dataDir: tempDataDir('glosa-bench-standin-'), samplesDir: SAMPLES_DIR, modelsDir: plan.modelsDir, apertiumCommand: '/nonexistent', opus: run });
  await warm.api.updateSettings({ engine: 'opus-mt', dtype });
  const engine = await warm.engines.get('opus-mt');
  const translate = engine.translateBatch.bind(engine);
  // Both warmed up alike (one pass over the sentences; Glosa's straight to its engine, so that
  // the translator's cache stays empty): neither figure carries the sessions' first runs.
  phase('warm-up');
  for (let i = 0; i < plan.sentences.length; i += engine.batchSize) await translate(plan.sentences.slice(i, i + engine.batchSize));
  await rawRun([plan.sentences], 8);
  // The batches the translator makes, to drive the bare loop and the engine with the very same ones.
  let glosaBatches: string[][] = [];
  engine.translateBatch = (sources, signal) => {
    glosaBatches.push(sources);
    return translate(sources, signal);
  };
  const articles = (await warm.api.listArticles({})).map((a) => a.id);
  // Rounds that alternate the translator and the bare loop, each figure the median of its
  // rounds: a machine shared with others runs faster and slower from minute to minute.
  const rounds: { glosa: number; raw: number; same: number; engine: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    phase(`round ${round} of ${ROUNDS}: Glosa's translator, the bare loop, the same batches on each`);
    warm.database.run('DELETE FROM translations');
    glosaBatches = [];
    const t1 = performance.now();
    const done = waitIdle(warm, articles);
    for (const id of articles) await warm.api.translateArticle({ id });
    await done;
    const glosa = (performance.now() - t1) / 1000;
    const raw = await rawRun([plan.sentences], 8);
    const same = await rawOn(glosaBatches);
    // The engine alone on the same batches, outside the translator: what the translator adds.
    const t3 = performance.now();
    for (const batch of glosaBatches) await translate(batch);
    rounds.push({ glosa, raw, same, engine: (performance.now() - t3) / 1000 });
  }
  await warm.close();
  const median = (pick: (r: (typeof rounds)[number]) => number) => {
    const sorted = rounds.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  const glosaSeconds = median((r) => r.glosa);

  const batches = [];
  for (const size of [1, 4, 8, 16]) {
    phase(`bare loop, batches of ${size}`);
    const seconds = await rawRun([plan.sentences], size);
    batches.push({ size, wordsPerSecond: sourceWords / seconds, sentencesPerSecond: plan.sentences.length / seconds });
  }
  phase('bare loop, article by article');
  const rawByArticleWordsPerSecond = sourceWords / (await rawRun(plan.articles, 8));
  await greedy.dispose();
  const rawSeconds = median((r) => r.raw);
  const ratio = median((r) => r.raw / r.glosa);
  const rawSameBatchesWordsPerSecond = sourceWords / median((r) => r.same);
  const engineSameBatchesWordsPerSecond = sourceWords / median((r) => r.engine);

  let memory: Figures['memory'];
  if (withMemory) phase('memory');
  if (withMemory) memory = await memoryGrowth(plan, dtype, run);
  return {
    dtype,
    threads,
    loadMs: loaded - t0,
    rssLoadedMb: rssLoaded / 1e6,
    coldFirstAfterLoadMs: first - loaded,
    coldFirstFromOpenMs: first - t0,
    glosaWordsPerSecond: sourceWords / glosaSeconds,
    glosaSentencesPerSecond: plan.sentences.length / glosaSeconds,
    rawWordsPerSecond: sourceWords / rawSeconds,
    rawSentencesPerSecond: plan.sentences.length / rawSeconds,
    ratio,
    sameBatchesRatio: median((r) => r.same / r.glosa),
    rounds: rounds.length,
    rawByArticleWordsPerSecond,
    rawSameBatchesWordsPerSecond,
    engineSameBatchesWordsPerSecond,
    glosaBatchSizes: glosaBatches.map((b) => b.length),
    batches,
    memory,
  };
}

function waitIdle(core: Awaited<ReturnType<typeof openCore>>, ids: number[]): Promise<void> {
  const waiting = new Set(ids);
  return new Promise((resolve) => {
    const stop = core.events.on((e) => {
      if (e.type === 'progress' && !e.running) waiting.delete(e.articleId);
      if (waiting.size === 0) {
        stop();
        resolve();
      }
    });
  });
}

/** Glosa's engine over many sentences: resident memory after a warm-up and at the end. */
async function memoryGrowth(plan: Plan, dtype: Dtype, run: OpusMtRunOptions): Promise<NonNullable<Figures['memory']>> {
  const { OpusMtEngine } = await import('../core/translate/opus-mt');
  const engine = await OpusMtEngine.load({ dir: plan.modelDir, dtype, revision: 'stand-in', run });
  const gc = (globalThis as { gc?: () => void }).gc;
  let peak = 0;
  const translate = async (count: number) => {
    for (let i = 0; i < count; i += engine.batchSize) {
      await engine.translateBatch(Array.from({ length: engine.batchSize }, (_, k) => plan.sentences[(i + k) % plan.sentences.length]!));
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  };
  await translate(plan.sentences.length * 2);
  gc?.();
  const before = process.memoryUsage().rss;
  await translate(plan.memorySentences);
  gc?.();
  const after = process.memoryUsage().rss;
  await engine.dispose();
  return { sentences: plan.memorySentences, growthPercent: ((after - before) / before) * 100, peakMb: peak / 1e6 };
}

/** The reference lengths: Apertium's English of each sentence, in the stand-in's pieces. */
async function referenceLengths(sentences: string[], tokenizer: Tokenizer): Promise<{ lengths: Record<string, number>; reference: string }> {
  const lengths: Record<string, number> = {};
  const pieces = (text: string) => tokenizer.encode(text).length - 1; // without the end token
  if ((await detectApertium()).available) {
    const { ApertiumEngine } = await import('../core/translate/apertium');
    const engine = new ApertiumEngine('bench', 'spa-eng');
    const english = await engine.translateBatch(sentences);
    await engine.dispose();
    sentences.forEach((s, i) => (lengths[s] = Math.max(1, pieces(english[i]!.text))));
    return { lengths, reference: "Apertium's English" };
  }
  for (const s of sentences) lengths[s] = Math.max(1, pieces(s));
  return { lengths, reference: 'the source (Apertium is not installed)' };
}

function ensureModel(): void {
  const stamp = path.join(STAND_IN_DIR, 'glosa-stand-in.txt');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === STAMP) return;
  const t = performance.now();
  fs.rmSync(STAND_IN_DIR, { recursive: true, force: true });
  writeStandInModel(STAND_IN_DIR, { texts: standInTexts() });
  fs.writeFileSync(stamp, STAMP);
  console.log(`  (stand-in generated into ${path.relative(ROOT, STAND_IN_DIR)} in ${((performance.now() - t) / 1000).toFixed(0)} s; git-ignored)`);
}

const line = (label: string, value: string, target?: string) => console.log(`  ${label.padEnd(58)} ${value.padStart(12)}${target ? `   (target ${target})` : ''}`);

export async function benchStandIn(only?: { dtype?: Dtype; threads?: number }): Promise<void> {
  console.log(`\nOpus-MT stand-in: the es-en architecture at full size, ${STAND_IN_LABEL}`);
  ensureModel();
  const articles = sampleArticles();
  const sentences = articles.flat();
  const tokenizer = await tokenizerOf(STAND_IN_DIR);
  const { lengths, reference } = await referenceLengths(sentences, tokenizer);
  const sourcePieces = sentences.reduce((n, s) => n + tokenizer.encode(s).length - 1, 0);
  const targetPieces = Object.values(lengths).reduce((a, b) => a + b, 0);
  const sourceWords = sentences.reduce((n, s) => n + words(s), 0);
  console.log(`  ${sentences.length} sentences, ${sourceWords} words; ${(sourcePieces / sourceWords).toFixed(2)} pieces a source word; each decoded to the length of ${reference} (${targetPieces} pieces in all)`);

  const modelsDir = path.join(tempDataDir('glosa-bench-standin-models-'), 'models');
  const installer = await openCore({ dataDir: tempDataDir(), modelsDir, apertiumCommand: '/nonexistent' });
  await installer.api.importModel({ id: 'opus-mt-es-en', path: STAND_IN_DIR });
  await installer.close();
  const planFile = path.join(tempDataDir(), 'plan.json');
  const configs = (['q8', 'fp32'] as const).flatMap((dtype) => [1, 2].map((threads) => ({ dtype, threads }))).filter((c) => (!only?.dtype || c.dtype === only.dtype) && (!only?.threads || c.threads === only.threads));
  const results: Figures[] = [];
  for (const c of configs) {
    const withMemory = c.dtype === "q8" && c.threads === 2 && !process.env.GLOSA_BENCH_NO_MEMORY;
    const plan: Plan = { modelDir: STAND_IN_DIR, modelsDir, lengths, articles, sentences, memorySentences: 2000 };
    fs.writeFileSync(planFile, JSON.stringify(plan));
    results.push(await child(planFile, c.dtype, c.threads, withMemory));
    const r = results.at(-1)!;
    console.log(`  ${r.dtype}, ${r.threads} thread${r.threads > 1 ? 's' : ''}`);
    line(`    Glosa's translator: words/s (sentences/s), median of ${r.rounds} rounds`, `${r.glosaWordsPerSecond.toFixed(0)} (${r.glosaSentencesPerSecond.toFixed(2)})`);
    line('    bare onnxruntime loop, all sorted in batches of 8: words/s (sentences/s)', `${r.rawWordsPerSecond.toFixed(0)} (${r.rawSentencesPerSecond.toFixed(2)})`);
    line('    Glosa\'s translator against the bare loop (median of the rounds)', `${r.ratio.toFixed(2)}`, '>= 0.85');
    line('    bare loop article by article (as a reader opens them), batches of 8', `${r.rawByArticleWordsPerSecond.toFixed(0)}`);
    line(`    Glosa's engine alone on the translator's ${r.glosaBatchSizes.length} batches`, `${r.engineSameBatchesWordsPerSecond.toFixed(0)}`);
    line(`    bare loop on the same batches`, `${r.rawSameBatchesWordsPerSecond.toFixed(0)}`);
    line('    Glosa\'s translator against it (the library\'s and Glosa\'s overhead)', `${r.sameBatchesRatio.toFixed(2)}`);
    line('    bare loop by batch size 1 / 4 / 8 / 16: words/s', r.batches.map((b) => b.wordsPerSecond.toFixed(0)).join(' / '));
    line('    model load', `${r.loadMs.toFixed(0)} ms`);
    line('    cold open: first sentence after the load finished', `${r.coldFirstAfterLoadMs.toFixed(0)} ms`, '<= 1500 ms');
    line('    cold open: first sentence after the article was asked for', `${r.coldFirstFromOpenMs.toFixed(0)} ms`);
    line('    resident memory, model loaded', `${r.rssLoadedMb.toFixed(0)} MB`);
    if (r.memory) line(`    memory growth over ${r.memory.sentences.toLocaleString('en')} sentences (peak ${r.memory.peakMb.toFixed(0)} MB)`, `${r.memory.growthPercent.toFixed(1)} %`, '< 5 %');
  }
}

function child(planFile: string, dtype: Dtype, threads: number, withMemory: boolean): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, 'child', planFile, dtype, String(threads), withMemory ? 'memory' : ''], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as Figures);
      else reject(new Error(`stand-in benchmark (${dtype}, ${threads} threads) stopped with ${code}: ${out.slice(-2000)}`));
    });
  });
}

if (process.argv[2] === 'child') {
  const [, , , planFile, dtype, threads, memory] = process.argv;
  const plan = JSON.parse(fs.readFileSync(planFile!, 'utf8')) as Plan;
  const figures = await measure(plan, dtype as Dtype, Number(threads), memory === 'memory');
  console.log(JSON.stringify(figures));
  process.exit(0);
} else if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [dtype, threads] = process.argv.slice(2);
  await benchStandIn({ dtype: dtype as Dtype | undefined, threads: threads ? Number(threads) : undefined });
}
