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

/** A value placed on a row: in the row's unit, signed (a fall of 3% is −3). */
export interface RowValue {
  /** The figure the value comes from; absent for values given by code (`rowsFromValues`). */
  readonly figure?: Figure;
  /** In the row's unit; the low end of a range. Growth figures with direction 'decrease' are negative. */
  readonly value: number;
  readonly valueHi?: number;
  readonly unit: string;
  readonly comparator: Comparator;
  readonly kind: FigureKind;
  readonly period: Period;
  /** A total over its period (五年累计). */
  readonly cumulative: boolean;
  /** The sentence quoted for a value given by code (a figure carries its own in `figure.source`). */
  readonly sentence?: string;
  readonly sourceFigureIds: readonly string[];
}

/**
 * A multi-year total shown per year so it can stand beside a one-year figure: a five-year result
 * beside an annual target (`side: 'actual'`), or a five-year cumulative goal (累计超过200亿元)
 * beside a one-year result (`side: 'target'`).
 */
export interface YearlyMean {
  /** Which of the row's values is the total. */
  readonly side: 'actual' | 'target';
  readonly value: number;
  readonly valueHi?: number;
  readonly unit: string;
  readonly comparator: Comparator;
  /** The total's period; the mean is over `years` years of it. */
  readonly period: Period;
  readonly years: number;
  /** "2017–2021累计的年均值(÷5)" / "yearly mean of the 2017–2021 total (÷5)". */
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
  /** 'yearly-mean' when one side was compared as the yearly mean of a multi-year total (see `yearlyMean.side`). */
  readonly basis: 'actual' | 'yearly-mean';
  readonly ratio?: number;
  /** Actual ÷ target when both cover the same period (a result against its own year's target: 完成94%). */
  readonly attainment?: number;
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
  /** The indicator id, `subject:<subject>|<unit>|<measure>` for uncatalogued figures, `row-<i>` for rows given by code. */
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
  /** The latest actual or estimate (with pairing 'target-first': the latest one before the target's period). */
  readonly actual?: RowValue;
  /** The next target after the actual: an annual target when there is one, else a multi-year goal. */
  readonly target?: RowValue;
  /** A multi-year goal (到2026年) kept beside the annual target it was passed over for. */
  readonly goal?: RowValue;
  /** Set when one side is a multi-year total and the other is for one year. */
  readonly yearlyMean?: YearlyMean;
  readonly missing: 'target' | 'actual' | null;
  readonly change?: TargetChange;
  readonly noChangeReason?: NoChangeReason;
  /** Figures of this row left out because their unit does not convert to the row's unit. */
  readonly unconvertedFigureIds: readonly string[];
  /** Every figure the row shows or derives from. */
  readonly sourceFigureIds: readonly string[];
}

/**
 * document: order of first appearance in the report; category: catalogue category order;
 * change: largest relative step up first (ratio − 1, or points ÷ 100); indicators: the order of
 * `indicators`; attainment: how far the result has come toward the target, furthest first
 * (actual ÷ target for levels, actual − target in points for rates, inverted when lower is better);
 * name: by label (pinyin order for Chinese); value: largest shown target first (else result).
 * Rows without what a sort needs come last; ties keep document order.
 */
export type TargetsSort = 'document' | 'category' | 'change' | 'indicators' | 'attainment' | 'name' | 'value';

/**
 * How a row's pair is chosen. result-first: the latest result, then the next target after it.
 * target-first: the target (the annual target for the plan year, else the earliest annual target,
 * else the earliest-ending goal), then the latest result that ends before the target's period starts.
 */
export type TargetsPairing = 'result-first' | 'target-first';

/**
 * Which rows to keep. all: every row with a result or a target; targets: rows with a target;
 * paired: rows with both, or, when no row has both (a report of targets only), rows with a target.
 */
export type TargetsKeep = 'all' | 'targets' | 'paired';

export interface TargetsVersusActualsOptions {
  /** Only these indicator ids (with sort 'indicators', the default then, in this order). */
  readonly indicators?: readonly string[];
  readonly category?: Category;
  /** Default 'document' ('indicators' when `indicators` is given). */
  readonly sort?: TargetsSort;
  /** Label language for sort 'name'. Default 'zh'. */
  readonly labelLang?: 'zh' | 'en';
  /** 'measure': growth rates, then shares, then levels (they never share a scale); `sort` orders within each group. */
  readonly groupBy?: 'measure';
  /** Default 'result-first'. */
  readonly pairing?: TargetsPairing;
  /** The year whose annual target 'target-first' prefers. Default: the county's report year. */
  readonly planYear?: number;
  /** Default 'all'. */
  readonly keep?: TargetsKeep;
  /** At most this many rows (after keeping, sorting and grouping). */
  readonly limit?: number;
  /**
   * 'by-subject' adds rows for figures without an indicator (or with one the catalogue lacks),
   * grouped by subject, unit and measure. Default 'omit'.
   */
  readonly uncatalogued?: 'omit' | 'by-subject';
}

/** Rows and what `keep` left out. */
export interface TargetsSelection {
  readonly rows: TargetActualRow[];
  readonly omitted: {
    /** Rows with a target but no result to compare, left out by keep 'paired'. */
    readonly targets: number;
    /** Rows with a result but no target, left out by keep 'targets' or 'paired'. */
    readonly results: number;
  };
}

/** The catalogue's categories, in the order sort 'category' uses. */
export const CATEGORIES: readonly Category[] = [
  'economy',
  'industry',
  'agriculture',
  'infrastructure',
  'environment',
  'livelihood',
  'social',
  'governance',
];

/** Group order of `groupBy: 'measure'`. */
export const MEASURE_ORDER: readonly Measure[] = ['growth', 'share', 'level'];

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

/** Earliest-ending value; ties keep the first (document order). */
const earliest = (list: readonly RowValue[]): RowValue | undefined =>
  list.reduce<RowValue | undefined>((a, v) => (!a || v.period.end < a.period.end ? v : a), undefined);

/** The next target after `after` (any when undefined): earliest annual target, else earliest-ending goal. */
function nextTargets(
  values: readonly RowValue[],
  after: number | undefined,
): { target?: RowValue; goal?: RowValue } {
  const upcoming = values.filter((v) => v.kind === 'target' && (after === undefined || v.period.end > after));
  const annual = earliest(upcoming.filter((v) => years(v.period) === 1));
  const goal = earliest(upcoming.filter((v) => years(v.period) > 1));
  return annual ? { target: annual, goal } : { target: goal };
}

interface Pair {
  readonly actual?: RowValue;
  readonly target?: RowValue;
  readonly goal?: RowValue;
}

function pairResultFirst(values: readonly RowValue[]): Pair {
  const actual = latestResult(values);
  return { actual, ...nextTargets(values, actual?.period.end) };
}

/** The target first (the plan year's annual target preferred), then the latest result before its period. */
function pairTargetFirst(values: readonly RowValue[], planYear: number | undefined): Pair {
  const targets = values.filter((v) => v.kind === 'target');
  const annual = targets.filter((v) => years(v.period) === 1);
  const goals = targets.filter((v) => years(v.period) > 1);
  const planned = annual.find((v) => v.period.end === planYear) ?? earliest(annual);
  const target = planned ?? earliest(goals);
  const goal = planned ? earliest(goals) : undefined;
  const actual = latestResult(target ? values.filter((v) => v.period.end < target.period.start) : values);
  return { actual, target, goal };
}

function yearlyMeanOf(actual: RowValue, target: RowValue, measure: Measure): YearlyMean | undefined {
  if (measure !== 'level') return undefined;
  // Only one side can be the multi-year total: the other must be a one-year figure.
  const [total, other, side] =
    actual.cumulative && years(actual.period) > 1
      ? [actual, target, 'actual' as const]
      : target.cumulative && years(target.period) > 1
        ? [target, actual, 'target' as const]
        : [undefined, undefined, undefined];
  if (!total || !other || !side || years(other.period) !== 1) return undefined;
  const n = years(total.period);
  const span = `${total.period.start}–${total.period.end}`;
  return {
    side,
    value: total.value / n,
    valueHi: total.valueHi === undefined ? undefined : total.valueHi / n,
    unit: total.unit,
    comparator: total.comparator,
    period: total.period,
    years: n,
    label:
      side === 'actual'
        ? { zh: `${span}累计的年均值(÷${n})`, en: `yearly mean of the ${span} total (÷${n})` }
        : { zh: `${span}累计目标的年均值(÷${n})`, en: `yearly mean of the ${span} total target (÷${n})` },
    sourceFigureIds: total.sourceFigureIds,
  };
}

/** A per-year rate or a rate over a whole plan period (增长50% by 2026): not the same quantity. */
function rateBasis(v: RowValue): 'per-year' | 'over-period' {
  if (years(v.period) === 1) return 'per-year';
  return v.figure?.rateBasis ?? (v.cumulative ? 'over-period' : 'per-year');
}

function changeOf(
  actual: RowValue,
  target: RowValue,
  mean: YearlyMean | undefined,
  measure: Measure,
  unit: string,
): TargetChange | NoChangeReason {
  if (measure === 'growth' && rateBasis(actual) !== rateBasis(target)) return 'rate-basis';
  const a = mean?.side === 'actual' ? mean : actual;
  const t = mean?.side === 'target' ? mean : target;
  const sourceFigureIds = [...new Set([...actual.sourceFigureIds, ...target.sourceFigureIds])];
  const difference = t.value - a.value;
  const targetAbove = difference > 0;
  const basis = mean ? 'yearly-mean' : 'actual';
  if (unit === '%' || unit === '个百分点')
    return { method: 'points', basis, difference, unit: '个百分点', targetAbove, sourceFigureIds };
  if (a.value === 0) return 'zero-actual';
  const samePeriod = actual.period.start === target.period.start && actual.period.end === target.period.end;
  return {
    method: 'ratio',
    basis,
    ratio: t.value / a.value,
    ...(samePeriod && t.value !== 0 ? { attainment: a.value / t.value } : {}),
    difference,
    unit,
    targetAbove,
    sourceFigureIds,
  };
}

interface RowIdentity {
  readonly key: string;
  readonly indicator: Indicator | null;
  readonly label: LocalizedText;
  readonly subject: string;
  readonly category: Category | null;
  readonly measure: Measure;
  readonly unit: string;
  readonly higherIsBetter: boolean | null;
}

/** A row from its pair: the yearly mean, what is missing and the change are derived here only. */
function rowOf(id: RowIdentity, pair: Pair, unconvertedFigureIds: readonly string[]): TargetActualRow {
  const { actual, target, goal } = pair;
  const yearlyMean = actual && target ? yearlyMeanOf(actual, target, id.measure) : undefined;
  const outcome = actual && target ? changeOf(actual, target, yearlyMean, id.measure, id.unit) : undefined;
  const used = [actual, target, goal].filter((v): v is RowValue => v !== undefined);
  return {
    ...id,
    ...(actual ? { actual } : {}),
    ...(target ? { target } : {}),
    ...(goal ? { goal } : {}),
    ...(yearlyMean ? { yearlyMean } : {}),
    missing: !target ? 'target' : !actual ? 'actual' : null,
    ...(typeof outcome === 'object' ? { change: outcome } : {}),
    ...(typeof outcome === 'string' ? { noChangeReason: outcome } : {}),
    unconvertedFigureIds,
    sourceFigureIds: used.flatMap((v) => v.sourceFigureIds),
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

function buildRow(group: Group, pairing: TargetsPairing, planYear: number | undefined): TargetActualRow {
  const values: RowValue[] = [];
  const unconverted: string[] = [];
  for (const f of group.figures) {
    if (group.indicator) {
      const c = toIndicatorUnit(f, group.indicator);
      if (c) values.push(rowValue(f, c.value, c.valueHi, c.unit));
      else unconverted.push(f.id);
    } else values.push(rowValue(f, f.baseValue, f.baseValueHi, f.baseUnit));
  }
  const pair = pairing === 'target-first' ? pairTargetFirst(values, planYear) : pairResultFirst(values);
  const subject = (pair.actual ?? pair.target ?? pair.goal)?.figure?.subject ?? group.subject;
  const identity: RowIdentity = {
    key: group.key,
    indicator: group.indicator,
    label: group.indicator ? group.indicator.name : { zh: group.subject, en: group.subject },
    subject,
    category: group.indicator?.category ?? null,
    measure: group.measure,
    unit: group.unit,
    higherIsBetter: group.indicator?.higherIsBetter ?? null,
  };
  return rowOf(identity, pair, unconverted);
}

function changeScore(row: TargetActualRow): number {
  const c = row.change;
  if (!c) return Number.NEGATIVE_INFINITY;
  return c.method === 'ratio' ? (c.ratio ?? 1) - 1 : c.difference / 100;
}

/** How far the result has come toward the target (higher = further), or −∞ without a change. */
export function attainmentScore(row: TargetActualRow): number {
  const c = row.change;
  if (!c) return Number.NEGATIVE_INFINITY;
  const lowerIsBetter = row.higherIsBetter === false;
  if (c.method === 'points') return lowerIsBetter ? c.difference : -c.difference;
  const ratio = c.ratio ?? 1;
  return lowerIsBetter ? ratio : ratio === 0 ? Number.POSITIVE_INFINITY : 1 / ratio;
}

/** The target as the row shows it (its yearly mean when it is a total beside one year; a range's middle), else the result. */
function shownValue(row: TargetActualRow): number {
  const mid = (v: { value: number; valueHi?: number }) =>
    v.valueHi === undefined ? v.value : (v.value + v.valueHi) / 2;
  const m = row.yearlyMean;
  if (row.target) return mid(m?.side === 'target' ? m : row.target);
  if (row.actual) return mid(m?.side === 'actual' ? m : row.actual);
  return Number.NEGATIVE_INFINITY;
}

interface Ranked {
  readonly row: TargetActualRow;
  /** Document order of the row's first figure (or its position when given by code). */
  readonly first: number;
}

function keepRows(
  built: readonly Ranked[],
  keep: TargetsKeep,
): { kept: Ranked[]; omitted: TargetsSelection['omitted'] } {
  const withTarget = built.filter(({ row }) => row.target);
  const paired = withTarget.filter(({ row }) => row.actual);
  const kept = keep === 'all' ? [...built] : keep === 'targets' || !paired.length ? withTarget : paired;
  return {
    kept,
    omitted: {
      targets: withTarget.length - kept.filter(({ row }) => row.target).length,
      results: built.filter(({ row }) => !row.target).length - kept.filter(({ row }) => !row.target).length,
    },
  };
}

function orderRows(built: Ranked[], options: TargetsVersusActualsOptions): TargetActualRow[] {
  const sort = options.sort ?? (options.indicators ? 'indicators' : 'document');
  const order = options.indicators ?? [];
  const lang = options.labelLang ?? 'zh';
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN-u-co-pinyin' : 'en');
  const group = (r: TargetActualRow): number =>
    options.groupBy === 'measure' ? MEASURE_ORDER.indexOf(r.measure) : 0;
  const rank = (r: TargetActualRow): number =>
    r.category ? CATEGORIES.indexOf(r.category) : CATEGORIES.length;
  const compare = (a: TargetActualRow, b: TargetActualRow): number => {
    switch (sort) {
      case 'category':
        return rank(a) - rank(b);
      case 'change':
        return changeScore(b) - changeScore(a) || 0;
      case 'attainment':
        return attainmentScore(b) - attainmentScore(a) || 0;
      case 'value':
        return shownValue(b) - shownValue(a) || 0;
      case 'name':
        return collator.compare(a.label[lang], b.label[lang]);
      case 'indicators':
        return order.indexOf(a.key) - order.indexOf(b.key);
      default:
        return 0;
    }
  };
  built.sort((a, b) => group(a.row) - group(b.row) || compare(a.row, b.row) || a.first - b.first);
  const rows = built.map(({ row }) => row);
  return options.limit !== undefined ? rows.slice(0, Math.max(0, options.limit)) : rows;
}

/**
 * One row per indicator the county reports: its latest actual (or estimate) with period, the target
 * paired with it (see `pairing`; the annual target preferred, the multi-year goal kept as `goal`), a
 * yearly mean when a multi-year total meets a one-year figure, what is missing, and the change from
 * actual to target; with how many rows `keep` left out.
 * Rows with neither an actual nor a target (all figures unconvertible) are left out.
 */
export function selectTargetsVersusActuals(
  dataset: Dataset,
  countyId: string,
  options: TargetsVersusActualsOptions = {},
): TargetsSelection {
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const wanted = options.indicators ? new Set(options.indicators) : undefined;
  const groups = new Map<string, Group & { first: number }>();
  dataset.figures.forEach((f, index) => {
    // Figures given by code are not validated: a non-finite value cannot be placed on a row.
    if (f.county !== countyId || !Number.isFinite(f.baseValue)) return;
    let key: string;
    const indicator = f.indicator !== null ? (indicators.get(f.indicator) ?? null) : null;
    if (indicator) {
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

  const pairing = options.pairing ?? 'result-first';
  const planYear = options.planYear ?? countyById(dataset, countyId)?.report.year;
  const built = [...groups.values()]
    .map((g) => ({ row: buildRow(g, pairing, planYear), first: g.first }))
    .filter(({ row }) => row.actual !== undefined || row.target !== undefined);
  const { kept, omitted } = keepRows(built, options.keep ?? 'all');
  return { rows: orderRows(kept, options), omitted };
}

/** `selectTargetsVersusActuals(...).rows`: the rows alone. */
export function targetsVersusActuals(
  dataset: Dataset,
  countyId: string,
  options: TargetsVersusActualsOptions = {},
): TargetActualRow[] {
  return selectTargetsVersusActuals(dataset, countyId, options).rows;
}

/** One side of a row given by code; `value` in the row's `unit`, already signed. */
export interface GivenValue {
  readonly value: number;
  readonly valueHi?: number;
  /** Default '='. */
  readonly comparator?: Comparator;
  /** Default 'actual' for the actual side, 'target' for the target side. */
  readonly kind?: FigureKind;
  /** A year or a span of years. */
  readonly period: number | Period;
  /** A total over its period (then shown as a yearly mean beside a one-year value). */
  readonly cumulative?: boolean;
  /** The sentence the value comes from, quoted in tooltips. */
  readonly sentence?: string;
}

/** A row given by code instead of a dataset (e.g. a chart's `.rows`). */
export interface GivenRow {
  readonly label: string | LocalizedText;
  readonly unit: string;
  /** Default: 'growth' for %, else 'level'. */
  readonly measure?: Measure;
  readonly higherIsBetter?: boolean;
  readonly category?: Category;
  readonly actual?: GivenValue;
  readonly target?: GivenValue;
}

const GIVEN_COMPARATORS: readonly Comparator[] = ['=', '>=', '<=', '~'];
const GIVEN_KINDS: readonly FigureKind[] = ['target', 'actual', 'estimate'];
const GIVEN_MEASURES: readonly Measure[] = ['level', 'growth', 'share'];

/** Rows come from code, unchecked: say which row is unusable instead of failing somewhere later. */
function checkGivenRow(r: GivenRow, i: number): void {
  const where = `rows[${i}]`;
  if (r === null || typeof r !== 'object') throw new Error(`${where} must be an object`);
  const l = r.label as unknown;
  const labelOk =
    typeof l === 'string' ||
    (l !== null &&
      typeof l === 'object' &&
      typeof (l as LocalizedText).zh === 'string' &&
      typeof (l as LocalizedText).en === 'string');
  if (!labelOk) throw new Error(`${where}.label must be a string or { zh, en }`);
  if (typeof r.unit !== 'string') throw new Error(`${where}.unit must be a string`);
  if (r.measure !== undefined && !GIVEN_MEASURES.includes(r.measure))
    throw new Error(`${where}.measure must be one of ${GIVEN_MEASURES.join(', ')}`);
  if (r.higherIsBetter !== undefined && typeof r.higherIsBetter !== 'boolean')
    throw new Error(`${where}.higherIsBetter must be true or false`);
  if (r.category !== undefined && !CATEGORIES.includes(r.category))
    throw new Error(`${where}.category must be one of ${CATEGORIES.join(', ')}`);
}

function givenValue(
  v: GivenValue | undefined,
  side: 'actual' | 'target',
  unit: string,
): RowValue | undefined {
  if (!v || !Number.isFinite(v.value) || (v.valueHi !== undefined && !Number.isFinite(v.valueHi)))
    return undefined;
  // Code may hand anything: a side without a usable year (NaN, "2022", start after end) or with an
  // unknown comparator or kind reads as missing too.
  const period = typeof v.period === 'number' ? { start: v.period, end: v.period } : v.period;
  if (
    !period ||
    !Number.isInteger(period.start) ||
    !Number.isInteger(period.end) ||
    period.start > period.end
  )
    return undefined;
  if (v.comparator !== undefined && !GIVEN_COMPARATORS.includes(v.comparator)) return undefined;
  if (v.kind !== undefined && !GIVEN_KINDS.includes(v.kind)) return undefined;
  return {
    value: v.value,
    ...(v.valueHi !== undefined ? { valueHi: v.valueHi } : {}),
    unit,
    comparator: v.comparator ?? '=',
    kind: v.kind ?? side,
    period: { start: period.start, end: period.end },
    cumulative: v.cumulative === true,
    ...(typeof v.sentence === 'string' ? { sentence: v.sentence } : {}),
    sourceFigureIds: [],
  };
}

/**
 * Rows given by code → the same rows as `targetsVersusActuals`, with the yearly mean, what is missing
 * and the change derived the same way. A side with a non-finite value is left out (it reads as missing).
 */
export function rowsFromValues(input: readonly GivenRow[]): TargetActualRow[] {
  if (!Array.isArray(input)) throw new Error('rows must be an array');
  return input.map((r, i) => {
    checkGivenRow(r, i);
    const label = typeof r.label === 'string' ? { zh: r.label, en: r.label } : r.label;
    const identity: RowIdentity = {
      key: `row-${i}`,
      indicator: null,
      label,
      subject: label.zh,
      category: r.category ?? null,
      measure: r.measure ?? (r.unit === '%' ? 'growth' : 'level'),
      unit: r.unit,
      higherIsBetter: r.higherIsBetter ?? null,
    };
    const pair = {
      actual: givenValue(r.actual, 'actual', r.unit),
      target: givenValue(r.target, 'target', r.unit),
    };
    return rowOf(identity, pair, []);
  });
}

/**
 * Order rows given by code like dataset rows (`sort`, `groupBy`, `limit`, `labelLang`; ties keep
 * the given order) and apply `keep`.
 */
export function selectGivenRows(
  rows: readonly TargetActualRow[],
  options: Pick<TargetsVersusActualsOptions, 'sort' | 'groupBy' | 'limit' | 'labelLang' | 'keep'> = {},
): TargetsSelection {
  const { kept, omitted } = keepRows(
    rows.map((row, first) => ({ row, first })),
    options.keep ?? 'all',
  );
  return { rows: orderRows(kept, options), omitted };
}
