import { useCallback, useState } from 'react';
import type { DownloadProgress } from '../../core/api';
import type { Message } from '../../core/messages';
import { asMessage } from './messages';
import { useEvents } from './useEvents';

type Finished = { ok: boolean; message: Message | null };
export type DownloadState = {
  progress: DownloadProgress | null;
  finished: Finished | null;
  /** Asked for, with no byte arrived yet: the reader sees at once that something is happening. */
  connecting: boolean;
  /** Starts a download through `request`, showing "connecting" until its first progress or its end. */
  start: (request: () => Promise<unknown>) => void;
};

/** The model download under way, from the backend's events. */
export function useDownload(): DownloadState {
  const [state, setState] = useState<{ progress: DownloadProgress | null; finished: Finished | null; connecting: boolean }>({
    progress: null,
    finished: null,
    connecting: false,
  });
  useEvents((events) => {
    for (const e of events) {
      if (e.type === 'download') setState({ progress: e.progress, finished: null, connecting: false });
      if (e.type === 'download-finished') setState({ progress: null, finished: { ok: e.ok, message: e.message }, connecting: false });
      // A download dies with its backend; its partial files stay, and the next one resumes them.
      if (e.type === 'backend') setState((s) => (s.progress || s.connecting ? { progress: null, finished: null, connecting: false } : s));
    }
  });
  const start = useCallback((request: () => Promise<unknown>) => {
    setState({ progress: null, finished: null, connecting: true });
    request().catch((error: unknown) =>
      setState({ progress: null, finished: { ok: false, message: asMessage(error) }, connecting: false }),
    );
  }, []);
  return { ...state, start };
}

