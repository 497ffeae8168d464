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
/** `offScreen`: the box was away from the viewport, and its size comes late, from the queue. */
type SizeListener = (size: ChartSize, offScreen: boolean) => void;

const listeners = new WeakMap<Element, SizeListener>();
/** Sizes of off-screen boxes not yet delivered, in the order of their notifications. */
const pending = new Map<Element, ChartSize>();
let observer: ResizeObserver | undefined;
let flushScheduled = false;

/** How far outside the viewport (px) a box still counts as seen: it may scroll in at any moment. */
const NEAR = 200;
/** Work per task when catching up with off-screen charts (ms): below the 50 ms of a long task. */
const SLICE_MS = 40;

/** Off-screen work yields to anything the page (or the reader) does first: background priority. */
const later = (task: () => void): void => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (t: () => void, o: object) => Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'background' });
  else setTimeout(task);
};

function scheduleFlush(): void {
  if (flushScheduled) return;
  flushScheduled = true;
  later(async () => {
    flushScheduled = false;
    const start = performance.now();
    for (const [element, size] of pending) {
      pending.delete(element);
      listeners.get(element)?.(size, true);
      // Let the chart's update (a microtask) run, so that the slice counts its cost.
      await null;
      if (pending.size && performance.now() - start > SLICE_MS) return scheduleFlush();
    }
  });
}

/** Start reporting `element`'s content size to `listener`; returns the function that stops it. */
export function observeSize(element: Element, listener: SizeListener): () => void {
  listeners.set(element, listener);
  observer ??= new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      const listener = listeners.get(target);
      if (!listener) continue;
      const size = { width: Math.floor(contentRect.width), height: Math.floor(contentRect.height) };
      // Inside the ResizeObserver callback layout is clean: measuring forces no layout.
      const r = target.getBoundingClientRect();
      pending.delete(target); // (re-)inserted below: the queue keeps notification order
      if (r.bottom >= -NEAR && r.top <= innerHeight + NEAR && r.right >= -NEAR && r.left <= innerWidth + NEAR)
        listener(size, false);
      else {
        pending.set(target, size);
        scheduleFlush();
      }
    }
  });
  observer.observe(element);
  return () => {
    listeners.delete(element);
    pending.delete(element);
    observer?.unobserve(element);
  };
}
