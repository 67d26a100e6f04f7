import { useState } from 'react';
import type { DownloadProgress } from '../../core/api';
import { useEvents } from './useEvents';

export type DownloadState = { progress: DownloadProgress | null; finished: { ok: boolean; message: string | null } | null };

/** The model download under way, from the backend's events. */
export function useDownload(): DownloadState {
  const [state, setState] = useState<DownloadState>({ progress: null, finished: null });
  useEvents((events) => {
    for (const e of events) {
      if (e.type === 'download') setState({ progress: e.progress, finished: null });
      if (e.type === 'download-finished') setState({ progress: null, finished: { ok: e.ok, message: e.message } });
      // A download dies with its backend; its partial files stay, and the next one resumes them.
      if (e.type === 'backend') setState((s) => (s.progress ? { progress: null, finished: null } : s));
    }
  });
  return state;
}

export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(0)} MB`;
  return `${Math.ceil(n / 1e3)} kB`;
}
