/**
 * Post-editing: the reader's own English for a sentence (kept, never overwritten by the
 * machine, revertible), a flagged glossary miss fixed in one click, and sentences translated
 * again with the glossary's targets written into the source.
 */
import type { SentenceTranslation } from '../api';
import type { ActiveEntry } from '../glossary/service';
import { matchTerms, repairTranslation, substituteInSource, targetFor } from '../glossary/match';
import { GlosaError } from '../errors';
import type { SentenceRef } from '../store/articles';
import { normaliseSource } from '../store/source-hash';
import type { TranslationRepository } from '../store/translations';
import { repairCandidates } from './presentation';
import type { ArticleRoutes } from './routes';

export type PostEditorDeps = {
  sentences: (articleId: number) => SentenceRef[];
  store: TranslationRepository;
  entries: (articleId: number) => ActiveEntry[];
  routes: ArticleRoutes;
  /** A sentence as the reader sees it now. */
  shown: (articleId: number, ref: SentenceRef) => Promise<SentenceTranslation>;
  /** Queues a sentence for the machine again (after a revert leaves it without English). */
  translateAgain: (articleId: number, ref: SentenceRef) => Promise<unknown>;
};

export class PostEditor {
  constructor(private readonly deps: PostEditorDeps) {}

  private sentence(articleId: number, n: number): SentenceRef {
    const ref = this.deps.sentences(articleId).find((r) => r.n === n);
    if (!ref) throw new GlosaError('not_found', 'sentenceNotFound', { id: articleId, n });
    return ref;
  }

  /** One click on a flagged miss: the target put where the engine's rendering stands. */
  async fixTerm(articleId: number, n: number, entryId: number): Promise<SentenceTranslation> {
    const ref = this.sentence(articleId, n);
    const entry = this.deps.entries(articleId).find((e) => e.id === entryId);
    if (!entry) throw new GlosaError('not_found', 'entryNotInArticle', { id: entryId });
    const current = await this.deps.shown(articleId, ref);
    if (current.text === null) throw new GlosaError('unavailable', 'notTranslatedYet');
    const routed = await this.deps.routes.routeFor(articleId);
    const renderings = routed ? await this.deps.routes.renderings(await this.deps.routes.keyFor(routed), [{ ...entry, mode: 'enforce' }], [ref.text], await this.deps.routes.engineOf(routed)) : new Map<string, string>();
    const form = matchTerms(ref.text, [entry])[0]?.form ?? entry.canonical;
    const target = targetFor(entry, form);
    const fixed = repairTranslation(current.text, target, repairCandidates(entry, renderings));
    if (fixed === null) {
      throw new GlosaError('unavailable', 'termNotLocated', { term: form, target });
    }
    this.deps.store.setEdit(articleId, ref.hash, fixed);
    return this.deps.shown(articleId, ref);
  }

  /**
   * Translates the given sentences again with the glossary's targets written into the
   * source first, for the misses that repairing the English could not mend.
   */
  async retranslate(articleId: number, ns: number[]): Promise<number> {
    const routed = await this.deps.routes.routeFor(articleId);
    if (!routed) throw new GlosaError('unavailable', 'noEngine');
    const engine = await this.deps.routes.engineOf(routed);
    const key = await this.deps.routes.keyFor(routed);
    const wanted = new Set(ns);
    const refs = this.deps.sentences(articleId).filter((r) => wanted.has(r.n));
    const entries = this.deps.entries(articleId);
    const byId = new Map(entries.map((e) => [e.id, e]));
    const inputs = refs.map((r) => {
      const matches = matchTerms(r.text, entries);
      const targets = new Map(matches.map((m) => [m.start, targetFor(byId.get(m.entryId)!, m.form)]));
      return substituteInSource(r.text, matches, (m) => targets.get(m.start) ?? '');
    });
    const saved: { hash: string; text: string; unknownWords: string[] }[] = [];
    for (let i = 0; i < refs.length; i += engine.batchSize) {
      const out = await engine.translateBatch(inputs.slice(i, i + engine.batchSize).map(normaliseSource));
      out.forEach((o, k) => saved.push({ hash: refs[i + k]!.hash, text: o.text, unknownWords: o.unknownWords }));
    }
    this.deps.store.save(key, saved);
    return saved.length;
  }

  async edit(articleId: number, n: number, text: string): Promise<SentenceTranslation> {
    const ref = this.sentence(articleId, n);
    if (!text.trim()) throw new GlosaError('invalid_input', 'emptyEdit');
    this.deps.store.setEdit(articleId, ref.hash, text.trim());
    return this.deps.shown(articleId, ref);
  }

  async revert(articleId: number, n: number): Promise<SentenceTranslation> {
    const ref = this.sentence(articleId, n);
    this.deps.store.removeEdit(articleId, ref.hash);
    const state = await this.deps.shown(articleId, ref);
    if (state.state === 'pending') await this.deps.translateAgain(articleId, ref);
    return state;
  }
}
