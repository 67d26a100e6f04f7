import type { GlosaEvent } from '../api';
import type { ApiHandler } from '../handler';
import { type BackendEvent, type BackendReply, BackendRequest } from './protocol';

/** The backend's side of its channel to the process that started it. */
export type HostPort = {
  send(message: BackendReply | BackendEvent): void;
  onMessage(listener: (message: unknown) => void): void;
};

export type Hosted = {
  handler: ApiHandler;
  events: { on(listener: (event: GlosaEvent) => void): () => void };
};

/**
 * Runs in the backend process: answers numbered requests with the API handler and
 * forwards the backend's events. A library that cannot be opened is reported on every
 * call, with the reason; it is never reset.
 */
export function hostBackend(port: HostPort, start: () => Promise<Hosted>): void {
  const ready: Promise<ApiHandler> = start().then(
    (hosted) => {
      hosted.events.on((event) => port.send({ event }));
      return hosted.handler;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      return async () => ({ ok: false as const, error: { code: 'storage' as const, message } });
    },
  );
  port.onMessage((message) => {
    const request = BackendRequest.safeParse(message);
    if (!request.success) return;
    const { id, method, input } = request.data;
    void ready.then(async (handle) => port.send({ id, reply: await handle(method, input) }));
  });
}
