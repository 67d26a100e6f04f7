import type { ArticleTranslations, GlosaEvent, SentenceTranslation, Settings } from '../api';
import type { ActiveEntry } from '../glossary/service';
import type { EngineId } from '../contract';
import { GlosaError, reasonOf } from '../errors';
import { type Message, message } from '../messages';
import type { EngineKey, StoredTranslation, TranslationRepository } from '../store/translations';
import type { SentenceRef } from '../store/articles';

import { formsToRender, presentSentence, type Presented } from './presentation';
import { matchTerms } from '../glossary/match';
import { PostEditor } from './post-edit';
import { ArticleRoutes, type Routed } from './routes';
import { normaliseSource } from '../store/source-hash';
import type { EngineRegistry, Pair } from './registry';
import { pairKey } from './engines/row';
import { nextBatch, type Queued } from './batch-plan';
import { allAborted, type BatchResult, type Job, sameRoute } from './job';
import type { TranslationEngine } from './engine';

/**
 * An article's first batch is this small: its sentences show as soon as the engine has
 * written them, not when the seven of a full batch are done (a neural engine's first run
 * after loading is also its slowest). Two cost a model's step about what one does.
 */
export const FIRST_BATCH = 2;

export type TranslatorDeps = {
  /** The article's sentences with their hashes; throws not_found for a missing article. */
  sentences: (articleId: number) => SentenceRef[];
  /** The article's languages: what it is written in and what it is read in. */
  pair: (articleId: number) => Pair;
  store: TranslationRepository;
  engines: EngineRegistry;
  settings: () => Settings;
  emit: (event: GlosaEvent) => void;
  /** The glossary entries that apply to an article. */
  glossary: { entries: (articleId: number) => ActiveEntry[] };
};

/**
 * (About 400 lines: the queue and its state are one thing, kept whole; which sentences go
 * next is batch-plan.ts, what the cache knows of an article routes.ts, the sentence as shown
 * presentation.ts, post-editing post-edit.ts.)
 *
 * Translates articles sentence by sentence off the interface's thread: a queue of jobs, the
 * article being read first and its visible sentences first, batches of similar length (shared
 * by the articles queued for the same engine and pair), results streamed as events and cached
 * per engine, model revision and source sentence.
 * A sentence that fails is marked with its reason while the rest go on.
 */
export class Translator {
  private readonly jobs = new Map<number, Job>();
  /** Article ids with work, the one asked for last first. */
  private order: number[] = [];
  private readonly failures = new Map<number, Map<number, Message>>();
  /** Spellings whose rendering was asked of an engine once already (engine key and form), so that a failure is not asked again at every read. */
  private readonly probed = new Set<string>();
  private probing: Promise<void> = Promise.resolve();
  private working: Promise<void> | null = null;

  private readonly routes: ArticleRoutes;
  private readonly postEditor: PostEditor;

  constructor(private readonly deps: TranslatorDeps) {
    this.routes = new ArticleRoutes(deps);
    this.postEditor = new PostEditor({
      sentences: deps.sentences,
      store: deps.store,
      entries: deps.glossary.entries,
      routes: this.routes,
      shown: (articleId, ref) => this.sentenceState(articleId, ref),
      translateAgain: (articleId, ref) => this.translate(articleId, { visible: [ref.n], includeBoilerplate: ref.boilerplate }),
    });
  }

  /** How the article is translated now: the engine its choice resolves to for its pair, and any pivot. */
  routeFor(articleId: number): Promise<Routed | null> {
    return this.routes.routeFor(articleId);
  }

  private sentencesOf(articleId: number): SentenceRef[] {
    return this.deps.sentences(articleId);
  }

  async engineFor(articleId: number): Promise<EngineId | null> {
    return (await this.routes.routeFor(articleId))?.route.engine ?? null;
  }

  private describe(ref: SentenceRef, engine: EngineId | null, machine: StoredTranslation | undefined, edit: string | undefined, job: Job | undefined, shown: Presented = { text: edit ?? machine?.text ?? null, terms: [] }): SentenceTranslation {
    const error = this.failures.get(job?.articleId ?? -1)?.get(ref.n) ?? null;
    const base = { n: ref.n, machineText: machine?.text ?? null, engine: machine ? engine : null, unknownWords: machine?.unknownWords ?? [], error: null, terms: shown.terms };
    if (edit !== undefined) return { ...base, state: 'edited', text: shown.text ?? edit };
    if (machine) return { ...base, state: 'done', text: shown.text ?? machine.text };
    if (error) return { ...base, state: 'failed', text: null, error };
    if (job?.inFlight.has(ref.n)) return { ...base, state: 'translating', text: null };
    return { ...base, state: 'pending', text: null };
  }

  async state(articleId: number): Promise<ArticleTranslations> {
    const refs = this.sentencesOf(articleId);
    const routed = await this.routes.routeFor(articleId);
    const engine = routed?.route.engine ?? null;
    let cached = new Map<string, StoredTranslation>();
    const entries = this.deps.glossary.entries(articleId);
    let renderings = new Map<string, string>();
    if (routed) {
      try {
        const key = await this.routes.keyFor(routed);
        cached = this.deps.store.find(key, refs.map((r) => r.hash));
        const forms = formsToRender(refs.map((r) => r.text), entries);
        renderings = await this.routes.renderingsOf(key, forms);
        this.probeMissing(articleId, routed, key, entries, refs, forms.filter((f) => !renderings.has(f)));
      } catch {
        // The engine cannot load; the sentences show as pending and getEngines says why.
      }
    }
    const edits = this.deps.store.edits(articleId);
    const job = this.jobs.get(articleId);
    const failed = this.failures.get(articleId);
    const sentences = refs.map((ref) => {
      const edit = edits.get(ref.hash);
      const machine = cached.get(ref.hash);
      const shown = presentSentence(ref.text, edit ?? machine?.text ?? null, edit !== undefined, entries, renderings);
      const described = this.describe(ref, engine, machine, edit, job, shown);
      const error = failed?.get(ref.n);
      return described.state === 'pending' && error ? { ...described, state: 'failed' as const, error } : described;
    });
    return {
      articleId,
      engine,
      via: routed?.route.via ?? null,
      engineChoice: this.deps.store.articleEngine(articleId),
      running: Boolean(job && (job.pending.length || job.inFlight.size)),
      sentences,
    };
  }

  async translate(articleId: number, options: { visible?: number[]; includeBoilerplate?: boolean } = {}): Promise<{ engine: EngineId | null; queued: number }> {
    const routed = await this.routes.routeFor(articleId);
    if (!routed) return { engine: null, queued: 0 };
    const engine = routed.route.engine;
    const existing = this.jobs.get(articleId);
    if (existing && existing.engine === engine && existing.route.via === routed.route.via && pairKey(existing.pair) === pairKey(routed.pair)) {
      this.prioritise(existing, options.visible ?? []);
      this.order = [articleId, ...this.order.filter((id) => id !== articleId)];
      return { engine, queued: existing.pending.length };
    }
    if (existing) this.cancel(articleId);

    let key: EngineKey;
    try {
      key = await this.routes.keyFor(routed);
    } catch (error) {
      throw error instanceof GlosaError ? error : new GlosaError('unavailable', 'engineFailed', { detail: error instanceof Error ? error.message : String(error) });
    }
    const refs = this.sentencesOf(articleId).filter((r) => options.includeBoilerplate || !r.boilerplate);
    const cached = this.deps.store.find(key, refs.map((r) => r.hash));
    const edits = this.deps.store.edits(articleId);
    const todo = refs.filter((r) => !cached.has(r.hash) && !edits.has(r.hash));
    this.failures.delete(articleId);
    const job: Job = {
      articleId,
      engine,
      route: routed.route,
      pair: routed.pair,
      key,
      sentences: new Map(refs.map((r) => [r.n, r])),
      pending: todo.map((r) => r.n),
      inFlight: new Set(),
      urgent: new Set(),
      total: refs.length,
      done: refs.length - todo.length,
      batches: 0,
      controller: new AbortController(),
    };
    this.prioritise(job, options.visible ?? []);
    if (todo.length === 0) {
      this.emitProgress(job, false);
      return { engine, queued: 0 };
    }
    this.jobs.set(articleId, job);
    this.order = [articleId, ...this.order.filter((id) => id !== articleId)];
    this.emitProgress(job, true);
    this.pump();
    return { engine, queued: todo.length };
  }

  private prioritise(job: Job, visible: number[]): void {
    if (!visible.length) return;
    const wanted = new Set(visible);
    job.urgent = wanted;
    job.pending = [...job.pending.filter((n) => wanted.has(n)), ...job.pending.filter((n) => !wanted.has(n))];
  }

  /** Stops an article's job; what was already translated stays in the cache. */
  cancel(articleId: number): void {
    const job = this.jobs.get(articleId);
    if (!job) return;
    job.controller.abort();
    this.jobs.delete(articleId);
    this.order = this.order.filter((id) => id !== articleId);
    this.emitProgress(job, false);
  }

  async retry(articleId: number, n: number): Promise<void> {
    this.failures.get(articleId)?.delete(n);
    const job = this.jobs.get(articleId);
    if (job) {
      // A sentence the job left out (boilerplate the reader now asks for) joins it.
      if (!job.sentences.has(n)) {
        const ref = this.sentencesOf(articleId).find((r) => r.n === n);
        if (!ref) throw new GlosaError('not_found', 'sentenceNotFound', { id: articleId, n });
        job.sentences.set(n, ref);
        job.total++;
      }
      if (!job.pending.includes(n) && !job.inFlight.has(n)) job.pending.unshift(n);
      this.pump();
      return;
    }
    await this.translate(articleId, { visible: [n], includeBoilerplate: this.sentencesOf(articleId).find((r) => r.n === n)?.boilerplate });
  }

  fixTerm(articleId: number, n: number, entryId: number): Promise<SentenceTranslation> {
    return this.postEditor.fixTerm(articleId, n, entryId);
  }

  retranslate(articleId: number, ns: number[]): Promise<number> {
    return this.postEditor.retranslate(articleId, ns);
  }

  edit(articleId: number, n: number, text: string): Promise<SentenceTranslation> {
    return this.postEditor.edit(articleId, n, text);
  }

  revert(articleId: number, n: number): Promise<SentenceTranslation> {
    return this.postEditor.revert(articleId, n);
  }

  async sentenceState(articleId: number, ref: SentenceRef): Promise<SentenceTranslation> {
    const routed = await this.routes.routeFor(articleId);
    const engine = routed?.route.engine ?? null;
    let machine: StoredTranslation | undefined;
    if (routed) {
      try {
        machine = this.deps.store.find(await this.routes.keyFor(routed), [ref.hash]).get(ref.hash);
      } catch {
        machine = undefined;
      }
    }
    const edit = this.deps.store.edits(articleId).get(ref.hash);
    const entries = this.deps.glossary.entries(articleId);
    const renderings = routed && entries.length ? await this.routes.renderings(await this.routes.keyFor(routed), entries, [ref.text]) : new Map<string, string>();
    const shown = presentSentence(ref.text, edit ?? machine?.text ?? null, edit !== undefined, entries, renderings);
    return this.describe(ref, engine, machine, edit, this.jobs.get(articleId), shown);
  }

  /**
   * An entry added or changed after its sentences were translated needs the engine's own
   * rendering of its spellings to be repaired ("Rubio" read as "Blond"): a read does not wait
   * for the engine, so they are asked for in the background, and the sentences that hold
   * them are sent again as they now read.
   */
  private probeMissing(articleId: number, routed: Routed, key: EngineKey, entries: ActiveEntry[], refs: SentenceRef[], unrendered: string[]): void {
    const id = (form: string) => `${JSON.stringify(key)}\u0000${form}`;
    const missing = unrendered.filter((f) => !this.probed.has(id(f)));
    if (!missing.length) return;
    for (const f of missing) this.probed.add(id(f));
    const affected = refs.filter((r) => matchTerms(r.text, entries).length > 0);
    this.probing = this.probing.then(async () => {
      try {
        await this.routes.renderingsOf(key, missing, await this.routes.engineOf(routed));
        for (const ref of affected) this.deps.emit({ type: 'sentence', articleId, sentence: await this.sentenceState(articleId, ref) });
      } catch {
        // Without the engine's rendering, repair still finds spellings passed through as is.
      }
    });
  }

  /** Resolves when every queued job has finished; for the CLI and tests. */
  async idle(): Promise<void> {
    while (this.working) await this.working;
    await this.probing;
  }

  private pump(): void {
    if (this.working) return;
    this.working = this.work().finally(() => {
      this.working = null;
      if (this.order.length) this.pump();
    });
  }

  private async work(): Promise<void> {
    while (this.order.length) {
      const articleId = this.order[0]!;
      const job = this.jobs.get(articleId);
      if (!job || job.pending.length === 0) {
        this.order.shift();
        if (job) this.finish(job);
        continue;
      }
      let engine;
      try {
        engine = await this.routes.engineOf(job);
      } catch (error) {
        const reason = reasonOf(error);
        for (const n of job.pending) this.fail(job, n, reason);
        job.pending = [];
        continue;
      }
      if (job.controller.signal.aborted) continue;
      // An article's first batch is its own and small; later ones may share with the
      // articles queued behind it that go the same way (the same engine, model and pair).
      const firstBatch = job.batches === 0;
      const others = firstBatch ? [] : this.order.slice(1).map((id) => this.jobs.get(id)).filter((j): j is Job => j !== undefined && j.pending.length > 0 && sameRoute(j, job));
      const size = firstBatch ? Math.min(FIRST_BATCH, engine.batchSize) : engine.batchSize;
      const picks = nextBatch(this.queued(job), others.map((j) => this.queued(j)), size);
      const parts = new Map<Job, number[]>();
      for (const { id, n } of picks) {
        const owner = id === job.articleId ? job : others.find((j) => j.articleId === id)!;
        parts.set(owner, [...(parts.get(owner) ?? []), n]);
      }
      for (const [owner, ns] of parts) {
        owner.batches++;
        const taken = new Set(ns);
        owner.pending = owner.pending.filter((n) => !taken.has(n));
        for (const n of ns) owner.inFlight.add(n);
        for (const n of ns) this.emitSentence(owner, n, { state: 'translating' });
      }
      // Sent article by article, so that each article's results are one run of the engine's.
      const texts = [...parts].flatMap(([owner, ns]) => ns.map((n) => normaliseSource(owner.sentences.get(n)!.text)));
      const shared = allAborted([...parts.keys()].map((j) => j.controller.signal));
      const results = await this.runBatch(engine, texts, shared.signal).finally(shared.release);
      let at = 0;
      for (const [owner, ns] of parts) {
        const mine = results.slice(at, (at += ns.length));
        for (const n of ns) owner.inFlight.delete(n);
        if (owner.controller.signal.aborted) continue;
        await this.deliver(owner, ns, mine, engine);
        // An article finished in another's batch is done now, not when its turn comes.
        if (owner !== job && owner.pending.length === 0 && owner.inFlight.size === 0) this.finish(owner);
      }
      // Let other calls (a new article, a cancel) in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private queued(job: Job): Queued {
    return { id: job.articleId, pending: job.pending, urgent: job.urgent, length: (n) => job.sentences.get(n)!.text.length };
  }

  /** A batch's results for one article: cached, shown as the reader reads them, streamed. */
  private async deliver(job: Job, batch: number[], results: BatchResult[], engine: TranslationEngine): Promise<void> {
    const saved: { hash: string; text: string; unknownWords: string[] }[] = [];
    batch.forEach((n, i) => {
      const result = results[i]!;
      if ('error' in result) return this.fail(job, n, result.error);
      saved.push({ hash: job.sentences.get(n)!.hash, ...result });
    });
    this.deps.store.save(job.key, saved);
    const edits = this.deps.store.edits(job.articleId);
    const entries = this.deps.glossary.entries(job.articleId);
    const renderings = entries.length ? await this.routes.renderings(job.key, entries, batch.map((n) => job.sentences.get(n)!.text), engine) : new Map<string, string>();
    batch.forEach((n, i) => {
      const result = results[i]!;
      if ('error' in result) return;
      job.done++;
      const ref = job.sentences.get(n)!;
      const edit = edits.get(ref.hash);
      const shown = presentSentence(ref.text, edit ?? result.text, edit !== undefined, entries, renderings);
      this.emitSentence(job, n, {
        state: edit === undefined ? 'done' : 'edited',
        text: shown.text,
        machineText: result.text,
        engine: job.engine,
        unknownWords: result.unknownWords,
        terms: shown.terms,
      });
    });
    this.emitProgress(job, job.pending.length > 0 || job.inFlight.size > 0);
  }

  private finish(job: Job): void {
    this.order = this.order.filter((id) => id !== job.articleId);
    this.jobs.delete(job.articleId);
    this.emitProgress(job, false);
  }

  private async runBatch(
    engine: Awaited<ReturnType<EngineRegistry['get']>>,
    texts: string[],
    signal: AbortSignal,
  ): Promise<BatchResult[]> {
    try {
      const out = await engine.translateBatch(texts, signal);
      return out.map((o) => (o.text.trim() ? o : { error: message('engineEmpty') }));
    } catch (error) {
      if (signal.aborted || texts.length === 1) return texts.map(() => ({ error: reasonOf(error) }));
      // One bad sentence should not sink its batch: try them one by one.
      const results: BatchResult[] = [];
      for (const text of texts) results.push(...(await this.runBatch(engine, [text], signal)));
      return results;
    }
  }

  private fail(job: Job, n: number, error: Message): void {
    let failed = this.failures.get(job.articleId);
    if (!failed) this.failures.set(job.articleId, (failed = new Map()));
    failed.set(n, error);
    job.done++;
    this.emitSentence(job, n, { state: 'failed', error });
  }

  private emitSentence(job: Job, n: number, change: Partial<SentenceTranslation> & Pick<SentenceTranslation, 'state'>): void {
    this.deps.emit({
      type: 'sentence',
      articleId: job.articleId,
      sentence: { n, text: null, machineText: null, engine: null, unknownWords: [], error: null, terms: [], ...change },
    });
  }

  private emitProgress(job: Job, running: boolean): void {
    this.deps.emit({ type: 'progress', articleId: job.articleId, done: Math.min(job.done, job.total), total: job.total, running });
  }
}

