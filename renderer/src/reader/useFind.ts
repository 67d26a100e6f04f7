import { useEffect, useMemo, useState } from 'react';
import type { SentenceTranslation } from '../../../core/api';
import { type Row, foldForSearch } from './rows';

/** Find in the article: both languages, case- and accent-insensitive; the cursor goes to the current match. */
export function useFind(rows: Row[], byN: Map<number, SentenceTranslation>, moveTo: (n: number) => void) {
  const [open, setOpen] = useState(false);
  const [query, setQueryState] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const matches = useMemo(() => {
    const q = foldForSearch(query.trim());
    if (!q) return [];
    return rows.filter((r) => foldForSearch(r.text).includes(q) || foldForSearch(byN.get(r.n)?.text ?? '').includes(q)).map((r) => r.n);
  }, [query, rows, byN]);
  useEffect(() => {
    if (matches.length) moveTo(matches[Math.min(matchIndex, matches.length - 1)]!);
  }, [matches, matchIndex, moveTo]);
  return {
    open,
    query,
    matches,
    index: Math.min(matchIndex, Math.max(0, matches.length - 1)),
    show: () => setOpen(true),
    setQuery: (q: string) => {
      setQueryState(q);
      setMatchIndex(0);
    },
    next: () => setMatchIndex((i) => (matches.length ? (i + 1) % matches.length : 0)),
    previous: () => setMatchIndex((i) => (matches.length ? (i - 1 + matches.length) % matches.length : 0)),
    close: () => {
      setOpen(false);
      setQueryState('');
    },
  };
}
