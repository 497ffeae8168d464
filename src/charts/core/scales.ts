import { nice, ticks } from 'd3-array';

/**
 * A linear scale: the part of d3-scale's scaleLinear the charts use. d3-scale itself costs
 * 10.8 KB gzip (it drags in d3-interpolate, d3-color and d3-format); this plus d3-array's
 * `ticks`/`nice` is ~1.4 KB, which keeps the embed bundle inside its 30 KB budget.
 */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Inverse mapping: pixel → value. */
  invert(px: number): number;
  /** Round tick values covering the domain, about `count` of them. */
  ticks(count?: number): number[];
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // A zero-width domain maps everything to the middle of the range rather than to NaN.
  const scale = ((v: number) =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0)) as LinearScale;
  Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    invert: (px: number) => (r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * span),
    ticks: (count = 5) => ticks(d0, d1, count),
  });
  return scale;
}

/**
 * Extend [lo, hi] to round numbers for about `count` ticks. Always includes 0 when `includeZero`
 * (bars must start at zero); a degenerate or empty extent becomes [0, 1] (or [v−|v|, v+|v|]).
 */
export function niceDomain(
  values: readonly number[],
  { count = 5, includeZero = true }: { count?: number; includeZero?: boolean } = {},
): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    const pad = Math.abs(lo) || 1;
    [lo, hi] = includeZero && lo === 0 ? [0, 1] : [lo - pad, hi + pad];
    if (includeZero) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  }
  const [nlo, nhi] = nice(lo, hi, count);
  return [nlo, nhi];
}
