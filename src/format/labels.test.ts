import { describe, expect, it } from 'vitest';
import {
  categoryLabel,
  comparatorLabel,
  comparatorMark,
  cumulativeLabel,
  directionLabel,
  kindLabel,
  localized,
  measureLabel,
  missingLabel,
  yearlyMeanLabel,
} from './labels.js';

describe('labels', () => {
  it('names kinds, measures and categories in both languages', () => {
    expect(kindLabel('target', 'zh-CN')).toBe('目标');
    expect(kindLabel('estimate', 'en')).toBe('estimate');
    expect(kindLabel('actual', 'zh-CN')).toBe('实际');
    expect(measureLabel('growth', 'zh-CN')).toBe('增速');
    expect(measureLabel('share', 'en')).toBe('share');
    expect(categoryLabel('environment', 'zh-CN')).toBe('生态环境');
    expect(categoryLabel('livelihood', 'en')).toBe('Livelihood');
  });

  it('marks and words for comparators', () => {
    expect(['=', '>=', '<=', '~'].map((c) => comparatorMark(c as '='))).toEqual(['', '≥', '≤', '~']);
    expect(comparatorLabel('>=', 'zh-CN')).toBe('以上');
    expect(comparatorLabel('<=', 'en')).toBe('at most');
    expect(comparatorLabel('~', 'en')).toBe('about');
  });

  it('directions, missing values, derived labels', () => {
    expect(directionLabel('decrease', 'zh-CN')).toBe('下降');
    expect(directionLabel('increase', 'en')).toBe('up');
    expect(missingLabel('target', 'zh-CN')).toBe('无目标');
    expect(missingLabel('actual', 'en')).toBe('no actual');
    expect(yearlyMeanLabel('zh-CN')).toBe('年均');
    expect(cumulativeLabel(5, 'zh-CN')).toBe('五年累计');
    expect(cumulativeLabel(5, 'en')).toBe('5-year total');
    expect(localized({ zh: '通化县', en: 'Tonghua County' }, 'en')).toBe('Tonghua County');
  });
});
