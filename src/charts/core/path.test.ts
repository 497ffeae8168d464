import { line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePath } from './path.js';

type P = { year: number; value: number };
const px = (p: P): number => p.year * 12.5 - 3;
const py = (p: P): number => 200 - p.value / 3;

describe('linePath', () => {
  it('draws M x,y L x,y … like d3-shape line()', () => {
    const pts = [
      { year: 2020, value: 1 },
      { year: 2021, value: 2.5 },
      { year: 2022, value: -7 },
    ];
    expect(linePath(pts, px, py)).toBe('M25247,199.667L25259.5,199.167L25272,202.333');
  });
  it('is empty for no points', () => {
    expect(linePath([], px, py)).toBe('');
  });
  it('equals d3-shape line() for any points', () => {
    const d3 = line<P>().x(px).y(py);
    const point = fc.record({
      year: fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
      value: fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 12 }), (pts) => {
        expect(linePath(pts, px, py)).toBe(d3(pts));
      }),
      { numRuns: 500 },
    );
  });
});
