/**
 * Data → what the trend line says, without geometry. Pure: no DOM, no Lit.
 * - `trendModel`: which view (levels, an index, or growth rates), which marks, and the words each
 *   mark carries; `layout.ts` turns it into pixels for each size.
 * - `describeTrend`: resolves the attributes against the dataset (or figures given by code) and adds
 *   title, legend, notes, summary, the marks' accessible names and tooltips quoting the report, table.
 */
import { countyById, indicatorById } from '../../data/by-id.js';
import { indexSeries, indicatorPair, indicatorSeries, seriesFromFigures } from '../../data/series.js';
import type { IndicatorSeries, PointKind, SeriesPoint } from '../../data/series.js';
import type { County, Dataset, Figure, Period } from '../../data/types.js';
import { kindLabel } from '../../format/labels.js';
import { formatValue } from '../../format/number.js';
import { formatPeriod, formatYears } from '../../format/period.js';
import { unitName } from '../../format/units.js';
import { chartErrors } from '../core/errors.js';
import { sourceLine } from '../core/frame.js';
import { pick, type Lang } from '../core/language.js';
import { figureQuotes } from '../core/tooltip.js';
import type { ChartDescription, LegendItem } from '../core/view.js';

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

/**
 * A focusable mark: a stated or derived value at one year (a point), or a total or a per-year rate
 * over several years (a span, drawn as a bar over its years at the yearly mean or the rate).
 */
export interface TrendMark {
  /** Stable across sizes: `${county}:${view}:${n}`. */
  readonly key: string;
  readonly seriesIndex: number;
  /** A point's year; a span's first year (its place in keyboard order). */
  readonly year: number;
  readonly value: number;
  /** actual solid; estimate, target and derived (implied, base) hollow; targets and implied diamonds. */
  readonly kind: PointKind;
  readonly valueText: string;
  /** "2021 预计", "到2026年目标", "2026 规划推算" (the kind included). */
  readonly periodText: string;
  /** How a derived value was derived (tooltip and accessible name). */
  readonly note?: string;
  readonly sourceFigureIds: readonly string[];
  /** Spans only: the years covered. */
  readonly period?: Period;
  /** Spans only: the short text drawn on the span ("累计 116亿元", "年均 +6%"). */
  readonly label?: string;
}

type XY = { readonly year: number; readonly value: number };

export interface TrendSeriesModel {
  readonly key: string;
  readonly label: string;
  /** Stated achieved values, one per year, joined by the solid line. */
  readonly achieved: readonly XY[];
  /** The main plan's path (dashed), from its base to its goal. */
  readonly plan: readonly XY[];
  /** The rate the plan requires against the latest rate, "需年均 +8.45% · 最近 +8% (2021 预计)". */
  readonly annotation?: string;
  /** Where the annotation goes: the plan's start. */
  readonly annotationAt?: XY;
  /** The direct label at the last point: its value, after the county's name when several share the chart. */
  readonly end?: XY & { readonly text: string };
}

export interface TrendModel {
  readonly lang: Lang;
  readonly view: 'level' | 'rate';
  readonly indexed: boolean;
  /** Unit of every value: a base unit, '%' (rate view) or 'index'. */
  readonly unit: string;
  /** What the y axis shows: "Index, 2021 = 100", "元", "增速 (%)". */
  readonly axisLabel: string;
  readonly series: readonly TrendSeriesModel[];
  /** Every mark in keyboard order: series by series, year by year, a span before a point of its first year. */
  readonly items: readonly TrendMark[];
  /** The points of `items`. */
  readonly marks: readonly TrendMark[];
  readonly notes: readonly string[];
  readonly empty: boolean;
}

export interface TrendRequest {
  readonly counties: readonly string[];
  readonly indicator: string | undefined;
  readonly indexed: boolean | 'auto';
  readonly view: 'level' | 'rate' | 'auto' | undefined;
  readonly baseYear: number | undefined;
  readonly lang: Lang;
}

export interface TrendDescription extends ChartDescription {
  readonly model: TrendModel;
  /** The model's marks in keyboard order (= `marks`): points and spans. */
  readonly items: readonly TrendMark[];
}

/** The Chinese or the English of a pair. */
const tr = (lang: Lang, zh: string, en: string): string => (lang === 'zh-CN' ? zh : en);

/** 实际 / 预计 / 目标 / 规划推算 (implied by a plan) / 基期 (the base of an index). */
const kindText = (kind: PointKind, lang: Lang): string =>
  kind === 'implied'
    ? tr(lang, '规划推算', 'implied by plan')
    : kind === 'base'
      ? tr(lang, '基期', 'base')
      : kindLabel(kind, lang);

/** A signed rate: "+8.45%"; `perYear` adds the English "/yr". */
const rateText = (rate: number, lang: Lang, perYear?: boolean): string =>
  formatValue(rate, '%', lang, { sign: 'always', maximumFractionDigits: 2 }) +
  (perYear ? tr(lang, '', '/yr') : '');

const EMPTY = (lang: Lang): string =>
  tr(lang, '报告中没有可绘制的数据。', 'The report gives nothing to chart here.');

const achievedKind = (p: { kind: PointKind }) => p.kind === 'actual' || p.kind === 'estimate';
const finite = (p: XY) => Number.isFinite(p.value);
/** Stated levels (points, totals, plans with a base) and stated rates: the view with more wins. */
const levelsOf = (s: IndicatorSeries) =>
  s.points.length + s.spans.length + s.plans.filter((p) => !p.indexOnly).length;
const ratesOf = (s: IndicatorSeries) =>
  s.rates.length + s.rateSpans.filter((r) => r.kind !== 'implied').length;

export function trendModel(inputs: readonly TrendInput[], o: TrendModelOptions): TrendModel {
  const { lang } = o;
  const t = (zh: string, en: string) => tr(lang, zh, en);
  const notes: string[] = [];
  const count = (f: (s: IndicatorSeries) => number) => inputs.reduce((n, i) => n + f(i.series), 0);
  const levels = count(levelsOf);
  const rates = count(ratesOf);
  const indexOnly = inputs.some((i) => i.series.plans.some((p) => p.indexOnly));
  // Forced by attribute (indexed implies levels), else the view with more stated figures; an
  // index-only plan still beats nothing.
  const view =
    o.view && o.view !== 'auto'
      ? o.view
      : o.indexed !== true && rates && !(levels && levels >= rates)
        ? 'rate'
        : 'level';
  const level = view === 'level';
  let indexed = level && o.indexed === true;
  let series = inputs.map((i) => i.series);
  if (level && (o.indexed ?? 'auto') === 'auto') {
    if (new Set(inputs.filter((i) => levelsOf(i.series)).map((i) => i.series.unit)).size > 1)
      notes.push(
        t(
          '各县单位或规模不同,以指数表示。',
          'Units or sizes differ between counties, so values are indexed.',
        ),
      );
    else if (!levels && indexOnly)
      notes.push(
        t(
          '报告未给出基期数值,规划路径以指数表示(基期=100)。',
          'The report gives no base level, so the planned path is shown as an index (base = 100).',
        ),
      );
    indexed = !!notes.length;
  }
  // The index's base year when all counties share one (else each one's is in the notes).
  let baseYear: number | undefined;
  if (indexed) {
    // One base year for all when possible: the requested one, else the first plan's base year.
    const preferred = o.baseYear ?? series.flatMap((s) => s.plans.map((p) => p.period.start))[0];
    const bases = new Map<string, number>();
    series = inputs.map((i) => {
      const ix = indexSeries(i.series, preferred);
      if (ix) return (bases.set(i.label, ix.baseYear), ix.series);
      if (!i.series.empty) notes.push(t('无基期数值,无法换算为指数:', 'No base level to index: ') + i.label);
      return { ...i.series, points: [], spans: [], plans: [] };
    });
    const years = new Set(bases.values());
    if (years.size > 1)
      notes.push(
        t('各县基期不同:', 'Base years differ: ') +
          [...bases].map(([label, y]) => `${label} ${y}${t('年', '')} = 100`).join('; '),
      );
    if (years.size === 1) [baseYear] = years;
  } else if (level) {
    if (indexOnly)
      notes.push(
        t(
          '增长目标无基期数值,切换为指数模式可见其路径。',
          'A growth goal has no base level; indexed mode shows its path.',
        ),
      );
    series = series.map((s) => ({ ...s, plans: s.plans.filter((p) => !p.indexOnly) }));
  }
  const unit = level
    ? indexed
      ? 'index'
      : (series.find((s) => s.points.length + s.spans.length + s.plans.length)?.unit ?? '')
    : '%';
  /** "≥40家", "CNY 11.6 billion"; an index without unit ("≥133.3"); a rate signed ("+8%"). */
  const valueText = (v: number, comparator: SeriesPoint['comparator'], hi?: number) =>
    level
      ? formatValue(v, unit, lang, { comparator, baseValueHi: hi, significantDigits: 4, unit: !indexed })
      : rateText(v, lang);
  const implied = (rate: number | null): string =>
    t('由规划目标推算,非报告数值', 'Implied by the plan, not a reported value') +
    (rate === null ? '' : t(';年均 ', ': ') + rateText(rate, lang, true));

  const items: TrendMark[] = [];
  const seriesModels = series.map((s, seriesIndex): TrendSeriesModel => {
    const { key, label } = inputs[seriesIndex]!;
    const own: Omit<TrendMark, 'key'>[] = [];
    // When an indicator holds several things, each mark names its own (as the report words it).
    const manySubjects = new Set(s.points.map((p) => p.subject)).size > 1;
    const add = (
      { kind, sourceFigureIds }: { kind: PointKind; sourceFigureIds: readonly string[] },
      m: Omit<TrendMark, 'key' | 'seriesIndex' | 'kind' | 'sourceFigureIds'>,
    ) => own.push({ seriesIndex, kind, sourceFigureIds, ...m });
    const mark = (p: SeriesPoint, note?: string) =>
      add(p, {
        year: p.year,
        value: p.value,
        valueText: valueText(p.value, p.comparator, p.valueHi),
        periodText:
          (p.kind === 'implied' || p.kind === 'base'
            ? `${p.year} ${kindText(p.kind, lang)}`
            : formatPeriod({ start: p.periodStart ?? p.year, end: p.year }, p.kind, lang)) +
          (manySubjects && p.subject ? ` · ${p.subject}` : ''),
        note,
      });
    const span = (
      r: { period: Period; kind: PointKind; sourceFigureIds: readonly string[] },
      value: number,
      text: string,
      label: string,
    ) =>
      add(r, {
        year: r.period.start,
        value,
        valueText: text,
        periodText: `${formatYears(r.period)} ${kindText(r.kind, lang)}`,
        note:
          r.kind === 'implied'
            ? implied(value)
            : level
              ? t('多年累计,高度为年均值', 'A total over several years, drawn at its yearly mean')
              : undefined,
        period: r.period,
        label,
      });
    let achieved: readonly SeriesPoint[];
    let plan: readonly SeriesPoint[] = [];
    let annotation: string | undefined;
    if (level) {
      // The solid line joins one subject only (the plan's, else the latest stated one): an
      // indicator can hold different things (国家级森林村 and 省级村庄绿化标准村), never to be joined.
      const stated = s.points.filter(achievedKind);
      const subject = s.plans.find((p) => !p.indexOnly)?.points[0]?.subject ?? stated.at(-1)?.subject;
      const done = stated.filter((p) => p.subject === subject);
      achieved = done.filter((p, i) => done[i - 1]?.year !== p.year);
      s.plans.forEach((pl, i) => {
        // The main plan is drawn in full; shorter ones (a one-year target) only as their end point.
        const end = pl.points.at(-1)!;
        if (end.kind === 'implied') mark(end, implied(pl.annualRate));
        if (!i) {
          plan = pl.points;
          if (pl.indexOnly)
            mark(
              pl.points[0]!,
              t(
                '指数基期=100,报告未给出该年数值',
                'Index base = 100; the report gives no value for this year',
              ),
            );
        }
      });
      s.points.forEach((p) => mark(p));
      for (const sp of s.spans) {
        const total = valueText(sp.total, sp.comparator, sp.totalHi);
        span(
          sp,
          sp.yearlyMean,
          `${total} (${t('年均', 'a year')} ${valueText(sp.yearlyMean, '=')})`,
          `${t('累计', 'total')} ${total}`,
        );
      }
      const latest = s.latestRate;
      if (s.requiredRate !== null && plan.length)
        annotation =
          `${t('需年均', 'needs')} ${rateText(s.requiredRate, lang, true)}` +
          (latest
            ? ` · ${t('最近', 'latest')} ${rateText(latest.rate, lang)} (${formatYears(latest.period)} ${kindText(latest.kind, lang)})`
            : '');
    } else {
      achieved = s.rates.filter(achievedKind);
      const last = achieved.at(-1);
      const next = s.rates.find((p) => p.kind === 'target' && p.year > (last?.year ?? 0));
      if (last && next) plan = [last, next];
      s.rates.forEach((p) => mark(p));
      for (const r of s.rateSpans) {
        const rate = rateText(r.rate, lang, true);
        span(r, r.rate, rate, t(`年均 ${rate}`, rate));
      }
    }
    // Non-finite values (an index that overflows, junk given by code) are never drawn.
    const kept = own.filter(finite).sort((a, b) => a.year - b.year || +!a.period - +!b.period);
    kept.forEach((m, n) => items.push({ ...m, key: `${key}:${view}:${n}` }));
    const last = kept.filter((m) => !m.period).at(-1);
    const at = plan.find(finite);
    return {
      key,
      label,
      achieved: achieved.filter(finite),
      plan: plan.filter(finite),
      ...(annotation && at && { annotation, annotationAt: at }),
      ...(last && { end: { ...last, text: (inputs.length > 1 ? label + ' ' : '') + last.valueText } }),
    };
  });

  return {
    lang,
    view,
    indexed,
    unit,
    axisLabel: level
      ? indexed
        ? t(`指数(${baseYear ? baseYear + '年' : '基期'}=100)`, `Index, ${baseYear ?? 'base year'} = 100`)
        : unitName(unit, lang)
      : `${t('增速', 'Growth rate')} (%)`,
    series: seriesModels,
    items,
    marks: items.filter((m) => !m.period),
    notes,
    empty: !items.length,
  };
}

export function describeTrend(
  dataset: Dataset | undefined,
  figures: readonly Figure[] | undefined,
  req: TrendRequest,
): TrendDescription {
  const { lang, indicator: id } = req;
  const t = (zh: string, en: string) => tr(lang, zh, en);
  let inputs: TrendInput[];
  let counties: County[] = [];
  const indicator = dataset && id !== undefined ? indicatorById(dataset, id) : undefined;
  if (figures) {
    // Figures given by code (e.g. the CLI's output for an unseen report): grouped by county,
    // matched by indicator id or subject.
    // With a dataset beside them its catalogue still names the county and the indicator, pairs a
    // level with its growth rate and converts units, as for the dataset's own figures.
    const pair = dataset && id ? indicatorPair(dataset.indicators, id) : undefined;
    const wanted = [id, pair?.level?.id, pair?.growth?.id];
    inputs = (
      req.counties.length ? req.counties : [...new Set(figures.map((f) => f.county))].filter(Boolean)
    ).map((key) => {
      const own = figures.filter(
        (f) => f.county === key && (!id || wanted.includes(f.indicator ?? undefined) || f.subject === id),
      );
      const county = dataset && countyById(dataset, key);
      if (county) counties.push(county);
      return {
        key,
        label: county ? pick(county.name, lang) : key,
        series: seriesFromFigures(key, id ?? own[0]?.subject ?? '', own, pair?.level ?? pair?.growth),
      };
    });
  } else {
    // The core describes only once its dataset is there (`needsDataset()` while no figures are given).
    const data = dataset!;
    const ids = data.counties.map((c) => c.id);
    if (!req.counties.length) throw chartErrors.invalidAttribute('county', '', ids);
    if (!id)
      throw chartErrors.invalidAttribute('indicator', '', [
        ...data.indicators.slice(0, 3).map((i) => i.id),
        '…',
      ]);
    counties = req.counties.map((c) => {
      const county = countyById(data, c);
      if (!county) throw chartErrors.unknownCounty(c, ids);
      return county;
    });
    if (!indicator)
      throw chartErrors.unknownIndicator(
        id,
        data.indicators.map((i) => i.id),
      );
    inputs = counties.map((c) => ({
      key: c.id,
      label: pick(c.name, lang),
      series: indicatorSeries(data, c.id, id),
    }));
  }
  const model = trendModel(inputs, {
    lang,
    indexed: req.indexed,
    // A growth indicator is drawn as its rates (when it has any, and no index was asked for).
    view:
      req.view ??
      (indicator?.measure === 'growth' &&
      req.indexed !== true &&
      inputs.some((i) => i.series.rates.length + i.series.rateSpans.length)
        ? 'rate'
        : 'auto'),
    ...(req.baseYear && { baseYear: req.baseYear }),
  });

  const { items, series, axisLabel, empty } = model;
  const all = figures ?? dataset!.figures;
  const name = indicator ? pick(indicator.name, lang) : (id ?? '');
  const multi = inputs.length > 1;
  const place = inputs.map((i) => i.label).join(t('、', ', '));
  const title = t(place + name, `${name}, ${place}`);
  const legend: LegendItem[] = [];
  const swatch = (
    show: unknown,
    zh: string,
    en: string,
    symbol: LegendItem['symbol'],
    color: LegendItem['color'],
  ) => show && !empty && legend.push({ label: t(zh, en), symbol, color: multi ? 'c-muted' : color });
  swatch(
    model.marks.some((m) => m.kind === 'actual'),
    '实际',
    'Actual',
    'dot',
    'c-actual',
  );
  swatch(
    model.marks.some((m) => m.kind === 'estimate'),
    '预计',
    'Estimate',
    'ring',
    'c-estimate',
  );
  swatch(
    series.some((s) => s.plan.length > 1),
    '规划推算路径',
    'Path implied by the plan',
    'dash',
    'c-target',
  );
  // Spans are totals at their yearly mean in the level view, average yearly rates in the rate view;
  // drawn in the target colour when every span is a goal.
  const spans = items.filter((m) => m.period);
  swatch(
    spans.length,
    model.view === 'rate' ? '多年平均增速' : '多年累计(年均)',
    model.view === 'rate' ? 'Average yearly rate over several years' : 'Multi-year total (yearly mean)',
    'span',
    spans.every((m) => m.kind === 'target' || m.kind === 'implied') ? 'c-target' : 'c-actual',
  );
  const skipped = inputs.reduce((n, i) => n + i.series.skipped.length, 0);

  /** One sentence per series: the latest stated value, the goal, the rate it needs against the latest rate. */
  const sentences = inputs.map((input, si) => {
    const own = items.filter((m) => m.seriesIndex === si);
    const done = own.filter(achievedKind).at(-1);
    const goal = own.filter((m) => m.kind === 'target' || m.kind === 'implied').at(-1);
    const bits = (done || goal ? [done, goal] : own)
      .filter((m) => m)
      .map((m) => m!.periodText + t(' ', ': ') + m!.valueText);
    if (series[si]!.annotation) bits.push(series[si]!.annotation!);
    return input.label + t(':', ': ') + bits.join(t(';', '; '));
  });

  return {
    title,
    ...(empty ? { empty: place + t('', ': ') + EMPTY(lang) } : { subtitle: axisLabel }),
    legend,
    notes: skipped
      ? [
          ...model.notes,
          t(
            `另有${skipped}个数值无法绘制(如百分点变化)。`,
            `${skipped} more figures cannot be drawn here (e.g. changes in percentage points).`,
          ),
        ]
      : model.notes,
    source: counties.length ? sourceLine(counties, lang) : '',
    summary: empty
      ? EMPTY(lang)
      : [`${name}${t('', ' ')}(${axisLabel})`, ...sentences].join(t('。', '. ')) + t('。', '.'),
    marks: items.map(({ key, seriesIndex, periodText, valueText, note, sourceFigureIds }) => {
      const input = inputs[seriesIndex]!;
      return {
        key,
        label:
          [...(multi ? [input.label] : []), name, periodText].join(t(',', ', ')) +
          t(':', ': ') +
          valueText +
          (note ? t(`(${note})`, ` (${note})`) : ''),
        tooltip: {
          title: multi ? `${name} · ${input.label}` : name,
          rows: [{ label: periodText, value: valueText }],
          // Quoted when the tooltip opens: most marks are never hovered.
          get quotes() {
            return figureQuotes(
              sourceFigureIds.map((id) => all.find((f) => f.id === id)!).filter(Boolean),
              dataset,
              lang,
            );
          },
          note,
        },
        select: { key, figureIds: sourceFigureIds, county: input.key, indicator: id ?? null },
      };
    }),
    table: {
      caption: `${title}${t('', ' ')}(${axisLabel})`,
      columns: t('县区 年份 类型 数值', 'County Year Kind Value').split(' '),
      rows: items.map((m) => [
        inputs[m.seriesIndex]!.label,
        m.period ? formatYears(m.period) : String(m.year),
        kindText(m.kind, lang),
        m.valueText,
      ]),
    },
    model,
    items,
  };
}
