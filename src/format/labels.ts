import type { Category, Comparator, FigureKind, Measure } from '../data/types.js';
import type { Lang } from './lang.js';

type Bilingual = { readonly 'zh-CN': string; readonly en: string };

const KIND: Readonly<Record<FigureKind, Bilingual>> = {
  target: { 'zh-CN': '目标', en: 'target' },
  actual: { 'zh-CN': '实际', en: 'actual' },
  estimate: { 'zh-CN': '预计', en: 'estimate' },
};

const MEASURE: Readonly<Record<Measure, Bilingual>> = {
  level: { 'zh-CN': '总量', en: 'level' },
  growth: { 'zh-CN': '增速', en: 'growth' },
  share: { 'zh-CN': '比重', en: 'share' },
};

// Word forms of the comparator: 以上 "at least", 以内 "at most", 约 "about".
const COMPARATOR_WORD: Readonly<Record<Comparator, Bilingual>> = {
  '=': { 'zh-CN': '', en: '' },
  '>=': { 'zh-CN': '以上', en: 'at least' },
  '<=': { 'zh-CN': '以内', en: 'at most' },
  '~': { 'zh-CN': '约', en: 'about' },
};

const COMPARATOR_MARK: Readonly<Record<Comparator, string>> = { '=': '', '>=': '≥', '<=': '≤', '~': '~' };

const CATEGORY: Readonly<Record<Category, Bilingual>> = {
  economy: { 'zh-CN': '经济', en: 'Economy' },
  industry: { 'zh-CN': '工业', en: 'Industry' },
  agriculture: { 'zh-CN': '农业', en: 'Agriculture' },
  infrastructure: { 'zh-CN': '基础设施', en: 'Infrastructure' },
  environment: { 'zh-CN': '生态环境', en: 'Environment' },
  livelihood: { 'zh-CN': '民生', en: 'Livelihood' },
  social: { 'zh-CN': '社会事业', en: 'Social' },
  governance: { 'zh-CN': '政府治理', en: 'Governance' },
};

const DIRECTION: Readonly<Record<'increase' | 'decrease', Bilingual>> = {
  increase: { 'zh-CN': '增长', en: 'up' },
  decrease: { 'zh-CN': '下降', en: 'down' },
};

const MISSING: Readonly<Record<'target' | 'actual', Bilingual>> = {
  target: { 'zh-CN': '无目标', en: 'no target' },
  actual: { 'zh-CN': '无实际值', en: 'no actual' },
};

/** 目标 / target, 实际 / actual, 预计 / estimate. */
export const kindLabel = (kind: FigureKind, lang: Lang): string => KIND[kind][lang];
/** 总量 / level, 增速 / growth, 比重 / share. */
export const measureLabel = (measure: Measure, lang: Lang): string => MEASURE[measure][lang];
/** The mark drawn before a value: ≥, ≤, ~ or '' for exact. */
export const comparatorMark = (comparator: Comparator): string => COMPARATOR_MARK[comparator];
/** The comparator in words for screen readers and tables: 以上 / at least, 以内 / at most, 约 / about. */
export const comparatorLabel = (comparator: Comparator, lang: Lang): string =>
  COMPARATOR_WORD[comparator][lang];
/** 经济 / Economy … */
export const categoryLabel = (category: Category, lang: Lang): string => CATEGORY[category][lang];
/** 增长 / up, 下降 / down. */
export const directionLabel = (direction: 'increase' | 'decrease', lang: Lang): string =>
  DIRECTION[direction][lang];
/** 无目标 / no target, 无实际值 / no actual. */
export const missingLabel = (missing: 'target' | 'actual', lang: Lang): string => MISSING[missing][lang];

/** Bilingual text from the dataset (`{ zh, en }`) in `lang`. */
export function localized(text: { readonly zh: string; readonly en: string }, lang: Lang): string {
  return lang === 'zh-CN' ? text.zh : text.en;
}

/** The label for a yearly mean derived from a multi-year total: "年均" / "yearly mean". */
export const yearlyMeanLabel = (lang: Lang): string => (lang === 'zh-CN' ? '年均' : 'yearly mean');
/** "五年累计" / "5-year total" for a cumulative figure over `years` years. */
export function cumulativeLabel(years: number, lang: Lang): string {
  const zhNumerals = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
  if (lang === 'zh-CN') return `${zhNumerals[years] ?? String(years)}年累计`;
  return `${years}-year total`;
}
