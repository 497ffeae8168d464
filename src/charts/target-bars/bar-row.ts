import type { RowValue, TargetActualRow } from '../../data/queries.js';
import type { Comparator, FigureKind, LocalizedText, Measure, Period } from '../../data/types.js';
import { significantDigits } from '../../format/index.js';

/**
 * One side of a bullet row as drawn: the query's value, or the yearly mean standing in for a
 * multi-year total that meets a one-year figure (the query decides when, in `row.yearlyMean`).
 */
export interface BarValue {
  readonly kind: FigureKind;
  /** Low end (or the value); for a decrease in growth, negative. */
  readonly value: number;
  /** High end of a range (1–2家). */
  readonly valueHi?: number;
  readonly comparator: Comparator;
  readonly period: Period;
  /** Set when `value` is the yearly mean of a multi-year total: the total and the number of years. */
  readonly yearlyMeanOf?: { readonly total: number; readonly totalHi?: number; readonly years: number };
  /** Significant digits the report wrote the number with (formatting precision). */
  readonly digits: number;
}

/** A row of `targetsVersusActuals` (or `rowsFromValues`) with its two sides as drawn. */
export interface TargetBarRow {
  /** The query's row: pairing, change, missing side, provenance. */
  readonly data: TargetActualRow;
  readonly key: string;
  readonly label: LocalizedText;
  readonly measure: Measure;
  /** Unit of both values (the indicator's canonical unit, or the figures' base unit). */
  readonly unit: string;
  readonly actual?: BarValue;
  readonly target?: BarValue;
}

function barValue(row: TargetActualRow, v: RowValue, side: 'actual' | 'target'): BarValue {
  const written = v.figure ? [v.figure.value, v.figure.valueHi] : [v.value, v.valueHi];
  const digits = Math.max(...written.map((n) => (n === undefined ? 1 : significantDigits(n))));
  const mean = row.yearlyMean?.side === side ? row.yearlyMean : undefined;
  if (!mean) {
    return {
      kind: v.kind,
      value: v.value,
      valueHi: v.valueHi,
      comparator: v.comparator,
      period: v.period,
      digits,
    };
  }
  return {
    kind: v.kind,
    value: mean.value,
    valueHi: mean.valueHi,
    comparator: v.comparator,
    period: v.period,
    yearlyMeanOf: { total: v.value, totalHi: v.valueHi, years: mean.years },
    digits: Math.max(2, digits),
  };
}

/** The query's row → the row the chart draws. */
export function barRow(data: TargetActualRow): TargetBarRow {
  return {
    data,
    key: data.key,
    label: data.label,
    measure: data.measure,
    unit: data.unit,
    actual: data.actual ? barValue(data, data.actual, 'actual') : undefined,
    target: data.target ? barValue(data, data.target, 'target') : undefined,
  };
}
