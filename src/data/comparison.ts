/**
 * Cross-county comparison for the radar: which indicators the chosen counties share, each county's
 * figure on each axis (kind and period stated), converted to the indicator's canonical unit and
 * normalised per axis. A county that does not report an indicator gets an explicit gap, never a zero.
 */
import { growthOfFigure } from './series.js';
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

interface Candidate {
  readonly figure: Figure;
  readonly value: number;
  readonly valueHi?: number;
  readonly derivation?: Derivation;
}

/** The comparison the radar draws. Throws ComparisonError with a message naming the problem. */
export function radarComparison(dataset: Dataset, options: RadarComparisonOptions): RadarComparison {
  const counties = chooseCounties(dataset, options.counties);
  const byCountyIndicator = indexFigures(dataset.figures);
  const indicators = chooseIndicators(dataset, counties, options, byCountyIndicator);

  const chosen = new Map<string, Candidate | undefined>();
  for (const indicator of indicators) {
    for (const county of counties) {
      const figures = byCountyIndicator.get(key(county.id, indicator.id)) ?? [];
      chosen.set(key(county.id, indicator.id), chooseFigure(figures, indicator, options.kind, county));
    }
  }

  const axes: RadarAxis[] = indicators.map((indicator) => {
    const candidates = counties
      .map((c) => ({ county: c.id, candidate: chosen.get(key(c.id, indicator.id)) }))
      .filter((x): x is { county: string; candidate: Candidate } => x.candidate !== undefined);
    const periods = new Set(
      candidates.map(
        ({ candidate: { figure } }) =>
          `${kindGroup(figure.kind)}:${figure.period.start}-${figure.period.end}`,
      ),
    );
    return {
      indicator,
      unit: indicator.unit,
      inverted: !indicator.higherIsBetter,
      scale: axisScale(indicator, candidates, options.reference),
      mixedPeriods: periods.size > 1,
    };
  });

  const series: RadarSeries[] = counties.map((county) => ({
    county,
    values: axes.map((axis): RadarValue => {
      const candidate = chosen.get(key(county.id, axis.indicator.id));
      if (!candidate) return { status: 'not-reported', county: county.id, indicator: axis.indicator.id };
      const { figure } = candidate;
      const mid =
        candidate.valueHi === undefined ? candidate.value : (candidate.value + candidate.valueHi) / 2;
      return {
        status: 'reported',
        county: county.id,
        indicator: axis.indicator.id,
        value: candidate.value,
        ...(candidate.valueHi === undefined ? {} : { valueHi: candidate.valueHi }),
        unit: axis.unit,
        comparator: figure.comparator,
        kind: figure.kind,
        period: figure.period,
        normalized: normalize(mid, axis.scale, axis.inverted),
        ...(candidate.derivation ? { derivation: candidate.derivation } : {}),
        figure,
        sourceFigureIds: [figure.id],
      };
    }),
  }));

  const reference =
    typeof options.reference === 'string' ? options.reference : options.reference ? 'values' : undefined;
  return { kind: options.kind, axes, series, ...(reference ? { reference } : {}) };
}

/** Where `value` sits on an axis, 0..1 for the shown range (beyond 1 past a stated reference). */
export function normalize(value: number, scale: AxisScale, inverted: boolean): number {
  if (scale.method === 'ratio') {
    if (inverted) return value === 0 ? 1 : scale.reference / value;
    return scale.reference === 0 ? 1 : value / scale.reference;
  }
  const [lo, hi] = scale.domain ?? [0, scale.reference];
  if (hi === lo) return 1;
  // Linear axes: 1 at the reference end, 0 at the other end of the domain.
  return inverted ? (hi - value) / (hi - scale.reference) : (value - lo) / (scale.reference - lo);
}

function axisScale(
  indicator: Indicator,
  candidates: readonly { county: string; candidate: Candidate }[],
  reference: RadarComparisonOptions['reference'],
): AxisScale {
  const inverted = !indicator.higherIsBetter;
  const values = candidates.map(({ candidate }) => midpoint(candidate));
  const better = (a: number, b: number) => (inverted ? a < b : a > b);
  let best = candidates[0];
  for (const c of candidates) if (better(midpoint(c.candidate), midpoint(best.candidate))) best = c;

  let basis: AxisScale['basis'] = 'best';
  let ref = midpoint(best.candidate);
  let referenceCounty: string | undefined = best.county;
  if (typeof reference === 'string') {
    const hit = candidates.find((c) => c.county === reference);
    if (hit) {
      basis = 'county';
      ref = midpoint(hit.candidate);
      referenceCounty = reference;
    }
  } else if (reference && Number.isFinite(reference[indicator.id])) {
    basis = 'value';
    ref = reference[indicator.id];
    referenceCounty = undefined;
  }

  const allPositive = values.every((v) => v > 0) && ref > 0;
  if (allPositive) {
    return { method: 'ratio', basis, reference: ref, ...(referenceCounty ? { referenceCounty } : {}) };
  }
  const lo = Math.min(0, ref, ...values);
  const hi = Math.max(0, ref, ...values);
  return {
    method: 'linear',
    basis,
    reference: ref,
    domain: [lo, hi],
    ...(referenceCounty ? { referenceCounty } : {}),
  };
}

function midpoint(c: Candidate): number {
  return c.valueHi === undefined ? c.value : (c.value + c.valueHi) / 2;
}

function chooseCounties(dataset: Dataset, ids: readonly string[] | undefined): County[] {
  if (!ids || ids.length === 0) return [...dataset.counties];
  return ids.map((id) => {
    const county = dataset.counties.find((c) => c.id === id);
    if (!county) {
      const known = dataset.counties.map((c) => c.id).join(', ');
      throw new ComparisonError('unknown-county', `Unknown county "${id}" (known: ${known}).`, id);
    }
    return county;
  });
}

function chooseIndicators(
  dataset: Dataset,
  counties: readonly County[],
  options: RadarComparisonOptions,
  byCountyIndicator: ReadonlyMap<string, readonly Figure[]>,
): Indicator[] {
  const reporting = (indicator: Indicator) =>
    counties.filter((c) =>
      chooseFigure(byCountyIndicator.get(key(c.id, indicator.id)) ?? [], indicator, options.kind, c),
    ).length;

  if (options.indicators && options.indicators.length > 0) {
    return options.indicators.map((id) => {
      const indicator = dataset.indicators.find((i) => i.id === id);
      if (!indicator) throw new ComparisonError('unknown-indicator', `Unknown indicator "${id}".`, id);
      if (!indicator.comparable) {
        throw new ComparisonError(
          'not-comparable',
          `Indicator "${id}" (${indicator.name.en}) is not comparable across counties.`,
          id,
        );
      }
      if (reporting(indicator) === 0) {
        throw new ComparisonError(
          'no-data',
          `No chosen county reports ${options.kind === 'latest' ? 'a figure' : options.kind === 'actual' ? 'a result' : 'a target'} for indicator "${id}".`,
          id,
        );
      }
      return indicator;
    });
  }
  const shared = dataset.indicators.filter((i) => i.comparable && reporting(i) >= 2);
  if (shared.length === 0) {
    throw new ComparisonError(
      'no-data',
      `The chosen counties (${counties.map((c) => c.id).join(', ')}) share no comparable indicator with ${
        options.kind === 'latest' ? 'figures' : `${options.kind}s`
      }.`,
    );
  }
  return shared;
}

function indexFigures(figures: readonly Figure[]): Map<string, Figure[]> {
  const index = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!f.indicator) continue;
    const k = key(f.county, f.indicator);
    const list = index.get(k);
    if (list) list.push(f);
    else index.set(k, [f]);
  }
  return index;
}

function key(county: string, indicator: string): string {
  return `${county}\u0000${indicator}`;
}

const kindGroup = (kind: FigureKind) => (kind === 'target' ? 'target' : 'result');

/**
 * The one figure a county shows on an axis. Among figures of the wanted kind that convert to the
 * indicator's unit: one-year figures before multi-year ones, then the report year's (targets) or the
 * most recent (results), then document order.
 */
function chooseFigure(
  figures: readonly Figure[],
  indicator: Indicator,
  kind: RadarKind,
  county: County,
): Candidate | undefined {
  const usable = figures.map((f) => toCandidate(f, indicator)).filter((c): c is Candidate => c !== undefined);
  const results = usable.filter((c) => c.figure.kind !== 'target');
  const targets = usable.filter((c) => c.figure.kind === 'target');
  if (kind === 'actual') return pickResult(results);
  if (kind === 'target') return pickTarget(targets, county.report.year);
  return pickResult(results) ?? pickTarget(targets, county.report.year);
}

const span = (p: Period) => p.end - p.start;

function pickResult(results: readonly Candidate[]): Candidate | undefined {
  // Most recent period end; a one-year figure before a longer one ending the same year; actual before estimate.
  return [...results].sort(
    (a, b) =>
      b.figure.period.end - a.figure.period.end ||
      span(a.figure.period) - span(b.figure.period) ||
      Number(a.figure.kind === 'estimate') - Number(b.figure.kind === 'estimate'),
  )[0];
}

function pickTarget(targets: readonly Candidate[], reportYear: number): Candidate | undefined {
  // The report year's annual target first, then the nearest, shortest plan.
  return [...targets].sort(
    (a, b) =>
      Number(b.figure.period.start === reportYear) - Number(a.figure.period.start === reportYear) ||
      span(a.figure.period) - span(b.figure.period) ||
      a.figure.period.end - b.figure.period.end,
  )[0];
}

/** The figure's value in the indicator's canonical unit, made per-year where a multi-year figure needs it. */
function toCandidate(figure: Figure, indicator: Indicator): Candidate | undefined {
  if (indicator.measure === 'growth' && indicator.unit === '%') return growthCandidate(figure);
  const converted = toIndicatorUnit(figure, indicator);
  if (!converted) return undefined;
  const { value } = converted;
  const hi = converted.valueHi;
  const years = figure.period.end - figure.period.start + 1;
  if (figure.cumulative && indicator.measure === 'level' && years > 1) {
    // A five-year total next to another county's one-year figure: compare yearly means.
    return {
      figure,
      value: value / years,
      ...(hi === undefined ? {} : { valueHi: hi / years }),
      derivation: 'yearly-mean',
    };
  }
  return { figure, value, ...(hi === undefined ? {} : { valueHi: hi }) };
}

/**
 * Growth rates compare per year and signed: 下降3% is −3; 增长50% over 2022–2026 is 8.45% a year;
 * 翻一番 and 倍 become per-year percentages. 个百分点 (additive) does not convert to a rate.
 */
function growthCandidate(figure: Figure): Candidate | undefined {
  if (figure.measure !== 'growth') return undefined;
  const g = growthOfFigure(figure);
  if (!g || !Number.isFinite(g.annualRate)) return undefined;
  const gHi = figure.valueHi === undefined ? null : growthOfFigure(figure, true);
  const hi = gHi && Number.isFinite(gHi.annualRate) ? gHi.annualRate : undefined;
  const [lo, up] =
    hi === undefined ? [g.annualRate, undefined] : [Math.min(g.annualRate, hi), Math.max(g.annualRate, hi)];
  return {
    figure,
    value: lo,
    ...(up === undefined ? {} : { valueHi: up }),
    ...(g.basis === 'over-period' ? { derivation: 'annualised' as const } : {}),
  };
}
