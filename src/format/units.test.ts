import { describe, expect, it } from 'vitest';
import { unitName, unitSpelling, unitText } from './units.js';

describe('unit spellings', () => {
  it.each([
    ['亩', 'mu'],
    ['公顷', 'ha'],
    ['公里', 'km'],
    ['人次', 'person-times'],
    ['个百分点', 'percentage points'],
    ['户', 'households'],
    ['家', 'firms'],
    ['个', ''],
    ['座', ''],
    ['人', 'people'],
    ['吨', 't'],
    ['天', 'days'],
    ['个工作日', 'working days'],
    ['千瓦', 'kW'],
    ['平方米', 'm²'],
    ['平方公里', 'km²'],
    ['美元', 'USD'],
    ['元', 'CNY'],
  ])('%s → %s', (zh, en) => {
    expect(unitText(zh, 'en', true)).toBe(en);
    expect(unitText(zh, 'zh-CN', true)).toBe(zh);
  });

  it('puts currencies first and keeps % tight', () => {
    expect(unitSpelling('元', 'en').position).toBe('prefix');
    expect(unitSpelling('%', 'en')).toMatchObject({ position: 'suffix', space: false });
  });

  it('falls back to the raw unit', () => {
    expect(unitText('标语', 'en', true)).toBe('标语');
    expect(unitName('标语', 'en')).toBe('标语');
    // A compound with an unknown part also stays as written.
    expect(unitText('元/标语', 'en', true)).toBe('元/标语');
  });

  it('names units for axis titles', () => {
    expect(unitName('元', 'en')).toBe('yuan (CNY)');
    expect(unitName('元', 'zh-CN')).toBe('元');
    expect(unitName('个', 'en')).toBe('count');
    expect(unitName('元/亩', 'en')).toBe('yuan (CNY) per mu');
  });
});
