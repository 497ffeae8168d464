/** The trend line's own words, in both languages. Shared words (kinds, units) come from src/format. */
import type { Lang } from '../../format/lang.js';
import { kindLabel } from '../../format/labels.js';
import type { PointKind } from '../../data/series.js';

type Words = Readonly<Record<Lang, string>>;

const w = (zh: string, en: string): Words => ({ 'zh-CN': zh, en });

export const WORDS = {
  implied: w('规划推算', 'implied by plan'),
  base: w('基期', 'base'),
  plan: w('规划路径', 'planned path'),
  needs: w('需年均', 'needs'),
  perYear: w('', '/yr'),
  latest: w('最近', 'latest'),
  index: w('指数', 'Index'),
  rate: w('增速', 'Growth rate'),
  empty: w('报告中没有可绘制的数据。', 'The report gives nothing to chart here.'),
  noBase: w(
    '报告未给出基期数值,规划路径以指数表示(基期=100)。',
    'The report gives no base level, so the planned path is shown as an index (base = 100).',
  ),
  mixedUnits: w(
    '各县单位或规模不同,以指数表示。',
    'Units or sizes differ between counties, so values are indexed.',
  ),
  notIndexable: w('无基期数值,无法换算为指数:', 'No base level to index: '),
  indexOnlyHidden: w(
    '增长目标无基期数值,切换为指数模式可见其路径。',
    'A growth goal has no base level; indexed mode shows its path.',
  ),
  baseYearsDiffer: w('各县基期不同:', 'Base years differ: '),
  total: w('累计', 'total'),
  impliedNote: w('由规划目标推算,非报告数值;年均', 'Implied by the plan, not a reported value:'),
  baseNote: w('指数基期=100,报告未给出该年数值', 'Index base = 100; the report gives no value for this year'),
  spanNote: w('多年累计,高度为年均值', 'A total over several years, drawn at its yearly mean'),
  legendActual: w('实际', 'Actual'),
  legendEstimate: w('预计', 'Estimate'),
  legendPlan: w('规划推算路径', 'Path implied by the plan'),
  legendSpan: w('多年累计(年均)', 'Multi-year total (yearly mean)'),
  skipped: w(
    '另有{n}个数值无法绘制(如百分点变化)。',
    '{n} more figures cannot be drawn here (e.g. changes in percentage points).',
  ),
  colCounty: w('县区', 'County'),
  colYear: w('年份', 'Year'),
  colKind: w('类型', 'Kind'),
  colValue: w('数值', 'Value'),
  yearlyMean: w('年均', 'a year'),
} as const;

export const word = (key: keyof typeof WORDS, lang: Lang): string => WORDS[key][lang];

/** 实际 / 预计 / 目标 / 规划推算 / 基期. */
export function pointKindLabel(kind: PointKind, lang: Lang): string {
  if (kind === 'implied') return word('implied', lang);
  if (kind === 'base') return word('base', lang);
  return kindLabel(kind, lang);
}

/** "十四五" / "14th Five-Year Plan" for the Five-Year Plan covering `year` (十一五 began in 2006). */
export function fiveYearPlan(year: number): { start: number; end: number; ordinal: number } {
  const ordinal = 11 + Math.floor((year - 2006) / 5);
  const start = 2006 + (ordinal - 11) * 5;
  return { start, end: start + 4, ordinal };
}

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function fiveYearPlanName(ordinal: number, lang: Lang): string {
  if (lang === 'en') {
    const suffix =
      ordinal % 100 >= 11 && ordinal % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][ordinal % 10] ?? 'th');
    return `${ordinal}${suffix} Five-Year Plan`;
  }
  const tens = Math.floor(ordinal / 10);
  const ones = ordinal % 10;
  return `${tens === 1 ? '十' : ZH_DIGITS[tens] + '十'}${ZH_DIGITS[ones]}五`;
}

/** "Index, 2021 = 100" / "指数(2021年=100)". */
export function indexLabel(baseYear: number, lang: Lang): string {
  return lang === 'zh-CN' ? `指数(${baseYear}年=100)` : `Index, ${baseYear} = 100`;
}
