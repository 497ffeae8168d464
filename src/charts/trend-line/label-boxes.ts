/**
 * Keeping the trend line's texts apart without measuring the DOM: each text gets an estimated box
 * (the core's text-fit widths), and lower-priority labels take the first free candidate position
 * or are left out (their text stays in the tooltip and the table). Pure: no DOM.
 */
import { estimateTextWidth } from '../core/text-fit.js';

/** An axis-aligned box in px: left, top, right, bottom. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** Whether two boxes overlap or come closer than `pad` px. */
export const overlaps = (a: Box, b: Box, pad = 1): boolean =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

const within = (a: Box, bounds: Box): boolean =>
  a.x0 >= bounds.x0 - 0.5 && a.x1 <= bounds.x1 + 0.5 && a.y0 >= bounds.y0 - 0.5 && a.y1 <= bounds.y1 + 0.5;

/**
 * The estimated box of `text` drawn at (`x`, `baseline`) with `anchor`: ascent 0.8em, descent
 * 0.25em. `widthFactor` widens bold text, which runs wider than the estimate.
 */
export function textBox(
  text: string,
  x: number,
  baseline: number,
  fontSize: number,
  anchor: Anchor,
  widthFactor = 1,
): Box {
  const w = estimateTextWidth(text, fontSize) * widthFactor;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: baseline - fontSize * 0.8, x1: x0 + w, y1: baseline + fontSize * 0.25 };
}

/** Shift a box horizontally (no more than needed) so that it lies between `left` and `right`. */
export function clampBox(box: Box, left: number, right: number): Box {
  const dx = box.x0 < left ? left - box.x0 : box.x1 > right ? right - box.x1 : 0;
  return { ...box, x0: box.x0 + dx, x1: box.x1 + dx };
}

/**
 * The index of the first candidate box inside `bounds` that overlaps none of `taken`, which it
 * then joins; -1 when every candidate collides (the caller leaves the label out or keeps it put).
 */
export function takeFirstFree(candidates: readonly Box[], taken: Box[], bounds: Box): number {
  const i = candidates.findIndex((c) => within(c, bounds) && !taken.some((t) => overlaps(c, t)));
  if (i >= 0) taken.push(candidates[i]!);
  return i;
}
