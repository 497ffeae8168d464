import type { County, Dataset, Figure } from '../../data/types.js';
import { formatValue, missingLabel, yearlyMeanLabel, type Lang } from '../../format/index.js';
import {
  figureQuotes,
  pick,
  reportCitation,
  sourceLine,
  type ChartDescription,
  type ChartMark,
  type LegendItem,
} from '../core/index.js';
import type { BarValue, TargetBarRow } from './bar-row.js';
import { periodText, rowText, type RowText } from './texts.js';

export interface TargetBarsDescription extends ChartDescription {
  readonly rows: readonly { readonly row: TargetBarRow; readonly text: RowText }[];
  readonly targetsOnly: boolean;
}

export interface DescribeContext {
  readonly lang: Lang;
  readonly county?: County;
  readonly dataset?: Dataset;
  /** Targets left out because the report gives no result to compare (default selection). */
  readonly omitted?: number;
  /** The county the rows belong to (null for rows given by code). */
  readonly countyId?: string | null;
  /** Title given by the page (`heading` attribute) instead of the default. */
  readonly title?: string;
}

const T = {
  title: { 'zh-CN': (c: string) => `${c}:目标与实际`, en: (c: string) => `${c}: targets and results` },
  titleOnly: { 'zh-CN': (c: string) => `${c}:目标`, en: (c: string) => `${c}: targets` },
  generic: { 'zh-CN': '目标与实际', en: 'Targets and results' },
  subtitle: {
    'zh-CN': (y: number) => `${y}年政府工作报告的目标,与报告给出的最近实际(预计)值对比`,
    en: (y: number) => `Targets in the ${y} government work report against the latest results it gives`,
  },
  subtitleOnly: {
    'zh-CN': (y: number) => `${y}年政府工作报告提出的目标`,
    en: (y: number) => `Targets set in the ${y} government work report`,
  },
  targetsOnly: {
    'zh-CN': '报告只给出目标,没有给出实际完成值。',
    en: 'The report gives targets only, no results.',
  },
  levels: {
    'zh-CN': '总量指标各行刻度不同,只在行内比较。',
    en: 'Levels: each row has its own scale; compare within a row.',
  },
  rates: {
    'zh-CN': '增速与比重各用一个刻度。',
    en: 'Growth rates and shares each have their own scale.',
  },
  mean: {
    'zh-CN': '多年累计值按年均值比较。',
    en: 'Multi-year totals are shown as yearly means.',
  },
  columns: {
    'zh-CN': ['指标', '实际/预计', '目标', '变化'],
    en: ['Indicator', 'Result', 'Target', 'Change'],
  },
  legendActual: { 'zh-CN': '实际', en: 'Actual' },
  legendEstimate: { 'zh-CN': '预计', en: 'Estimate' },
  legendTarget: { 'zh-CN': '目标(≥ 以上 / ≤ 以内)', en: 'Target (≥ at least / ≤ at most)' },
  legendRange: { 'zh-CN': '目标区间', en: 'Target range' },
  change: { 'zh-CN': '变化', en: 'Change' },
  omitted: {
    'zh-CN': (n: number) => `另有 ${n} 项目标无可比的实际值,未列出。`,
    en: (n: number) => `${n} more targets have no result to compare; not shown.`,
  },
  none: { 'zh-CN': '—', en: '—' },
};

function meanNote(v: BarValue, unit: string, lang: Lang): string | undefined {
  const m = v.yearlyMeanOf;
  if (!m) return undefined;
  const total = formatValue(m.total, unit, lang, { baseValueHi: m.totalHi, comparator: v.comparator });
  return lang === 'zh-CN'
    ? `${m.years}年累计 ${total} ÷ ${m.years} = ${yearlyMeanLabel(lang)}`
    : `${m.years}-year total ${total} ÷ ${m.years} = ${yearlyMeanLabel(lang)}`;
}

function summary(rows: readonly TargetBarRow[], lang: Lang, who: string, targetsOnly: boolean): string {
  const paired = rows.filter((r) => r.actual && r.target);
  // Above or below as the query compares them (low ends; a multi-year total as its yearly mean).
  const above = rows.filter((r) => (r.data.change?.difference ?? 0) > 0);
  const below = rows.filter((r) => (r.data.change?.difference ?? 0) < 0);
  const name = (r: TargetBarRow) => pick(r.label, lang);
  if (targetsOnly) {
    return lang === 'zh-CN'
      ? `${who}的 ${rows.length} 项目标:${rows.map(name).join('、')}。报告没有给出实际完成值。`
      : `${rows.length} targets for ${who}: ${rows.map(name).join(', ')}. The report gives no results.`;
  }
  const unpaired = rows.length - paired.length;
  if (lang === 'zh-CN') {
    return (
      `${who}的 ${rows.length} 项指标中,${paired.length} 项可与实际值对比:` +
      `${above.length} 项目标高于最近实际值${above.length ? `(${above.map(name).join('、')})` : ''},` +
      `${below.length} 项低于${below.length ? `(${below.map(name).join('、')})` : ''}` +
      `${unpaired ? `;${unpaired} 项缺少目标或实际值` : ''}。`
    );
  }
  return (
    `Of ${rows.length} indicators for ${who}, ${paired.length} can be compared with a result: ` +
    `${above.length} targets are above the latest result${above.length ? ` (${above.map(name).join(', ')})` : ''}, ` +
    `${below.length} below${below.length ? ` (${below.map(name).join(', ')})` : ''}` +
    `${unpaired ? `; ${unpaired} lack a target or a result` : ''}.`
  );
}

/** Rows (grouped and sorted) → the chart's words, marks and table. */
export function describeTargetBars(
  rows: readonly TargetBarRow[],
  ctx: DescribeContext,
): TargetBarsDescription {
  const { lang, county, dataset } = ctx;
  const targetsOnly = rows.length > 0 && rows.every((r) => !r.actual);
  const who = county ? pick(county.name, lang) : '';
  const year = county?.report.year;
  const texts = rows.map((row) => ({ row, text: rowText(row, lang, targetsOnly) }));

  const marks: ChartMark[] = texts.map(({ row, text }) => {
    const figs = [row.data.actual?.figure, row.data.target?.figure].filter((f): f is Figure => !!f);
    const tooltipRows: { label: string; value: string }[] = [];
    if (row.actual) tooltipRows.push({ label: periodText(row.actual, lang), value: text.actual ?? '' });
    if (row.target) tooltipRows.push({ label: periodText(row.target, lang), value: text.target ?? '' });
    if (text.missing && !targetsOnly)
      tooltipRows.push({ label: missingLabel(text.missing, lang), value: '—' });
    if (text.change) tooltipRows.push({ label: T.change[lang], value: text.change });
    const notes = [row.actual, row.target]
      .map((v) => (v ? meanNote(v, row.unit, lang) : undefined))
      .filter((n): n is string => !!n);
    const cite = county ? reportCitation(county, lang) : '';
    const quotes = figs.length
      ? figureQuotes(figs, dataset, lang)
      : [row.data.actual?.sentence, row.data.target?.sentence]
          .filter((s): s is string => !!s)
          .map((s) => ({ text: s, cite }));
    const parts = [
      row.actual ? `${periodText(row.actual, lang)} ${text.actual}` : undefined,
      row.target ? `${periodText(row.target, lang)} ${text.target}` : undefined,
      text.changeLong,
      text.missing && !targetsOnly ? text.values : undefined,
    ].filter(Boolean);
    // Stable across charts on a page: "tonghua:gdp-growth" (rows given by code: "row-0").
    const key = ctx.countyId ? `${ctx.countyId}:${row.key}` : row.key;
    return {
      key,
      label: `${text.name}${lang === 'zh-CN' ? ':' : ': '}${parts.join(lang === 'zh-CN' ? ',' : ', ')}`,
      tooltip: {
        title: text.name,
        rows: tooltipRows,
        quotes,
        note: notes.join(lang === 'zh-CN' ? ';' : '; ') || undefined,
      },
      select: {
        key,
        figureIds: figs.map((f) => f.id),
        county: ctx.countyId ?? null,
        indicator: row.data.indicator?.id ?? null,
      },
    };
  });

  const legend: LegendItem[] = [];
  if (!targetsOnly) {
    if (rows.some((r) => r.actual && r.actual.kind === 'actual'))
      legend.push({ label: T.legendActual[lang], symbol: 'bar', color: 'c-actual' });
    if (rows.some((r) => r.actual?.kind === 'estimate'))
      legend.push({ label: T.legendEstimate[lang], symbol: 'bar-hollow', color: 'c-estimate' });
    if (rows.some((r) => r.target))
      legend.push({ label: T.legendTarget[lang], symbol: 'tick', color: 'c-target' });
    if (rows.some((r) => r.target?.valueHi !== undefined))
      legend.push({ label: T.legendRange[lang], symbol: 'span', color: 'c-target' });
  }

  const notes: string[] = [];
  if (targetsOnly) notes.push(T.targetsOnly[lang]);
  if (
    rows.some((r) => r.measure === 'level') &&
    rows.some((r) => r.actual && r.target && r.measure === 'level')
  )
    notes.push(T.levels[lang]);
  else if (new Set(rows.map((r) => r.measure)).size > 1) notes.push(T.rates[lang]);
  if (rows.some((r) => r.actual?.yearlyMeanOf || r.target?.yearlyMeanOf)) notes.push(T.mean[lang]);
  if (ctx.omitted) notes.push(T.omitted[lang](ctx.omitted));

  const title =
    ctx.title ?? (who ? (targetsOnly ? T.titleOnly[lang](who) : T.title[lang](who)) : T.generic[lang]);
  const subtitle = year ? (targetsOnly ? T.subtitleOnly[lang](year) : T.subtitle[lang](year)) : undefined;

  return {
    title,
    subtitle,
    legend,
    notes,
    source: county ? sourceLine([county], lang) : '',
    summary: rows.length ? summary(rows, lang, who || T.generic[lang], targetsOnly) : '',
    marks,
    table: {
      caption: lang === 'zh-CN' ? `${title}(数据表)` : `${title} (data table)`,
      columns: T.columns[lang],
      rows: texts.map(({ row, text }) => [
        text.name,
        row.actual ? `${periodText(row.actual, lang)} ${text.actual}` : T.none[lang],
        row.target ? `${periodText(row.target, lang)} ${text.target}` : T.none[lang],
        text.changeLong ?? T.none[lang],
      ]),
    },
    rows: texts,
    targetsOnly,
  };
}
