import type { Category, Comparator, FigureKind, Measure } from '../data/types.js';
import type { Lang } from './lang.js';
import { CATEGORIES, COMPARATORS, KINDS } from '../data/load.js';

/** [zh, en] */
type Words = readonly [string, string];

const word = (words: Words, lang: Lang): string => words[lang === 'en' ? 1 : 0];

// Kinds, measures and categories are their own English words (a category capitalised): only the
// Chinese is written down.
/** In `KINDS` order. */
const KIND = ['目标', '实际', '预计'];

const MEASURE: Readonly<Record<Measure, string>> = { level: '总量', growth: '增速', share: '比重' };

// Word forms of the comparator: 以上 "at least", 以内 "at most", 约 "about".
const COMPARATOR_WORD: Readonly<Record<Comparator, Words>> = {
  '=': ['', ''],
  '>=': ['以上', 'at least'],
  '<=': ['以内', 'at most'],
  '~': ['约', 'about'],
};

/** In `COMPARATORS` order. */
const COMPARATOR_MARK = ['', '≥', '≤', '~'];

/** In the catalogue's order (`CATEGORIES`). */
const CATEGORY = ['经济', '工业', '农业', '基础设施', '生态环境', '民生', '社会事业', '政府治理'];

const DIRECTION: Readonly<Record<'increase' | 'decrease', Words>> = {
  increase: ['增长', 'up'],
  decrease: ['下降', 'down'],
};

const MISSING: Readonly<Record<'target' | 'actual', string>> = { target: '无目标', actual: '无实际值' };

/** 目标 / target, 实际 / actual, 预计 / estimate. */
export const kindLabel = (kind: FigureKind, lang: Lang): string =>
  word([KIND[KINDS.indexOf(kind)]!, kind], lang);
/** 总量 / level, 增速 / growth, 比重 / share. */
export const measureLabel = (measure: Measure, lang: Lang): string => word([MEASURE[measure], measure], lang);
/** The mark drawn before a value: ≥, ≤, ~ or '' for exact. */
export const comparatorMark = (comparator: Comparator): string =>
  COMPARATOR_MARK[COMPARATORS.indexOf(comparator)]!;
/** The comparator in words for screen readers and tables: 以上 / at least, 以内 / at most, 约 / about. */
export const comparatorLabel = (comparator: Comparator, lang: Lang): string =>
  word(COMPARATOR_WORD[comparator], lang);
/** 经济 / Economy … */
export const categoryLabel = (category: Category, lang: Lang): string =>
  word([CATEGORY[CATEGORIES.indexOf(category)]!, category[0]!.toUpperCase() + category.slice(1)], lang);
/** 增长 / up, 下降 / down. */
export const directionLabel = (direction: 'increase' | 'decrease', lang: Lang): string =>
  word(DIRECTION[direction], lang);
/** 无目标 / no target, 无实际值 / no actual. */
export const missingLabel = (missing: 'target' | 'actual', lang: Lang): string =>
  word([MISSING[missing], `no ${missing}`], lang);

/** Bilingual text from the dataset (`{ zh, en }`) in `lang`. */
export function localized(text: { readonly zh: string; readonly en: string }, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** The label for a yearly mean derived from a multi-year total: "年均" / "yearly mean". */
export const yearlyMeanLabel = (lang: Lang): string => (lang === 'en' ? 'yearly mean' : '年均');
/** "五年累计" / "5-year total" for a cumulative figure over `years` years. */
export function cumulativeLabel(years: number, lang: Lang): string {
  return lang === 'en' ? `${years}-year total` : `${'零一两三四五六七八九十'[years] ?? years}年累计`;
}
