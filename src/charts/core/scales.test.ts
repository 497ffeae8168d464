import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain } from './scales.js';

describe('linearScale', () => {
  it('maps and inverts', () => {
    const s = linearScale([0, 10], [100, 300]);
    expect(s(0)).toBe(100);
    expect(s(5)).toBe(200);
    expect(s(10)).toBe(300);
    expect(s.invert(250)).toBe(7.5);
    expect(s.ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
  });
  it('handles a reversed range and a zero-width domain', () => {
    expect(linearScale([0, 1], [200, 0])(0.25)).toBe(150);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe('niceDomain', () => {
  it.each([
    [
      [7.5, 8],
      [0, 8],
    ],
    [
      [3.2, 97.3],
      [0, 100],
    ],
    [
      [-3, 8.45],
      [-4, 10],
    ],
    [[], [0, 1]],
    [[0], [0, 1]],
    [
      [NaN, 5],
      [0, 5],
    ],
  ])('%j → %j', (values, expected) => {
    expect(niceDomain(values)).toEqual(expected);
  });
  it('can leave zero out', () => {
    expect(niceDomain([77.1, 88], { includeZero: false })).toEqual([76, 88]);
    expect(niceDomain([5, 5], { includeZero: false })).toEqual([0, 10]);
  });
});
