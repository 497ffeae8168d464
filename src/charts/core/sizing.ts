import type { ChartSize } from './view.js';

/**
 * One ResizeObserver for every chart on the page (150 charts → one observer, one batched callback
 * per frame). Each chart registers its plot box; the callback receives the rounded content size.
 * Resize notifications arrive after layout and before paint, so a chart re-lays out in the same frame.
 */
type SizeListener = (size: ChartSize) => void;

const listeners = new WeakMap<Element, SizeListener>();
let observer: ResizeObserver | undefined;

function shared(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.contentBoxSize?.[0];
      const width = box ? box.inlineSize : entry.contentRect.width;
      const height = box ? box.blockSize : entry.contentRect.height;
      listeners.get(entry.target)?.({ width: Math.floor(width), height: Math.floor(height) });
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
    observer?.unobserve(element);
  };
}

/** Whether two sizes are the same to the pixel. */
export const sameSize = (a: ChartSize | undefined, b: ChartSize | undefined): boolean =>
  a === b || (!!a && !!b && a.width === b.width && a.height === b.height);
