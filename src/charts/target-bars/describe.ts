/**
 * The description of <county-target-bars>: what `describeTargetBars()` (target-bars.ts) makes of the
 * query's rows, and what the layout and the static renderer read.
 */
import type { RowValue, TargetActualRow } from '../../data/queries.js';
import type { County, Dataset } from '../../data/types.js';
import type { Lang } from '../../format/index.js';
import type { ChartDescription } from '../core/index.js';

/**
 * One side of a bullet row as drawn: the query's value, or the yearly mean standing in for a
 * multi-year total that meets a one-year figure (the query decides when, in `row.yearlyMean`).
 * `value` and `valueHi` are then the mean's.
 */
export interface BarValue extends RowValue {
  /** Period and kind: "2021 预计", "2022 目标", "2017–2021 实际年均" (a yearly mean names its span). */
  readonly label: string;
  /** The value with comparator and range, and 年均 for a yearly mean: "≥9%", "年均5.986万亩". */
  readonly text: string;
  /** For a yearly mean, how it was derived: "5年累计 29.93万亩 ÷ 5 = 年均". */
  readonly note?: string;
}

/** A row of `targetsVersusActuals` (or `rowsFromValues`) with its two sides and its words as drawn. */
export interface TargetBarRow {
  /** The query's row: measure, pairing, change, missing side, provenance. */
  readonly row: TargetActualRow;
  readonly name: string;
  readonly actual?: BarValue;
  readonly target?: BarValue;
  /** "2021 预计 → 2022 目标" / "2021 estimate → 2022 target". */
  readonly periods: string;
  /** "8% → ≥9%", "8% → no target" (a report of targets only: the target alone). */
  readonly values: string;
  /** Periods and values together: "2021 预计 8% → 2022 目标 9%" (narrow rows, one line). */
  readonly detail: string;
  /** Change from actual to target, short: "+1个百分点", "+1 pt", "−15%", "完成94%". */
  readonly change?: string;
  /** The same, spelled out for screen readers and the table. */
  readonly changeLong?: string;
}

export interface TargetBarsDescription extends ChartDescription {
  readonly rows: readonly TargetBarRow[];
  /** The rows have targets only (the report gives no results). */
  readonly targetsOnly: boolean;
}

export interface DescribeContext {
  readonly lang: Lang;
  readonly county?: County;
  readonly dataset?: Dataset;
  /** Targets left out because the report gives no result to compare (default selection). */
  readonly omitted?: number;
  /** The county the rows belong to (null for rows given by code). */
  readonly countyId?: string | null;
  /** Title given by the page (`heading` attribute) instead of the default. */
  readonly title?: string;
}
