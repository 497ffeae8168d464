// d3-array's tick maths (ISC, Mike Bostock), same results (scales.test.ts compares them): its
// module keeps top-level `bisector(...)` calls no tree-shaker may drop, ~1.3 KB gzip in the embed.
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** [i1, i2, inc]: ticks are i·inc for i in i1..i2 (inc > 0), or i/−inc (inc < 0, exact decimals). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  const neg = power < 0;
  const inc = neg ? 10 ** -power / factor : 10 ** power * factor;
  const at = (i: number): number => (neg ? i / inc : i * inc);
  let i1 = Math.round(neg ? start * inc : start / inc);
  let i2 = Math.round(neg ? stop * inc : stop / inc);
  if (at(i1) < start) ++i1;
  if (at(i2) > stop) --i2;
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, neg ? -inc : inc];
}

/** About `count` round values between start and stop (either order): d3-array's `ticks`. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  // A span past Number.MAX_VALUE ([−1e308, 1e308]): the ticks of the halved extent, doubled.
  if (!Number.isFinite(stop - start) && Number.isFinite(start) && Number.isFinite(stop))
    return ticks(start / 2, stop / 2, count).map((v) => v * 2);
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const out = new Array<number>(i2 - i1 + 1);
  for (let i = 0; i < out.length; ++i) {
    const k = reverse ? i2 - i : i1 + i;
    out[i] = inc < 0 ? k / -inc : k * inc;
  }
  return out;
}

/** Extend [start, stop] to multiples of the tick step: d3-array's `nice`. */
export function nice(start: number, stop: number, count: number): [number, number] {
  let prestep: number | undefined;
  for (;;) {
    const step = tickSpec(start, stop, count)[2];
    if (step === prestep || step === 0 || !isFinite(step)) return [start, stop];
    // A negative step stands for 1/−step (exact decimals), as in tickSpec.
    const up = step > 0 ? (k: number): number => k * step : (k: number): number => k / -step;
    const i = Math.ceil(step > 0 ? start / step : start * -step);
    const j = Math.floor(step > 0 ? stop / step : stop * -step);
    start = up(i - (up(i) > start ? 1 : 0));
    stop = up(j + (up(j) < stop ? 1 : 0));
    prestep = step;
  }
}

/**
 * A linear scale: the part of d3-scale's scaleLinear the charts use. d3-scale itself costs
 * 10.8 KB gzip (it drags in d3-interpolate, d3-color and d3-format).
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
  // Halved when the span overflows ([-1e308, 1e308]), so extreme values still map to finite pixels.
  const t = Number.isFinite(span)
    ? (v: number) => (v - d0) / span
    : (v: number) => (v / 2 - d0 / 2) / (d1 / 2 - d0 / 2);
  // A zero-width domain maps everything to the middle of the range rather than to NaN.
  const scale = ((v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + t(v) * (r1 - r0))) as LinearScale;
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
  if (Number.isFinite(nlo) && Number.isFinite(nhi)) return [nlo, nhi];
  // Rounding out near Number.MAX_VALUE overflows: keep the finite extent.
  return [Math.max(lo, -Number.MAX_VALUE), Math.min(hi, Number.MAX_VALUE)];
}
