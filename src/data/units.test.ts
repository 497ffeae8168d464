import { describe, expect, it } from 'vitest';
import { sampleDataset } from './fixtures/sample-dataset.js';
import type { Figure, Indicator } from './types.js';
import { conversionPath, toCanonicalUnit, toIndicatorUnit } from './units.js';

const indicator = (id: string): Indicator => sampleDataset.indicators.find((i) => i.id === id)!;
const figure = (pred: (f: Figure) => boolean): Figure => sampleDataset.figures.find(pred)!;

const bridges: Indicator = {
  ...indicator('rural-roads'),
  id: 'bridges',
  unit: '座',
  units: ['座', '个'],
  conversions: [{ from: '个', to: '座', factor: 1 }],
};

function levelFigure(baseValue: number, baseUnit: string, extra: Partial<Figure> = {}): Figure {
  return {
    ...figure((f) => f.id === 'yitong-0001'),
    baseValue,
    baseUnit,
    unit: baseUnit,
    value: baseValue,
    ...extra,
  };
}

describe('conversionPath', () => {
  const conversions = [
    { from: '公顷', to: '亩', factor: 15 },
    { from: '平方公里', to: '公顷', factor: 100 },
  ];
  it('uses a declared conversion forwards, backwards, and chained', () => {
    expect(conversionPath('公顷', '亩', conversions)?.factor).toBe(15);
    expect(conversionPath('亩', '公顷', conversions)?.factor).toBeCloseTo(1 / 15, 12);
    expect(conversionPath('平方公里', '亩', conversions)?.factor).toBe(1500);
    expect(conversionPath('平方公里', '亩', conversions)?.steps.map((s) => s.inverse)).toEqual([
      false,
      false,
    ]);
    expect(conversionPath('亩', '公顷', conversions)?.steps[0].inverse).toBe(true);
  });
  it('returns null when no path exists', () => {
    expect(conversionPath('吨', '亩', conversions)).toBeNull();
    expect(conversionPath('亩', '吨', [])).toBeNull();
  });
  it('ignores conversions with unusable factors', () => {
    expect(conversionPath('a', 'b', [{ from: 'a', to: 'b', factor: 0 }])).toBeNull();
  });
});

describe('toIndicatorUnit', () => {
  it('passes a figure already in the canonical unit through', () => {
    const f = figure((x) => x.id === 'hulan-0001');
    expect(toIndicatorUnit(f, indicator('high-standard-farmland'))).toEqual({
      value: 299300,
      valueHi: undefined,
      unit: '亩',
      factor: 1,
      steps: [],
    });
  });

  it('converts 公顷 to 亩 (×15)', () => {
    const f = figure((x) => x.baseUnit === '公顷'); // 伊通 复绿面积63.92公顷
    const c = toIndicatorUnit(f, indicator('afforestation'));
    expect(c?.value).toBe(958.8);
    expect(c?.unit).toBe('亩');
    expect(c?.steps).toHaveLength(1);
  });

  it('converts 亩 to 公顷 backwards when the indicator counts hectares', () => {
    const hectares: Indicator = { ...indicator('afforestation'), unit: '公顷' };
    expect(toIndicatorUnit(levelFigure(1500, '亩', { indicator: 'afforestation' }), hectares)?.value).toBe(
      100,
    );
  });

  it('converts good-air days to % of the year', () => {
    const f = figure((x) => x.baseUnit === '天'); // 通化县 优良天数达353天
    const c = toIndicatorUnit(f, indicator('good-air-ratio'));
    expect(c?.value).toBeCloseTo((353 / 365) * 100, 9);
    expect(c?.unit).toBe('%');
  });

  it('converts a share of good-air days back to days', () => {
    const f = figure((x) => x.id.startsWith('hulan') && x.indicator === 'good-air-ratio'); // 优良天数比达79.8%
    expect(toIndicatorUnit(f, indicator('good-air-days'))?.value).toBeCloseTo(79.8 * 3.65, 9);
  });

  it('converts 个 to 座 where the catalogue says they count the same thing', () => {
    expect(toIndicatorUnit(levelFigure(12, '个'), bridges)?.value).toBe(12);
    expect(toIndicatorUnit(levelFigure(12, '座'), bridges)?.factor).toBe(1);
  });

  it('converts both ends of a range', () => {
    const c = toIndicatorUnit(
      levelFigure(10, '公顷', { baseValueHi: 20, valueHi: 20 }),
      indicator('afforestation'),
    );
    expect([c?.value, c?.valueHi]).toEqual([150, 300]);
  });

  it('returns null, never a wrong number, when units do not convert', () => {
    // Without a declared 人次 → 人 conversion, 城镇新增就业1.91万人次 stays out of a 人 indicator.
    const jobs = figure((x) => x.baseUnit === '人次');
    expect(toIndicatorUnit(jobs, indicator('new-urban-jobs'))?.value).toBe(19100);
    expect(toIndicatorUnit(jobs, { ...indicator('new-urban-jobs'), conversions: [] })).toBeNull();
    expect(toIndicatorUnit(levelFigure(3, '吨'), indicator('afforestation'))).toBeNull();
  });

  it('returns null when the measures differ on the same unit (a growth % is not a share %)', () => {
    const growth = figure((x) => x.indicator === 'gdp-growth');
    expect(toIndicatorUnit(growth, indicator('forest-coverage'))).toBeNull();
  });

  it('never converts growth rates across units', () => {
    const points = figure((x) => x.baseUnit === '个百分点');
    const withConversion: Indicator = {
      ...indicator('gdp-growth'),
      conversions: [{ from: '个百分点', to: '%', factor: 1 }],
    };
    expect(toIndicatorUnit(points, withConversion)).toBeNull();
  });
});

describe('toCanonicalUnit', () => {
  it('looks up the figure’s own indicator', () => {
    const f = figure((x) => x.baseUnit === '天');
    expect(toCanonicalUnit(sampleDataset, f)?.unit).toBe('天');
  });
  it('is null for uncatalogued figures', () => {
    expect(
      toCanonicalUnit(
        sampleDataset,
        figure((x) => x.indicator === null),
      ),
    ).toBeNull();
  });
});
