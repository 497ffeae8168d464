/**
 * An indicator's series for one county: what was achieved (actual, estimate), the totals a report
 * gives over several years, and the path its plan implies. Pure: no DOM, runs in browsers and node.
 *
 * Honesty rules: an actual or estimate value is only ever one the report states; every other number
 * (a compounded path, an index, a required rate) is marked `implied` or `base` and keeps the ids of
 * the figures it was computed from in `sourceFigureIds`.
 */
import type { Comparator, Dataset, Figure, FigureKind, Indicator, Period } from './types.js';
import { toIndicatorUnit } from './units.js';

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
  if (!(years > 0) || !(multiplier > 0)) return NaN;
  return (Math.pow(multiplier, 1 / years) - 1) * 100;
}

/** Value after compounding `ratePercent` a year for `years` years. */
export function compound(base: number, ratePercent: number, years: number): number {
  return base * Math.pow(1 + ratePercent / 100, years);
}

/** Annual rate needed to go from `from` (in `fromYear`) to `to` (in `toYear`), in percent. */
export function requiredAnnualRate(from: number, fromYear: number, to: number, toYear: number): number {
  if (!(from > 0)) return NaN;
  return annualRateFor(to / from, toYear - fromYear);
}

const span = (p: Period): number => p.end - p.start + 1;

/** Every number a chart draws must be finite: NaN or ±Infinity never become coordinates. */
const finite = (...values: (number | undefined)[]): boolean =>
  values.every((v) => v === undefined || Number.isFinite(v));

/** A plan only when every point of its path is finite (compounding 1e308 overflows). */
const finitePlan = (plan: PlanPath | null): PlanPath | null =>
  plan && plan.points.every((p) => finite(p.value, p.valueHi)) ? plan : null;

/** Signed percent of a growth figure (下降 is negative). */
function signedRate(f: Figure, hi = false): number {
  const v = hi && f.valueHi !== undefined ? f.valueHi : f.value;
  return f.direction === 'decrease' ? -v : v;
}

/**
 * Whole-period multiplier and annual rate a growth figure states, or null for a unit we cannot
 * compound (个百分点 is additive, handled apart). 增长1倍 doubles; 翻一番 (unit 番) doubles per 番.
 */
export function growthOfFigure(
  f: Figure,
  hi = false,
): { multiplier: number; annualRate: number; basis: 'year' | 'per-year' | 'over-period' } | null {
  const n = span(f.period);
  const v = hi && f.valueHi !== undefined ? f.valueHi : f.value;
  if (f.baseUnit === '番' || f.unit === '番') {
    const m = Math.pow(2, v);
    return { multiplier: m, annualRate: annualRateFor(m, n), basis: n === 1 ? 'year' : 'over-period' };
  }
  if (f.baseUnit === '倍' || f.unit === '倍') {
    const m = f.direction === 'decrease' ? 1 / (1 + v) : 1 + v;
    return { multiplier: m, annualRate: annualRateFor(m, n), basis: n === 1 ? 'year' : 'over-period' };
  }
  if (f.baseUnit !== '%') return null;
  const r = signedRate(f, hi);
  if (n === 1) return { multiplier: 1 + r / 100, annualRate: r, basis: 'year' };
  // Unmarked multi-year growth (总量增长50%) is over the period; 年均 says per year.
  if (f.rateBasis === 'per-year')
    return { multiplier: Math.pow(1 + r / 100, n), annualRate: r, basis: 'per-year' };
  return { multiplier: 1 + r / 100, annualRate: annualRateFor(1 + r / 100, n), basis: 'over-period' };
}

/** A level figure in the indicator's unit (via the catalogue's conversions); null when none applies. */
function toSeriesUnit(f: Figure, ind: Indicator | undefined, hi = false): number | null {
  if (!ind) return (hi ? f.baseValueHi : f.baseValue) ?? null;
  const c = toIndicatorUnit(f, ind);
  if (!c) return null;
  return (hi ? c.valueHi : c.value) ?? null;
}

/** A subject for comparison: 规模以上 and 规上 are one word; spaces and brackets dropped. */
export function subjectKey(subject: string): string {
  return subject.replace(/规模以上/g, '规上').replace(/[\s()()“”"]/g, '');
}

const kindRank: Record<PointKind, number> = { actual: 0, estimate: 1, target: 2, implied: 3, base: 4 };

/** One point per (year, kind): repeated mentions merge their ids; points sorted by year then kind. */
function mergePoints(points: SeriesPoint[]): SeriesPoint[] {
  const byKey = new Map<string, SeriesPoint>();
  for (const p of points) {
    const key = `${p.year}|${p.kind}|${p.value}|${p.comparator}`;
    const prev = byKey.get(key);
    byKey.set(key, prev ? { ...prev, sourceFigureIds: [...prev.sourceFigureIds, ...p.sourceFigureIds] } : p);
  }
  return [...byKey.values()].sort((a, b) => a.year - b.year || kindRank[a.kind] - kindRank[b.kind]);
}

const isAchieved = (p: SeriesPoint): boolean => p.kind === 'actual' || p.kind === 'estimate';

/** The stated achieved level for a year, actual preferred to estimate. */
function achievedAt(points: readonly SeriesPoint[], year: number): SeriesPoint | undefined {
  return points
    .filter((p) => p.year === year && isAchieved(p))
    .sort((a, b) => kindRank[a.kind] - kindRank[b.kind])[0];
}

function latestAchieved(points: readonly SeriesPoint[], before: number): SeriesPoint | undefined {
  const done = points.filter((p) => isAchieved(p) && p.year < before);
  if (done.length === 0) return undefined;
  const year = Math.max(...done.map((p) => p.year));
  return achievedAt(done, year);
}

function compoundPlan(f: Figure, points: readonly SeriesPoint[]): PlanPath | null {
  const g = growthOfFigure(f);
  if (!g || !Number.isFinite(g.annualRate)) return null;
  const hi = f.valueHi !== undefined ? growthOfFigure(f, true) : null;
  const gHi = hi && Number.isFinite(hi.annualRate) ? hi : null;
  const baseYear = f.period.start - 1;
  const stated = achievedAt(points, baseYear);
  const base: SeriesPoint = stated ?? {
    year: baseYear,
    value: 100,
    comparator: '=',
    kind: 'base',
    sourceFigureIds: [f.id],
  };
  const path: SeriesPoint[] = [base];
  for (let y = f.period.start; y <= f.period.end; y++) {
    const last = y === f.period.end;
    path.push({
      year: y,
      value: compound(base.value, g.annualRate, y - baseYear),
      ...(gHi && last ? { valueHi: compound(base.value, gHi.annualRate, y - baseYear) } : {}),
      comparator: last ? f.comparator : '~',
      kind: 'implied',
      sourceFigureIds: stated ? [...stated.sourceFigureIds, f.id] : [f.id],
    });
  }
  return {
    method: g.basis === 'over-period' ? 'compound-total' : 'compound-rate',
    period: { start: baseYear, end: f.period.end },
    points: path,
    annualRate: g.annualRate,
    ...(gHi ? { annualRateHi: gHi.annualRate } : {}),
    comparator: f.comparator,
    indexOnly: !stated,
    sourceFigureIds: stated ? [...stated.sourceFigureIds, f.id] : [f.id],
  };
}

/** 提高X个百分点 for a share: additive, spread evenly over the years; needs a stated base share. */
function pointsChangePlan(f: Figure, points: readonly SeriesPoint[]): PlanPath | null {
  const baseYear = f.period.start - 1;
  const stated = achievedAt(points, baseYear);
  if (!stated) return null;
  const total = signedRate(f);
  const n = span(f.period);
  const perYear = f.rateBasis === 'per-year' ? total : total / n;
  const path: SeriesPoint[] = [stated];
  for (let y = f.period.start; y <= f.period.end; y++) {
    path.push({
      year: y,
      value: stated.value + perYear * (y - baseYear),
      comparator: y === f.period.end ? f.comparator : '~',
      kind: 'implied',
      sourceFigureIds: [...stated.sourceFigureIds, f.id],
    });
  }
  return {
    method: 'points-change',
    period: { start: baseYear, end: f.period.end },
    points: path,
    annualRate: perYear,
    comparator: f.comparator,
    indexOnly: false,
    sourceFigureIds: [...stated.sourceFigureIds, f.id],
  };
}

/** 到2026年达到40家: a straight dashed join from the latest stated level to the goal. */
function endGoalPlan(goal: SeriesPoint, points: readonly SeriesPoint[]): PlanPath | null {
  // Join only the same thing: 新建高标准农田5万亩 this year is not a goal for 建设高标准农田29.93万亩 over five years.
  const from = latestAchieved(
    points.filter((p) => p.subject === goal.subject),
    goal.year,
  );
  if (!from) return null;
  // A level stated over several years (城镇新增就业1.91万人 in five years) may be a five-year flow:
  // it is joined only to a goal that is itself multi-year (到2026年达到), never to one year's target.
  if (from.periodStart !== undefined && goal.periodStart === undefined) return null;
  const rate = requiredAnnualRate(from.value, from.year, goal.value, goal.year);
  const rateHi =
    goal.valueHi !== undefined
      ? requiredAnnualRate(from.value, from.year, goal.valueHi, goal.year)
      : undefined;
  return {
    method: 'end-goal',
    period: { start: from.year, end: goal.year },
    points: [from, goal],
    annualRate: Number.isFinite(rate) ? rate : null,
    ...(rateHi !== undefined && Number.isFinite(rateHi) ? { annualRateHi: rateHi } : {}),
    comparator: goal.comparator,
    indexOnly: false,
    sourceFigureIds: [...from.sourceFigureIds, ...goal.sourceFigureIds],
  };
}

function latestRateOf(
  rates: readonly SeriesPoint[],
  rateSpans: readonly RateSpan[],
  points: readonly SeriesPoint[],
): LatestRate | null {
  const done = rates.filter(isAchieved);
  if (done.length > 0) {
    const year = Math.max(...done.map((p) => p.year));
    const p = achievedAt(done, year)!;
    return {
      period: { start: year, end: year },
      rate: p.value,
      kind: p.kind,
      basis: 'year',
      sourceFigureIds: p.sourceFigureIds,
    };
  }
  const spansDone = rateSpans.filter((s) => s.kind === 'actual' || s.kind === 'estimate');
  if (spansDone.length > 0) {
    const s = [...spansDone].sort((a, b) => b.period.end - a.period.end)[0]!;
    return {
      period: s.period,
      rate: s.rate,
      kind: s.kind,
      basis: 'per-year',
      sourceFigureIds: s.sourceFigureIds,
    };
  }
  const levels = points.filter(isAchieved);
  const years = [...new Set(levels.map((p) => p.year))].sort((a, b) => a - b);
  if (years.length >= 2) {
    const b = achievedAt(levels, years[years.length - 1]!)!;
    const a = achievedAt(levels, years[years.length - 2]!)!;
    const rate = requiredAnnualRate(a.value, a.year, b.value, b.year);
    if (Number.isFinite(rate)) {
      return {
        period: { start: a.year, end: b.year },
        rate,
        kind: b.kind === 'actual' && a.kind === 'actual' ? 'actual' : 'estimate',
        basis: 'derived',
        sourceFigureIds: [...a.sourceFigureIds, ...b.sourceFigureIds],
      };
    }
  }
  return null;
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
  const spans: SeriesSpan[] = [];
  const rates: SeriesPoint[] = [];
  const rateSpans: RateSpan[] = [];
  const growthTargets: Figure[] = [];
  const units = new Set<string>();

  for (const f of figures) {
    // Figures given by code are not validated by parseDataset: a NaN or ±Infinity is not drawn.
    if (!finite(f.value, f.valueHi, f.baseValue, f.baseValueHi)) {
      skipped.push({ figureId: f.id, reason: 'value is not a finite number' });
      continue;
    }
    if (f.measure === 'growth') {
      if (f.unit === '个百分点' || f.baseUnit === '个百分点') {
        if (f.kind === 'target') growthTargets.push(f);
        else skipped.push({ figureId: f.id, reason: 'change in percentage points, not a level or a rate' });
        continue;
      }
      const g = growthOfFigure(f);
      // 翻1e15番 overflows: no rate to draw
      if (!g || !Number.isFinite(g.annualRate)) {
        skipped.push({ figureId: f.id, reason: `growth in ${f.unit} cannot be read as a rate` });
        continue;
      }
      if (g.basis === 'year') {
        rates.push({
          year: f.period.end,
          value: g.annualRate,
          ...(f.valueHi !== undefined ? { valueHi: signedRate(f, true) } : {}),
          comparator: f.comparator,
          kind: f.kind,
          sourceFigureIds: [f.id],
        });
      } else if (g.basis === 'per-year') {
        rateSpans.push({
          period: f.period,
          rate: g.annualRate,
          ...(f.valueHi !== undefined ? { rateHi: signedRate(f, true) } : {}),
          comparator: f.comparator,
          kind: f.kind,
          sourceFigureIds: [f.id],
        });
      }
      if (f.kind === 'target') growthTargets.push(f);
      else if (g.basis === 'over-period')
        skipped.push({ figureId: f.id, reason: 'growth over a past period without its base level' });
      continue;
    }
    // level or share: a stated amount
    const v = toSeriesUnit(f, catalogued);
    if (v === null) {
      skipped.push({
        figureId: f.id,
        reason: `unit ${f.baseUnit} does not convert to ${catalogued?.unit ?? '?'}`,
      });
      continue;
    }
    const vHi = f.baseValueHi !== undefined ? toSeriesUnit(f, catalogued, true) : null;
    if (!finite(v, vHi ?? undefined)) {
      skipped.push({ figureId: f.id, reason: 'value overflows in the series unit' });
      continue;
    }
    units.add(catalogued && catalogued.unit ? catalogued.unit : f.baseUnit);
    if (f.cumulative && span(f.period) > 1) {
      spans.push({
        period: f.period,
        total: v,
        ...(vHi !== null ? { totalHi: vHi } : {}),
        yearlyMean: v / span(f.period),
        comparator: f.comparator,
        kind: f.kind,
        sourceFigureIds: [f.id],
      });
      continue;
    }
    // A level stated for a period (规上企业达到46户 over 过去五年) stands at the period's end.
    levelPoints.push({
      year: f.period.end,
      value: v,
      ...(vHi !== null ? { valueHi: vHi } : {}),
      comparator: f.comparator,
      kind: f.kind,
      sourceFigureIds: [f.id],
      subject: subjectKey(f.subject),
      ...(f.period.start < f.period.end ? { periodStart: f.period.start } : {}),
    });
  }

  const points = mergePoints(levelPoints);
  const plans: PlanPath[] = [];
  for (const f of growthTargets) {
    const plan = finitePlan(
      f.unit === '个百分点' || f.baseUnit === '个百分点'
        ? pointsChangePlan(f, points)
        : compoundPlan(f, points),
    );
    if (plan) plans.push(plan);
    else
      skipped.push({
        figureId: f.id,
        reason: 'no stated level in the base year to add percentage points to, or the path overflows',
      });
  }
  for (const goal of points.filter((p) => p.kind === 'target')) {
    const plan = finitePlan(endGoalPlan(goal, points));
    if (plan) plans.push(plan);
  }
  // Longest plan first; among equals, one with a stated base before an index-only one.
  plans.sort(
    (a, b) =>
      span(b.period) - span(a.period) ||
      Number(a.indexOnly) - Number(b.indexOnly) ||
      a.period.end - b.period.end,
  );
  // An over-period goal also reads as the per-year rate it requires (8.45% a year for +50% in five years).
  for (const plan of plans) {
    if (plan.method === 'compound-total' && plan.annualRate !== null) {
      rateSpans.push({
        period: { start: plan.period.start + 1, end: plan.period.end },
        rate: plan.annualRate,
        ...(plan.annualRateHi !== undefined ? { rateHi: plan.annualRateHi } : {}),
        comparator: plan.comparator,
        kind: 'implied',
        sourceFigureIds: plan.sourceFigureIds.slice(-1),
      });
    }
  }
  const sortedRates = mergePoints(rates);
  rateSpans.sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
  const main = plans[0];
  const unit = catalogued?.unit || [...units][0] || (rates.length || rateSpans.length ? '%' : '');
  return {
    county,
    indicator,
    unit,
    points,
    spans,
    rates: sortedRates,
    rateSpans,
    plans,
    requiredRate: main ? requiredRateOf(main, unit) : null,
    latestRate: latestRateOf(sortedRates, rateSpans, points),
    skipped,
    empty: points.length + spans.length + sortedRates.length + rateSpans.length + plans.length === 0,
  };
}

/**
 * The rate a plan requires, when it means one: a compounded goal always; a goal joined from the
 * latest level only when it lies above it and is not a ceiling (≤), and not for shares (a rate of a
 * percentage is not what the reports plan). Percentage-point plans have no compound rate.
 */
function requiredRateOf(plan: PlanPath, unit: string): number | null {
  if (plan.method === 'points-change' || plan.annualRate === null) return null;
  if (plan.method !== 'end-goal') return plan.annualRate;
  return plan.annualRate > 0 && plan.comparator !== '<=' && unit !== '%' ? plan.annualRate : null;
}

export class SeriesQueryError extends Error {
  constructor(
    message: string,
    readonly code: 'unknown-county' | 'unknown-indicator',
  ) {
    super(message);
    this.name = 'SeriesQueryError';
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
  const find = (x: string) => indicators.find((i) => i.id === x);
  const asked = find(id);
  if (!asked) return { level: undefined, growth: undefined };
  if (asked.measure === 'growth') {
    const level = id.endsWith('-growth') ? find(id.slice(0, -'-growth'.length)) : undefined;
    return { level: level && level.measure !== 'growth' ? level : undefined, growth: asked };
  }
  const growth = find(`${id}-growth`);
  return { level: asked, growth: growth?.measure === 'growth' ? growth : undefined };
}

/**
 * An indicator's series for a county, with the figures of its paired level or growth indicator
 * (`gdp` brings in `gdp-growth` and the reverse). Throws SeriesQueryError for an unknown county or
 * indicator; a known pair with no figures returns `empty: true` (the chart says so).
 */
export function indicatorSeries(dataset: Dataset, countyId: string, indicatorId: string): IndicatorSeries {
  if (!dataset.counties.some((c) => c.id === countyId))
    throw new SeriesQueryError(`Unknown county "${countyId}"`, 'unknown-county');
  const ind = dataset.indicators.find((i) => i.id === indicatorId);
  if (!ind) throw new SeriesQueryError(`Unknown indicator "${indicatorId}"`, 'unknown-indicator');
  const { level, growth } = indicatorPair(dataset.indicators, indicatorId);
  const ids = new Set([indicatorId, level?.id, growth?.id].filter((x): x is string => x !== undefined));
  const figures = dataset.figures.filter(
    (f) => f.county === countyId && f.indicator !== null && ids.has(f.indicator),
  );
  return seriesFromFigures(countyId, indicatorId, figures, level ?? ind);
}

/** The series of an uncatalogued subject (figures with indicator null), in the report's own words. */
export function subjectSeries(dataset: Dataset, countyId: string, subject: string): IndicatorSeries {
  if (!dataset.counties.some((c) => c.id === countyId))
    throw new SeriesQueryError(`Unknown county "${countyId}"`, 'unknown-county');
  const figures = dataset.figures.filter(
    (f) => f.county === countyId && f.indicator === null && f.subject === subject,
  );
  return seriesFromFigures(countyId, subject, figures);
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
  let base: SeriesPoint | undefined =
    preferredYear !== undefined ? achievedAt(achieved, preferredYear) : undefined;
  if (!base && achieved.length > 0) base = achievedAt(achieved, Math.min(...achieved.map((p) => p.year)));
  if (!base) {
    const plan = s.plans.find((p) => p.indexOnly);
    if (!plan) return null;
    // Only index-only plans can be drawn: stated goals without a base level have nothing to divide by.
    return {
      series: { ...s, unit: 'index', points: [], spans: [], plans: s.plans.filter((p) => p.indexOnly) },
      baseYear: plan.period.start,
      base: null,
    };
  }
  const b = base;
  const scale = (v: number): number => (v / b.value) * 100;
  const ids = (p: readonly string[]): string[] => [...new Set([...p, ...b.sourceFigureIds])];
  const pt = (p: SeriesPoint): SeriesPoint => ({
    ...p,
    value: scale(p.value),
    ...(p.valueHi !== undefined ? { valueHi: scale(p.valueHi) } : {}),
    sourceFigureIds: p === b ? p.sourceFigureIds : ids(p.sourceFigureIds),
  });
  // Values so far from the base that the index overflows (1e308 against 1) are left out.
  const finite = (p: SeriesPoint): boolean =>
    Number.isFinite(p.value) && (p.valueHi === undefined || Number.isFinite(p.valueHi));
  return {
    series: {
      ...s,
      unit: 'index',
      points: s.points.map(pt).filter(finite),
      spans: s.spans
        .map((sp) => ({
          ...sp,
          total: scale(sp.total),
          ...(sp.totalHi !== undefined ? { totalHi: scale(sp.totalHi) } : {}),
          yearlyMean: scale(sp.yearlyMean),
          sourceFigureIds: ids(sp.sourceFigureIds),
        }))
        .filter((sp) => Number.isFinite(sp.total) && Number.isFinite(sp.yearlyMean)),
      // Index-only plans start at 100 in their own base year: they fit only when that is the base year.
      plans: s.plans
        .filter((p) => !p.indexOnly || p.period.start === b.year)
        .map((p) =>
          p.indexOnly
            ? p
            : { ...p, points: p.points.map(pt).filter(finite), sourceFigureIds: ids(p.sourceFigureIds) },
        ),
    },
    baseYear: b.year,
    base: b,
  };
}
