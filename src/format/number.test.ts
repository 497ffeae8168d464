import { describe, expect, it } from 'vitest';
import {
  formatFigureValue,
  formatFigureValueParts,
  formatNumber,
  formatValue,
  formatValueParts,
  significantDigits,
} from './number.js';

describe('formatValue in Chinese', () => {
  it.each([
    [299300, '亩', {}, '29.93万亩'],
    [120000000, '元', {}, '1.2亿元'],
    [8.45, '%', {}, '8.45%'],
    [4.2, '个百分点', {}, '4.2个百分点'],
    [1234, '户', {}, '1234户'],
    [9999, '人', {}, '9999人'],
    [10000, '人', {}, '1万人'],
    [25000, '人', {}, '2.5万人'],
    [2.2e9, '元', {}, '22亿元'],
    [1.2e12, '元', {}, '1.2万亿元'],
    [81, '个工作日', {}, '81个工作日'],
    [300000, '亩', { comparator: '>=' }, '≥30万亩'],
    [50, '%', { comparator: '<=' }, '≤50%'],
    [200, '项', { comparator: '~' }, '~200项'],
    [1, '家', { baseValueHi: 2 }, '1–2家'],
    [10000, '亩', { baseValueHi: 20000 }, '1–2万亩'],
    [5000, '亩', { baseValueHi: 12000 }, '5000–1.2万亩'],
    [299300, '亩', { notation: 'full' }, '299,300亩'],
    [-3, '%', {}, '−3%'],
    [1.5, '个百分点', { sign: 'always' }, '+1.5个百分点'],
    [0, '%', { sign: 'always' }, '0%'],
    [123456789, '元', {}, '1.23亿元'],
    [123456789, '元', { significantDigits: 9 }, '1.23456789亿元'],
  ] as const)('%d %s %j → %s', (value, unit, options, expected) => {
    expect(formatValue(value, unit, 'zh-CN', options)).toBe(expected);
  });
});

describe('formatValue in English', () => {
  it.each([
    [299300, '亩', {}, '299,300 mu'],
    [120000000, '元', {}, 'CNY 120 million'],
    [8.45, '%', {}, '8.45%'],
    [4.2, '个百分点', {}, '4.2 percentage points'],
    [1, '个百分点', {}, '1 percentage point'],
    [1234, '户', {}, '1,234 households'],
    [1, '户', {}, '1 household'],
    [2.2e9, '元', {}, 'CNY 2.2 billion'],
    [1.5e6, '美元', {}, 'USD 1.5 million'],
    [27000, '人', {}, '27,000 people'],
    [1, '人', {}, '1 person'],
    [1.2e6, '人次', {}, '1.2 million person-times'],
    [30, '个', {}, '30'],
    [12, '座', {}, '12'],
    [81, '个工作日', {}, '81 working days'],
    [320, '天', {}, '320 days'],
    [4, '公里', {}, '4 km'],
    [270000, '平方米', {}, '270,000 m²'],
    [50, '吨', {}, '50 t'],
    [1000, '千瓦', {}, '1,000 kW'],
    [300000, '亩', { comparator: '>=' }, '≥300,000 mu'],
    [120000000, '元', { comparator: '~' }, '~CNY 120 million'],
    [1, '家', { baseValueHi: 2 }, '1–2 firms'],
    [1e6, '元', { baseValueHi: 2e6 }, 'CNY 1–2 million'],
    [299300, '亩', { notation: 'compact' }, '299.3 thousand mu'],
    [-3, '%', {}, '−3%'],
    [1.5, '个百分点', { sign: 'always' }, '+1.5 percentage points'],
    [12, '标语', {}, '12 标语'], // unknown unit: shown as written, never mistranslated
    [350, '元/亩', {}, '350 CNY/mu'],
  ] as const)('%d %s %j → %s', (value, unit, options, expected) => {
    expect(formatValue(value, unit, 'en', options)).toBe(expected);
  });
});

describe('formatValueParts', () => {
  it('splits mark, number and unit', () => {
    expect(formatValueParts(299300, '亩', 'zh-CN', { comparator: '>=' })).toEqual({
      mark: '≥',
      number: '29.93万',
      unit: '亩',
      text: '≥29.93万亩',
    });
    expect(formatValueParts(120000000, '元', 'en')).toEqual({
      mark: '',
      number: '120 million',
      unit: 'CNY',
      text: 'CNY 120 million',
    });
  });

  it('drops the unit on request (axis ticks)', () => {
    expect(formatValue(50000, '亩', 'zh-CN', { unit: false })).toBe('5万');
    expect(formatValue(50000, '亩', 'en', { unit: false })).toBe('50,000');
  });

  it('renders non-finite input as a dash rather than NaN', () => {
    expect(formatValue(Number.NaN, '亩', 'zh-CN')).toBe('–亩');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('–');
  });
});

describe('formatNumber', () => {
  it.each([
    [0, 'zh-CN', '0'],
    [50000, 'zh-CN', '5万'],
    [150000000, 'zh-CN', '1.5亿'],
    [0.125, 'zh-CN', '0.13'],
    [50000, 'en', '50,000'],
    [150000000, 'en', '150 million'],
    [-2500000, 'en', '−2.5 million'],
  ] as const)('%d (%s) → %s', (n, lang, expected) => {
    expect(formatNumber(n, lang)).toBe(expected);
  });

  it('writes what Intl writes for 5,000 numbers in two formats, the same on a second pass (no state between calls)', () => {
    const direct = (n: number, digits: number): string =>
      new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(n).replace('-', '\u2212');
    // 5,000 distinct numbers in two formats, then all again.
    const numbers = Array.from({ length: 5000 }, (_, i) => (i - 2500) / 7);
    for (let round = 0; round < 2; round += 1) {
      for (const n of numbers) {
        expect(formatNumber(n, 'en', { maximumFractionDigits: 1 })).toBe(direct(n, 1));
        expect(formatNumber(n, 'en', { maximumFractionDigits: 3 })).toBe(direct(n, 3));
      }
    }
    expect(formatNumber(-0, 'en')).toBe(direct(-0, 2));
    expect(formatNumber(0, 'en')).toBe('0');
  });
});

describe('significantDigits', () => {
  it.each([
    [29.93, 4],
    [1.2, 2],
    [300, 1],
    [2362, 4],
    [0.05, 1],
    [100.5, 4],
    [0, 1],
  ])('%d → %d', (n, expected) => {
    expect(significantDigits(n)).toBe(expected);
  });
});

describe('formatFigureValue', () => {
  const base = { comparator: '=' as const, measure: 'level' as const };

  it('keeps the precision the report wrote', () => {
    const f = { ...base, value: 29.93, baseValue: 299300, baseUnit: '亩' };
    expect(formatFigureValue(f, 'zh-CN')).toBe('29.93万亩');
    expect(formatFigureValue(f, 'en')).toBe('299,300 mu');
    // 1.2345亿元 is not rounded to 1.23亿元.
    const money = { ...base, value: 1.2345, baseValue: 123450000, baseUnit: '元' };
    expect(formatFigureValue(money, 'zh-CN')).toBe('1.2345亿元');
    expect(formatFigureValue(money, 'en')).toBe('CNY 123.45 million');
  });

  it('draws comparators and ranges', () => {
    expect(
      formatFigureValue({ ...base, comparator: '>=', value: 1.2, baseValue: 1.2e8, baseUnit: '元' }, 'zh-CN'),
    ).toBe('≥1.2亿元');
    expect(
      formatFigureValue(
        { ...base, value: 1, valueHi: 2, baseValue: 1, baseValueHi: 2, baseUnit: '家' },
        'en',
      ),
    ).toBe('1–2 firms');
    expect(
      formatFigureValue({ ...base, comparator: '~', value: 200, baseValue: 200, baseUnit: '项' }, 'zh-CN'),
    ).toBe('~200项');
  });

  it('signs a fall (下降) with a minus', () => {
    const fall = { comparator: '=' as const, measure: 'growth' as const, direction: 'decrease' as const };
    expect(formatFigureValue({ ...fall, value: 3, baseValue: 3, baseUnit: '%' }, 'zh-CN')).toBe('−3%');
    expect(formatFigureValue({ ...fall, value: 0.5, baseValue: 0.5, baseUnit: '个百分点' }, 'en')).toBe(
      '−0.5 percentage points',
    );
    // A fall already stored as a negative number is not flipped back.
    expect(formatFigureValue({ ...fall, value: -3, baseValue: -3, baseUnit: '%' }, 'en')).toBe('−3%');
  });

  it('returns its parts', () => {
    expect(
      formatFigureValueParts(
        { ...base, comparator: '<=', value: 13, baseValue: 13, baseUnit: '个工作日' },
        'en',
      ),
    ).toEqual({
      mark: '≤',
      number: '13',
      unit: 'working days',
      text: '≤13 working days',
    });
  });
});
