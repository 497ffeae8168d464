/**
 * The trend line's view model: (series, size, options) → marks in pixels. Pure: no DOM, no Lit.
 *
 * Encoding: achieved levels (actual solid dots, estimates hollow) joined by a solid line; the path a
 * plan implies dashed, ending at a target diamond; five-year totals as spans at their yearly mean;
 * the Five-Year Plan period (十四五, 2021–2025) shaded and named behind the plot.
 */
import { line } from 'd3-shape';
import type { Comparator, Period } from '../../data/types.js';
import { indexSeries, type IndicatorSeries, type PointKind, type SeriesPoint } from '../../data/series.js';
import type { Lang } from '../../format/lang.js';
import { formatNumber, formatValue } from '../../format/number.js';
import { formatYears } from '../../format/period.js';
import { unitName } from '../../format/units.js';
import { linearScale, niceDomain } from '../core/scales.js';
import { estimateTextWidth } from '../core/text-fit.js';
import { fiveYearPlan, fiveYearPlanName, indexLabel, pointKindLabel, word } from './words.js';

export interface TrendInput {
  /** County id (stable key, colour slot). */
  readonly key: string;
  /** County name in the chart's language, for direct labels. */
  readonly label: string;
  readonly series: IndicatorSeries;
}

export interface TrendOptions {
  readonly width: number;
  readonly height: number;
  readonly lang: Lang;
  /** true: base year = 100; false: stated units; 'auto' (default): index when units differ or only an index path exists. */
  readonly indexed?: boolean | 'auto';
  /** Preferred base year for the index (default: the plans' base year, else the earliest stated level). */
  readonly baseYear?: number;
  /** 'level' (amounts or index) or 'rate' (growth in % a year); 'auto' picks the one with more stated figures. */
  readonly view?: 'level' | 'rate' | 'auto';
  readonly fontSize?: number;
}

export type MarkShape = 'circle' | 'diamond';

/** A focusable mark: one stated or derived value, with what the tooltip and table need. */
export interface TrendPoint {
  readonly id: string;
  readonly seriesIndex: number;
  readonly x: number;
  readonly y: number;
  readonly shape: MarkShape;
  /** Estimates and targets are hollow; actuals solid. */
  readonly hollow: boolean;
  readonly kind: PointKind;
  readonly period: Period;
  readonly value: number;
  readonly valueText: string;
  readonly periodText: string;
  readonly seriesLabel: string;
  readonly sourceFigureIds: readonly string[];
}

export interface TrendLine {
  readonly seriesIndex: number;
  readonly role: 'achieved' | 'plan';
  readonly d: string;
}

/** A total or a per-year rate over several years, drawn as a horizontal span. */
export interface TrendSpan {
  readonly id: string;
  readonly seriesIndex: number;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly kind: PointKind;
  readonly label: string;
  readonly period: Period;
  readonly valueText: string;
  readonly periodText: string;
  readonly seriesLabel: string;
  readonly sourceFigureIds: readonly string[];
}

export interface TrendText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'end' | 'middle';
  readonly seriesIndex: number;
}

export interface Tick {
  readonly value: number;
  readonly pos: number;
  readonly label: string;
}

export interface PlanBand {
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
  readonly current: boolean;
}

export interface TrendLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
  readonly view: 'level' | 'rate';
  readonly indexed: boolean;
  /** What the y axis shows: "Index, 2021 = 100", "亿元", "Growth rate (%)". */
  readonly axisLabel: string;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly bands: readonly PlanBand[];
  readonly lines: readonly TrendLine[];
  readonly spans: readonly TrendSpan[];
  /** Focusable marks in reading order: series by series, year by year. */
  readonly points: readonly TrendPoint[];
  readonly labels: readonly TrendText[];
  readonly annotations: readonly TrendText[];
  readonly notes: readonly string[];
  readonly empty: boolean;
}

const SHAPE: Record<PointKind, MarkShape> = {
  actual: 'circle',
  estimate: 'circle',
  base: 'circle',
  target: 'diamond',
  implied: 'diamond',
};

function valueText(
  v: number,
  hi: number | undefined,
  unit: string,
  comparator: Comparator,
  lang: Lang,
): string {
  if (unit === 'index')
    return (
      (comparator === '=' ? '' : { '>=': '≥', '<=': '≤', '~': '~' }[comparator]) +
      formatNumber(v, lang, { maximumFractionDigits: 1 })
    );
  return formatValue(v, unit, lang, {
    comparator,
    ...(hi !== undefined ? { baseValueHi: hi } : {}),
    significantDigits: 4,
  });
}

function rateText(rate: number, lang: Lang): string {
  return formatValue(rate, '%', lang, { sign: 'always', maximumFractionDigits: 2 });
}

/** Pick index/absolute and level/rate, and index the series when needed. */
function prepare(inputs: readonly TrendInput[], o: TrendOptions) {
  const notes: string[] = [];
  const stated = (s: IndicatorSeries) =>
    s.points.length + s.spans.length + s.plans.filter((p) => !p.indexOnly).length;
  const rated = (s: IndicatorSeries) =>
    s.rates.length + s.rateSpans.filter((r) => r.kind !== 'implied').length;
  const levelScore = inputs.reduce((n, i) => n + stated(i.series), 0);
  const rateScore = inputs.reduce((n, i) => n + rated(i.series), 0);
  const indexOnly = inputs.some((i) => i.series.plans.some((p) => p.indexOnly));
  let view: 'level' | 'rate' =
    o.view && o.view !== 'auto'
      ? o.view
      : levelScore >= 1 && levelScore >= rateScore
        ? 'level'
        : rateScore > 0
          ? 'rate'
          : 'level';
  if (o.indexed === true && (!o.view || o.view === 'auto')) view = 'level';
  if (view === 'rate')
    return { view, indexed: false, baseYear: null, series: inputs.map((i) => i.series), notes };
  const units = new Set(inputs.filter((i) => stated(i.series) > 0).map((i) => i.series.unit));
  let indexed = o.indexed === true;
  if ((o.indexed ?? 'auto') === 'auto') {
    if (units.size > 1) {
      indexed = true;
      notes.push(word('mixedUnits', o.lang));
    } else if (levelScore === 0 && indexOnly) {
      indexed = true;
      notes.push(word('noBase', o.lang));
    }
  }
  if (!indexed) {
    if (indexOnly) notes.push(word('indexOnlyHidden', o.lang));
    return {
      view,
      indexed,
      baseYear: null,
      series: inputs.map((i) => ({ ...i.series, plans: i.series.plans.filter((p) => !p.indexOnly) })),
      notes,
    };
  }
  // One base year for all: the requested one, else the plans' base year, else per-series earliest.
  const planBase = inputs.flatMap((i) => i.series.plans.map((p) => p.period.start))[0];
  const preferred = o.baseYear ?? planBase;
  const series: IndicatorSeries[] = [];
  const bases = new Set<number>();
  for (const i of inputs) {
    const ix = indexSeries(i.series, preferred);
    if (ix) {
      series.push(ix.series);
      bases.add(ix.baseYear);
    } else {
      series.push({ ...i.series, points: [], spans: [], plans: [] });
      if (!i.series.empty) notes.push(word('notIndexable', o.lang) + i.label);
    }
  }
  return {
    view,
    indexed,
    baseYear: bases.size === 1 ? [...bases][0]! : (preferred ?? null),
    series,
    notes,
    bases,
  };
}

export function trendLayout(inputs: readonly TrendInput[], o: TrendOptions): TrendLayout {
  const fs = o.fontSize ?? 12;
  const lang = o.lang;
  const prep = prepare(inputs, o);
  const { view, indexed } = prep;
  const series = prep.series;
  const notes = [...prep.notes];

  // Collect values and years for the scales.
  const years: number[] = [];
  const values: number[] = [];
  const add = (year: number, ...v: number[]): void => {
    years.push(year);
    values.push(...v);
  };
  for (const s of series) {
    if (view === 'level') {
      for (const p of s.points) add(p.year, p.value, p.valueHi ?? p.value);
      for (const sp of s.spans) {
        add(sp.period.start, sp.yearlyMean);
        add(sp.period.end);
      }
      for (const pl of s.plans) for (const p of pl.points) add(p.year, p.value, p.valueHi ?? p.value);
    } else {
      for (const p of s.rates) add(p.year, p.value, p.valueHi ?? p.value);
      for (const r of s.rateSpans) {
        add(r.period.start, r.rate);
        add(r.period.end);
      }
    }
  }
  const unit =
    view === 'rate'
      ? '%'
      : indexed
        ? 'index'
        : (series.find((s) => s.points.length + s.spans.length + s.plans.length > 0)?.unit ?? '');
  const axisLabel =
    view === 'rate'
      ? `${word('rate', lang)} (%)`
      : indexed
        ? indexLabel(prep.baseYear ?? years[0] ?? 0, lang)
        : unitName(unit, lang);
  const empty = years.length === 0;

  // Margins: left for y tick labels, right for direct labels, top for the plan band's name.
  // Rates and stated amounts start at zero; an index is read against 100, so it need not.
  const includeZero = view === 'rate' || (!indexed && values.every((v) => v >= 0));
  const yDomain = niceDomain(indexed ? [...values, 100] : values, {
    includeZero,
    count: o.height < 240 ? 4 : 5,
  });
  const yTickValues = linearScale(yDomain, [0, 1]).ticks(o.height < 240 ? 4 : 5);
  const yTickText = yTickValues.map((v) => tickText(v, unit, lang));
  const left = Math.ceil(Math.max(24, ...yTickText.map((t) => estimateTextWidth(t, fs - 1))) + 8);
  const right = Math.min(Math.round(o.width * 0.3), inputs.length > 1 ? 96 : 72);
  const top = fs * 2 + 6;
  const bottom = fs + 14;
  const plot = {
    left,
    top,
    right: Math.max(left + 10, o.width - right),
    bottom: Math.max(top + 10, o.height - bottom),
  };

  const minYear = years.length ? Math.min(...years) : 2021;
  const maxYear = years.length ? Math.max(...years) : 2026;
  const pad = maxYear === minYear ? 1 : 0.5;
  const x = linearScale([minYear - pad, maxYear + pad], [plot.left, plot.right]);
  const y = linearScale(yDomain, [plot.bottom, plot.top]);

  // Year ticks: every year when there is room (≥ 34px per year), else every other.
  const every = Math.max(1, Math.ceil(34 / Math.max(1, x(minYear + 1) - x(minYear))));
  const xTicks: Tick[] = [];
  for (let yr = minYear; yr <= maxYear; yr++) {
    if ((yr - minYear) % every === 0 || yr === maxYear)
      xTicks.push({ value: yr, pos: x(yr), label: String(yr) });
  }
  if (xTicks.length >= 2 && xTicks.at(-1)!.pos - xTicks.at(-2)!.pos < 30) xTicks.splice(-2, 1);
  const yTicks: Tick[] = yTickValues.map((v, i) => ({ value: v, pos: y(v), label: yTickText[i]! }));

  // Five-Year Plan bands within the axis: the current one (十四五) shaded, neighbours only named.
  const bands: PlanBand[] = [];
  if (!empty) {
    for (let start = fiveYearPlan(minYear).start; start <= maxYear; start += 5) {
      const fyp = fiveYearPlan(start);
      const x0 = Math.max(plot.left, x(fyp.start - 0.5));
      const x1 = Math.min(plot.right, x(fyp.end + 0.5));
      if (x1 - x0 < 4) continue;
      const name = fiveYearPlanName(fyp.ordinal, lang);
      const full = `${name} ${fyp.start}–${fyp.end}`;
      bands.push({
        x0,
        x1,
        label: estimateTextWidth(full, fs - 1) <= x1 - x0 - 8 ? full : name,
        current: fyp.ordinal === 14,
      });
    }
  }

  const points: TrendPoint[] = [];
  const lines: TrendLine[] = [];
  const spans: TrendSpan[] = [];
  const labels: TrendText[] = [];
  const annotations: TrendText[] = [];
  const path = line<SeriesPoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));

  series.forEach((s, si) => {
    const label = inputs[si]!.label;
    const mkPoint = (p: SeriesPoint, n: number): TrendPoint => ({
      id: `${inputs[si]!.key}-${view}-${n}`,
      seriesIndex: si,
      x: x(p.year),
      y: y(p.value),
      shape: SHAPE[p.kind],
      hollow: p.kind !== 'actual',
      kind: p.kind,
      period: { start: p.year, end: p.year },
      value: p.value,
      valueText:
        view === 'rate' ? rateText(p.value, lang) : valueText(p.value, p.valueHi, unit, p.comparator, lang),
      periodText: `${p.year} ${pointKindLabel(p.kind, lang)}`,
      seriesLabel: label,
      sourceFigureIds: p.sourceFigureIds,
    });
    const own: TrendPoint[] = [];
    if (view === 'level') {
      const achieved = s.points.filter(
        (p) => p.kind === 'actual' || p.kind === 'estimate' || p.kind === 'base',
      );
      const oneAYear = achieved.filter((p, i) => i === 0 || achieved[i - 1]!.year !== p.year);
      if (oneAYear.length > 1) lines.push({ seriesIndex: si, role: 'achieved', d: path(oneAYear) ?? '' });
      s.plans.forEach((pl, pi) => {
        // The main plan is drawn in full; shorter ones (a one-year target) only as their end point.
        if (pi === 0)
          lines.push({ seriesIndex: si, role: 'plan', d: path(pl.points as SeriesPoint[]) ?? '' });
        const end = pl.points.at(-1)!;
        if (end.kind === 'implied') own.push(mkPoint(end, own.length));
        if (pi === 0 && pl.indexOnly) own.push(mkPoint(pl.points[0]!, own.length));
      });
      for (const p of s.points) own.push(mkPoint(p, own.length));
      s.spans.forEach((sp, i) => {
        const total = valueText(sp.total, sp.totalHi, unit, sp.comparator, lang);
        spans.push({
          id: `${inputs[si]!.key}-span-${i}`,
          seriesIndex: si,
          x0: x(sp.period.start - 0.4),
          x1: x(sp.period.end + 0.4),
          y: y(sp.yearlyMean),
          kind: sp.kind,
          period: sp.period,
          label: `${word('total', lang)} ${total}`,
          valueText: `${total} (${word('yearlyMean', lang)} ${valueText(sp.yearlyMean, undefined, unit, '=', lang)})`,
          periodText: `${formatYears(sp.period)} ${pointKindLabel(sp.kind, lang)}`,
          seriesLabel: label,
          sourceFigureIds: sp.sourceFigureIds,
        });
      });
    } else {
      const achieved = s.rates.filter((p) => p.kind === 'actual' || p.kind === 'estimate');
      if (achieved.length > 1) lines.push({ seriesIndex: si, role: 'achieved', d: path(achieved) ?? '' });
      const lastDone = achieved.at(-1);
      const nextTarget = s.rates.find((p) => p.kind === 'target' && (!lastDone || p.year > lastDone.year));
      if (lastDone && nextTarget)
        lines.push({ seriesIndex: si, role: 'plan', d: path([lastDone, nextTarget]) ?? '' });
      for (const p of s.rates) own.push(mkPoint(p, own.length));
      s.rateSpans.forEach((r, i) => {
        const text = `${word('yearlyMean', lang)} ${rateText(r.rate, lang)}`;
        spans.push({
          id: `${inputs[si]!.key}-rate-span-${i}`,
          seriesIndex: si,
          x0: x(r.period.start - 0.4),
          x1: x(r.period.end + 0.4),
          y: y(r.rate),
          kind: r.kind,
          period: r.period,
          label: lang === 'zh-CN' ? text : `${rateText(r.rate, lang)}${word('perYear', lang)}`,
          valueText: `${rateText(r.rate, lang)}${word('perYear', lang)}`,
          periodText: `${formatYears(r.period)} ${pointKindLabel(r.kind, lang)}`,
          seriesLabel: label,
          sourceFigureIds: r.sourceFigureIds,
        });
      });
    }
    own.sort((a, b) => a.period.start - b.period.start || a.x - b.x);
    own.forEach((p, n) => points.push({ ...p, id: `${inputs[si]!.key}-${view}-${n}` }));

    // Direct label at the line's right end: the county (when several) and the last value.
    const last = own.at(-1);
    if (last) {
      const name = inputs.length > 1 ? `${label} ` : '';
      labels.push({
        x: last.x + 8,
        y: last.y,
        text: `${name}${last.valueText}`,
        anchor: 'start',
        seriesIndex: si,
      });
    }
    // Required versus latest rate, beside the latest achieved point (or the plan's start).
    const need = s.requiredRate;
    if (view === 'level' && need !== null && s.plans.length > 0) {
      const anchorPoint = s.plans[0]!.points[0]!;
      const latest = s.latestRate;
      const needText = `${word('needs', lang)} ${rateText(need, lang)}${word('perYear', lang)}`;
      const latestText = latest
        ? ` · ${word('latest', lang)} ${rateText(latest.rate, lang)} (${formatYears(latest.period)} ${pointKindLabel(latest.kind, lang)})`
        : '';
      annotations.push({
        x: x(anchorPoint.year),
        y: y(anchorPoint.value) - 10,
        text: needText + latestText,
        anchor: 'start',
        seriesIndex: si,
      });
    }
  });

  spreadLabels(labels, fs + 2, plot);
  fitAnnotations(annotations, fs, plot, o.width);
  if (empty) notes.push(word('empty', lang));
  return {
    width: o.width,
    height: o.height,
    plot,
    view,
    indexed,
    axisLabel,
    xTicks,
    yTicks,
    bands,
    lines,
    spans,
    points,
    labels,
    annotations,
    notes,
    empty,
  };
}

function tickText(v: number, unit: string, lang: Lang): string {
  if (unit === '%') return `${formatNumber(v, lang)}%`;
  return formatNumber(v, lang, { maximumFractionDigits: 1 });
}

/** Push direct labels apart vertically so they never overlap, keeping them inside the plot. */
function spreadLabels(labels: TrendText[], gap: number, plot: TrendLayout['plot']): void {
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => a.l.y - b.l.y);
  let prev = -Infinity;
  for (const o of order) {
    const yv = Math.max(o.l.y, prev + gap, plot.top + gap / 2);
    labels[o.i] = { ...o.l, y: yv };
    prev = yv;
  }
  // Shift all up if the last one fell below the plot.
  const overflow = prev - plot.bottom;
  if (overflow > 0) for (const o of order) labels[o.i] = { ...labels[o.i]!, y: labels[o.i]!.y - overflow };
}

/** Keep annotations inside the chart: flip to end-anchored when they would overrun the right edge. */
function fitAnnotations(notes: TrendText[], fs: number, plot: TrendLayout['plot'], width: number): void {
  notes.forEach((a, i) => {
    const w = estimateTextWidth(a.text, fs - 1);
    let xv = a.x;
    let anchor: TrendText['anchor'] = 'start';
    if (xv + w > width - 4) {
      xv = Math.max(w + 4, Math.min(width - 4, a.x));
      anchor = 'end';
      if (xv - w < 4) {
        xv = 4;
        anchor = 'start';
      }
    }
    notes[i] = { ...a, x: xv, anchor, y: Math.max(plot.top + fs, a.y - i * (fs + 4)) };
  });
}
