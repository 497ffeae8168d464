/**
 * Conversion of a figure's base value into its indicator's canonical unit, using only the
 * conversions the catalogue declares (公顷 → 亩, 天 → % of the year, 座 → 个). When no declared
 * path exists the answer is null: a chart shows a gap, never a silently wrong number.
 */
import type { Dataset, Figure, Indicator, UnitConversion } from './types.js';

/** One step of a conversion path; `inverse` when a declared conversion was used backwards (÷ factor). */
export interface ConversionStep {
  readonly conversion: UnitConversion;
  readonly inverse: boolean;
}

export interface ConvertedValue {
  /** The base value (low end of a range) in `unit`. */
  readonly value: number;
  readonly valueHi?: number;
  /** The indicator's canonical unit. */
  readonly unit: string;
  /** The multiplier applied (1 when the figure is already in the canonical unit). */
  readonly factor: number;
  /** The declared conversions used, in order; empty when none was needed. */
  readonly steps: readonly ConversionStep[];
}

/**
 * The factor that takes a value in `from` to `to` through declared conversions (used forwards × factor
 * or backwards ÷ factor, chained if need be), or null when no path exists.
 */
export function conversionPath(
  from: string,
  to: string,
  conversions: readonly UnitConversion[],
): { readonly factor: number; readonly steps: readonly ConversionStep[] } | null {
  if (from === to) return { factor: 1, steps: [] };
  // Breadth-first: the shortest chain of declared conversions wins.
  const queue: { unit: string; factor: number; steps: ConversionStep[] }[] = [
    { unit: from, factor: 1, steps: [] },
  ];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const here = queue.shift()!;
    for (const conversion of conversions) {
      if (!(conversion.factor > 0) || !Number.isFinite(conversion.factor)) continue;
      const moves: [string, number, boolean][] = [];
      if (conversion.from === here.unit) moves.push([conversion.to, conversion.factor, false]);
      if (conversion.to === here.unit) moves.push([conversion.from, 1 / conversion.factor, true]);
      for (const [unit, step, inverse] of moves) {
        if (seen.has(unit)) continue;
        const next = { unit, factor: here.factor * step, steps: [...here.steps, { conversion, inverse }] };
        if (unit === to) return { factor: next.factor, steps: next.steps };
        seen.add(unit);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * A figure's base value in `indicator.unit`, or null when it cannot be converted:
 * - same unit: only when the figure measures what the indicator measures (a growth % is not a share %);
 * - other units: only along the indicator's declared conversions (good-air 天 → % of the year, 公顷 → 亩);
 * - growth rates are never converted between units (a rate is not a quantity).
 */
export function toIndicatorUnit(figure: Figure, indicator: Indicator): ConvertedValue | null {
  if (figure.baseUnit === indicator.unit) {
    if (figure.measure !== indicator.measure) return null;
    return {
      value: figure.baseValue,
      valueHi: figure.baseValueHi,
      unit: indicator.unit,
      factor: 1,
      steps: [],
    };
  }
  if (figure.measure === 'growth' || indicator.measure === 'growth') return null;
  const path = conversionPath(figure.baseUnit, indicator.unit, indicator.conversions);
  if (!path) return null;
  const convert = (v: number): number => roundConverted(v * path.factor);
  return {
    value: convert(figure.baseValue),
    valueHi: figure.baseValueHi === undefined ? undefined : convert(figure.baseValueHi),
    unit: indicator.unit,
    factor: path.factor,
    steps: path.steps,
  };
}

/** {@link toIndicatorUnit} for a figure of `dataset`, looking up its own indicator; null when it has none. */
export function toCanonicalUnit(dataset: Dataset, figure: Figure): ConvertedValue | null {
  if (figure.indicator === null) return null;
  const indicator = dataset.indicators.find((i) => i.id === figure.indicator);
  return indicator ? toIndicatorUnit(figure, indicator) : null;
}

// 63.92 公顷 × 15 is 958.8000000000001 in floating point; twelve significant digits hide that noise.
function roundConverted(v: number): number {
  return v === 0 ? 0 : Number(v.toPrecision(12));
}
