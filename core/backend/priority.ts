import os from 'node:os';

/**
 * The backend is background work (translation, indexing, exports): it runs below the
 * interface's priority, so that on a machine with few cores the reader's scrolling and
 * typing are served first. Where the system refuses, it runs as it is.
 */
export function runInBackground(): void {
  try {
    os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not permitted here (some sandboxes): no harm, only less smooth under load.
  }
}
