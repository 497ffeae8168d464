import {
  formatNumber,
  formatPeriod,
  formatValue,
  formatYears,
  kindLabel,
  missingLabel,
  yearlyMeanLabel,
  type Lang,
} from '../../format/index.js';
import type { BarValue, TargetBarRow } from './bar-row.js';

/** The words of one row, independent of size: the layout positions and truncates them. */
export interface RowText {
  readonly name: string;
  /** "2021 预计 → 2022 目标" / "2021 estimate → 2022 target". */
  readonly periods: string;
  readonly actual?: string;
  readonly target?: string;
  /** "8% → ≥9%", "8% → no target". */
  readonly values: string;
  /** Periods and values together: "2021 预计 8% → 2022 目标 9%" (narrow rows, one line). */
  readonly detail: string;
  /** Change from actual to target, short: "+1个百分点", "+1 pt", "+12%", "完成 94%". */
  readonly change?: string;
  /** The same, spelled out for screen readers and the table. */
  readonly changeLong?: string;
  readonly missing?: 'actual' | 'target';
}

/** A bar value as text with its comparator, range and, for yearly means, the word 年均. */
export function valueText(v: BarValue, unit: string, lang: Lang): string {
  const text = formatValue(v.value, unit, lang, {
    comparator: v.comparator,
    baseValueHi: v.valueHi,
    significantDigits: v.digits,
  });
  if (!v.yearlyMeanOf) return text;
  return lang === 'zh-CN' ? `${yearlyMeanLabel(lang)}${text}` : `${text} ${yearlyMeanLabel(lang)}`;
}

/** "2021 预计", "2022 目标", "2017–2021 年均" (a yearly mean names its span). */
export function periodText(v: BarValue, lang: Lang): string {
  if (v.yearlyMeanOf) {
    return lang === 'zh-CN'
      ? `${formatYears(v.period)} ${kindLabel(v.kind, lang)}${yearlyMeanLabel(lang)}`
      : `${formatYears(v.period)} ${kindLabel(v.kind, lang)}, ${yearlyMeanLabel(lang)}`;
  }
  return formatPeriod(v.period, v.kind, lang, { targetStyle: 'span' });
}

/**
 * How the target compares with the actual, from the query's `change` (undefined when a side is
 * missing or the two are not comparable): points for rates, a ratio for levels, attainment when
 * both cover the same period.
 */
export function change(
  row: TargetBarRow,
  lang: Lang,
): { short: string; long: string; value: number } | undefined {
  const c = row.data.change;
  if (!c) return undefined;
  if (c.method === 'points') {
    const diff = Math.round(c.difference * 100) / 100;
    const pt = formatValue(diff, '个百分点', lang, { sign: 'always', maximumFractionDigits: 2 });
    const short =
      lang === 'zh-CN' ? pt : `${formatNumber(diff, lang, { sign: 'always', maximumFractionDigits: 2 })} pt`;
    return {
      short,
      long:
        lang === 'zh-CN'
          ? `目标比实际${diff >= 0 ? '高' : '低'}${pt.replace(/^[+−-]/, '')}`
          : `target ${pt} against the result`,
      value: diff,
    };
  }
  if (c.attainment !== undefined) {
    const pct = c.attainment * 100;
    const n = formatNumber(pct, lang, { maximumFractionDigits: 0 });
    return {
      short: lang === 'zh-CN' ? `完成${n}%` : `${n}% of target`,
      long: lang === 'zh-CN' ? `完成目标的${n}%` : `${n}% of the target achieved`,
      value: pct,
    };
  }
  if (c.ratio === undefined || !Number.isFinite(c.ratio)) return undefined;
  const pct = (c.ratio - 1) * 100;
  const n = formatNumber(pct, lang, { sign: 'always', maximumFractionDigits: Math.abs(pct) < 10 ? 1 : 0 });
  return {
    short: `${n}%`,
    long:
      lang === 'zh-CN'
        ? `目标较实际${pct >= 0 ? '增加' : '减少'}${n.replace(/^[+−-]/, '')}%`
        : `target ${n}% against the result`,
    value: pct,
  };
}

export function rowText(row: TargetBarRow, lang: Lang, targetsOnly: boolean): RowText {
  const name = lang === 'zh-CN' ? row.label.zh : row.label.en;
  const actual = row.actual ? valueText(row.actual, row.unit, lang) : undefined;
  const target = row.target ? valueText(row.target, row.unit, lang) : undefined;
  const missing = !row.actual ? 'actual' : !row.target ? 'target' : undefined;
  const periods = [row.actual, row.target]
    .filter((v): v is BarValue => !!v)
    .map((v) => periodText(v, lang))
    .join(' → ');
  let values: string;
  if (actual && target) values = `${actual} → ${target}`;
  else if (target) values = targetsOnly ? target : `${missingLabel('actual', lang)} → ${target}`;
  else values = `${actual ?? missingLabel('actual', lang)} → ${missingLabel('target', lang)}`;
  const c = change(row, lang);
  const sides = [
    row.actual
      ? `${periodText(row.actual, lang)} ${actual}`
      : targetsOnly
        ? undefined
        : missingLabel('actual', lang),
    row.target ? `${periodText(row.target, lang)} ${target}` : missingLabel('target', lang),
  ].filter((x): x is string => !!x);
  const detail = sides.join(' → ');
  return { name, periods, actual, target, values, detail, change: c?.short, changeLong: c?.long, missing };
}
