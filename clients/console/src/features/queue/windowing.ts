// Long queues render only the rows near the viewport (the page scrolls as usual): spacer rows
// above and below keep the scrollbar honest. Short lists render whole.
import { useCallback, useLayoutEffect, useRef, useState } from "react";

/** From this many rows on, the queue is windowed. */
export const WINDOW_FROM = 50;
const ROW_ESTIMATE = 44;
const OVERSCAN = 10;

export interface RangeInput {
  count: number;
  rowHeight: number;
  /** How far the top of the rows lies above the top of the viewport (negative: below it). */
  scrolledPast: number;
  viewport: number;
  overscan?: number;
}

/** The rows [start, end) to render. */
export function visibleRange({ count, rowHeight, scrolledPast, viewport, overscan = OVERSCAN }: RangeInput): { start: number; end: number } {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.min(count - 1, Math.floor(Math.max(0, scrolledPast) / rowHeight));
  // rows still below the viewport's top edge when the list starts further down the page
  const inView = Math.ceil((viewport - Math.max(0, -scrolledPast)) / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + Math.max(0, inView) + overscan);
  return { start, end: Math.max(start, end) };
}

export function useWindowedRows(count: number) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const enabled = count >= WINDOW_FROM;
  const [rowHeight, setRowHeight] = useState(ROW_ESTIMATE);
  const [range, setRange] = useState(() => ({ start: 0, end: Math.min(count, WINDOW_FROM) }));

  const update = useCallback(() => {
    const body = bodyRef.current;
    if (!body) return;
    const rows = body.querySelectorAll<HTMLTableRowElement>("tr[data-row]");
    let height = rowHeight;
    if (rows.length) {
      const measured = [...rows].reduce((sum, r) => sum + r.getBoundingClientRect().height, 0) / rows.length;
      if (measured > 0 && Math.abs(measured - rowHeight) > 0.5) {
        height = measured;
        setRowHeight(measured);
      }
    }
    const next = visibleRange({ count, rowHeight: height, scrolledPast: -body.getBoundingClientRect().top, viewport: window.innerHeight });
    setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
  }, [count, rowHeight]);

  useLayoutEffect(() => {
    if (!enabled) return;
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [enabled, update]);

  if (!enabled) return { bodyRef, windowed: false, start: 0, end: count, padTop: 0, padBottom: 0 };
  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  return { bodyRef, windowed: true, start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}
