import { describe, expect, it } from 'vitest';
import { nextMarkIndex } from './keyboard.js';

describe('nextMarkIndex', () => {
  it.each([
    [0, 'ArrowDown', 5, 1],
    [0, 'ArrowRight', 5, 1],
    [4, 'ArrowDown', 5, 4],
    [0, 'ArrowUp', 5, 0],
    [3, 'ArrowLeft', 5, 2],
    [2, 'Home', 5, 0],
    [2, 'End', 5, 4],
    [0, 'PageDown', 12, 5],
    [8, 'PageUp', 12, 3],
    [2, 'a', 5, 2],
    [-1, 'ArrowDown', 5, 0],
    [0, 'ArrowDown', 0, -1],
  ])('%i + %s of %i → %i', (from, key, count, to) => {
    expect(nextMarkIndex(from, key, count)).toBe(to);
  });
});
