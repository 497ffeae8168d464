import type { Comparator, Figure, FigureKind, Indicator, Measure, Period } from '../../data/types.js';

/**
 * One side of a bullet row (the actual or the target), in the row's base unit, with provenance.
 * A total over several years set against a one-year figure is carried as its yearly mean.
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
  /** The figures behind the value (empty for rows given by code). */
  readonly figures: readonly Figure[];
  /** A sentence given by code instead of a figure (rows property). */
  readonly sentence?: string;
}

/** One indicator of one county: its latest actual (or estimate) and its target. */
export interface TargetBarRow {
  readonly key: string;
  readonly indicator: string | null;
  readonly label: { readonly zh: string; readonly en: string };
  readonly measure: Measure;
  /** Base unit of both values (元, 亩, %, 个百分点). */
  readonly unit: string;
  readonly higherIsBetter: boolean;
  readonly category?: string;
  /** Position in the report (document order of the first figure), for sort="report". */
  readonly order: number;
  readonly actual?: BarValue;
  readonly target?: BarValue;
  /** The county the row belongs to (null for rows given by code). */
  readonly county: string | null;
}

const years = (p: Period): number => p.end - p.start + 1;

function signed(f: Figure, v: number): number {
  return f.measure === 'growth' && f.direction === 'decrease' ? -Math.abs(v) : v;
}

function sig(n: number): number {
  const s = Math.abs(n).toString().replace('.', '').replace(/^0+/, '');
  return Math.max(1, Math.min(15, n.toString().includes('.') ? s.length : s.replace(/0+$/, '').length));
}

/** A figure as a bar value; a multi-year total becomes its yearly mean when `asYearlyMean`. */
export function barValue(f: Figure, asYearlyMean: boolean): BarValue {
  const lo = signed(f, f.baseValue);
  const hi = f.baseValueHi === undefined ? undefined : signed(f, f.baseValueHi);
  const digits = Math.max(sig(f.value), f.valueHi === undefined ? 1 : sig(f.valueHi));
  if (asYearlyMean) {
    const n = years(f.period);
    return {
      kind: f.kind,
      value: lo / n,
      valueHi: hi === undefined ? undefined : hi / n,
      comparator: f.comparator,
      period: f.period,
      yearlyMeanOf: { total: lo, totalHi: hi, years: n },
      digits: Math.max(2, digits),
      figures: [f],
    };
  }
  return {
    kind: f.kind,
    value: lo,
    valueHi: hi,
    comparator: f.comparator,
    period: f.period,
    digits,
    figures: [f],
  };
}

const seq = (f: Figure): number => {
  const m = /-(\d+)$/.exec(f.id);
  return m ? Number(m[1]) : 0;
};

/**
 * The target a row shows: the plan year's one-year target when there is one (the report's
 * 今年/2022年 goals), else the first multi-year target; ties in report order.
 */
function pickTarget(targets: readonly Figure[], planYear: number | undefined): Figure | undefined {
  const oneYear = targets.filter((t) => t.period.start === t.period.end);
  const planned = oneYear.find((t) => t.period.end === planYear) ?? oneYear[0];
  return planned ?? targets[0];
}

/**
 * The actual a row shows: the most recent actual or estimate ending before the target's period
 * (or by `planYear` with no target); one-year figures before multi-year ones of the same end year.
 */
function pickActual(
  actuals: readonly Figure[],
  target: Figure | undefined,
  planYear: number | undefined,
): Figure | undefined {
  const limit = target ? target.period.start : (planYear ?? Infinity);
  const before = actuals.filter((a) => a.period.end < limit || (!target && a.period.end <= limit));
  const pool = before.length ? before : target ? [] : actuals;
  return [...pool].sort(
    (a, b) => b.period.end - a.period.end || years(a.period) - years(b.period) || seq(a) - seq(b),
  )[0];
}

export interface BuildRowsOptions {
  /** The year the county's report plans for (its one-year targets are for this year). */
  readonly planYear?: number;
  /** Only these indicator ids, in this order of preference (default: every indicator with a target). */
  readonly indicators?: readonly string[];
  readonly category?: string;
}

/**
 * Pair each indicator's target with its latest actual or estimate, for one county's figures.
 * Figures without a catalogue indicator are grouped by their subject (as written). Without an
 * `indicators` list, only indicators that have a target are kept: the chart is about targets.
 */
export function buildRows(
  figures: readonly Figure[],
  catalogue: readonly Indicator[],
  options: BuildRowsOptions = {},
): TargetBarRow[] {
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!Number.isFinite(f.baseValue)) continue;
    const key = f.indicator ?? `subject:${f.subject}|${f.baseUnit}|${f.measure}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(f);
  }
  const wanted = options.indicators ? new Set(options.indicators) : undefined;
  const rows: TargetBarRow[] = [];
  for (const [key, list] of groups) {
    const indicator = list[0].indicator ? byId.get(list[0].indicator) : undefined;
    if (wanted && !(indicator && wanted.has(indicator.id))) continue;
    if (options.category && indicator?.category !== options.category) continue;
    const targets = list.filter((f) => f.kind === 'target');
    if (!wanted && targets.length === 0) continue;
    const target = pickTarget(targets, options.planYear);
    // The actual must be in the target's unit (a count of firms never pairs with a sum of yuan).
    const actuals = list.filter((f) => f.kind !== 'target' && (!target || f.baseUnit === target.baseUnit));
    const actual = pickActual(actuals, target, options.planYear);
    const first = target ?? actual;
    if (!first) continue;
    // A total over several years set against a one-year figure: compare yearly means.
    const meanActual =
      !!actual && actual.cumulative && years(actual.period) > 1 && (!target || years(target.period) === 1);
    const meanTarget =
      !!target &&
      target.cumulative &&
      years(target.period) > 1 &&
      (!actual || years(actual.period) === 1) &&
      !!actual;
    rows.push({
      key: `${first.county}:${indicator?.id ?? key}`,
      indicator: indicator?.id ?? null,
      label: indicator ? indicator.name : { zh: first.subject, en: first.subject },
      measure: indicator?.measure ?? first.measure,
      unit: first.baseUnit,
      higherIsBetter: indicator?.higherIsBetter ?? true,
      category: indicator?.category,
      order: Math.min(...[target, actual].filter((f): f is Figure => !!f).map(seq)),
      actual: actual ? barValue(actual, meanActual) : undefined,
      target: target ? barValue(target, meanTarget) : undefined,
      county: first.county,
    });
  }
  if (wanted && options.indicators) {
    const rank = new Map(options.indicators.map((id, i) => [id, i]));
    rows.sort((a, b) => (rank.get(a.indicator ?? '') ?? 0) - (rank.get(b.indicator ?? '') ?? 0));
  } else rows.sort((a, b) => a.order - b.order);
  return rows;
}

/** A side of a row given by code: value in `unit`; period a year or a span. */
export interface TargetBarsInputValue {
  readonly value: number;
  readonly valueHi?: number;
  readonly comparator?: Comparator;
  readonly kind?: FigureKind;
  readonly period: number | Period;
  /** The sentence the value comes from, quoted in the tooltip. */
  readonly sentence?: string;
}

/** A row given by code through the `rows` property. */
export interface TargetBarsInputRow {
  readonly label: string | { readonly zh: string; readonly en: string };
  readonly unit: string;
  readonly measure?: Measure;
  readonly higherIsBetter?: boolean;
  readonly actual?: TargetBarsInputValue;
  readonly target?: TargetBarsInputValue;
}

function inputValue(v: TargetBarsInputValue, kind: FigureKind): BarValue {
  const period = typeof v.period === 'number' ? { start: v.period, end: v.period } : v.period;
  return {
    kind: v.kind ?? kind,
    value: v.value,
    valueHi: v.valueHi,
    comparator: v.comparator ?? '=',
    period,
    digits: Math.max(sig(v.value), v.valueHi === undefined ? 1 : sig(v.valueHi)),
    figures: [],
    sentence: v.sentence,
  };
}

/** Rows given by code → chart rows (non-finite values dropped, so a bad side reads as missing). */
export function rowsFromInput(input: readonly TargetBarsInputRow[]): TargetBarRow[] {
  return input.map((r, i) => {
    const label = typeof r.label === 'string' ? { zh: r.label, en: r.label } : r.label;
    const ok = (v?: TargetBarsInputValue) =>
      v && Number.isFinite(v.value) && (v.valueHi === undefined || Number.isFinite(v.valueHi))
        ? v
        : undefined;
    const actual = ok(r.actual);
    const target = ok(r.target);
    return {
      key: `row-${i}`,
      indicator: null,
      label,
      measure: r.measure ?? (r.unit === '%' ? 'growth' : 'level'),
      unit: r.unit,
      higherIsBetter: r.higherIsBetter ?? true,
      order: i,
      actual: actual ? inputValue(actual, 'actual') : undefined,
      target: target ? inputValue(target, 'target') : undefined,
      county: null,
    };
  });
}
