/**
 * The words and marks of a radar that do not depend on its size: title, subtitle, notes, summary,
 * one focusable mark per vertex and per 'not reported' gap (label, tooltip, select detail), and the
 * data table of raw values. Pure: runs in node for tests.
 */
import type { RadarAxis, RadarComparison, RadarValue, RadarVertex } from '../../data/comparison.js';
import type { Dataset } from '../../data/types.js';
import { formatFigureValue, formatNumber, formatPeriod, formatValue, type Lang } from '../../format/index.js';
import { sourceLine } from '../core/frame.js';
import { pick } from '../core/language.js';
import { figureQuote } from '../core/tooltip.js';
import type { ChartDescription, ChartMark, DataTable } from '../core/view.js';
import { radarText } from './strings.js';

export interface RadarDescribeOptions {
  readonly lang: Lang;
  readonly hidden?: ReadonlySet<string>;
  /** Overrides the default title. */
  readonly title?: string;
}

/** Stable key of the mark for `county` on `indicator` (survives re-layout, hiding and resizing). */
export const radarMarkKey = (county: string, indicator: string): string => `${county}:${indicator}`;

const pct = (n: number, lang: Lang) => `${formatNumber(n * 100, lang, { maximumFractionDigits: 0 })}%`;

/** A vertex's value in the axis' canonical unit ("≥8%", "29.93万亩"), ranges included. */
export function axisValueText(v: RadarVertex, lang: Lang): string {
  return formatValue(v.value, v.unit, lang, {
    comparator: v.comparator,
    ...(v.valueHi === undefined ? {} : { baseValueHi: v.valueHi }),
    significantDigits: 4,
  });
}

interface VertexText {
  readonly written: string;
  readonly period: string;
  readonly compared: string;
  readonly relative: string;
}

/** The texts of one vertex, formatted once (marks, summary and table all use them; Intl is the cost here). */
const textCache = new WeakMap<RadarVertex, { lang: Lang; text: VertexText }>();
function vertexText(v: RadarVertex, lang: Lang): VertexText {
  const hit = textCache.get(v);
  if (hit && hit.lang === lang) return hit.text;
  const text = {
    written: formatFigureValue(v.figure, lang),
    period: formatPeriod(v.period, v.kind, lang),
    compared: axisValueText(v, lang),
    relative: pct(v.normalized, lang),
  };
  textCache.set(v, { lang, text });
  return text;
}

/** Whether the canonical value reads differently from the figure as written (converted or derived). */
function converted(v: RadarVertex): boolean {
  return v.derivation !== undefined || v.figure.baseUnit !== v.unit;
}

function kindWord(comparison: RadarComparison, lang: Lang): string {
  return radarText(
    comparison.kind === 'target' ? 'kindTarget' : comparison.kind === 'actual' ? 'kindActual' : 'kindLatest',
    lang,
  );
}

function scaleNote(comparison: RadarComparison, dataset: Dataset, lang: Lang): string {
  if (comparison.reference === 'values') return radarText('normalisedValue', lang);
  if (comparison.reference) {
    const county = dataset.counties.find((c) => c.id === comparison.reference);
    return radarText('normalisedCounty', lang, {
      county: county ? pick(county.name, lang) : comparison.reference,
    });
  }
  return radarText('normalisedBest', lang);
}

function vertexMark(
  comparison: RadarComparison,
  dataset: Dataset,
  axis: RadarAxis,
  countyName: string,
  value: RadarValue,
  lang: Lang,
): ChartMark {
  const indicatorName = pick(axis.indicator.name, lang);
  const key = radarMarkKey(value.county, value.indicator);
  const title = `${countyName} · ${indicatorName}`;
  const sep = lang === 'zh-CN' ? '，' : ', ';
  if (value.status === 'not-reported') {
    return {
      key,
      label: `${countyName}${sep}${indicatorName}${lang === 'zh-CN' ? '：' : ': '}${radarText('notReported', lang)}`,
      tooltip: {
        title,
        rows: [{ label: kindWord(comparison, lang), value: radarText('notReported', lang) }],
        quotes: [],
      },
      select: { key, figureIds: [], county: value.county, indicator: value.indicator },
    };
  }
  const { period, written, compared, relative } = vertexText(value, lang);
  const rows = [{ label: period, value: written }];
  const notes: string[] = [];
  if (converted(value)) {
    const label =
      value.derivation === 'yearly-mean'
        ? radarText('yearlyMean', lang)
        : value.derivation === 'annualised'
          ? radarText('annualised', lang)
          : lang === 'zh-CN'
            ? '换算'
            : 'converted';
    rows.push({ label, value: compared });
  }
  rows.push({
    label: lang === 'zh-CN' ? '相对值' : 'relative',
    value: relative,
  });
  if (axis.inverted) notes.push(radarText('lowerIsBetter', lang));
  notes.push(scaleNote(comparison, dataset, lang));
  const shown = converted(value) ? `${written} (${compared})` : written;
  const label =
    lang === 'zh-CN'
      ? `${countyName}，${indicatorName}：${period} ${shown}，相对值 ${relative}`
      : `${countyName}, ${indicatorName}: ${period} ${shown}, ${relative} on the axis`;
  return {
    key,
    label,
    tooltip: {
      title,
      rows,
      quotes: [figureQuote(value.figure, dataset, lang)],
      note: notes.join(lang === 'zh-CN' ? '；' : '; '),
    },
    select: { key, figureIds: value.sourceFigureIds, county: value.county, indicator: value.indicator },
  };
}

/** Everything about the radar that does not depend on its size. */
export function describeRadar(
  comparison: RadarComparison,
  dataset: Dataset,
  options: RadarDescribeOptions,
): ChartDescription {
  const { lang } = options;
  const hidden = options.hidden ?? new Set<string>();
  const shown = comparison.series.filter((s) => !hidden.has(s.county.id));
  const counties = comparison.series.map((s) => s.county);

  const marks: ChartMark[] = shown.flatMap((s) =>
    comparison.axes.map((axis, i) =>
      vertexMark(comparison, dataset, axis, pick(s.county.name, lang), s.values[i], lang),
    ),
  );

  const title =
    options.title ??
    (lang === 'zh-CN'
      ? `${radarText('title', lang)}：${kindWord(comparison, lang)}`
      : `${radarText('title', lang)}: ${kindWord(comparison, lang)}`);
  const inverted = comparison.axes.filter((a) => a.inverted).map((a) => pick(a.indicator.name, lang));
  const subtitleParts = [scaleNote(comparison, dataset, lang)];
  if (inverted.length > 0) {
    subtitleParts.push(
      lang === 'zh-CN'
        ? `${inverted.join('、')}越低越好，已反转（越靠外越好）`
        : `${inverted.join(', ')}: lower is better, inverted (further out is better)`,
    );
  }

  const notes: string[] = [];
  if (comparison.axes.some((a) => a.mixedPeriods)) {
    notes.push(
      lang === 'zh-CN'
        ? '*：各县这项数字的年份或类型不同（见提示框和数据表）'
        : "*: the counties' figures on this axis differ in year or kind (see tooltips and the table)",
    );
  }
  const derived = shown.flatMap((s) =>
    s.values.filter((v): v is RadarVertex => v.status === 'reported' && !!v.derivation),
  );
  if (derived.some((v) => v.derivation === 'yearly-mean')) {
    notes.push(
      lang === 'zh-CN' ? '多年累计数按年均值比较' : 'Multi-year totals are compared as yearly means',
    );
  }
  if (derived.some((v) => v.derivation === 'annualised')) {
    notes.push(
      lang === 'zh-CN'
        ? '多年增幅折算为年均增速比较'
        : 'Growth over several years is compared as a per-year rate',
    );
  }
  if (shown.some((s) => s.values.some((v) => v.status === 'not-reported'))) {
    notes.push(
      lang === 'zh-CN'
        ? '×：该县报告没有给出这项数字（不是零）'
        : "×: the county's report gives no figure for this indicator (not a zero)",
    );
  }

  return {
    title,
    subtitle: subtitleParts.join(lang === 'zh-CN' ? '；' : '; '),
    notes,
    source: sourceLine(counties, lang),
    summary: summarize(comparison, shown, lang),
    marks,
    table: radarTable(comparison, shown, lang),
    ...(shown.length === 0 ? { empty: lang === 'zh-CN' ? '所有县都已隐藏' : 'All counties are hidden' } : {}),
  };
}

function summarize(comparison: RadarComparison, shown: RadarComparison['series'], lang: Lang): string {
  const n = shown.length;
  const m = comparison.axes.length;
  const leaders = new Map<string, number>();
  const axisLeaders = comparison.axes.map((axis, i) => {
    let best: { name: string; v: RadarVertex } | undefined;
    for (const s of shown) {
      const v = s.values[i];
      if (v.status === 'reported' && (!best || v.normalized > best.v.normalized))
        best = { name: pick(s.county.name, lang), v };
    }
    if (best) leaders.set(best.name, (leaders.get(best.name) ?? 0) + 1);
    return best
      ? `${pick(axis.indicator.name, lang)} ${best.name}（${vertexText(best.v, lang).written}）`
      : '';
  });
  const top = [...leaders.entries()].sort((a, b) => b[1] - a[1])[0];
  if (lang === 'zh-CN') {
    const lead = top ? `${top[0]}在${top[1]}项上居首。` : '';
    return `雷达图比较${n}个县的${m}项指标（${kindWord(comparison, lang)}）。${lead}各项最好：${axisLeaders.filter(Boolean).join('；')}。`;
  }
  const lead = top ? `${top[0]} leads on ${top[1]} of ${m}. ` : '';
  return `Radar comparing ${n} counties on ${m} indicators (${kindWord(comparison, lang)}). ${lead}Best on each: ${axisLeaders
    .filter(Boolean)
    .join('; ')
    .replace(/（/g, ' (')
    .replace(/）/g, ')')}.`;
}

function radarTable(comparison: RadarComparison, shown: RadarComparison['series'], lang: Lang): DataTable {
  const zh = lang === 'zh-CN';
  const columns = zh
    ? ['县', '指标', '原文数值', '年份与类型', '比较值', '相对值']
    : ['County', 'Indicator', 'As written', 'Period and kind', 'Compared as', 'Relative'];
  // Built on first read: the core renders the table when the page is idle, so most radars never pay for it.
  let rows: string[][] | undefined;
  const build = (): string[][] =>
    shown.flatMap((s) =>
      comparison.axes.map((axis, i) => {
        const v = s.values[i];
        const name = pick(s.county.name, lang);
        const ind =
          pick(axis.indicator.name, lang) +
          (axis.inverted ? (zh ? '（越低越好）' : ' (lower is better)') : '');
        if (v.status === 'not-reported') return [name, ind, radarText('notReported', lang), '–', '–', '–'];
        const t = vertexText(v, lang);
        return [name, ind, t.written, t.period, t.compared, t.relative];
      }),
    );
  return {
    caption: zh
      ? `县域比较数据表（${kindWord(comparison, lang)}）`
      : `Counties compared (${kindWord(comparison, lang)})`,
    columns,
    get rows() {
      rows ??= build();
      return rows;
    },
  };
}
