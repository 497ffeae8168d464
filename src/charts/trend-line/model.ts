/**
 * The trend line's size-free model: which view (levels, an index, or growth rates), which marks,
 * and every text the chart shows. Built when data, language or attributes change; `layout.ts`
 * turns it into pixels for each size. Pure: no DOM, no Lit.
 */
import type { Comparator, Period } from '../../data/types.js';
import { indexSeries, type IndicatorSeries, type PointKind, type SeriesPoint } from '../../data/series.js';
import type { Lang } from '../../format/lang.js';
import { formatNumber, formatValue } from '../../format/number.js';
import { formatPeriod, formatYears } from '../../format/period.js';
import { unitName } from '../../format/units.js';
import { indexLabel, pointKindLabel, word } from './words.js';

export interface TrendInput {
  /** County id (stable key, colour slot). */
  readonly key: string;
  /** County name in the chart's language, for direct labels. */
  readonly label: string;
  readonly series: IndicatorSeries;
}

export interface TrendModelOptions {
  readonly lang: Lang;
  /** true: base year = 100; false: stated units; 'auto' (default): index when units differ or only an index path exists. */
  readonly indexed?: boolean | 'auto';
  /** Preferred base year for the index (default: the plans' base year, else the earliest stated level). */
  readonly baseYear?: number;
  /** 'level' (amounts or index) or 'rate' (growth in % a year); 'auto' picks the one with more stated figures. */
  readonly view?: 'level' | 'rate' | 'auto';
}

export type MarkShape = 'circle' | 'diamond';

/** A focusable mark: one stated or derived value, with the words tooltip, table and label need. */
export interface TrendMark {
  /** Stable across sizes: `${county}:${view}:${n}`. */
  readonly key: string;
  readonly seriesIndex: number;
  readonly year: number;
  readonly value: number;
  readonly shape: MarkShape;
  /** Estimates, targets and derived points are hollow; actuals solid. */
  readonly hollow: boolean;
  readonly kind: PointKind;
  readonly valueText: string;
  readonly periodText: string;
  readonly sourceFigureIds: readonly string[];
}

/** A total or a per-year rate over several years, drawn as a horizontal span (also focusable). */
export interface TrendSpanMark {
  readonly key: string;
  readonly seriesIndex: number;
  readonly period: Period;
  /** Height: the yearly mean of a total, or the rate. */
  readonly value: number;
  readonly kind: PointKind;
  /** Short text drawn on the span. */
  readonly label: string;
  readonly valueText: string;
  readonly periodText: string;
  readonly sourceFigureIds: readonly string[];
}

export interface TrendSeriesModel {
  readonly key: string;
  readonly label: string;
  /** Stated achieved values, one per year, joined by the solid line. */
  readonly achieved: readonly { readonly year: number; readonly value: number }[];
  /** The main plan's path (dashed), from its base to its goal. */
  readonly plan: readonly { readonly year: number; readonly value: number }[];
  /** "需年均 +8.45% · 最近 +8% (2021 预计)", placed beside `annotationAt`. */
  readonly annotation: string | null;
  readonly annotationAt: { readonly year: number; readonly value: number } | null;
}

export interface TrendModel {
  readonly lang: Lang;
  readonly view: 'level' | 'rate';
  readonly indexed: boolean;
  readonly baseYear: number | null;
  /** Unit of every value: a base unit, '%' (rate view) or 'index'. */
  readonly unit: string;
  /** What the y axis shows: "Index, 2021 = 100", "元", "增速 (%)". */
  readonly axisLabel: string;
  readonly series: readonly TrendSeriesModel[];
  /** Point marks in reading order: series by series, year by year. */
  readonly marks: readonly TrendMark[];
  readonly spans: readonly TrendSpanMark[];
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

const MARK: Record<Comparator, string> = { '=': '', '>=': '≥', '<=': '≤', '~': '~' };

/** A value as shown: "≥40家", "CNY 11.6 billion", an index "133.3". */
export function valueText(
  v: number,
  hi: number | undefined,
  unit: string,
  comparator: Comparator,
  lang: Lang,
): string {
  if (unit === 'index') return MARK[comparator] + formatNumber(v, lang, { maximumFractionDigits: 1 });
  return formatValue(v, unit, lang, {
    comparator,
    ...(hi !== undefined ? { baseValueHi: hi } : {}),
    significantDigits: 4,
  });
}

/** A signed rate: "+8.45%", "−3%". */
export function rateText(rate: number, lang: Lang): string {
  return formatValue(rate, '%', lang, { sign: 'always', maximumFractionDigits: 2 });
}

/** "2021 预计", "2017–2021 实际", "到2026年目标", "2026 规划推算". */
function pointPeriod(p: SeriesPoint, lang: Lang): string {
  if (p.kind === 'implied' || p.kind === 'base') return `${p.year} ${pointKindLabel(p.kind, lang)}`;
  return formatPeriod({ start: p.periodStart ?? p.year, end: p.year }, p.kind, lang);
}

const statedLevels = (s: IndicatorSeries): number =>
  s.points.length + s.spans.length + s.plans.filter((p) => !p.indexOnly).length;
const statedRates = (s: IndicatorSeries): number =>
  s.rates.length + s.rateSpans.filter((r) => r.kind !== 'implied').length;

/** Pick level/rate and stated units/index, and index the series when needed. */
function prepare(inputs: readonly TrendInput[], o: TrendModelOptions) {
  const notes: string[] = [];
  const levelScore = inputs.reduce((n, i) => n + statedLevels(i.series), 0);
  const rateScore = inputs.reduce((n, i) => n + statedRates(i.series), 0);
  const indexOnly = inputs.some((i) => i.series.plans.some((p) => p.indexOnly));
  const forced = o.view && o.view !== 'auto' ? o.view : o.indexed === true ? 'level' : null;
  // Auto: the view with more stated figures; an index-only plan still beats nothing.
  const view: 'level' | 'rate' =
    forced ?? (levelScore >= 1 && levelScore >= rateScore ? 'level' : rateScore > 0 ? 'rate' : 'level');
  const plain = { view, indexed: false, baseYear: null, notes };
  if (view === 'rate') return { ...plain, series: inputs.map((i) => i.series) };
  const units = new Set(inputs.filter((i) => statedLevels(i.series) > 0).map((i) => i.series.unit));
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
    const series = inputs.map((i) => ({ ...i.series, plans: i.series.plans.filter((p) => !p.indexOnly) }));
    return { ...plain, series };
  }
  // One base year for all when possible: the requested one, else the first plan's base year.
  const preferred = o.baseYear ?? inputs.flatMap((i) => i.series.plans.map((p) => p.period.start))[0];
  const series: IndicatorSeries[] = [];
  const bases = new Map<string, number>();
  for (const i of inputs) {
    const ix = indexSeries(i.series, preferred);
    if (ix) {
      series.push(ix.series);
      bases.set(i.label, ix.baseYear);
    } else {
      series.push({ ...i.series, points: [], spans: [], plans: [] });
      if (!i.series.empty) notes.push(word('notIndexable', o.lang) + i.label);
    }
  }
  const years = new Set(bases.values());
  if (years.size > 1) {
    const list = [...bases].map(([label, y]) => indexLabel(y, o.lang).replace(/^\S+/, label));
    notes.push(`${word('baseYearsDiffer', o.lang)}${list.join(o.lang === 'zh-CN' ? ';' : '; ')}`);
  }
  return {
    view,
    indexed: true,
    baseYear: years.size === 1 ? [...years][0]! : (preferred ?? null),
    series,
    notes,
  };
}

export function trendModel(inputs: readonly TrendInput[], o: TrendModelOptions): TrendModel {
  const lang = o.lang;
  const prep = prepare(inputs, o);
  const { view, indexed } = prep;
  const firstDrawn = prep.series.find((s) => s.points.length + s.spans.length + s.plans.length > 0);
  const unit = view === 'rate' ? '%' : indexed ? 'index' : (firstDrawn?.unit ?? '');
  const marks: TrendMark[] = [];
  const spans: TrendSpanMark[] = [];
  const seriesModels: TrendSeriesModel[] = [];

  prep.series.forEach((s, si) => {
    const { key, label } = inputs[si]!;
    const own: Omit<TrendMark, 'key'>[] = [];
    // When an indicator holds several things, each mark names its own (as the report words it).
    const manySubjects = new Set(s.points.map((p) => p.subject)).size > 1;
    const mark = (p: SeriesPoint): void => {
      own.push({
        seriesIndex: si,
        year: p.year,
        value: p.value,
        shape: SHAPE[p.kind],
        hollow: p.kind !== 'actual',
        kind: p.kind,
        valueText:
          view === 'rate' ? rateText(p.value, lang) : valueText(p.value, p.valueHi, unit, p.comparator, lang),
        periodText: `${pointPeriod(p, lang)}${manySubjects && p.subject ? ` · ${p.subject}` : ''}`,
        sourceFigureIds: p.sourceFigureIds,
      });
    };
    let achieved: SeriesPoint[];
    let plan: SeriesPoint[] = [];
    let annotation: string | null = null;
    let annotationAt: SeriesPoint | null = null;
    if (view === 'level') {
      // The solid line joins one subject only (the plan's, else the latest stated one): an
      // indicator can hold different things (国家级森林村 and 省级村庄绿化标准村), never to be joined.
      const stated = s.points.filter((p) => p.kind === 'actual' || p.kind === 'estimate');
      const subject = s.plans.find((p) => !p.indexOnly)?.points[0]?.subject ?? stated.at(-1)?.subject;
      const done = stated.filter((p) => p.subject === subject);
      achieved = done.filter((p, i) => i === 0 || done[i - 1]!.year !== p.year);
      s.plans.forEach((pl, pi) => {
        // The main plan is drawn in full; shorter ones (a one-year target) only as their end point.
        if (pi === 0) plan = [...pl.points];
        const end = pl.points.at(-1)!;
        if (end.kind === 'implied') mark(end);
        if (pi === 0 && pl.indexOnly) mark(pl.points[0]!);
      });
      for (const p of s.points) mark(p);
      s.spans.forEach((sp) => {
        const total = valueText(sp.total, sp.totalHi, unit, sp.comparator, lang);
        spans.push({
          key: `${key}:${view}:span-${spans.length}`,
          seriesIndex: si,
          period: sp.period,
          value: sp.yearlyMean,
          kind: sp.kind,
          label: `${word('total', lang)} ${total}`,
          valueText: `${total} (${word('yearlyMean', lang)} ${valueText(sp.yearlyMean, undefined, unit, '=', lang)})`,
          periodText: `${formatYears(sp.period)} ${pointKindLabel(sp.kind, lang)}`,
          sourceFigureIds: sp.sourceFigureIds,
        });
      });
      if (s.requiredRate !== null && s.plans.length > 0) {
        const latest = s.latestRate;
        annotation =
          (inputs.length > 1 ? `${label}${lang === 'zh-CN' ? ':' : ': '}` : '') +
          `${word('needs', lang)} ${rateText(s.requiredRate, lang)}${word('perYear', lang)}` +
          (latest
            ? ` · ${word('latest', lang)} ${rateText(latest.rate, lang)} (${formatYears(latest.period)} ${pointKindLabel(latest.kind, lang)})`
            : '');
        annotationAt = s.plans[0]!.points[0]!;
      }
    } else {
      achieved = s.rates.filter((p) => p.kind === 'actual' || p.kind === 'estimate');
      const lastDone = achieved.at(-1);
      const next = s.rates.find((p) => p.kind === 'target' && (!lastDone || p.year > lastDone.year));
      if (lastDone && next) plan = [lastDone, next];
      for (const p of s.rates) mark(p);
      s.rateSpans.forEach((r) => {
        const rate = `${rateText(r.rate, lang)}${word('perYear', lang)}`;
        spans.push({
          key: `${key}:${view}:span-${spans.length}`,
          seriesIndex: si,
          period: r.period,
          value: r.rate,
          kind: r.kind,
          label: lang === 'zh-CN' ? `${word('yearlyMean', lang)} ${rate}` : rate,
          valueText: rate,
          periodText: `${formatYears(r.period)} ${pointKindLabel(r.kind, lang)}`,
          sourceFigureIds: r.sourceFigureIds,
        });
      });
    }
    own.sort((a, b) => a.year - b.year);
    own.forEach((m, n) => marks.push({ ...m, key: `${key}:${view}:${n}` }));
    const xy = (p: SeriesPoint) => ({ year: p.year, value: p.value });
    seriesModels.push({
      key,
      label,
      achieved: achieved.map(xy),
      plan: plan.map(xy),
      annotation,
      annotationAt: annotationAt ? xy(annotationAt) : null,
    });
  });

  const empty = marks.length + spans.length === 0;
  const notes = [...prep.notes, ...(empty ? [word('empty', lang)] : [])];
  const axisLabel =
    view === 'rate'
      ? `${word('rate', lang)} (%)`
      : indexed
        ? indexLabel(prep.baseYear ?? 0, lang)
        : unitName(unit, lang);
  return {
    lang,
    view,
    indexed,
    baseYear: prep.baseYear,
    unit,
    axisLabel,
    series: seriesModels,
    marks,
    spans,
    notes,
    empty,
  };
}
