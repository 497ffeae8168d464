/**
 * Conversion of a figure's base value into its indicator's canonical unit, using only the
 * conversions the catalogue declares (公顷 → 亩, 天 → % of the year, 座 → 个). When no declared
 * path exists the answer is null: a chart shows a gap, never a silently wrong number.
 */
import { indicatorById } from './by-id.js';
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
  // Breadth-first: the shortest chain of declared conversions wins.
  const queue = [{ unit: from, factor: 1, steps: [] as ConversionStep[] }];
  const seen = new Set([from]);
  for (const { unit, factor, steps } of queue) {
    if (unit === to) return { factor, steps };
    for (const conversion of conversions) {
      const f = conversion.factor;
      if (f > 0 && f < Infinity)
        for (const [a, b, step, inverse] of [
          [conversion.from, conversion.to, f, false],
          [conversion.to, conversion.from, 1 / f, true],
        ] as const)
          if (a === unit && !seen.has(b)) {
            seen.add(b);
            queue.push({ unit: b, factor: factor * step, steps: [...steps, { conversion, inverse }] });
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
  const { baseUnit, measure } = figure;
  const path =
    baseUnit === indicator.unit
      ? measure === indicator.measure && { factor: 1, steps: [] }
      : measure !== 'growth' &&
        indicator.measure !== 'growth' &&
        conversionPath(baseUnit, indicator.unit, indicator.conversions);
  if (!path) return null;
  // 63.92 公顷 × 15 is 958.8000000000001 in floating point; twelve significant digits hide that noise.
  const convert = (v: number | undefined): number | undefined =>
    v === undefined || path.factor === 1 ? v : Number((v * path.factor).toPrecision(12));
  return {
    value: convert(figure.baseValue)!,
    valueHi: convert(figure.baseValueHi),
    unit: indicator.unit,
    factor: path.factor,
    steps: path.steps,
  };
}

/** {@link toIndicatorUnit} when the figure's row or series has an indicator, else its base value as it is. */
export const valueIn = (
  figure: Figure,
  indicator: Indicator | null | undefined,
): Pick<ConvertedValue, 'value' | 'valueHi'> | null =>
  indicator ? toIndicatorUnit(figure, indicator) : { value: figure.baseValue, valueHi: figure.baseValueHi };

/** {@link toIndicatorUnit} for a figure of `dataset`, looking up its own indicator; null when it has none. */
export function toCanonicalUnit(dataset: Dataset, figure: Figure): ConvertedValue | null {
  const indicator = figure.indicator === null ? undefined : indicatorById(dataset, figure.indicator);
  return indicator ? toIndicatorUnit(figure, indicator) : null;
}
