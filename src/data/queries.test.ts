import { describe, expect, it } from 'vitest';
import { sampleDataset as data } from './fixtures/sample-dataset.js';
import {
  countyById,
  figuresFor,
  indicatorById,
  reportHasActuals,
  targetsVersusActuals,
  type TargetActualRow,
} from './queries.js';
import type { Dataset, Figure } from './types.js';

const idOf = (pred: (f: Figure) => boolean): string => data.figures.find(pred)!.id;
const row = (rows: TargetActualRow[], key: string): TargetActualRow => {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key} in ${rows.map((r) => r.key).join(', ')}`);
  return found;
};

describe('look-ups', () => {
  it('finds counties and indicators by id', () => {
    expect(countyById(data, 'hulan')?.name.zh).toBe('哈尔滨市呼兰区');
    expect(countyById(data, 'nowhere')).toBeUndefined();
    expect(indicatorById(data, 'gdp-growth')?.measure).toBe('growth');
    expect(indicatorById(data, 'x')).toBeUndefined();
  });

  it('filters figures by county, indicator, kind and category', () => {
    expect(figuresFor(data, { county: 'tonghua', indicator: 'gdp-growth' }).map((f) => f.kind)).toEqual([
      'estimate',
      'target',
    ]);
    expect(figuresFor(data, { county: 'hulan', kind: 'target' })).toHaveLength(5);
    expect(figuresFor(data, { county: 'hulan', kind: ['actual', 'estimate'] })).toHaveLength(5);
    expect(figuresFor(data, { indicator: null }).map((f) => f.subject)).toEqual([
      '规上工业增加值占二产增加值比重',
      '改革方案及配套政策',
      '限上商贸流通业企业',
      '美丽庭院',
    ]);
    const env = figuresFor(data, { county: 'hulan', category: 'environment' });
    expect(env.map((f) => f.indicator)).toEqual(['good-air-ratio', 'afforestation', 'afforestation']);
    expect(figuresFor(data, { measure: 'share', county: 'yitong' })).toHaveLength(1);
    expect(figuresFor(data)).toHaveLength(data.figures.length);
  });

  it('knows which reports state results', () => {
    expect(reportHasActuals(data, 'tonghua')).toBe(true);
    expect(reportHasActuals(data, 'hulan')).toBe(true);
    expect(reportHasActuals(data, 'yitong')).toBe(false);
    expect(reportHasActuals(data, 'nowhere')).toBe(false);
  });
});

describe('targetsVersusActuals: 通化县', () => {
  const rows = targetsVersusActuals(data, 'tonghua');

  it('pairs the 2021 estimate with the 2022 target, change in percentage points', () => {
    const gdp = row(rows, 'gdp-growth');
    expect(gdp.actual).toMatchObject({ value: 8, kind: 'estimate', period: { start: 2021, end: 2021 } });
    expect(gdp.target).toMatchObject({ value: 9, kind: 'target', period: { start: 2022, end: 2022 } });
    expect(gdp.missing).toBeNull();
    expect(gdp.change).toMatchObject({
      method: 'points',
      difference: 1,
      unit: '个百分点',
      targetAbove: true,
      basis: 'actual',
    });
    expect(gdp.change?.ratio).toBeUndefined();
    expect(gdp.change?.sourceFigureIds).toEqual([gdp.actual!.figure.id, gdp.target!.figure.id]);
  });

  it('says when the target is below the last result', () => {
    const investment = row(rows, 'fixed-asset-investment-growth');
    expect(investment.change?.difference).toBe(-22);
    expect(investment.change?.targetAbove).toBe(false);
  });

  it('prefers the annual target and keeps the five-year goal', () => {
    const revenue = row(rows, 'budget-revenue-growth');
    expect(revenue.target).toMatchObject({ value: 5, period: { start: 2022, end: 2022 } });
    expect(revenue.goal).toMatchObject({ value: 6, period: { start: 2022, end: 2026 } });
    expect(revenue.change?.difference).toBeCloseTo(1.5, 12);
    expect(revenue.sourceFigureIds).toEqual(
      [revenue.actual, revenue.target, revenue.goal].map((v) => v!.figure.id),
    );
  });

  it('uses a five-year goal as the target when there is no annual one, and says the actual is missing', () => {
    const gdp = row(rows, 'gdp');
    expect(gdp.target).toMatchObject({ value: 1e10, comparator: '>=', period: { start: 2022, end: 2026 } });
    expect(gdp.goal).toBeUndefined();
    expect(gdp.actual).toBeUndefined();
    expect(gdp.missing).toBe('actual');
    expect(gdp.change).toBeUndefined();
  });

  it('says the target is missing', () => {
    const forest = row(rows, 'forest-coverage');
    expect(forest.actual?.value).toBe(77.1);
    expect(forest.missing).toBe('target');
    expect(forest.target).toBeUndefined();
  });

  it('lists rows in document order, catalogued only by default', () => {
    // 森林覆盖率 and 优良天数 stand in the five-year review, before the 2021 estimates.
    expect(rows.map((r) => r.key)).toEqual([
      'forest-coverage',
      'good-air-days',
      'gdp-growth',
      'fixed-asset-investment-growth',
      'retail-sales-growth',
      'budget-revenue-growth',
      'high-standard-farmland',
      'gdp',
    ]);
  });

  it('keeps the row unit canonical and labels from the catalogue', () => {
    const air = row(rows, 'good-air-days');
    expect(air.unit).toBe('天');
    expect(air.actual?.value).toBe(353);
    expect(air.label).toEqual(indicatorById(data, 'good-air-days')!.name);
    expect(air.category).toBe('environment');
    expect(air.higherIsBetter).toBe(true);
  });
});

describe('targetsVersusActuals: 呼兰区 five-year totals', () => {
  const rows = targetsVersusActuals(data, 'hulan');

  it('shows a five-year total beside a one-year target as its yearly mean, labelled', () => {
    const farmland = row(rows, 'high-standard-farmland');
    expect(farmland.actual).toMatchObject({
      value: 299300,
      cumulative: true,
      period: { start: 2017, end: 2021 },
    });
    expect(farmland.target).toMatchObject({ value: 50000, period: { start: 2022, end: 2022 } });
    expect(farmland.yearlyMean).toMatchObject({
      value: 59860,
      years: 5,
      unit: '亩',
      period: { start: 2017, end: 2021 },
    });
    expect(farmland.yearlyMean?.label.zh).toBe('2017–2021累计的年均值(÷5)');
    expect(farmland.yearlyMean?.label.en).toBe('yearly mean of the 2017–2021 total (÷5)');
    expect(farmland.yearlyMean?.sourceFigureIds).toEqual([farmland.actual!.figure.id]);
    expect(farmland.change).toMatchObject({
      method: 'ratio',
      basis: 'yearly-mean',
      difference: -9860,
      unit: '亩',
    });
    expect(farmland.change?.ratio).toBeCloseTo(50000 / 59860, 12);
    expect(farmland.change?.targetAbove).toBe(false);
  });

  it('converts units along the catalogue before comparing (1.91万人次 → 人)', () => {
    const jobs = row(rows, 'new-urban-jobs');
    expect(jobs.actual).toMatchObject({ value: 19100, unit: '人' });
    expect(jobs.yearlyMean?.value).toBe(3820);
    expect(jobs.target).toMatchObject({ value: 2000, comparator: '>=' });
    expect(jobs.change?.ratio).toBeCloseTo(2000 / 3820, 12);
  });

  it('leaves out figures whose unit does not convert, and says which', () => {
    const noConversion: Dataset = {
      ...data,
      indicators: data.indicators.map((i) => (i.id === 'new-urban-jobs' ? { ...i, conversions: [] } : i)),
    };
    const jobs = row(targetsVersusActuals(noConversion, 'hulan'), 'new-urban-jobs');
    expect(jobs.actual).toBeUndefined();
    expect(jobs.missing).toBe('actual');
    expect(jobs.unconvertedFigureIds).toEqual([idOf((f) => f.baseUnit === '人次')]);
  });

  it('does not compare a rate over five years with a one-year rate', () => {
    const withActual: Dataset = {
      ...data,
      figures: [
        ...data.figures,
        {
          ...data.figures.find((f) => f.county === 'tonghua' && f.indicator === 'gdp-growth')!,
          id: 'hulan-0099',
          county: 'hulan',
          period: { start: 2021, end: 2021 },
          source: { ...data.figures.find((f) => f.id === 'hulan-0001')!.source },
        },
      ],
    };
    const gdp = row(targetsVersusActuals(withActual, 'hulan'), 'gdp-growth');
    expect(gdp.target).toMatchObject({ value: 50, period: { start: 2022, end: 2026 } });
    expect(gdp.actual?.value).toBe(8);
    expect(gdp.change).toBeUndefined();
    expect(gdp.noChangeReason).toBe('rate-basis');
  });

  it('compares shares in points and keeps comparators', () => {
    const unemployment = row(rows, 'urban-unemployment-rate');
    expect(unemployment.actual).toMatchObject({ value: 4.3, comparator: '<=' });
    expect(unemployment.higherIsBetter).toBe(false);
    expect(unemployment.missing).toBe('target');
  });

  it('groups uncatalogued figures by subject on request, ranges kept', () => {
    const withSubjects = targetsVersusActuals(data, 'hulan', { uncatalogued: 'by-subject' });
    const firms = withSubjects.find((r) => r.indicator === null)!;
    expect(firms.label).toEqual({ zh: '限上商贸流通业企业', en: '限上商贸流通业企业' });
    expect(firms.target).toMatchObject({ value: 1, valueHi: 2, unit: '家' });
    expect(firms.missing).toBe('actual');
    expect(firms.category).toBeNull();
    expect(rows.some((r) => r.indicator === null)).toBe(false);
  });
});

describe('targetsVersusActuals: options', () => {
  it('filters by indicators (in their order) and category', () => {
    const picked = targetsVersusActuals(data, 'tonghua', { indicators: ['forest-coverage', 'gdp-growth'] });
    expect(picked.map((r) => r.key)).toEqual(['forest-coverage', 'gdp-growth']);
    const env = targetsVersusActuals(data, 'tonghua', { category: 'environment' });
    expect(env.map((r) => r.key)).toEqual(['forest-coverage', 'good-air-days']);
  });

  it('sorts by change and by category, and limits', () => {
    const byChange = targetsVersusActuals(data, 'tonghua', { sort: 'change' });
    expect(byChange.slice(0, 4).map((r) => r.key)).toEqual([
      'retail-sales-growth',
      'budget-revenue-growth',
      'gdp-growth',
      'fixed-asset-investment-growth',
    ]);
    expect(byChange.slice(4).every((r) => r.change === undefined)).toBe(true);
    const byCategory = targetsVersusActuals(data, 'hulan', { sort: 'category' });
    expect(byCategory.map((r) => r.category)).toEqual([
      'economy',
      'agriculture',
      'environment',
      'environment',
      'livelihood',
      'livelihood',
    ]);
    expect(targetsVersusActuals(data, 'tonghua', { limit: 3 })).toHaveLength(3);
    expect(targetsVersusActuals(data, 'tonghua', { limit: 0 })).toHaveLength(0);
  });

  it('shows targets alone for a report without results', () => {
    const rows = targetsVersusActuals(data, 'yitong');
    expect(rows.map((r) => r.key)).toEqual(['rural-roads', 'afforestation', 'good-air-ratio']);
    expect(rows.every((r) => r.missing === 'actual' && r.target !== undefined)).toBe(true);
    // 复绿面积63.92公顷 in the 亩 indicator.
    expect(row(rows, 'afforestation').target?.value).toBe(958.8);
    expect(row(rows, 'afforestation').target?.unit).toBe('亩');
  });

  it('signs a fall', () => {
    const fall: Dataset = {
      ...data,
      figures: data.figures.map((f) =>
        f.county === 'tonghua' && f.indicator === 'gdp-growth' && f.kind === 'estimate'
          ? { ...f, direction: 'decrease' }
          : f,
      ),
    };
    const gdp = row(targetsVersusActuals(fall, 'tonghua'), 'gdp-growth');
    expect(gdp.actual?.value).toBe(-8);
    expect(gdp.change?.difference).toBe(17);
  });

  it('returns nothing for an unknown county', () => {
    expect(targetsVersusActuals(data, 'nowhere')).toEqual([]);
  });
});
