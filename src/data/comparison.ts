/**
 * Cross-county comparison for the radar: which indicators the chosen counties share, each county's
 * figure on each axis (kind and period stated), converted to the indicator's canonical unit and
 * normalised per axis. A county that does not report an indicator gets an explicit gap, never a zero.
 */
import { countyById, indicatorById } from './by-id.js';
import { firstBy, latestResult, mid, years } from './queries.js';
import { annualRateHi, growthOfFigure } from './series.js';
import { toIndicatorUnit } from './units.js';
import type { County, Comparator, Dataset, Figure, FigureKind, Indicator, Period } from './types.js';

/** target: plans and goals; actual: results and 预计 estimates; latest: each county's most recent result, else its nearest target. */
export type RadarKind = 'target' | 'actual' | 'latest';

export interface RadarComparisonOptions {
  /** County ids, in the order wanted; default all counties of the dataset. */
  readonly counties?: readonly string[];
  /** Indicator ids; default the comparable indicators that at least two chosen counties report. */
  readonly indicators?: readonly string[];
  readonly kind: RadarKind;
  /**
   * What an axis is normalised to (its 100% ring). Default: the best shown value (the largest, or the
   * smallest on lower-is-better axes). A county id normalises to that county's value where it reports one;
   * a record gives a reference value per indicator id, in the indicator's canonical unit.
   */
  readonly reference?: string | Readonly<Record<string, number>>;
}

/** How one axis maps values to 0..1 (1 = the reference ring; values beyond the reference exceed 1). */
export interface AxisScale {
  /** ratio: value ÷ reference (or reference ÷ value when inverted), for axes whose values are all positive;
   *  linear: position between the axis' lowest and highest value, when some value is zero or negative. */
  readonly method: 'ratio' | 'linear';
  /** best: the best shown value; county: a reference county's value; value: a stated reference value. */
  readonly basis: 'best' | 'county' | 'value';
  /** The reference value (canonical unit) that sits on the 100% ring. */
  readonly reference: number;
  /** The county whose value is the reference (basis 'county', or the county with the best value). */
  readonly referenceCounty?: string;
  /** For linear: the domain the axis spans (canonical unit). */
  readonly domain?: readonly [number, number];
}

export interface RadarAxis {
  readonly indicator: Indicator;
  /** Canonical unit every value on this axis is given in. */
  readonly unit: string;
  /** True on lower-is-better axes: smaller values are drawn further out. */
  readonly inverted: boolean;
  readonly scale: AxisScale;
  /** True when the vertices on this axis do not all share one kind and period (say so beside the axis). */
  readonly mixedPeriods: boolean;
}

/** Why a value is derived rather than the figure as written. */
export type Derivation = 'yearly-mean' | 'annualised';

export interface RadarVertex {
  readonly status: 'reported';
  readonly county: string;
  readonly indicator: string;
  /** In the axis' canonical unit; the low end of a range. */
  readonly value: number;
  readonly valueHi?: number;
  readonly unit: string;
  readonly comparator: Comparator;
  readonly kind: FigureKind;
  readonly period: Period;
  /** The value the vertex is drawn at, 0..1 (beyond 1 when it exceeds a stated reference). */
  readonly normalized: number;
  /** How the canonical value was derived from the figure, when it was. */
  readonly derivation?: Derivation;
  /** The figure as written (value and unit as the report states them, with its sentence). */
  readonly figure: Figure;
  readonly sourceFigureIds: readonly string[];
}

export interface RadarGap {
  readonly status: 'not-reported';
  readonly county: string;
  readonly indicator: string;
}

export type RadarValue = RadarVertex | RadarGap;

export interface RadarSeries {
  readonly county: County;
  /** One entry per axis, in axis order. */
  readonly values: readonly RadarValue[];
}

export interface RadarComparison {
  readonly kind: RadarKind;
  readonly axes: readonly RadarAxis[];
  readonly series: readonly RadarSeries[];
  /** The reference as asked for (a county id or 'values'), absent for the default. */
  readonly reference?: string;
}

export type ComparisonErrorCode = 'unknown-county' | 'unknown-indicator' | 'not-comparable' | 'no-data';

/** A thrown error whose message names what is wrong (unknown county, unknown indicator, no shared indicators). */
export class ComparisonError extends Error {
  override name = 'ComparisonError';
  constructor(
    readonly code: ComparisonErrorCode,
    message: string,
    /** The county or indicator id at fault, when there is one. */
    readonly subject?: string,
  ) {
    super(message);
  }
}

/** A county's value on an axis, before it is placed: a vertex without county, indicator, unit and position. */
type Candidate = Omit<RadarVertex, 'status' | 'county' | 'indicator' | 'unit' | 'normalized'>;

/**
 * The figure's value in the indicator's canonical unit, made per-year where a multi-year figure needs
 * it: a five-year total beside another county's one-year figure is its yearly mean; growth rates
 * compare per year and signed (下降3% is −3; 增长50% over 2022–2026 is 8.45% a year; 翻一番 and 倍
 * become per-year percentages; 个百分点, additive, is no rate). Undefined when it does not convert.
 */
function toCandidate(figure: Figure, indicator: Indicator): Candidate | undefined {
  let value: number | undefined;
  let valueHi: number | undefined;
  let derivation: Derivation | undefined;
  if (indicator.measure === 'growth' && indicator.unit === '%') {
    const g = figure.measure === 'growth' ? growthOfFigure(figure) : null;
    const hi = annualRateHi(figure);
    value = g?.annualRate;
    if (value !== undefined && hi !== undefined)
      [value, valueHi] = [Math.min(value, hi!), Math.max(value, hi!)];
    if (g?.basis === 'over-period') derivation = 'annualised';
  } else {
    const c = toIndicatorUnit(figure, indicator);
    const n = years(figure.period);
    // A five-year total next to another county's one-year figure: compare yearly means.
    const per = figure.cumulative && indicator.measure === 'level' && n > 1 ? n : 1;
    if (per > 1) derivation = 'yearly-mean';
    value = c ? c.value / per : undefined;
    valueHi = c?.valueHi === undefined ? undefined : c.valueHi / per;
  }
  return value !== undefined && Number.isFinite(value) && Number.isFinite(valueHi ?? 0)
    ? {
        value,
        valueHi,
        comparator: figure.comparator,
        kind: figure.kind,
        period: figure.period,
        derivation,
        figure,
        sourceFigureIds: [figure.id],
      }
    : undefined;
}

/**
 * The one value a county shows on an axis, among its figures that convert to the indicator's unit.
 * Results: the most recent (a one-year figure before a longer one, actual before estimate). Targets:
 * the report year's annual target, then the nearest, shortest plan. Latest: the result, else the target.
 */
function chooseCandidate(figures: readonly Figure[], indicator: Indicator, kind: RadarKind, year: number) {
  const usable = figures.map((f) => toCandidate(f, indicator)).filter((c) => c !== undefined);
  const target = (): Candidate | undefined =>
    firstBy(
      usable.filter((c) => c.kind === 'target'),
      (a, b) =>
        +(b.period.start === year) - +(a.period.start === year) ||
        years(a.period) - years(b.period) ||
        a.period.end - b.period.end,
    );
  return kind === 'target' ? target() : (latestResult(usable) ?? (kind === 'latest' ? target() : undefined));
}

/** The comparison the radar draws. Throws ComparisonError with a message naming the problem. */
export function radarComparison(dataset: Dataset, options: RadarComparisonOptions): RadarComparison {
  const { kind, reference } = options;
  const counties = options.counties?.length
    ? options.counties.map((id) => {
        const county = countyById(dataset, id);
        if (!county)
          throw new ComparisonError(
            'unknown-county',
            `Unknown county "${id}" (known: ${dataset.counties.map((c) => c.id).join(', ')}).`,
            id,
          );
        return county;
      })
    : [...dataset.counties];
  const figures = new Map<string, Figure[]>();
  for (const f of dataset.figures) {
    const key = `${f.county}\0${f.indicator}`;
    if (f.indicator) (figures.get(key) ?? figures.set(key, []).get(key)!).push(f);
  }
  const chosen = new Map<string, Candidate | undefined>();
  const candidate = (county: County, indicator: Indicator): Candidate | undefined => {
    const key = `${county.id}\0${indicator.id}`;
    if (!chosen.has(key))
      chosen.set(key, chooseCandidate(figures.get(key) ?? [], indicator, kind, county.report.year));
    return chosen.get(key);
  };
  const reporting = (indicator: Indicator): number => counties.filter((c) => candidate(c, indicator)).length;
  const indicators = options.indicators?.length
    ? options.indicators.map((id) => {
        const indicator = indicatorById(dataset, id);
        const fail = (code: ComparisonErrorCode, message: string): never => {
          throw new ComparisonError(code, message, id);
        };
        if (!indicator) return fail('unknown-indicator', `Unknown indicator "${id}".`);
        if (!indicator.comparable)
          fail(
            'not-comparable',
            `Indicator "${id}" (${indicator.name.en}) is not comparable across counties.`,
          );
        if (!reporting(indicator))
          fail(
            'no-data',
            `No chosen county reports ${kind === 'latest' ? 'a figure' : kind === 'actual' ? 'a result' : 'a target'} for indicator "${id}".`,
          );
        return indicator;
      })
    : dataset.indicators.filter((i) => i.comparable && reporting(i) >= 2);
  if (!indicators.length)
    throw new ComparisonError(
      'no-data',
      `The chosen counties (${counties.map((c) => c.id).join(', ')}) share no comparable indicator with ${
        kind === 'latest' ? 'figures' : `${kind}s`
      }.`,
    );

  const axes = indicators.map((indicator): RadarAxis => {
    const shown = counties.flatMap((c) => {
      const v = candidate(c, indicator);
      return v ? [{ county: c.id, value: mid(v), v }] : [];
    });
    const inverted = !indicator.higherIsBetter;
    // The best shown value: the largest, or the smallest on lower-is-better axes.
    const best = shown.reduce((a, b) => ((inverted ? b.value < a.value : b.value > a.value) ? b : a));
    const hit = shown.find((s) => s.county === reference);
    const stated = typeof reference === 'object' ? reference?.[indicator.id] : undefined;
    const [basis, ref, referenceCounty]: [AxisScale['basis'], number, string | undefined] = hit
      ? ['county', hit.value, hit.county]
      : Number.isFinite(stated)
        ? ['value', stated!, undefined]
        : ['best', best.value, best.county];
    const values = shown.map((s) => s.value);
    return {
      indicator,
      unit: indicator.unit,
      inverted,
      // Ratio axes when every value is positive; else linear between the lowest and highest value.
      scale:
        ref > 0 && values.every((v) => v > 0)
          ? { method: 'ratio', basis, reference: ref, referenceCounty }
          : {
              method: 'linear',
              basis,
              reference: ref,
              domain: [Math.min(0, ref, ...values), Math.max(0, ref, ...values)],
              referenceCounty,
            },
      // A 2023 target is not a 2021 result: say so when an axis mixes kinds or periods.
      mixedPeriods:
        new Set(shown.map(({ v }) => `${v.kind === 'target'}${v.period.start}-${v.period.end}`)).size > 1,
    };
  });

  return {
    kind,
    axes,
    series: counties.map((county) => ({
      county,
      values: axes.map(({ indicator, unit, scale, inverted }): RadarValue => {
        const v = candidate(county, indicator);
        return v
          ? {
              status: 'reported',
              county: county.id,
              indicator: indicator.id,
              ...v,
              unit,
              normalized: normalize(mid(v), scale, inverted),
            }
          : { status: 'not-reported', county: county.id, indicator: indicator.id };
      }),
    })),
    reference: typeof reference === 'string' ? reference : reference ? 'values' : undefined,
  };
}

/** Where `value` sits on an axis, 0..1 for the shown range (beyond 1 past a stated reference). */
export function normalize(value: number, scale: AxisScale, inverted: boolean): number {
  const ref = scale.reference;
  if (scale.method === 'ratio')
    return inverted ? (value === 0 ? 1 : ref / value) : ref === 0 ? 1 : value / ref;
  const [lo, hi] = scale.domain ?? [0, ref];
  // Linear axes: 1 at the reference end, 0 at the other end of the domain.
  return hi === lo ? 1 : inverted ? (hi - value) / (hi - ref) : (value - lo) / (ref - lo);
}
