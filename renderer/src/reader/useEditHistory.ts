import { useCallback, useRef, useState } from 'react';

/** One change to a sentence's English: null stands for the machine translation. */
export type Edit = { n: number; before: string | null; after: string | null };

/** Undo and redo for the reader's edits, applied through `apply`. */
export function useEditHistory(apply: (n: number, text: string | null) => Promise<void>) {
  const undoStack = useRef<Edit[]>([]);
  const redoStack = useRef<Edit[]>([]);
  const [, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);

  const record = useCallback((edit: Edit) => {
    undoStack.current.push(edit);
    redoStack.current = [];
    changed();
  }, []);

  const undo = useCallback(async () => {
    const edit = undoStack.current.pop();
    if (!edit) return null;
    await apply(edit.n, edit.before);
    redoStack.current.push(edit);
    changed();
    return edit.n;
  }, [apply]);

  const redo = useCallback(async () => {
    const edit = redoStack.current.pop();
    if (!edit) return null;
    await apply(edit.n, edit.after);
    undoStack.current.push(edit);
    changed();
    return edit.n;
  }, [apply]);

  const reset = useCallback(() => {
    undoStack.current = [];
    redoStack.current = [];
    changed();
  }, []);

  return { record, undo, redo, reset, canUndo: undoStack.current.length > 0, canRedo: redoStack.current.length > 0 };
}
