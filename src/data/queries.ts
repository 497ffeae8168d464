/**
 * Questions the charts ask of a dataset: look-ups, figure filters, and targets versus actuals.
 * Every derived number (a yearly mean, a change) keeps the ids of the figures it came from.
 */
import type {
  Category,
  Comparator,
  County,
  Dataset,
  Figure,
  FigureKind,
  Indicator,
  LocalizedText,
  Measure,
  Period,
} from './types.js';
import { toIndicatorUnit } from './units.js';

export const countyById = (dataset: Dataset, id: string): County | undefined =>
  dataset.counties.find((c) => c.id === id);

export const indicatorById = (dataset: Dataset, id: string): Indicator | undefined =>
  dataset.indicators.find((i) => i.id === id);

export interface FigureQuery {
  readonly county?: string;
  /** An indicator id, or null for figures that fit no catalogued indicator. */
  readonly indicator?: string | null;
  readonly kind?: FigureKind | readonly FigureKind[];
  /** The indicator's category (figures without an indicator have none and are left out). */
  readonly category?: Category;
  readonly measure?: Measure;
}

/** Figures matching every given field, in dataset (document) order. */
export function figuresFor(dataset: Dataset, query: FigureQuery = {}): Figure[] {
  const kinds = query.kind === undefined ? undefined : ([] as FigureKind[]).concat(query.kind);
  const categoryOf = new Map(dataset.indicators.map((i) => [i.id, i.category]));
  return dataset.figures.filter(
    (f) =>
      (query.county === undefined || f.county === query.county) &&
      (query.indicator === undefined || f.indicator === query.indicator) &&
      (kinds === undefined || kinds.includes(f.kind)) &&
      (query.measure === undefined || f.measure === query.measure) &&
      (query.category === undefined ||
        (f.indicator !== null && categoryOf.get(f.indicator) === query.category)),
  );
}

/** Whether the county's report states any result (actual or 预计 estimate); 伊通, 长白, 阜新 state only targets. */
export function reportHasActuals(dataset: Dataset, countyId: string): boolean {
  return dataset.figures.some((f) => f.county === countyId && (f.kind === 'actual' || f.kind === 'estimate'));
}

/** A figure placed on a row: its value in the row's unit, signed (a fall of 3% is −3). */
export interface RowValue {
  readonly figure: Figure;
  /** In the row's unit; the low end of a range. Growth figures with direction 'decrease' are negative. */
  readonly value: number;
  readonly valueHi?: number;
  readonly unit: string;
  readonly comparator: Comparator;
  readonly kind: FigureKind;
  readonly period: Period;
  /** A total over its period (五年累计). */
  readonly cumulative: boolean;
  readonly sourceFigureIds: readonly string[];
}

/** A multi-year total shown per year so it can stand beside a one-year target. */
export interface YearlyMean {
  readonly value: number;
  readonly valueHi?: number;
  readonly unit: string;
  readonly comparator: Comparator;
  /** The total's period; the mean is over `years` years of it. */
  readonly period: Period;
  readonly years: number;
  /** "2017–2021五年累计的年均值" / "yearly mean of the 2017–2021 total". */
  readonly label: LocalizedText;
  readonly sourceFigureIds: readonly string[];
}

/**
 * The target set against the actual: `ratio` (target ÷ actual) and `difference` (target − actual, in `unit`)
 * for levels; for growth rates and shares in %, `difference` in percentage points and no ratio.
 * Ranges compare their low ends.
 */
export interface TargetChange {
  readonly method: 'ratio' | 'points';
  /** What the target was compared with: the actual as stated, or the yearly mean of a multi-year total. */
  readonly basis: 'actual' | 'yearly-mean';
  readonly ratio?: number;
  readonly difference: number;
  /** Unit of `difference`: the row's unit, or 个百分点 (percentage points). */
  readonly unit: string;
  /** The target is above the actual (compare with the indicator's `higherIsBetter`). */
  readonly targetAbove: boolean;
  readonly sourceFigureIds: readonly string[];
}

/** Why a row with both values has no change: growth rates on different bases (one year vs a whole plan period), or an actual of zero. */
export type NoChangeReason = 'rate-basis' | 'zero-actual';

export interface TargetActualRow {
  /** The indicator id, or `subject:<subject>|<unit>` for a group of uncatalogued figures. */
  readonly key: string;
  readonly indicator: Indicator | null;
  /** The indicator's name; for uncatalogued figures the report's subject (in both fields: no translation exists). */
  readonly label: LocalizedText;
  readonly subject: string;
  readonly category: Category | null;
  readonly measure: Measure;
  /** Unit of every value on the row: the indicator's canonical unit, or the figures' base unit. */
  readonly unit: string;
  readonly higherIsBetter: boolean | null;
  /** The latest actual or estimate. */
  readonly actual?: RowValue;
  /** The next target after the actual: an annual target when there is one, else a multi-year goal. */
  readonly target?: RowValue;
  /** A multi-year goal (到2026年) kept beside the annual target it was passed over for. */
  readonly goal?: RowValue;
  /** Set when the actual is a multi-year total and the target is for one year. */
  readonly yearlyMean?: YearlyMean;
  readonly missing: 'target' | 'actual' | null;
  readonly change?: TargetChange;
  readonly noChangeReason?: NoChangeReason;
  /** Figures of this row left out because their unit does not convert to the row's unit. */
  readonly unconvertedFigureIds: readonly string[];
  /** Every figure the row shows or derives from. */
  readonly sourceFigureIds: readonly string[];
}

export type TargetsSort = 'document' | 'category' | 'change' | 'indicators';

export interface TargetsVersusActualsOptions {
  /** Only these indicator ids (with sort 'indicators', in this order). */
  readonly indicators?: readonly string[];
  readonly category?: Category;
  /**
   * document (default): order of first appearance in the report; category: catalogue category order;
   * change: largest relative step up first (ratio − 1, or points ÷ 100), rows without a change last;
   * indicators: the order of `indicators`.
   */
  readonly sort?: TargetsSort;
  /** At most this many rows (after sorting). */
  readonly limit?: number;
  /** 'by-subject' adds rows for figures without an indicator, grouped by subject and unit. Default 'omit'. */
  readonly uncatalogued?: 'omit' | 'by-subject';
}

const CATEGORY_ORDER: readonly Category[] = [
  'economy',
  'industry',
  'agriculture',
  'infrastructure',
  'environment',
  'livelihood',
  'social',
  'governance',
];

const years = (p: Period): number => p.end - p.start + 1;

function rowValue(figure: Figure, value: number, valueHi: number | undefined, unit: string): RowValue {
  const fall = figure.measure === 'growth' && figure.direction === 'decrease' && value > 0;
  return {
    figure,
    value: fall ? -(valueHi ?? value) : value,
    valueHi: valueHi === undefined ? undefined : fall ? -value : valueHi,
    unit,
    comparator: figure.comparator,
    kind: figure.kind,
    period: figure.period,
    cumulative: figure.cumulative,
    sourceFigureIds: [figure.id],
  };
}

/** Latest end year; then a one-year figure over a multi-year one; then actual over estimate; then document order. */
function latestResult(values: readonly RowValue[]): RowValue | undefined {
  let best: RowValue | undefined;
  for (const v of values) {
    if (v.kind === 'target') continue;
    if (!best) best = v;
    else if (v.period.end !== best.period.end) best = v.period.end > best.period.end ? v : best;
    else if (years(v.period) !== years(best.period)) best = years(v.period) < years(best.period) ? v : best;
    else if (v.kind !== best.kind && v.kind === 'actual') best = v;
  }
  return best;
}

/** The next target after `after` (any when undefined): earliest annual target, else earliest-ending goal. */
function nextTargets(
  values: readonly RowValue[],
  after: number | undefined,
): { target?: RowValue; goal?: RowValue } {
  const upcoming = values.filter((v) => v.kind === 'target' && (after === undefined || v.period.end > after));
  const earliest = (list: RowValue[]): RowValue | undefined =>
    list.reduce<RowValue | undefined>((a, v) => (!a || v.period.end < a.period.end ? v : a), undefined);
  const annual = earliest(upcoming.filter((v) => years(v.period) === 1));
  const goal = earliest(upcoming.filter((v) => years(v.period) > 1));
  return annual ? { target: annual, goal } : { target: goal };
}

function yearlyMeanOf(actual: RowValue, target: RowValue | undefined): YearlyMean | undefined {
  const n = years(actual.period);
  if (
    !target ||
    !actual.cumulative ||
    n < 2 ||
    years(target.period) !== 1 ||
    actual.figure.measure !== 'level'
  )
    return undefined;
  const span = `${actual.period.start}–${actual.period.end}`;
  return {
    value: actual.value / n,
    valueHi: actual.valueHi === undefined ? undefined : actual.valueHi / n,
    unit: actual.unit,
    comparator: actual.comparator,
    period: actual.period,
    years: n,
    label: { zh: `${span}累计的年均值(÷${n})`, en: `yearly mean of the ${span} total (÷${n})` },
    sourceFigureIds: actual.sourceFigureIds,
  };
}

function changeOf(
  actual: RowValue,
  target: RowValue,
  mean: YearlyMean | undefined,
  measure: Measure,
  unit: string,
): TargetChange | NoChangeReason {
  if (measure === 'growth') {
    // A per-year rate and a rate over several years (增长50% by 2026) are not the same quantity.
    const basis = (v: RowValue): string =>
      years(v.period) === 1
        ? 'per-year'
        : (v.figure.rateBasis ?? (v.cumulative ? 'over-period' : 'per-year'));
    if (basis(actual) !== basis(target)) return 'rate-basis';
  }
  const compared = mean ?? actual;
  const sourceFigureIds = [...new Set([...compared.sourceFigureIds, ...target.sourceFigureIds])];
  const difference = target.value - compared.value;
  const targetAbove = difference > 0;
  if (unit === '%' || unit === '个百分点') {
    return {
      method: 'points',
      basis: mean ? 'yearly-mean' : 'actual',
      difference,
      unit: '个百分点',
      targetAbove,
      sourceFigureIds,
    };
  }
  if (compared.value === 0) return 'zero-actual';
  return {
    method: 'ratio',
    basis: mean ? 'yearly-mean' : 'actual',
    ratio: target.value / compared.value,
    difference,
    unit,
    targetAbove,
    sourceFigureIds,
  };
}

interface Group {
  readonly key: string;
  readonly indicator: Indicator | null;
  readonly subject: string;
  readonly measure: Measure;
  readonly unit: string;
  readonly figures: Figure[];
}

function buildRow(group: Group): TargetActualRow {
  const values: RowValue[] = [];
  const unconverted: string[] = [];
  for (const f of group.figures) {
    if (group.indicator) {
      const c = toIndicatorUnit(f, group.indicator);
      if (c) values.push(rowValue(f, c.value, c.valueHi, c.unit));
      else unconverted.push(f.id);
    } else values.push(rowValue(f, f.baseValue, f.baseValueHi, f.baseUnit));
  }
  const actual = latestResult(values);
  const { target, goal } = nextTargets(values, actual?.period.end);
  const yearlyMean = actual ? yearlyMeanOf(actual, target) : undefined;
  const outcome =
    actual && target ? changeOf(actual, target, yearlyMean, group.measure, group.unit) : undefined;
  const change = typeof outcome === 'object' ? outcome : undefined;
  const noChangeReason = typeof outcome === 'string' ? outcome : undefined;
  const used = [actual, target, goal].filter((v): v is RowValue => v !== undefined);
  const subject = (actual ?? target ?? goal)?.figure.subject ?? group.subject;
  return {
    key: group.key,
    indicator: group.indicator,
    label: group.indicator ? group.indicator.name : { zh: group.subject, en: group.subject },
    subject,
    category: group.indicator?.category ?? null,
    measure: group.measure,
    unit: group.unit,
    higherIsBetter: group.indicator?.higherIsBetter ?? null,
    ...(actual ? { actual } : {}),
    ...(target ? { target } : {}),
    ...(goal ? { goal } : {}),
    ...(yearlyMean ? { yearlyMean } : {}),
    missing: !target ? 'target' : !actual ? 'actual' : null,
    ...(change ? { change } : {}),
    ...(noChangeReason ? { noChangeReason } : {}),
    unconvertedFigureIds: unconverted,
    sourceFigureIds: used.flatMap((v) => v.sourceFigureIds),
  };
}

function changeScore(row: TargetActualRow): number {
  const c = row.change;
  if (!c) return Number.NEGATIVE_INFINITY;
  return c.method === 'ratio' ? (c.ratio ?? 1) - 1 : c.difference / 100;
}

/**
 * One row per indicator the county reports: its latest actual (or estimate) with period, the next target
 * after it (annual preferred, the multi-year goal kept as `goal`), a yearly mean when a multi-year total
 * meets a one-year target, what is missing, and the change from actual to target.
 * Rows with neither an actual nor a target (all figures unconvertible) are left out.
 */
export function targetsVersusActuals(
  dataset: Dataset,
  countyId: string,
  options: TargetsVersusActualsOptions = {},
): TargetActualRow[] {
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const wanted = options.indicators ? new Set(options.indicators) : undefined;
  const groups = new Map<string, Group & { first: number }>();
  dataset.figures.forEach((f, index) => {
    if (f.county !== countyId) return;
    let key: string;
    let indicator: Indicator | null = null;
    if (f.indicator !== null) {
      indicator = indicators.get(f.indicator) ?? null;
      if (!indicator) return;
      if (wanted && !wanted.has(indicator.id)) return;
      if (options.category && indicator.category !== options.category) return;
      key = indicator.id;
    } else {
      if (options.uncatalogued !== 'by-subject' || wanted || options.category || !f.subject.trim()) return;
      key = `subject:${f.subject}|${f.baseUnit}|${f.measure}`;
    }
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        indicator,
        subject: f.subject,
        measure: indicator?.measure ?? f.measure,
        unit: indicator?.unit ?? f.baseUnit,
        figures: [],
        first: index,
      };
      groups.set(key, group);
    }
    group.figures.push(f);
  });

  const built = [...groups.values()]
    .map((g) => ({ row: buildRow(g), first: g.first }))
    .filter(({ row }) => row.actual !== undefined || row.target !== undefined);

  const sort = options.sort ?? (options.indicators ? 'indicators' : 'document');
  const order = options.indicators ?? [];
  built.sort((a, b) => {
    switch (sort) {
      case 'category': {
        const rank = (r: TargetActualRow): number =>
          r.category ? CATEGORY_ORDER.indexOf(r.category) : CATEGORY_ORDER.length;
        return rank(a.row) - rank(b.row) || a.first - b.first;
      }
      case 'change':
        return changeScore(b.row) - changeScore(a.row) || a.first - b.first;
      case 'indicators':
        return order.indexOf(a.row.key) - order.indexOf(b.row.key) || a.first - b.first;
      default:
        return a.first - b.first;
    }
  });
  const rows = built.map(({ row }) => row);
  return options.limit !== undefined ? rows.slice(0, Math.max(0, options.limit)) : rows;
}
