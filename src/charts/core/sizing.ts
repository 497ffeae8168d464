import type { ChartSize } from './view.js';

/**
 * One ResizeObserver for every chart on the page (150 charts → one observer, one batched callback
 * per frame). Each chart registers its plot box; the callback receives the rounded content size.
 * Resize notifications arrive after layout and before paint, so a chart re-lays out in the same frame.
 *
 * Charts in or near the viewport are told at once; the others wait for the next tasks, a time
 * slice at a time, so that after a width change the charts a reader sees are redrawn within the
 * frame, and a page of 150 charts does not redraw all of them before it paints.
 */
type SizeListener = (size: ChartSize) => void;

const listeners = new WeakMap<Element, SizeListener>();
/** Sizes of off-screen boxes not yet delivered, in document order of their notifications. */
const pending = new Map<Element, ChartSize>();
let observer: ResizeObserver | undefined;
let flushScheduled = false;

/** How far outside the viewport (px) a box still counts as seen: it may scroll in at any moment. */
const NEAR = 200;
/** Work per task when catching up with off-screen charts (ms): below the 50 ms of a long task. */
const SLICE_MS = 40;

function nearViewport(element: Element): boolean {
  // Called inside the ResizeObserver callback: layout is clean, so this forces no layout.
  const r = element.getBoundingClientRect();
  const h = globalThis.innerHeight ?? 0;
  const w = globalThis.innerWidth ?? 0;
  return r.bottom >= -NEAR && r.top <= h + NEAR && r.right >= -NEAR && r.left <= w + NEAR;
}

async function flush(): Promise<void> {
  flushScheduled = false;
  const start = performance.now();
  for (const [element, size] of pending) {
    pending.delete(element);
    listeners.get(element)?.(size);
    // Let the chart's update (a microtask) run, so that the slice counts its cost.
    await null;
    if (pending.size && performance.now() - start > SLICE_MS) {
      scheduleFlush();
      return;
    }
  }
}

function scheduleFlush(): void {
  if (flushScheduled) return;
  flushScheduled = true;
  setTimeout(() => void flush(), 0);
}

function shared(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const listener = listeners.get(entry.target);
      if (!listener) continue;
      const box = entry.contentBoxSize?.[0];
      const width = box ? box.inlineSize : entry.contentRect.width;
      const height = box ? box.blockSize : entry.contentRect.height;
      const size = { width: Math.floor(width), height: Math.floor(height) };
      if (nearViewport(entry.target)) {
        pending.delete(entry.target);
        listener(size);
      } else {
        pending.delete(entry.target); // re-insert: keep the queue in notification order
        pending.set(entry.target, size);
        scheduleFlush();
      }
    }
  });
  return observer;
}

/** Start reporting `element`'s content size to `listener`; returns the function that stops it. */
export function observeSize(element: Element, listener: SizeListener): () => void {
  listeners.set(element, listener);
  shared().observe(element);
  return () => {
    listeners.delete(element);
    pending.delete(element);
    observer?.unobserve(element);
  };
}

/** Whether two sizes are the same to the pixel. */
export const sameSize = (a: ChartSize | undefined, b: ChartSize | undefined): boolean =>
  a === b || (!!a && !!b && a.width === b.width && a.height === b.height);
