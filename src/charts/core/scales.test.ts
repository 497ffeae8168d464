import * as d3 from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, nice, niceDomain, ticks } from './scales.js';

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

const attempt = <T>(f: () => T): T | string => {
  try {
    return f();
  } catch (error) {
    return String(error);
  }
};

describe('ticks and nice match d3-array', () => {
  // Magnitudes from county reports: shares, 亿元 totals, 1e-3 rates, and hostile extremes.
  const value = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
    fc.integer({ min: -1000, max: 1000 }).map((n) => n / 100),
    fc.constantFrom(0, 1, -1, 0.001, 1e-9, 1e15, Infinity, -Infinity, NaN),
  );
  const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(0.5, 1.5, -1, NaN));
  it('ticks(start, stop, count)', () => {
    fc.assert(
      fc.property(value, value, count, (a, b, n) => {
        // Both throw the same RangeError when the tick count is absurd (subnormal extents).
        const ours = attempt(() => ticks(a, b, n));
        expect(ours).toEqual(attempt(() => d3.ticks(a, b, n)));
      }),
      { numRuns: 3000 },
    );
  });
  it('nice(start, stop, count)', () => {
    fc.assert(
      fc.property(value, value, count, (a, b, n) => {
        expect(nice(a, b, n)).toEqual(d3.nice(a, b, n));
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    [0, 1, 5],
    [0, 97.3, 5],
    [-3, 8.45, 5],
    [0.0012, 0.0137, 4],
    [10, 0, 5],
    [2.3e9, 7.1e12, 6],
  ])('ticks(%d, %d, %d)', (a, b, n) => {
    expect(ticks(a, b, n)).toEqual(d3.ticks(a, b, n));
    expect(nice(a, b, n)).toEqual(d3.nice(a, b, n));
  });
});

describe('scales at the edge of the doubles', () => {
  it('keeps niceDomain finite near Number.MAX_VALUE', () => {
    for (const values of [[-Number.MAX_VALUE], [Number.MAX_VALUE], [-Number.MAX_VALUE, Number.MAX_VALUE]]) {
      const [lo, hi] = niceDomain(values);
      expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
      expect(lo).toBeLessThanOrEqual(Math.min(0, ...values));
      expect(hi).toBeGreaterThanOrEqual(Math.max(0, ...values));
    }
  });

  it('gives finite ticks inside a domain whose span overflows (a fuzz counterexample: −1.8e308 % beside 32 %)', () => {
    for (const [lo, hi] of [
      [-Number.MAX_VALUE, 1.4e307],
      [-Number.MAX_VALUE, Number.MAX_VALUE],
      [-1e308, 1e308],
    ] as const) {
      for (const count of [4, 5, 10]) {
        const t = ticks(lo, hi, count);
        expect(t.length).toBeGreaterThan(1);
        for (const v of t) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(lo);
          expect(v).toBeLessThanOrEqual(hi);
        }
        expect(ticks(hi, lo, count)).toEqual([...t].reverse());
      }
    }
  });

  it('maps a domain whose span overflows to finite pixels', () => {
    const s = linearScale([-Number.MAX_VALUE, Number.MAX_VALUE], [0, 200]);
    expect(s(0)).toBeCloseTo(100, 9);
    expect(s(-Number.MAX_VALUE)).toBeCloseTo(0, 9);
    expect(s(Number.MAX_VALUE)).toBeCloseTo(200, 9);
  });
});
