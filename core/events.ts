import type { GlosaEvent } from './api';

/** The backend's events, fanned out to every transport that listens. */
export class EventBus {
  private readonly listeners = new Set<(event: GlosaEvent) => void>();

  on(listener: (event: GlosaEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit = (event: GlosaEvent): void => {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A listener that fails (a closed connection) must not stop the others.
      }
    }
  };
}
