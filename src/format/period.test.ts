import { describe, expect, it } from 'vitest';
import { formatPeriod, formatYears } from './period.js';

describe('formatPeriod', () => {
  it.each([
    [{ start: 2021, end: 2021 }, 'estimate', '2021 预计', '2021 estimate'],
    [{ start: 2022, end: 2022 }, 'target', '2022 目标', '2022 target'],
    [{ start: 2017, end: 2021 }, 'actual', '2017–2021 实际', '2017–2021 actual'],
    [{ start: 2022, end: 2026 }, 'target', '到2026年目标', 'target for 2026'],
    [{ start: 2021, end: 2021 }, 'actual', '2021 实际', '2021 actual'],
  ] as const)('%j %s', (period, kind, zh, en) => {
    expect(formatPeriod(period, kind, 'zh-CN')).toBe(zh);
    expect(formatPeriod(period, kind, 'en')).toBe(en);
  });

  it('can spell a multi-year target as a span', () => {
    expect(formatPeriod({ start: 2022, end: 2026 }, 'target', 'zh-CN', { targetStyle: 'span' })).toBe(
      '2022–2026 目标',
    );
    expect(formatPeriod({ start: 2022, end: 2026 }, 'target', 'en', { targetStyle: 'span' })).toBe(
      '2022–2026 target',
    );
  });

  it('gives years alone on request', () => {
    expect(formatPeriod({ start: 2017, end: 2021 }, 'actual', 'en', { yearsOnly: true })).toBe('2017–2021');
    expect(formatYears({ start: 2022, end: 2022 })).toBe('2022');
  });
});
