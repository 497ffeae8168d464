/**
 * Questions the charts ask of a dataset: look-ups, figure filters, and targets versus actuals.
 * Every derived number (a yearly mean, a change) keeps the ids of the figures it came from.
 */
import type {
  Category,
  Comparator,
  Dataset,
  Figure,
  FigureKind,
  Indicator,
  LocalizedText,
  Measure,
  Period,
} from './types.js';
import { CATEGORIES, COMPARATORS, KINDS, MEASURES } from './load.js';
import { countyById, indicatorById } from './by-id.js';
import { valueIn } from './units.js';

export { CATEGORIES };

export { countyById, indicatorById } from './by-id.js';

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

/** Group order of `groupBy: 'measure'`. */
export const MEASURE_ORDER: readonly Measure[] = ['growth', 'share', 'level'];

export const years = (p: Period): number => p.end - p.start + 1;

/** A value's middle: itself, or the middle of its range. */
export const mid = (v: { readonly value: number; readonly valueHi?: number }): number =>
  v.valueHi === undefined ? v.value : (v.value + v.valueHi) / 2;

/** Anything with a kind and a period: a figure, a row value. */
type Dated = { readonly kind: string; readonly period: Period };

/** The first of `list` in `order` (a stable sort: ties keep document order). */
export const firstBy = <T>(list: readonly T[], order: (a: T, b: T) => number): T | undefined =>
  [...list].sort(order)[0];

/** Results first by latest end year, then a one-year figure over a multi-year one, then actual over estimate. */
export const resultOrder = (a: Dated, b: Dated): number =>
  b.period.end - a.period.end ||
  years(a.period) - years(b.period) ||
  +(a.kind === 'estimate') - +(b.kind === 'estimate');

/** The latest result (actual or estimate) of `list`; ties keep document order. */
export const latestResult = <T extends Dated>(list: readonly T[]): T | undefined =>
  firstBy(
    list.filter((v) => v.kind !== 'target'),
    resultOrder,
  );

const earliest = (list: readonly RowValue[]): RowValue | undefined =>
  firstBy(list, (a, b) => a.period.end - b.period.end);

type Pair = Pick<TargetActualRow, 'actual' | 'target' | 'goal'>;

/**
 * result-first: the latest result, then the earliest annual target after it (else the earliest-ending
 * goal). target-first: the plan year's annual target (else the earliest annual target, else the
 * earliest-ending goal), then the latest result ending before its period starts. A goal passed over
 * for an annual target is kept.
 */
function pairOf(values: readonly RowValue[], targetFirst: boolean, planYear: number | undefined): Pair {
  let actual = targetFirst ? undefined : latestResult(values);
  const upcoming = values.filter(
    (v) => v.kind === 'target' && !(actual && v.period.end <= actual.period.end),
  );
  const annuals = upcoming.filter((v) => years(v.period) === 1);
  const goal = earliest(upcoming.filter((v) => years(v.period) > 1));
  const annual = (targetFirst && annuals.find((v) => v.period.end === planYear)) || earliest(annuals);
  const target = annual ?? goal;
  if (targetFirst) actual = latestResult(values.filter((v) => !target || v.period.end < target.period.start));
  return { actual, target, goal: annual && goal };
}

/** For levels, one side a multi-year total (五年累计) and the other one year: the total's yearly mean. */
function yearlyMeanOf(actual: RowValue, target: RowValue): YearlyMean | undefined {
  const isTotal = (v: RowValue): boolean => v.cumulative && years(v.period) > 1;
  const onTarget = !isTotal(actual);
  const [total, other] = onTarget ? [target, actual] : [actual, target];
  if (!isTotal(total) || years(other.period) !== 1) return undefined;
  const n = years(total.period);
  const span = `${total.period.start}–${total.period.end}`;
  return {
    side: onTarget ? 'target' : 'actual',
    value: total.value / n,
    valueHi: total.valueHi === undefined ? undefined : total.valueHi / n,
    unit: total.unit,
    comparator: total.comparator,
    period: total.period,
    years: n,
    label: {
      zh: `${span}累计${onTarget ? '目标' : ''}的年均值(÷${n})`,
      en: `yearly mean of the ${span} total${onTarget ? ' target' : ''} (÷${n})`,
    },
    sourceFigureIds: total.sourceFigureIds,
  };
}

/** A per-year rate, or a rate over a whole plan period (增长50% by 2026): not the same quantity. */
const perYear = (v: RowValue): boolean =>
  years(v.period) === 1 ||
  (v.figure?.rateBasis ?? (v.cumulative ? 'over-period' : 'per-year')) === 'per-year';

type RowIdentity = Pick<
  TargetActualRow,
  'key' | 'indicator' | 'label' | 'subject' | 'category' | 'measure' | 'unit' | 'higherIsBetter'
>;

/** A row from its pair: the yearly mean, what is missing and the change are derived here only. */
function rowOf(id: RowIdentity, pair: Pair, unconvertedFigureIds: readonly string[]): TargetActualRow {
  const { actual, target } = pair;
  let yearlyMean: YearlyMean | undefined;
  let change: TargetChange | undefined;
  let noChangeReason: NoChangeReason | undefined;
  if (actual && target) {
    yearlyMean = id.measure === 'level' ? yearlyMeanOf(actual, target) : undefined;
    const a = yearlyMean?.side === 'actual' ? yearlyMean : actual;
    const t = yearlyMean?.side === 'target' ? yearlyMean : target;
    const difference = t.value - a.value;
    const points = id.unit === '%' || id.unit === '个百分点';
    noChangeReason =
      id.measure === 'growth' && perYear(actual) !== perYear(target)
        ? 'rate-basis'
        : !points && a.value === 0
          ? 'zero-actual'
          : undefined;
    const samePeriod = actual.period.start === target.period.start && actual.period.end === target.period.end;
    if (!noChangeReason)
      change = {
        method: points ? 'points' : 'ratio',
        basis: yearlyMean ? 'yearly-mean' : 'actual',
        ratio: points ? undefined : t.value / a.value,
        attainment: !points && samePeriod && t.value !== 0 ? a.value / t.value : undefined,
        difference,
        unit: points ? '个百分点' : id.unit,
        targetAbove: difference > 0,
        sourceFigureIds: [...new Set([...actual.sourceFigureIds, ...target.sourceFigureIds])],
      };
  }
  return {
    ...id,
    ...pair,
    yearlyMean,
    missing: !target ? 'target' : !actual ? 'actual' : null,
    change,
    noChangeReason,
    unconvertedFigureIds,
    sourceFigureIds: [pair.actual, target, pair.goal].flatMap((v) => v?.sourceFigureIds ?? []),
  };
}

/** How far the result has come toward the target (higher = further), or −∞ without a change. */
export function attainmentScore(row: TargetActualRow): number {
  const c = row.change;
  if (!c) return -Infinity;
  const lowerIsBetter = row.higherIsBetter === false;
  if (c.method === 'points') return lowerIsBetter ? c.difference : -c.difference;
  const ratio = c.ratio ?? 1;
  return lowerIsBetter ? ratio : 1 / ratio;
}

/** Sort scores, higher first: the relative step up (ratio − 1, or points ÷ 100); the target as shown. */
const SCORES: Partial<Record<TargetsSort, (row: TargetActualRow) => number>> = {
  change: ({ change: c }) =>
    !c ? -Infinity : c.method === 'ratio' ? (c.ratio ?? 1) - 1 : c.difference / 100,
  attainment: attainmentScore,
  // The target as the row shows it (its yearly mean beside one year; a range's middle), else the result.
  value: (row) => {
    const side = row.target ? 'target' : 'actual';
    const m = row.yearlyMean;
    const v = m?.side === side ? m : row[side];
    return v ? mid(v) : -Infinity;
  },
};

/** Keep, group, sort and limit rows (each with its document order `first`). */
function selectRows(
  built: readonly { row: TargetActualRow; first: number }[],
  options: TargetsVersusActualsOptions,
): TargetsSelection {
  const { keep = 'all', indicators = [], labelLang = 'zh', limit } = options;
  const sort = options.sort ?? (options.indicators ? 'indicators' : 'document');
  const withTarget = built.filter(({ row }) => row.target);
  const paired = withTarget.filter(({ row }) => row.actual);
  const kept = keep === 'all' ? [...built] : keep === 'targets' || !paired.length ? withTarget : paired;
  const count = (list: typeof built, target: boolean): number =>
    list.filter(({ row }) => !row.target === !target).length;
  const score = SCORES[sort];
  const collator = sort === 'name' && new Intl.Collator(labelLang === 'zh' ? 'zh-CN-u-co-pinyin' : 'en');
  const group = (r: TargetActualRow): number =>
    options.groupBy === 'measure' ? MEASURE_ORDER.indexOf(r.measure) : 0;
  const rank = (r: TargetActualRow): number => CATEGORIES.indexOf(r.category!) >>> 0;
  const compare = (a: TargetActualRow, b: TargetActualRow): number =>
    score
      ? score(b) - score(a) || 0
      : sort === 'category'
        ? rank(a) - rank(b)
        : collator
          ? collator.compare(a.label[labelLang], b.label[labelLang])
          : sort === 'indicators'
            ? indicators.indexOf(a.key) - indicators.indexOf(b.key)
            : 0;
  kept.sort((a, b) => group(a.row) - group(b.row) || compare(a.row, b.row) || a.first - b.first);
  return {
    rows: kept.map(({ row }) => row).slice(0, limit === undefined ? undefined : Math.max(0, limit)),
    omitted: {
      targets: count(built, true) - count(kept, true),
      results: count(built, false) - count(kept, false),
    },
  };
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
  const wanted = options.indicators;
  const groups = new Map<
    string,
    { id: RowIdentity; values: RowValue[]; unconverted: string[]; first: number }
  >();
  dataset.figures.forEach((f, first) => {
    // Figures given by code are not validated: a non-finite value cannot be placed on a row.
    if (f.county !== countyId || !Number.isFinite(f.baseValue)) return;
    const indicator = (f.indicator !== null && indicatorById(dataset, f.indicator)) || null;
    const key = indicator ? indicator.id : `subject:${f.subject}|${f.baseUnit}|${f.measure}`;
    if (
      indicator
        ? (wanted && !wanted.includes(key)) || (options.category && indicator.category !== options.category)
        : options.uncatalogued !== 'by-subject' || wanted || options.category || !f.subject.trim()
    )
      return;
    let group = groups.get(key);
    if (!group)
      groups.set(
        key,
        (group = {
          id: {
            key,
            indicator,
            label: indicator ? indicator.name : { zh: f.subject, en: f.subject },
            subject: f.subject,
            category: indicator?.category ?? null,
            measure: indicator?.measure ?? f.measure,
            unit: indicator?.unit ?? f.baseUnit,
            higherIsBetter: indicator?.higherIsBetter ?? null,
          },
          values: [],
          unconverted: [],
          first,
        }),
      );
    const c = valueIn(f, indicator);
    if (!c) {
      group.unconverted.push(f.id);
      return;
    }
    // A fall (下降3%) is −3; a range's ends swap.
    const fall = f.measure === 'growth' && f.direction === 'decrease' && c.value > 0;
    group.values.push({
      figure: f,
      value: fall ? -(c.valueHi ?? c.value) : c.value,
      valueHi: fall && c.valueHi !== undefined ? -c.value : c.valueHi,
      unit: group.id.unit,
      comparator: f.comparator,
      kind: f.kind,
      period: f.period,
      cumulative: f.cumulative,
      sourceFigureIds: [f.id],
    });
  });
  const planYear = options.planYear ?? countyById(dataset, countyId)?.report.year;
  const built = [...groups.values()].flatMap(({ id, values, unconverted, first }) => {
    const pair = pairOf(values, options.pairing === 'target-first', planYear);
    // The row's subject: that of the figure shown.
    const subject = (pair.actual ?? pair.target)?.figure?.subject ?? id.subject;
    const row = rowOf({ ...id, subject }, pair, unconverted);
    return row.actual || row.target ? [{ row, first }] : [];
  });
  return selectRows(built, options);
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

/** A side given by code, or undefined (read as missing) when it is unusable: a non-finite value, no year (NaN, "2022", start after end), an unknown comparator or kind. */
function givenValue(
  v: GivenValue | undefined,
  side: 'actual' | 'target',
  unit: string,
): RowValue | undefined {
  const p = typeof v?.period === 'number' ? { start: v.period, end: v.period } : v?.period;
  const { comparator = '=', kind = side, valueHi } = v ?? {};
  if (
    !v ||
    !Number.isFinite(v.value) ||
    !(valueHi === undefined || Number.isFinite(valueHi)) ||
    !p ||
    !Number.isInteger(p.start) ||
    !Number.isInteger(p.end) ||
    p.start > p.end ||
    !COMPARATORS.includes(comparator) ||
    !KINDS.includes(kind)
  )
    return undefined;
  return {
    value: v.value,
    valueHi,
    unit,
    comparator,
    kind,
    period: { start: p.start, end: p.end },
    cumulative: v.cumulative === true,
    sentence: typeof v.sentence === 'string' ? v.sentence : undefined,
    sourceFigureIds: [],
  };
}

/**
 * Rows given by code → the same rows as `targetsVersusActuals`, with the yearly mean, what is missing
 * and the change derived the same way. A side with a non-finite value is left out (it reads as missing).
 * Throws an Error naming the unusable row (`rows[2].label must be a string or { zh, en }`).
 */
export function rowsFromValues(input: readonly GivenRow[]): TargetActualRow[] {
  if (!Array.isArray(input)) throw new Error('rows must be an array');
  return input.map((r: GivenRow, i) => {
    const bad = (field: string, what: string): never => {
      throw new Error(`rows[${i}]${field} must be ${what}`);
    };
    if (r === null || typeof r !== 'object') bad('', 'an object');
    const label = typeof r.label === 'string' ? { zh: r.label, en: r.label } : r.label;
    if (typeof label?.zh !== 'string' || typeof label.en !== 'string')
      bad('.label', 'a string or { zh, en }');
    if (typeof r.unit !== 'string') bad('.unit', 'a string');
    for (const [field, allowed] of [
      ['measure', MEASURES],
      ['higherIsBetter', [true, false]],
      ['category', CATEGORIES],
    ] as const)
      if (r[field] !== undefined && !(allowed as readonly unknown[]).includes(r[field]))
        bad(`.${field}`, `one of ${allowed.join(', ')}`);
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
  return selectRows(
    rows.map((row, first) => ({ row, first })),
    options,
  );
}
