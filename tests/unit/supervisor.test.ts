import { describe, expect, it } from 'vitest';
import type { GlosaEvent } from '../../core/api';
import type { BackendRequest } from '../../core/backend/protocol';
import { type BackendChild, BackendSupervisor } from '../../core/backend/supervisor';

/** A backend process that the test drives: it records requests, answers them, and dies on demand. */
class FakeChild implements BackendChild {
  readonly received: BackendRequest[] = [];
  messageListener: (message: unknown) => void = () => undefined;
  private exitListener: () => void = () => undefined;
  killed = false;
  send(message: BackendRequest): void {
    this.received.push(message);
  }
  onMessage(listener: (message: unknown) => void): void {
    this.messageListener = listener;
  }
  onExit(listener: () => void): void {
    this.exitListener = listener;
  }
  kill(): void {
    this.killed = true;
  }
  answer(request: BackendRequest, result: unknown): void {
    this.messageListener({ id: request.id, reply: { ok: true, result } });
  }
  emit(event: GlosaEvent): void {
    this.messageListener({ event });
  }
  die(): void {
    this.exitListener();
  }
}

function harness(options: { maxRestarts?: number } = {}) {
  const children: FakeChild[] = [];
  const events: GlosaEvent[] = [];
  let clock = 0;
  const supervisor = new BackendSupervisor({
    spawn: () => {
      const child = new FakeChild();
      children.push(child);
      return child;
    },
    delaysMs: [0],
    now: () => clock,
    log: () => undefined,
    ...options,
  });
  supervisor.events.on((event) => events.push(event));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
  return { supervisor, children, events, settle, tick: (ms: number) => (clock += ms) };
}

describe('the backend supervisor', () => {
  it('answers calls through the backend and passes its events on', async () => {
    const { supervisor, children, events } = harness();
    const reply = supervisor.call('listArticles', {});
    const [child] = children;
    child!.answer(child!.received[0]!, [{ id: 1 }]);
    expect(await reply).toEqual({ ok: true, result: [{ id: 1 }] });
    child!.emit({ type: 'export-progress', done: 1, total: 2 });
    expect(events).toEqual([{ type: 'export-progress', done: 1, total: 2 }]);
  });

  it('starts a dead backend again, sends a call that is safe to repeat once more, and says so', async () => {
    const { supervisor, children, events, settle } = harness();
    const reply = supervisor.call('importFiles', { files: [] });
    children[0]!.die();
    await settle();
    expect(children).toHaveLength(2);
    expect(children[1]!.received.map((r) => r.method)).toEqual(['importFiles']);
    expect(events).toContainEqual({ type: 'backend', state: 'restarted' });
    children[1]!.answer(children[1]!.received[0]!, []);
    expect(await reply).toEqual({ ok: true, result: [] });
  });

  it('does not repeat a call that would do its work twice, nor one that killed the backend twice', async () => {
    const { supervisor, children, settle } = harness();
    const note = supervisor.call('addNote', { id: 1, n: 0, text: 'x' });
    const list = supervisor.call('listArticles', {});
    children[0]!.die();
    expect(await note).toMatchObject({ ok: false, error: { message: expect.stringMatching(/stopped unexpectedly .* Everything saved before is kept/) } });
    await settle();
    children[1]!.die();
    expect(await list).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('carries on with the translations that were running, but not with those the reader left', async () => {
    const { supervisor, children, settle } = harness();
    void supervisor.call('translateArticle', { id: 7, visible: [3] });
    void supervisor.call('translateArticle', { id: 8, visible: [] });
    void supervisor.call('translateArticle', { id: 9, visible: [] });
    const first = children[0]!;
    for (const request of first.received) first.answer(request, { engine: 'apertium', queued: 10 });
    void supervisor.call('cancelTranslation', { id: 8 });
    first.answer(first.received[3]!, { ok: true });
    first.emit({ type: 'progress', articleId: 9, done: 10, total: 10, running: false });
    first.die();
    await settle();
    expect(children[1]!.received.map((r) => [r.method, r.input])).toEqual([['translateArticle', { id: 7, visible: [3] }]]);
  });

  it('gives up on a backend that keeps dying, and tries again when the reader asks', async () => {
    const { supervisor, children, events, settle, tick } = harness({ maxRestarts: 2 });
    void supervisor.call('getStatus', {});
    for (let i = 0; i < 3; i++) {
      children.at(-1)!.die();
      tick(1000);
      await settle();
    }
    expect(children).toHaveLength(3);
    expect(events.filter((e) => e.type === 'backend')).toEqual([
      { type: 'backend', state: 'restarted' },
      { type: 'backend', state: 'restarted' },
      { type: 'backend', state: 'stopped' },
    ]);
    const reply = supervisor.call('getStatus', {});
    expect(children).toHaveLength(4);
    children[3]!.answer(children[3]!.received[0]!, { version: 'x' });
    expect(await reply).toMatchObject({ ok: true });
  });

  it('stops its backend when the app closes, and answers later calls plainly', async () => {
    const { supervisor, children } = harness();
    const pending = supervisor.call('getStatus', {});
    supervisor.stop();
    expect(children[0]!.killed).toBe(true);
    expect(await pending).toMatchObject({ ok: false, error: { message: 'Glosa is closing.' } });
    expect(await supervisor.call('getStatus', {})).toMatchObject({ ok: false });
    children[0]!.die();
    expect(children).toHaveLength(1);
  });
});

describe('a backend whose library connection broke', () => {
  const storageFailure = (child: FakeChild, request: BackendRequest) =>
    child.messageListener({
      id: request.id,
      reply: { ok: false, error: { code: 'storage', message: 'The library database could not be used.' } },
    });

  it('is started again after reads keep failing on storage, and the read is answered by the new one', async () => {
    const { supervisor, children, settle } = harness();
    const first = supervisor.call('listArticles', {});
    const [child] = children;
    storageFailure(child!, child!.received[0]!);
    expect(await first).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(child!.killed).toBe(false);

    const second = supervisor.call('listArticles', {});
    storageFailure(child!, child!.received[1]!);
    await settle();
    expect(child!.killed).toBe(true);
    child!.die();
    await settle();
    const fresh = children[1]!;
    expect(fresh.received.map((r) => r.method)).toEqual(['listArticles']);
    fresh.answer(fresh.received[0]!, [{ id: 1 }]);
    expect(await second).toEqual({ ok: true, result: [{ id: 1 }] });
  });

  it('is not restarted for writes refused on a full disk, nor when a read succeeds in between', async () => {
    const { supervisor, children } = harness();
    const calls = [supervisor.call('renameArticle', { id: 1, title: 'x' }), supervisor.call('listArticles', {}), supervisor.call('renameArticle', { id: 1, title: 'y' }), supervisor.call('getArticle', { id: 1 })];
    const [child] = children;
    storageFailure(child!, child!.received[0]!);
    storageFailure(child!, child!.received[1]!);
    storageFailure(child!, child!.received[2]!);
    child!.answer(child!.received[3]!, { id: 1 });
    await Promise.all(calls);
    const again = supervisor.call('listArticles', {});
    storageFailure(child!, child!.received[4]!);
    await again;
    expect(child!.killed).toBe(false);
    expect(children).toHaveLength(1);
  });
});
