import type { RowValue, TargetActualRow } from '../../data/queries.js';
import type { Comparator, County, Dataset, Figure, FigureKind } from '../../data/types.js';
import {
  formatNumber,
  formatValue,
  formatYears,
  kindLabel,
  missingLabel,
  significantDigits,
  type Lang,
} from '../../format/index.js';
import { figureQuotes, sourceLine, type ChartDescription, type LegendItem } from '../core/index.js';

/**
 * One side of a bullet row as drawn: the query's value, or the yearly mean standing in for a
 * multi-year total that meets a one-year figure (the query decides when, in `row.yearlyMean`).
 */
export interface BarValue {
  readonly kind: FigureKind;
  /** Low end (or the value); for a decrease in growth, negative. */
  readonly value: number;
  /** High end of a range (1–2家). */
  readonly valueHi?: number;
  readonly comparator: Comparator;
  /** Period and kind: "2021 预计", "2022 目标", "2017–2021 实际年均" (a yearly mean names its span). */
  readonly label: string;
  /** The value with comparator and range, and 年均 for a yearly mean: "≥9%", "年均5.986万亩". */
  readonly text: string;
  /** For a yearly mean, how it was derived: "5年累计 29.93万亩 ÷ 5 = 年均". */
  readonly note?: string;
}

/** A row of `targetsVersusActuals` (or `rowsFromValues`) with its two sides and its words as drawn. */
export interface TargetBarRow {
  /** The query's row: measure, pairing, change, missing side, provenance. */
  readonly row: TargetActualRow;
  readonly name: string;
  readonly actual?: BarValue;
  readonly target?: BarValue;
  /** "2021 预计 → 2022 目标" / "2021 estimate → 2022 target". */
  readonly periods: string;
  /** "8% → ≥9%", "8% → no target" (a report of targets only: the target alone). */
  readonly values: string;
  /** Periods and values together: "2021 预计 8% → 2022 目标 9%" (narrow rows, one line). */
  readonly detail: string;
  /** Change from actual to target, short: "+1个百分点", "+1 pt", "−15%", "完成94%". */
  readonly change?: string;
  /** The same, spelled out for screen readers and the table. */
  readonly changeLong?: string;
}

export interface TargetBarsDescription extends ChartDescription {
  readonly rows: readonly TargetBarRow[];
  /** The rows have targets only (the report gives no results). */
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

/** The words for one language: `t('目标', 'target')`. */
const words =
  (lang: Lang) =>
  <T>(zh: T, en: T): T =>
    lang === 'zh-CN' ? zh : en;

function barValue(row: TargetActualRow, v: RowValue, side: 'actual' | 'target', lang: Lang): BarValue {
  const t = words(lang);
  // Format with the precision the report wrote the number in.
  const written = v.figure ?? v;
  const digits = Math.max(
    significantDigits(written.value),
    written.valueHi === undefined ? 1 : significantDigits(written.valueHi),
  );
  const mean = row.yearlyMean?.side === side ? row.yearlyMean : undefined;
  const value = mean ? mean.value : v.value;
  const valueHi = mean ? mean.valueHi : v.valueHi;
  const text = formatValue(value, row.unit, lang, {
    comparator: v.comparator,
    baseValueHi: valueHi,
    significantDigits: mean ? Math.max(2, digits) : digits,
  });
  const label = `${formatYears(v.period)} ${kindLabel(v.kind, lang)}`;
  if (!mean) return { kind: v.kind, value, valueHi, comparator: v.comparator, label, text };
  const total = formatValue(v.value, row.unit, lang, { baseValueHi: v.valueHi, comparator: v.comparator });
  const n = mean.years;
  return {
    kind: v.kind,
    value,
    valueHi,
    comparator: v.comparator,
    label: label + t('年均', ', yearly mean'),
    text: t(`年均${text}`, `${text} yearly mean`),
    note: t(`${n}年累计 ${total} ÷ ${n} = 年均`, `${n}-year total ${total} ÷ ${n} = yearly mean`),
  };
}

/**
 * How the target compares with the actual, from the query's `change` (undefined when a side is
 * missing or the two are not comparable), short and long: points for rates, a ratio for levels,
 * attainment when both cover the same period.
 */
export function change(row: TargetActualRow, lang: Lang): [string, string] | undefined {
  const c = row.change;
  if (!c) return undefined;
  const t = words(lang);
  if (c.method !== 'points' && c.attainment !== undefined) {
    const n = formatNumber(c.attainment * 100, lang, { maximumFractionDigits: 0 });
    return t([`完成${n}%`, `完成目标的${n}%`], [`${n}% of target`, `${n}% of the target achieved`]);
  }
  const points = c.method === 'points';
  const d = points ? Math.round(c.difference * 100) / 100 : ((c.ratio ?? NaN) - 1) * 100;
  if (!Number.isFinite(d)) return undefined;
  const n = formatNumber(d, lang, {
    sign: 'always',
    maximumFractionDigits: points ? 2 : Math.abs(d) < 10 ? 1 : 0,
  });
  // "+1个百分点" / "+1 percentage point" for rates, "−15%" for levels.
  const x = points ? formatValue(d, '个百分点', lang, { sign: 'always', maximumFractionDigits: 2 }) : `${n}%`;
  const word = points ? (d < 0 ? '低' : '高') : d < 0 ? '减少' : '增加';
  return [
    points ? t(x, `${n} pt`) : x,
    t(`目标${points ? '比' : '较'}实际${word}${x.replace(/^[+−-]/, '')}`, `target ${x} against the result`),
  ];
}

/** "2021 预计 8%": a side's period and value. */
const labelled = (v?: BarValue) => v && `${v.label} ${v.text}`;

/** Rows (grouped and sorted) → the chart's words, marks and table. */
export function describeTargetBars(
  queryRows: readonly TargetActualRow[],
  ctx: DescribeContext,
): TargetBarsDescription {
  const { lang, county } = ctx;
  const t = words(lang);
  const targetsOnly = queryRows.length > 0 && queryRows.every((r) => !r.actual);
  // A missing side is named, except in a report of targets only (one note says it instead).
  const pair = (a: string | undefined, b: string | undefined) =>
    [a ?? (targetsOnly ? '' : missingLabel('actual', lang)), b ?? missingLabel('target', lang)]
      .filter(Boolean)
      .join(' → ');
  const rows: TargetBarRow[] = queryRows.map((row) => {
    const actual = row.actual && barValue(row, row.actual, 'actual', lang);
    const target = row.target && barValue(row, row.target, 'target', lang);
    const c = change(row, lang);
    return {
      row,
      name: t(row.label.zh, row.label.en),
      actual,
      target,
      periods: [actual?.label, target?.label].filter(Boolean).join(' → '),
      values: pair(actual?.text, target?.text),
      detail: pair(labelled(actual), labelled(target)),
      change: c?.[0],
      changeLong: c?.[1],
    };
  });
  const who = county ? t(county.name.zh, county.name.en) : '';
  const year = county?.report.year;
  const none = '—';
  const missing = (r: TargetBarRow) => !targetsOnly && (!r.actual || !r.target);

  const marks = rows.map((r) => {
    const data = r.row;
    const figures = [data.actual?.figure, data.target?.figure].filter((f): f is Figure => !!f);
    const sides = [r.actual, r.target].filter((v): v is BarValue => !!v);
    // Stable across charts on a page: "tonghua:gdp-growth" (rows given by code: "row-0").
    const key = ctx.countyId ? `${ctx.countyId}:${data.key}` : data.key;
    const parts = [...sides.map(labelled), r.changeLong, missing(r) && r.values].filter(Boolean);
    return {
      key,
      label: `${r.name}${t(':', ': ')}${parts.join(t(',', ', '))}`,
      tooltip: {
        title: r.name,
        rows: [
          ...sides.map((v) => ({ label: v.label, value: v.text })),
          ...(missing(r) ? [{ label: missingLabel(r.actual ? 'target' : 'actual', lang), value: none }] : []),
          ...(r.change ? [{ label: t('变化', 'Change'), value: r.change }] : []),
        ],
        quotes: figures.length
          ? figureQuotes(figures, ctx.dataset, lang)
          : [data.actual?.sentence, data.target?.sentence]
              .filter((s): s is string => !!s)
              .map((text) => ({ text, cite: '' })),
        note:
          sides
            .map((v) => v.note)
            .filter(Boolean)
            .join(t(';', '; ')) || undefined,
      },
      select: {
        key,
        figureIds: figures.map((f) => f.id),
        county: ctx.countyId ?? null,
        indicator: data.indicator?.id ?? null,
      },
    };
  });

  const legend: LegendItem[] = targetsOnly
    ? []
    : (
        [
          [rows.some((r) => r.actual?.kind === 'actual'), t('实际', 'Actual'), 'bar', 'c-actual'],
          [
            rows.some((r) => r.actual?.kind === 'estimate'),
            t('预计', 'Estimate'),
            'bar-hollow',
            'c-estimate',
          ],
          [
            rows.some((r) => r.target),
            t('目标(≥ 以上 / ≤ 以内)', 'Target (≥ at least / ≤ at most)'),
            'tick',
            'c-target',
          ],
          [
            rows.some((r) => r.target?.valueHi !== undefined),
            t('目标区间', 'Target range'),
            'span',
            'c-target',
          ],
        ] as const
      )
        .filter((item) => item[0])
        .map(([, label, symbol, color]) => ({ label, symbol, color }));

  const measures = new Set(rows.map((r) => r.row.measure));
  const notes = [
    targetsOnly && t('报告只给出目标,没有给出实际完成值。', 'The report gives targets only, no results.'),
    rows.some((r) => r.actual && r.target && r.row.measure === 'level')
      ? t('总量指标各行刻度不同,只在行内比较。', 'Levels: each row has its own scale; compare within a row.')
      : measures.size > 1 &&
        t('增速与比重各用一个刻度。', 'Growth rates and shares each have their own scale.'),
    rows.some((r) => r.actual?.note || r.target?.note) &&
      t('多年累计值按年均值比较。', 'Multi-year totals are shown as yearly means.'),
    !!ctx.omitted &&
      t(
        `另有 ${ctx.omitted} 项目标无可比的实际值,未列出。`,
        `${ctx.omitted} more targets have no result to compare; not shown.`,
      ),
  ].filter((n): n is string => !!n);

  const title =
    ctx.title ??
    (who
      ? targetsOnly
        ? t(`${who}:目标`, `${who}: targets`)
        : t(`${who}:目标与实际`, `${who}: targets and results`)
      : t('目标与实际', 'Targets and results'));

  return {
    title,
    subtitle: year
      ? targetsOnly
        ? t(`${year}年政府工作报告提出的目标`, `Targets set in the ${year} government work report`)
        : t(
            `${year}年政府工作报告的目标,与报告给出的最近实际(预计)值对比`,
            `Targets in the ${year} government work report against the latest results it gives`,
          )
      : undefined,
    legend,
    notes,
    source: county ? sourceLine([county], lang) : '',
    summary: rows.length
      ? summary(rows, lang, who || t('目标与实际', 'Targets and results'), targetsOnly)
      : '',
    marks,
    table: {
      caption: t(`${title}(数据表)`, `${title} (data table)`),
      columns: t(['指标', '实际/预计', '目标', '变化'], ['Indicator', 'Result', 'Target', 'Change']),
      rows: rows.map((r) => [
        r.name,
        labelled(r.actual) ?? none,
        labelled(r.target) ?? none,
        r.changeLong ?? none,
      ]),
    },
    rows,
    targetsOnly,
    empty: rows.length ? undefined : t('没有可显示的指标', 'No indicators to show'),
  };
}

function summary(rows: readonly TargetBarRow[], lang: Lang, who: string, targetsOnly: boolean): string {
  const t = words(lang);
  const list = (of: readonly TargetBarRow[]) => of.map((r) => r.name).join(t('、', ', '));
  const n = rows.length;
  if (targetsOnly)
    return t(
      `${who}的 ${n} 项目标:${list(rows)}。报告没有给出实际完成值。`,
      `${n} targets for ${who}: ${list(rows)}. The report gives no results.`,
    );
  const paired = rows.filter((r) => r.actual && r.target).length;
  // Above or below as the query compares them (low ends; a multi-year total as its yearly mean).
  const above = rows.filter((r) => (r.row.change?.difference ?? 0) > 0);
  const below = rows.filter((r) => (r.row.change?.difference ?? 0) < 0);
  const named = (of: readonly TargetBarRow[]) => (of.length ? t(`(${list(of)})`, ` (${list(of)})`) : '');
  const unpaired = n - paired;
  return t(
    `${who}的 ${n} 项指标中,${paired} 项可与实际值对比:${above.length} 项目标高于最近实际值${named(above)},` +
      `${below.length} 项低于${named(below)}${unpaired ? `;${unpaired} 项缺少目标或实际值` : ''}。`,
    `Of ${n} indicators for ${who}, ${paired} can be compared with a result: ` +
      `${above.length} targets are above the latest result${named(above)}, ` +
      `${below.length} below${named(below)}${unpaired ? `; ${unpaired} lack a target or a result` : ''}.`,
  );
}
