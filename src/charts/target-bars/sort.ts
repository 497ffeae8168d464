import type { Lang } from '../../format/index.js';
import type { BarValue, TargetBarRow } from './rows.js';

export type TargetBarsSort = 'report' | 'attainment' | 'name' | 'value';
export const SORTS: readonly TargetBarsSort[] = ['report', 'attainment', 'name', 'value'];

const mid = (v: BarValue): number => (v.valueHi === undefined ? v.value : (v.value + v.valueHi) / 2);

/**
 * How far the actual is toward (or past) the target: a ratio for levels, the difference in
 * percentage points for rates; flipped when lower is better. Undefined when a side is missing.
 */
export function attainment(row: TargetBarRow): number | undefined {
  if (!row.actual || !row.target) return undefined;
  const a = mid(row.actual);
  const t = mid(row.target);
  let score: number;
  if (row.measure === 'level') {
    if (t === 0) return undefined;
    score = a / t;
  } else score = a - t;
  if (!row.higherIsBetter) score = row.measure === 'level' ? (a === 0 ? Infinity : t / a) : -score;
  return score;
}

/** Order rows within their measure group (the layout groups them). Missing values sort last. */
export function sortRows(rows: readonly TargetBarRow[], sort: TargetBarsSort, lang: Lang): TargetBarRow[] {
  const collator = new Intl.Collator(lang === 'zh-CN' ? 'zh-CN-u-co-pinyin' : 'en');
  const name = (r: TargetBarRow) => (lang === 'zh-CN' ? r.label.zh : r.label.en);
  const last = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? -Infinity : v);
  const copy = [...rows];
  switch (sort) {
    case 'name':
      return copy.sort((a, b) => collator.compare(name(a), name(b)));
    case 'value': {
      const value = (r: TargetBarRow) => (r.target ? mid(r.target) : r.actual ? mid(r.actual) : undefined);
      return copy.sort((a, b) => last(value(b)) - last(value(a)) || a.order - b.order);
    }
    case 'attainment':
      return copy.sort((a, b) => last(attainment(b)) - last(attainment(a)) || a.order - b.order);
    default:
      return copy.sort((a, b) => a.order - b.order);
  }
}
