// d3-shape rounds path coordinates to 3 decimals (line.digits(3)): shorter markup, same drawing.
const round = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * An SVG path through points joined by straight segments: what d3-shape's `line()` with its
 * default linear curve draws (`M x,y L x,y …`, the same string). d3-shape is one file whose curve
 * factories run at load time, so importing `line` alone costs ~3 KB gzip in the embed; this is
 * a few bytes. Returns '' for no points (d3: null).
 */
export function linePath<T>(points: readonly T[], x: (point: T) => number, y: (point: T) => number): string {
  let d = '';
  for (const p of points) d += `${d ? 'L' : 'M'}${round(x(p))},${round(y(p))}`;
  // A single point: d3 closes the one-point subpath so a round line cap can show it.
  return points.length === 1 ? `${d}Z` : d;
}
