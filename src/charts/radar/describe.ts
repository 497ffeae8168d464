/**
 * The words and marks of a radar that do not depend on its size: title, subtitle, notes, summary,
 * one focusable mark per vertex and per 'not reported' gap (label, tooltip, select detail), and the
 * data table of raw values. Pure: runs in node for tests.
 */
import { countyById } from '../../data/by-id.js';
import type { RadarComparison, RadarVertex } from '../../data/comparison.js';
import type { Dataset } from '../../data/types.js';
import { formatFigureValue, formatNumber, formatPeriod, formatValue, type Lang } from '../../format/index.js';
import { sourceLine } from '../core/frame.js';
import { pick } from '../core/language.js';
import { figureQuote } from '../core/tooltip.js';
import type { ChartDescription, ChartMark } from '../core/view.js';

/** Words the layout and the element share with the description: [Chinese, English]. */
const WORDS = {
  notReported: ['未报告', 'not reported'],
  lowerIsBetter: ['越低越好（已反转）', 'lower is better (inverted)'],
  lowerIsBetterShort: ['越低越好', 'lower is better'],
  gapKey: ['× 未报告', '× not reported'],
  kindKey: ['● 实际　○ 目标或预计', '● actual  ○ target or estimate'],
} as const;

export type RadarStringKey = keyof typeof WORDS;

export const radarText = (key: RadarStringKey, lang: Lang): string => WORDS[key][lang === 'en' ? 1 : 0];

/** The Chinese or the English of a pair, for `lang`: `const w = bilingual(lang); w('目标', 'targets')`. */
export const bilingual =
  (lang: Lang) =>
  (zh: string, en: string): string =>
    lang === 'en' ? en : zh;

export interface RadarDescribeOptions {
  readonly lang: Lang;
  readonly hidden?: ReadonlySet<string>;
}

/** Stable key of the mark for `county` on `indicator` (survives re-layout, hiding and resizing). */
export const radarMarkKey = (county: string, indicator: string): string => `${county}:${indicator}`;

/** A vertex's value in the axis' canonical unit ("≥8%", "29.93万亩"), ranges included. */
export const axisValueText = (v: RadarVertex, lang: Lang): string =>
  formatValue(v.value, v.unit, lang, {
    comparator: v.comparator,
    baseValueHi: v.valueHi,
    significantDigits: 4,
  });

/** Everything about the radar that does not depend on its size. */
export function describeRadar(
  { kind, axes, series, reference }: RadarComparison,
  dataset: Dataset,
  { lang, hidden }: RadarDescribeOptions,
): ChartDescription {
  const w = bilingual(lang);
  const shown = series.filter((s) => !hidden?.has(s.county.id));
  const notReported = radarText('notReported', lang);
  const [open, close, sep] = lang === 'en' ? [' (', ')', '; '] : ['（', '）', '；'];
  const kindWord = {
    target: w('目标', 'targets'),
    actual: w('实绩', 'results'),
    latest: w('最新数字', 'latest figures'),
  }[kind];
  const county = reference === undefined ? undefined : countyById(dataset, reference);
  const hundred =
    reference === 'values'
      ? w('给定参考值', 'the stated reference')
      : county
        ? pick(county.name, lang)
        : reference || w('所示县中最好的数值', 'the best shown value');
  const scale = w(`各轴以${hundred}为100%`, `each axis scaled so ${hundred} is 100%`);
  // How a value is compared when not as written: a multi-year figure as a yearly one, or converted.
  const derived = {
    'yearly-mean': w('按年均值比较', 'compared as a yearly mean'),
    annualised: w('折算为年均增速', 'compared as a per-year rate'),
    converted: w('换算', 'converted'),
  };
  const notes = new Set<string>();
  if (axes.some((a) => a.mixedPeriods))
    notes.add(
      w(
        '*：各县这项数字的年份或类型不同（见提示框和数据表）',
        "*: the counties' figures on this axis differ in year or kind (see tooltips and the table)",
      ),
    );
  const best: { name: string; v: RadarVertex; written: string }[] = [];
  const marks: ChartMark[] = [];
  const rows: string[][] = [];

  for (const s of shown) {
    const name = pick(s.county.name, lang);
    s.values.forEach((v, i) => {
      const axis = axes[i];
      const indicator = pick(axis.indicator.name, lang);
      const key = radarMarkKey(s.county.id, axis.indicator.id);
      const title = `${name} · ${indicator}`;
      const label = w(`${name}，${indicator}：`, `${name}, ${indicator}: `);
      const row = [
        name,
        axis.inverted ? indicator + open + radarText('lowerIsBetterShort', lang) + close : indicator,
      ];
      const select = {
        key,
        figureIds: [] as readonly string[],
        county: s.county.id,
        indicator: axis.indicator.id,
      };
      if (v.status !== 'reported') {
        notes.add(
          w(
            '×：该县报告没有给出这项数字（不是零）',
            "×: the county's report gives no figure for this indicator (not a zero)",
          ),
        );
        marks.push({
          key,
          label: label + notReported,
          tooltip: { title, rows: [{ label: kindWord, value: notReported }], quotes: [] },
          select,
        });
        rows.push([...row, notReported, '–', '–', '–']);
        return;
      }
      const written = formatFigureValue(v.figure, lang);
      const period = formatPeriod(v.period, v.kind, lang);
      const compared = axisValueText(v, lang);
      const relative = `${formatNumber(v.normalized * 100, lang, { maximumFractionDigits: 0 })}%`;
      const how = v.derivation ?? (v.figure.baseUnit === v.unit ? undefined : 'converted');
      if (v.derivation)
        notes.add(
          w(
            `多年${v.derivation === 'annualised' ? '增幅' : '累计数'}`,
            `Multi-year ${v.derivation === 'annualised' ? 'growth is ' : 'totals are '}`,
          ) + derived[v.derivation],
        );
      if (!best[i] || v.normalized > best[i].v.normalized) best[i] = { name, v, written };
      const value = how ? `${written} (${compared})` : written;
      marks.push({
        key,
        label:
          label + w(`${period} ${value}，相对值 ${relative}`, `${period} ${value}, ${relative} on the axis`),
        tooltip: {
          title,
          rows: [
            { label: period, value: written },
            ...(how ? [{ label: derived[how], value: compared }] : []),
            { label: w('相对值', 'relative'), value: relative },
          ],
          quotes: [figureQuote(v.figure, dataset, lang)],
          note: (axis.inverted ? radarText('lowerIsBetter', lang) + sep : '') + scale,
        },
        select: { ...select, figureIds: v.sourceFigureIds },
      });
      rows.push([...row, written, period, compared, relative]);
    });
  }

  // Summary: who is best on each axis, and who leads on the most axes.
  const leads = new Map<string, number>();
  for (const b of best) if (b) leads.set(b.name, (leads.get(b.name) ?? 0) + 1);
  const [leader, count] = [...leads].sort((a, b) => b[1] - a[1])[0] ?? [];
  const bests = best
    .flatMap((b, i) =>
      b ? `${pick(axes[i].indicator.name, lang)} ${b.name}${open}${b.written}${close}` : [],
    )
    .join(sep);
  const n = shown.length;
  const m = axes.length;
  const inverted = axes.filter((a) => a.inverted).map((a) => pick(a.indicator.name, lang));

  return {
    title: w(`县域比较：${kindWord}`, `Counties compared: ${kindWord}`),
    subtitle:
      scale +
      (inverted.length
        ? w(
            `；${inverted.join('、')}越低越好，已反转（越靠外越好）`,
            `; ${inverted.join(', ')}: lower is better, inverted (further out is better)`,
          )
        : ''),
    notes: [...notes],
    source: sourceLine(
      series.map((s) => s.county),
      lang,
    ),
    summary: w(
      `雷达图比较${n}个县的${m}项指标（${kindWord}）。${leader ? `${leader}在${count}项上居首。` : ''}各项最好：${bests}。`,
      `Radar comparing ${n} counties on ${m} indicators (${kindWord}). ${leader ? `${leader} leads on ${count} of ${m}. ` : ''}Best on each: ${bests}.`,
    ),
    marks,
    table: {
      caption: w(`县域比较数据表（${kindWord}）`, `Counties compared (${kindWord})`),
      columns:
        lang === 'en'
          ? ['County', 'Indicator', 'As written', 'Period and kind', 'Compared as', 'Relative']
          : ['县', '指标', '原文数值', '年份与类型', '比较值', '相对值'],
      rows,
    },
    empty: n ? undefined : w('所有县都已隐藏', 'All counties are hidden'),
  };
}
