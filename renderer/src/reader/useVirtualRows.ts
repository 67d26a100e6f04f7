import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** Rows drawn beyond the visible ones, in pixels, so that scrolling never shows a gap. */
const OVERSCAN_PX = 600;

export type VirtualRows = {
  /** First and last row index to draw (inclusive), or [0, -1] when there is none. */
  range: [number, number];
  offsetOf: (index: number) => number;
  total: number;
  /** A ref callback for a drawn cell: its height is measured and kept. */
  measure: (index: number, side: string) => (el: HTMLElement | null) => void;
  scrollToRow: (index: number, align?: 'start' | 'nearest') => void;
};

/**
 * Windowing for long articles: only the rows near the viewport are drawn, each at an offset
 * computed from measured heights (estimates until a row has been drawn once). A row's
 * height is the tallest of its cells, which keeps a sentence and its translation side by
 * side on the same line.
 */
export function useVirtualRows(
  count: number,
  estimate: (index: number) => number,
  scrollRef: RefObject<HTMLElement | null>,
  contentRef: RefObject<HTMLElement | null>,
  resetKey: unknown,
): VirtualRows {
  const cellHeights = useRef(new Map<string, number>());
  const rowHeights = useRef<Float64Array>(new Float64Array(0));
  const [version, setVersion] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });
  const pending = useRef(0);

  const bump = useCallback(() => {
    if (pending.current) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = 0;
      setVersion((v) => v + 1);
    });
  }, []);

  // A new article or layout starts from estimates. The same one grown longer (its first
  // screen came first, the rest after) keeps the heights measured so far.
  const lastKey = useRef<unknown>(undefined);
  useMemo(() => {
    const previous = rowHeights.current;
    const grown = lastKey.current === resetKey && count >= previous.length;
    lastKey.current = resetKey;
    if (!grown) cellHeights.current = new Map();
    const heights = new Float64Array(count);
    for (let i = 0; i < count; i++) heights[i] = grown && i < previous.length ? previous[i]! : estimate(i);
    rowHeights.current = heights;
  }, [count, resetKey]);

  const offsets = useMemo(() => {
    const out = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) out[i + 1] = out[i]! + rowHeights.current[i]!;
    return out;
  }, [count, version, resetKey]);

  const observer = useMemo(
    () =>
      new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const el = entry.target as HTMLElement;
          const index = Number(el.dataset.row);
          const side = el.dataset.side ?? '';
          const height = el.offsetHeight;
          cellHeights.current.set(`${index}:${side}`, height);
          let row = 0;
          for (const s of ['source', 'target', 'both']) row = Math.max(row, cellHeights.current.get(`${index}:${s}`) ?? 0);
          if (row > 0 && Math.abs(row - (rowHeights.current[index] ?? 0)) > 0.5) {
            rowHeights.current[index] = row;
            changed = true;
          }
        }
        if (changed) bump();
      }),
    [bump],
  );
  useEffect(() => () => observer.disconnect(), [observer]);

  // One callback per cell, the same on every render, so that memoised cells stay as drawn.
  const measurers = useMemo(() => new Map<string, (el: HTMLElement | null) => void>(), [observer]);
  const measure = useCallback(
    (index: number, side: string) => {
      const key = `${index}:${side}`;
      let callback = measurers.get(key);
      if (!callback) {
        callback = (el: HTMLElement | null) => {
          if (!el) return;
          el.dataset.row = String(index);
          el.dataset.side = side;
          observer.observe(el);
        };
        measurers.set(key, callback);
      }
      return callback;
    },
    [observer, measurers],
  );

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const contentTop = contentRef.current ? contentRef.current.offsetTop : 0;
      setViewport({ top: scroller.scrollTop - contentTop, height: scroller.clientHeight });
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scrollRef, contentRef, resetKey]);

  const range = useMemo((): [number, number] => {
    if (count === 0) return [0, -1];
    const from = viewport.top - OVERSCAN_PX;
    const to = viewport.top + viewport.height + OVERSCAN_PX;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1]! <= from) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < count - 1 && offsets[last + 1]! < to) last++;
    return [lo, last];
  }, [offsets, viewport, count]);

  const scrollToRow = useCallback(
    (index: number, align: 'start' | 'nearest' = 'nearest') => {
      const scroller = scrollRef.current;
      if (!scroller || index < 0 || index >= count) return;
      const contentTop = contentRef.current ? contentRef.current.offsetTop : 0;
      const top = contentTop + offsets[index]!;
      const bottom = contentTop + offsets[index + 1]!;
      const margin = 80;
      if (align === 'start' || top < scroller.scrollTop + margin) scroller.scrollTop = Math.max(0, top - margin);
      else if (bottom > scroller.scrollTop + scroller.clientHeight - margin) scroller.scrollTop = bottom - scroller.clientHeight + margin;
    },
    [scrollRef, contentRef, offsets, count],
  );

  return { range, offsetOf: (i) => offsets[i] ?? 0, total: offsets[count] ?? 0, measure, scrollToRow };
}
