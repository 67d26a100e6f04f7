import { useEffect, useRef } from 'react';
import type { GlosaEvent } from '../../core/api';
import { glosa } from './api';

/**
 * Delivers the backend's events in batches, once per animation frame, so that a burst of
 * sentence results costs one render instead of one each.
 */
export function useEvents(handle: (events: GlosaEvent[]) => void): void {
  const handler = useRef(handle);
  handler.current = handle;
  useEffect(() => {
    let queue: GlosaEvent[] = [];
    let frame = 0;
    const stop = glosa.onEvent((event) => {
      queue.push(event);
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          const batch = queue;
          queue = [];
          handler.current(batch);
        });
      }
    });
    return () => {
      stop();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
}
