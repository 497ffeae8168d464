/**
 * Keyboard movement between marks (roving tabindex): one tab stop into the plot, arrows move.
 * Pure so it is unit-tested in node; the element applies the result.
 */

/** Keys the plot handles; other keys (Tab!) pass through. */
export const NAV_KEYS: ReadonlySet<string> = new Set([
  'ArrowRight',
  'ArrowDown',
  'ArrowLeft',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
]);

/**
 * Index of the mark to focus after `key` from `current` among `count` marks, in reading order:
 * →/↓ next, ←/↑ previous (stopping at the ends, as a listbox does), Home/End first/last,
 * PageDown/PageUp jump by `page`. Returns `current` when the key does not move.
 */
export function nextMarkIndex(current: number, key: string, count: number, page = 5): number {
  if (count <= 0) return -1;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  const from = current < 0 ? -1 : clamp(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return clamp(from + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return clamp(from < 0 ? 0 : from - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(from + page);
    case 'PageUp':
      return clamp(from - page);
    default:
      return from < 0 ? 0 : from;
  }
}
