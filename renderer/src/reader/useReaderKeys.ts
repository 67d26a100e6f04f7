import { useEffect } from 'react';
import type { Row } from './rows';

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}

type Keys = {
  enabled: boolean;
  active: number | null;
  rows: Row[];
  indexOfN: Map<number, number>;
  canEdit: boolean;
  moveTo: (n: number) => void;
  undo: () => Promise<number | null>;
  redo: () => Promise<number | null>;
  onFind: () => void;
  onEdit: (n: number) => void;
  onNote: (n: number) => void;
  onLookUp: (n: number) => void;
  /** ← and →: the word before or after, while a word is looked up. */
  onWord: (step: -1 | 1) => void;
  onHelp: () => void;
  onEscape: () => void;
  onError: (error: unknown) => void;
};

/** The reader's keyboard: sentence by sentence (j/k, arrows), edit (Enter), undo and redo, find, notes (n), look up its words (w), help (?). */
export function useReaderKeys(keys: Keys): void {
  const { enabled, active, rows, indexOfN, canEdit, moveTo, undo, redo, onFind, onEdit, onNote, onLookUp, onWord, onHelp, onEscape, onError } = keys;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        onFind();
        return;
      }
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void (event.shiftKey ? redo() : undo()).then((n) => n !== null && moveTo(n), onError);
        return;
      }
      if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        void redo().then((n) => n !== null && moveTo(n), onError);
        return;
      }
      if (mod || event.altKey) return;
      const index = active === null ? -1 : (indexOfN.get(active) ?? -1);
      if (event.key === 'j' || event.key === 'ArrowDown') {
        event.preventDefault();
        const next = rows[Math.min(rows.length - 1, index + 1)];
        if (next) moveTo(next.n);
      } else if (event.key === 'k' || event.key === 'ArrowUp') {
        event.preventDefault();
        const prev = rows[Math.max(0, index - 1)];
        if (prev) moveTo(prev.n);
      } else if (event.key === 'Enter' && active !== null && canEdit) {
        event.preventDefault();
        onEdit(active);
      } else if (event.key === 'n' && active !== null) {
        event.preventDefault();
        onNote(active);
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        onWord(event.key === 'ArrowLeft' ? -1 : 1);
      } else if (event.key === 'w' && active !== null) {
        event.preventDefault();
        onLookUp(active);
      } else if (event.key === '?') {
        event.preventDefault();
        onHelp();
      } else if (event.key === 'Escape') {
        onEscape();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, active, rows, indexOfN, canEdit, moveTo, undo, redo, onFind, onEdit, onNote, onLookUp, onWord, onHelp, onEscape, onError]);
}
