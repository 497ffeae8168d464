/**
 * Keyboard movement between marks (roving tabindex): one tab stop into the plot, arrows move.
 * Pure so it is unit-tested in node; the element applies the result.
 */

/** Keys the plot handles: arrows, Home, End, PageUp, PageDown. Other keys (Tab!) pass through. */
export const isNavigationKey = (key: string): boolean =>
  /^(Arrow(Right|Down|Left|Up)|Home|End|Page(Up|Down))$/.test(key);

/**
 * Index of the mark to focus after `key` from `current` among `count` marks, in reading order:
 * →/↓ next, ←/↑ previous (stopping at the ends, as a listbox does), Home/End first/last,
 * PageDown/PageUp jump by `page`. Returns `current` when the key does not move.
 */
export function nextMarkIndex(current: number, key: string, count: number, page = 5): number {
  if (count <= 0) return -1;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  const from = current < 0 ? -1 : clamp(current);
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: page, PageUp: -page }[
    key
  ];
  return key === 'Home'
    ? 0
    : key === 'End'
      ? count - 1
      : step
        ? clamp(Math.max(from, step < 0 ? 0 : from) + step)
        : Math.max(from, 0);
}
