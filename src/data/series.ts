/**
 * An indicator's series for one county: what was achieved (actual, estimate), the totals a report
 * gives over several years, and the path its plan implies. Pure: no DOM, runs in browsers and node.
 *
 * Honesty rules: an actual or estimate value is only ever one the report states; every other number
 * (a compounded path, an index, a required rate) is marked `implied` or `base` and keeps the ids of
 * the figures it was computed from in `sourceFigureIds`.
 */
import type { Comparator, Dataset, Figure, FigureKind, Indicator, Period } from './types.js';
import { figureProblem } from './load.js';
import { firstBy, years } from './queries.js';
import { countyById } from './by-id.js';
import { valueIn } from './units.js';

/**
 * actual / estimate / target: stated in the report. implied: computed from a plan (a compounded
 * year, a goal reached from a growth rate). base: the reference of an index (base year = 100).
 */
export type PointKind = FigureKind | 'implied' | 'base';

export interface SeriesPoint {
  readonly year: number;
  /** Level in the series unit (or index, or percent for rate points). */
  readonly value: number;
  /** High end when the report gives a range. */
  readonly valueHi?: number;
  readonly comparator: Comparator;
  readonly kind: PointKind;
  readonly sourceFigureIds: readonly string[];
  /** What the report measures, normalised (规模以上 → 规上): only points of one subject are joined. */
  readonly subject?: string;
  /** First year when the report states the level for a period (规上企业达到46户 over 2017–2021). */
  readonly periodStart?: number;
}

/** A total over several years (五年累计, 累计完成): drawn as a span over its years, never as a point. */
export interface SeriesSpan {
  readonly period: Period;
  readonly total: number;
  readonly totalHi?: number;
  /** total / number of years, for a reader comparing with one year's level. */
  readonly yearlyMean: number;
  readonly comparator: Comparator;
  readonly kind: FigureKind;
  readonly sourceFigureIds: readonly string[];
}

/** A per-year rate over several years (年均增长6%), in percent; `implied` when derived from a plan. */
export interface RateSpan {
  readonly period: Period;
  readonly rate: number;
  readonly rateHi?: number;
  readonly comparator: Comparator;
  readonly kind: PointKind;
  readonly sourceFigureIds: readonly string[];
}

export type PlanMethod = 'compound-rate' | 'compound-total' | 'end-goal' | 'points-change';

/** The path a plan implies, drawn dashed and labelled as implied by the plan. */
export interface PlanPath {
  /** compound-rate: 年均增长6%; compound-total: 总量增长50% or 翻一番 spread over the years;
   * end-goal: 达到40家 joined from the latest actual; points-change: 提高X个百分点 (additive). */
  readonly method: PlanMethod;
  /** From the base year to the goal year, inclusive. */
  readonly period: Period;
  /** First point: an actual/estimate the report states, or the index base (100) when it gives none. */
  readonly points: readonly SeriesPoint[];
  /** Percent per year the path implies (compound), or percentage points per year for points-change. */
  readonly annualRate: number | null;
  readonly annualRateHi?: number;
  readonly comparator: Comparator;
  /** The report gives no base level: the path exists only as an index (base year = 100). */
  readonly indexOnly: boolean;
  readonly sourceFigureIds: readonly string[];
}

export interface LatestRate {
  readonly period: Period;
  /** Percent per year. */
  readonly rate: number;
  readonly kind: PointKind;
  /** year: that year's growth; per-year: 年均 over the period; derived: computed from two stated levels. */
  readonly basis: 'year' | 'per-year' | 'derived';
  readonly sourceFigureIds: readonly string[];
}

export interface SkippedFigure {
  readonly figureId: string;
  readonly reason: string;
}

export interface IndicatorSeries {
  readonly county: string;
  /** Catalogue id, or the subject for figures with no catalogued indicator. */
  readonly indicator: string;
  /** Unit of `points`, `spans` and plan paths (indicator unit after conversion, else base unit). */
  readonly unit: string;
  /** Stated levels: actual, estimate and end-of-period targets, by year. */
  readonly points: readonly SeriesPoint[];
  readonly spans: readonly SeriesSpan[];
  /** One-year growth rates in percent (actual, estimate, target). */
  readonly rates: readonly SeriesPoint[];
  readonly rateSpans: readonly RateSpan[];
  /** Paths implied by plans, the main (longest) first. */
  readonly plans: readonly PlanPath[];
  /** The annual rate the main plan requires, in percent. */
  readonly requiredRate: number | null;
  readonly latestRate: LatestRate | null;
  /** Figures of this indicator that cannot be drawn, with the reason. */
  readonly skipped: readonly SkippedFigure[];
  readonly empty: boolean;
}

/** Annual rate (percent) that turns `multiplier` over `years` years: (1.5)^(1/5) − 1 = 8.45%. */
export function annualRateFor(multiplier: number, years: number): number {
  return years > 0 && multiplier > 0 ? (multiplier ** (1 / years) - 1) * 100 : NaN;
}

/** Value after compounding `ratePercent` a year for `years` years. */
export function compound(base: number, ratePercent: number, years: number): number {
  return base * (1 + ratePercent / 100) ** years;
}

/** Annual rate needed to go from `from` (in `fromYear`) to `to` (in `toYear`), in percent. */
export function requiredAnnualRate(from: number, fromYear: number, to: number, toYear: number): number {
  return from > 0 ? annualRateFor(to / from, toYear - fromYear) : NaN;
}

/** Every number a chart draws must be finite: NaN or ±Infinity never become coordinates. */
const finite = (...values: (number | undefined)[]): boolean =>
  values.every((v) => v === undefined || Number.isFinite(v));

/** 提高X个百分点: a change in percentage points, additive, not a rate. */
const inPoints = (f: Figure): boolean => f.unit === '个百分点' || f.baseUnit === '个百分点';

/**
 * Whole-period multiplier and annual rate a growth figure states (下降 negative), or null for a unit
 * we cannot compound (个百分点 is additive, handled apart). 增长1倍 doubles; 翻一番 (unit 番)
 * doubles per 番. Unmarked multi-year growth (总量增长50%) is over the period; 年均 says per year.
 */
export function growthOfFigure(
  f: Figure,
  hi = false,
): { multiplier: number; annualRate: number; basis: 'year' | 'per-year' | 'over-period' } | null {
  const n = years(f.period);
  const v = hi ? (f.valueHi ?? f.value) : f.value;
  const unit = (u: string): boolean => f.baseUnit === u || f.unit === u;
  const doubling = unit('番');
  const times = unit('倍');
  if (!doubling && !times && f.baseUnit !== '%') return null;
  const fall = f.direction === 'decrease';
  const r = fall ? -v : v;
  const multiplier = doubling ? 2 ** v : times ? (fall ? 1 / (1 + v) : 1 + v) : 1 + r / 100;
  const perYear = !doubling && !times && (n === 1 || f.rateBasis === 'per-year');
  return {
    multiplier: perYear ? multiplier ** n : multiplier,
    annualRate: perYear ? r : annualRateFor(multiplier, n),
    basis: n === 1 ? 'year' : perYear ? 'per-year' : 'over-period',
  };
}

/** The annual rate of a growth range's high end, when it has one and it is finite. */
export function annualRateHi(f: Figure): number | undefined {
  const hi = f.valueHi === undefined ? undefined : growthOfFigure(f, true)?.annualRate;
  return Number.isFinite(hi) ? hi : undefined;
}

/** A subject for comparison: 规模以上 and 规上 are one word; spaces and brackets dropped. */
const subjectKey = (subject: string): string =>
  subject.replace(/规模以上/g, '规上').replace(/[\s()()“”"]/g, '');

const kindRank: Record<PointKind, number> = { actual: 0, estimate: 1, target: 2, implied: 3, base: 4 };

/** One point per (year, kind, value): repeated mentions merge their ids; sorted by year, then kind. */
function mergePoints(points: SeriesPoint[]): SeriesPoint[] {
  const byKey = new Map<string, SeriesPoint>();
  for (const p of points) {
    const key = `${p.year}|${p.kind}|${p.value}|${p.comparator}`;
    const prev = byKey.get(key);
    byKey.set(key, prev ? { ...prev, sourceFigureIds: [...prev.sourceFigureIds, ...p.sourceFigureIds] } : p);
  }
  return [...byKey.values()].sort((a, b) => a.year - b.year || kindRank[a.kind] - kindRank[b.kind]);
}

const isAchieved = (p: { kind: PointKind }): boolean => p.kind === 'actual' || p.kind === 'estimate';

/** The stated achieved level for a year, actual before estimate (points are sorted by year, then kind). */
const achievedAt = (points: readonly SeriesPoint[], year: number | undefined): SeriesPoint | undefined =>
  points.find((p) => p.year === year && isAchieved(p));

/** The latest achieved level of sorted points, before `before`. */
function latestAchieved(points: readonly SeriesPoint[], before = Infinity): SeriesPoint | undefined {
  const done = points.filter((p) => isAchieved(p) && p.year < before);
  return achievedAt(done, done.at(-1)?.year);
}

/**
 * A growth goal's path, year by year from the stated level of the year before it starts: compounded
 * (年均增长6%; 增长50% or 翻一番 spread over the years), or for 提高X个百分点 points added evenly.
 * Without a stated base a compounded goal is an index path from 100; points need a stated base.
 */
function growthPlan(f: Figure, points: readonly SeriesPoint[], rateHi: number | undefined): PlanPath | null {
  const additive = inPoints(f);
  const g = additive ? null : growthOfFigure(f);
  const baseYear = f.period.start - 1;
  const stated = achievedAt(points, baseYear);
  if (additive ? !stated : !g) return null;
  const sourceFigureIds = stated ? [...stated.sourceFigureIds, f.id] : [f.id];
  const base: SeriesPoint = stated ?? {
    year: baseYear,
    value: 100,
    comparator: '=',
    kind: 'base',
    sourceFigureIds,
  };
  const change = f.direction === 'decrease' ? -f.value : f.value;
  const annualRate = g ? g.annualRate : f.rateBasis === 'per-year' ? change : change / years(f.period);
  const at = (rate: number, n: number): number => (g ? compound(base.value, rate, n) : base.value + rate * n);
  const path = [base];
  for (let y = f.period.start; y <= f.period.end; y++) {
    const last = y === f.period.end;
    path.push({
      year: y,
      value: at(annualRate, y - baseYear),
      valueHi: last && rateHi !== undefined && g ? at(rateHi, y - baseYear) : undefined,
      comparator: last ? f.comparator : '~',
      kind: 'implied',
      sourceFigureIds,
    });
  }
  return {
    method: !g ? 'points-change' : g.basis === 'over-period' ? 'compound-total' : 'compound-rate',
    period: { start: baseYear, end: f.period.end },
    points: path,
    annualRate,
    annualRateHi: g ? rateHi : undefined,
    comparator: f.comparator,
    indexOnly: !stated,
    sourceFigureIds,
  };
}

/** 到2026年达到40家: a straight dashed join from the latest stated level of the same subject to the goal. */
function endGoalPlan(goal: SeriesPoint, points: readonly SeriesPoint[]): PlanPath | null {
  // Join only the same thing: 新建高标准农田5万亩 this year is not a goal for 建设高标准农田29.93万亩 over five years.
  const from = latestAchieved(
    points.filter((p) => p.subject === goal.subject),
    goal.year,
  );
  // A level stated over several years (城镇新增就业1.91万人 in five years) may be a five-year flow:
  // it is joined only to a goal that is itself multi-year (到2026年达到), never to one year's target.
  if (!from || (from.periodStart !== undefined && goal.periodStart === undefined)) return null;
  const rate = (to = NaN): number | undefined => {
    const r = requiredAnnualRate(from.value, from.year, to, goal.year);
    return Number.isFinite(r) ? r : undefined;
  };
  return {
    method: 'end-goal',
    period: { start: from.year, end: goal.year },
    points: [from, goal],
    annualRate: rate(goal.value) ?? null,
    annualRateHi: rate(goal.valueHi),
    comparator: goal.comparator,
    indexOnly: false,
    sourceFigureIds: [...from.sourceFigureIds, ...goal.sourceFigureIds],
  };
}

/** The latest achieved rate: one year's growth, else a 年均 rate over a period, else derived from the last two stated levels. */
function latestRateOf(
  rates: readonly SeriesPoint[],
  rateSpans: readonly RateSpan[],
  points: readonly SeriesPoint[],
): LatestRate | null {
  const p = latestAchieved(rates);
  if (p)
    return {
      period: { start: p.year, end: p.year },
      rate: p.value,
      kind: p.kind,
      basis: 'year',
      sourceFigureIds: p.sourceFigureIds,
    };
  const s = firstBy(rateSpans.filter(isAchieved), (x, y) => y.period.end - x.period.end);
  if (s)
    return {
      period: s.period,
      rate: s.rate,
      kind: s.kind,
      basis: 'per-year',
      sourceFigureIds: s.sourceFigureIds,
    };
  const b = latestAchieved(points);
  const a = b && latestAchieved(points, b.year);
  const rate = a && b ? requiredAnnualRate(a.value, a.year, b.value, b.year) : NaN;
  return a && b && Number.isFinite(rate)
    ? {
        period: { start: a.year, end: b.year },
        rate,
        kind: b.kind === 'actual' && a.kind === 'actual' ? 'actual' : 'estimate',
        basis: 'derived',
        sourceFigureIds: [...a.sourceFigureIds, ...b.sourceFigureIds],
      }
    : null;
}

/** Build the series from one county's figures of one indicator (or one uncatalogued subject). */
export function seriesFromFigures(
  county: string,
  indicator: string,
  figures: readonly Figure[],
  catalogued?: Indicator,
): IndicatorSeries {
  const skipped: SkippedFigure[] = [];
  const levelPoints: SeriesPoint[] = [];
  let levelUnit: string | undefined;
  const spans: SeriesSpan[] = [];
  const rates: SeriesPoint[] = [];
  const rateSpans: RateSpan[] = [];
  const growthTargets: [Figure, number | undefined][] = [];
  for (const f of figures) {
    const skip = (reason: string): number => skipped.push({ figureId: f.id, reason });
    const { kind, comparator, period } = f;
    const sourceFigureIds = [f.id];
    // Figures given by code are not validated by parseDataset: a NaN, ±Infinity or an unknown
    // comparator or kind is not drawn.
    const problem = figureProblem(f);
    if (problem) {
      skip(problem);
    } else if (f.measure === 'growth') {
      const additive = inPoints(f);
      const g = additive ? null : growthOfFigure(f);
      const rateHi = annualRateHi(f);
      // 翻1e15番 overflows: no rate to draw
      if (!additive && !(g && Number.isFinite(g.annualRate)))
        skip(`growth in ${f.unit} cannot be read as a rate`);
      else if (kind === 'target') growthTargets.push([f, rateHi]);
      else if (additive || g!.basis === 'over-period')
        skip('a change over a past period without its base level');
      if (g && Number.isFinite(g.annualRate) && g.basis !== 'over-period') {
        const rate = g.annualRate;
        if (g.basis === 'year')
          rates.push({ year: period.end, value: rate, valueHi: rateHi, comparator, kind, sourceFigureIds });
        else rateSpans.push({ period, rate, rateHi, comparator, kind, sourceFigureIds });
      }
    } else {
      // A level or share: a stated amount, in the indicator's unit (via the catalogue's conversions).
      const c = valueIn(f, catalogued);
      if (!c || !finite(c.value, c.valueHi)) {
        skip(`unit ${f.baseUnit} does not convert to ${catalogued?.unit}`);
        continue;
      }
      levelUnit ??= f.baseUnit;
      if (f.cumulative && years(period) > 1)
        spans.push({
          period,
          total: c.value,
          totalHi: c.valueHi,
          yearlyMean: c.value / years(period),
          comparator,
          kind,
          sourceFigureIds,
        });
      // A level stated for a period (规上企业达到46户 over 过去五年) stands at the period's end.
      else
        levelPoints.push({
          year: period.end,
          value: c.value,
          valueHi: c.valueHi,
          comparator,
          kind,
          sourceFigureIds,
          subject: subjectKey(f.subject),
          periodStart: period.start < period.end ? period.start : undefined,
        });
    }
  }

  const points = mergePoints(levelPoints);
  const plans: PlanPath[] = [];
  const drawable = (plan: PlanPath | null): plan is PlanPath =>
    !!plan && plan.points.every((p) => finite(p.value, p.valueHi));
  for (const [f, rateHi] of growthTargets) {
    const plan = growthPlan(f, points, rateHi);
    if (drawable(plan)) plans.push(plan);
    else skipped.push({ figureId: f.id, reason: 'no stated level to add points to, or the path overflows' });
  }
  for (const goal of points) {
    const plan = goal.kind === 'target' && endGoalPlan(goal, points);
    if (plan && drawable(plan)) plans.push(plan);
  }
  // Longest plan first; among equals, one with a stated base before an index-only one.
  plans.sort(
    (a, b) => years(b.period) - years(a.period) || +a.indexOnly - +b.indexOnly || a.period.end - b.period.end,
  );
  // An over-period goal also reads as the per-year rate it requires (8.45% a year for +50% in five years).
  for (const plan of plans)
    if (plan.method === 'compound-total')
      rateSpans.push({
        period: { start: plan.period.start + 1, end: plan.period.end },
        rate: plan.annualRate!,
        rateHi: plan.annualRateHi,
        comparator: plan.comparator,
        kind: 'implied',
        sourceFigureIds: plan.sourceFigureIds.slice(-1),
      });
  const sortedRates = mergePoints(rates);
  rateSpans.sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
  const main = plans[0];
  const unit = catalogued?.unit || levelUnit || (rates.length || rateSpans.length ? '%' : '');
  // The rate a plan requires, when it means one: a compounded goal always; a goal joined from the
  // latest level only when it lies above it and is not a ceiling (≤), and not for shares (a rate of a
  // percentage is not what the reports plan). Percentage-point plans have no compound rate.
  const required = main?.method === 'points-change' ? null : (main?.annualRate ?? null);
  return {
    county,
    indicator,
    unit,
    points,
    spans,
    rates: sortedRates,
    rateSpans,
    plans,
    requiredRate:
      main?.method === 'end-goal' && !(required! > 0 && main.comparator !== '<=' && unit !== '%')
        ? null
        : required,
    latestRate: latestRateOf(sortedRates, rateSpans, points),
    skipped,
    empty: points.length + spans.length + sortedRates.length + rateSpans.length + plans.length === 0,
  };
}

export class SeriesQueryError extends Error {
  override name = 'SeriesQueryError';
  constructor(
    message: string,
    readonly code: 'unknown-county' | 'unknown-indicator',
  ) {
    super(message);
  }
}

/**
 * The catalogue pairs a level with its growth rate (`gdp` / `gdp-growth`): a trend needs both, the
 * growth goal to draw the path from the level. Returns the level and growth indicators of `id`'s pair.
 */
export function indicatorPair(
  indicators: readonly Indicator[],
  id: string,
): { level: Indicator | undefined; growth: Indicator | undefined } {
  const find = (x: string, growth: boolean): Indicator | undefined =>
    indicators.find((i) => i.id === x && (i.measure === 'growth') === growth);
  const asked = indicators.find((i) => i.id === id);
  const growth = asked?.measure === 'growth';
  return !asked
    ? { level: undefined, growth: undefined }
    : growth
      ? { level: id.endsWith('-growth') ? find(id.slice(0, -7), false) : undefined, growth: asked }
      : { level: asked, growth: find(`${id}-growth`, true) };
}

/** The figures of one county matching `pick`, or SeriesQueryError for an unknown county. */
function countyFigures(dataset: Dataset, countyId: string, pick: (f: Figure) => boolean): Figure[] {
  if (!countyById(dataset, countyId))
    throw new SeriesQueryError(`Unknown county "${countyId}"`, 'unknown-county');
  return dataset.figures.filter((f) => f.county === countyId && pick(f));
}

/**
 * An indicator's series for a county, with the figures of its paired level or growth indicator
 * (`gdp` brings in `gdp-growth` and the reverse). Throws SeriesQueryError for an unknown county or
 * indicator; a known pair with no figures returns `empty: true` (the chart says so).
 */
export function indicatorSeries(dataset: Dataset, countyId: string, indicatorId: string): IndicatorSeries {
  const { level, growth } = indicatorPair(dataset.indicators, indicatorId);
  const figures = countyFigures(
    dataset,
    countyId,
    (f) => f.indicator !== null && [indicatorId, level?.id, growth?.id].includes(f.indicator),
  );
  const ind = level ?? growth;
  if (!ind) throw new SeriesQueryError(`Unknown indicator "${indicatorId}"`, 'unknown-indicator');
  return seriesFromFigures(countyId, indicatorId, figures, ind);
}

/** The series of an uncatalogued subject (figures with indicator null), in the report's own words. */
export function subjectSeries(dataset: Dataset, countyId: string, subject: string): IndicatorSeries {
  return seriesFromFigures(
    countyId,
    subject,
    countyFigures(dataset, countyId, (f) => f.indicator === null && f.subject === subject),
  );
}

export interface IndexedSeries {
  readonly series: IndicatorSeries;
  readonly baseYear: number;
  /** The stated level that became 100 (absent when the plan's own index base is used). */
  readonly base: SeriesPoint | null;
}

/**
 * Rescale a series so its base-year level is 100: counties with different units and sizes share a
 * chart. Base year: `preferredYear` when the series states a level then, else its earliest stated
 * level, else (an index-only plan) the plan's base. Null when nothing can be indexed (a lone goal).
 */
export function indexSeries(s: IndicatorSeries, preferredYear?: number): IndexedSeries | null {
  // Only a positive level can be the base (= 100): dividing by 0 or a negative level says nothing.
  const achieved = s.points.filter((p) => isAchieved(p) && p.value > 0 && Number.isFinite(p.value));
  const b = achievedAt(achieved, preferredYear) ?? achievedAt(achieved, achieved[0]?.year);
  if (!b) {
    // Only index-only plans can be drawn: stated goals without a base level have nothing to divide by.
    const plans = s.plans.filter((p) => p.indexOnly);
    return plans[0]
      ? {
          series: { ...s, unit: 'index', points: [], spans: [], plans },
          baseYear: plans[0].period.start,
          base: null,
        }
      : null;
  }
  const scale = (v: number): number => (v / b.value) * 100;
  const ids = (p: readonly string[]): string[] => [...new Set([...p, ...b.sourceFigureIds])];
  // Values so far from the base that the index overflows (1e308 against 1) are left out.
  const pts = (list: readonly SeriesPoint[]): SeriesPoint[] =>
    list
      .map((p) => ({
        ...p,
        value: scale(p.value),
        valueHi: p.valueHi === undefined ? undefined : scale(p.valueHi),
        sourceFigureIds: p === b ? p.sourceFigureIds : ids(p.sourceFigureIds),
      }))
      .filter((p) => finite(p.value, p.valueHi));
  return {
    series: {
      ...s,
      unit: 'index',
      points: pts(s.points),
      spans: s.spans
        .map((sp) => ({
          ...sp,
          total: scale(sp.total),
          totalHi: sp.totalHi === undefined ? undefined : scale(sp.totalHi),
          yearlyMean: scale(sp.yearlyMean),
          sourceFigureIds: ids(sp.sourceFigureIds),
        }))
        .filter((sp) => finite(sp.total, sp.yearlyMean)),
      // Index-only plans start at 100 in their own base year: they fit only when that is the base year.
      plans: s.plans
        .filter((p) => !p.indexOnly || p.period.start === b.year)
        .map((p) =>
          p.indexOnly ? p : { ...p, points: pts(p.points), sourceFigureIds: ids(p.sourceFigureIds) },
        ),
    },
    baseYear: b.year,
    base: b,
  };
}
