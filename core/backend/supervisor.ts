import type { ApiMethod } from '../api';
import { API_CALLS } from '../contract';
import { EventBus } from '../events';
import { errorBody } from '../errors';
import type { ApiReply } from '../handler';
import { BackendEvent, type BackendRequest, BackendReply } from './protocol';

/** A started backend process, as the supervisor sees it (a utility process, a Node child). */
export interface BackendChild {
  send(message: BackendRequest): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: () => void): void;
  kill(): void;
}

export type SupervisorOptions = {
  spawn: () => BackendChild;
  /** Restarts allowed within `windowMs` before the supervisor gives up on a backend that keeps dying. */
  maxRestarts?: number;
  windowMs?: number;
  /** Waits before each restart, by how many came just before it. */
  delaysMs?: readonly number[];
  now?: () => number;
  log?: (message: string) => void;
};

/**
 * Reads that fail with a storage error while the library is fine for other processes mean
 * the backend's own connection is broken: after this many in a row it is started again.
 */
const BROKEN_AFTER_FAILED_READS = 2;

/** What the contract's table says of a call: whether it may be sent again, whether it only reads. */
function callInfo(method: string): { retrySafe: boolean; read?: true } | null {
  return Object.hasOwn(API_CALLS, method) ? API_CALLS[method as ApiMethod] : null;
}
const isRetrySafe = (method: string) => callInfo(method)?.retrySafe === true;

type Pending = { request: BackendRequest; attempts: number; resolve: (reply: ApiReply) => void };

/**
 * Keeps the backend process running for the process that shows the interface. If the
 * backend dies (a crash, the system killing it), it is started again at once; calls in
 * flight that are safe to repeat are sent again, and the translations that were running
 * carry on. A backend that keeps dying is given up on, with a message that says so.
 */
export class BackendSupervisor {
  readonly events = new EventBus();
  private child: BackendChild | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Translations asked for and not yet finished or cancelled, by article: started again after a restart. */
  private readonly running = new Map<number, unknown>();
  private restarts: number[] = [];
  private failedReads = 0;
  private gaveUp = false;
  private stopped = false;
  private restartTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly maxRestarts: number;
  private readonly windowMs: number;
  private readonly delaysMs: readonly number[];
  private readonly now: () => number;
  private readonly log: (message: string) => void;

  constructor(private readonly options: SupervisorOptions) {
    this.maxRestarts = options.maxRestarts ?? 5;
    this.windowMs = options.windowMs ?? 60_000;
    this.delaysMs = options.delaysMs ?? [0, 250, 1000, 2000];
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((message) => console.error(message));
  }

  /** Sends one API call to the backend, starting it if need be. Never rejects. */
  call = (method: string, input: unknown): Promise<ApiReply> => {
    if (this.stopped) return Promise.resolve({ ok: false, error: errorBody('unavailable', 'closing') });
    this.track(method, input);
    const id = this.nextId++;
    return new Promise<ApiReply>((resolve) => {
      const entry: Pending = { request: { id, method, input }, attempts: 0, resolve };
      this.pending.set(id, entry);
      if (this.gaveUp) {
        // A call after giving up is the reader asking again: one more try.
        this.gaveUp = false;
        this.restarts = [];
      }
      if (!this.restartTimer) this.send(entry);
    });
  };

  stop(): void {
    this.stopped = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.child?.kill();
    this.child = null;
    for (const entry of this.pending.values()) entry.resolve({ ok: false, error: errorBody('unavailable', 'closing') });
    this.pending.clear();
  }

  private send(entry: Pending): void {
    entry.attempts++;
    this.ensureChild().send(entry.request);
  }

  private ensureChild(): BackendChild {
    if (this.child) return this.child;
    const child = this.options.spawn();
    this.child = child;
    child.onMessage((message) => this.receive(message));
    child.onExit(() => {
      if (this.child === child) this.exited();
    });
    return child;
  }

  private receive(message: unknown): void {
    const event = BackendEvent.safeParse(message);
    if (event.success) {
      const e = event.data.event;
      if (e.type === 'progress' && !e.running) this.running.delete(e.articleId);
      this.events.emit(e);
      return;
    }
    const reply = BackendReply.safeParse(message);
    if (!reply.success) return;
    const entry = this.pending.get(reply.data.id);
    if (!entry) return;
    if (this.stillBroken(entry, reply.data.reply)) return;
    this.pending.delete(reply.data.id);
    // zod infers an unknown field as optional; the union itself was checked.
    entry.resolve(reply.data.reply as ApiReply);
  }

  private exited(): void {
    this.child = null;
    if (this.stopped) return;
    const now = this.now();
    this.restarts = [...this.restarts.filter((t) => now - t < this.windowMs), now];
    const giveUp = this.restarts.length > this.maxRestarts;
    this.log(giveUp ? 'Glosa’s backend keeps stopping; not restarting it.' : 'Glosa’s backend stopped unexpectedly; starting it again.');

    const again: Pending[] = [];
    for (const entry of this.pending.values()) {
      if (!giveUp && entry.attempts < 2 && isRetrySafe(entry.request.method)) again.push(entry);
      else {
        this.pending.delete(entry.request.id);
        entry.resolve({ ok: false, error: errorBody('internal', giveUp ? 'backendGaveUp' : 'backendLost') });
      }
    }
    if (giveUp) {
      this.gaveUp = true;
      this.events.emit({ type: 'backend', state: 'stopped' });
      return;
    }
    const delay = this.delaysMs[Math.min(this.restarts.length - 1, this.delaysMs.length - 1)] ?? 0;
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.stopped) return;
      for (const entry of again) this.send(entry);
      // Work the reader left running carries on where the stored translations end.
      for (const input of this.running.values()) {
        if (![...this.pending.values()].some((p) => p.request.method === 'translateArticle' && p.request.input === input)) {
          this.ensureChild().send({ id: this.nextId++, method: 'translateArticle', input });
        }
      }
      for (const entry of this.pending.values()) if (!again.includes(entry) && entry.attempts === 0) this.send(entry);
      this.ensureChild();
      this.events.emit({ type: 'backend', state: 'restarted' });
    }, delay);
  }

  /**
   * Counts reads that failed on storage in a row; past the limit the backend is stopped, so
   * that it is started again with a fresh connection, and the read is kept to be sent again.
   */
  private stillBroken(entry: Pending, reply: { ok: boolean; error?: { code: string } }): boolean {
    if (!callInfo(entry.request.method)?.read) return false;
    if (reply.ok || reply.error?.code !== 'storage') {
      this.failedReads = 0;
      return false;
    }
    if (++this.failedReads < BROKEN_AFTER_FAILED_READS || entry.attempts >= 2) return false;
    this.failedReads = 0;
    this.log('Glosa’s backend cannot read the library any more; starting it again.');
    this.child?.kill();
    return true;
  }

  /** Remembers the translations the reader has running, so that a restart can resume them. */
  private track(method: string, input: unknown): void {
    const id = typeof input === 'object' && input !== null && 'id' in input ? (input as { id: unknown }).id : null;
    if (typeof id !== 'number') return;
    if (method === 'translateArticle') this.running.set(id, input);
    if (method === 'cancelTranslation' || method === 'setArticleEngine' || method === 'deleteArticle') this.running.delete(id);
  }
}

