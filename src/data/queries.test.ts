import { describe, expect, it } from 'vitest';
import { sampleDataset as data } from './fixtures/sample-dataset.js';
import {
  countyById,
  figuresFor,
  indicatorById,
  attainmentScore,
  CATEGORIES,
  MEASURE_ORDER,
  reportHasActuals,
  rowsFromValues,
  selectGivenRows,
  selectTargetsVersusActuals,
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
    expect(gdp.change?.sourceFigureIds).toEqual([gdp.actual!.figure!.id, gdp.target!.figure!.id]);
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
      [revenue.actual, revenue.target, revenue.goal].map((v) => v!.figure!.id),
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
    expect(farmland.yearlyMean?.sourceFigureIds).toEqual([farmland.actual!.figure!.id]);
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

  it('leaves out figures whose value is not a finite number (figures given by code)', () => {
    const bad: Dataset = {
      ...data,
      figures: data.figures.map((f) =>
        f.county === 'tonghua' && f.indicator === 'gdp-growth' && f.kind === 'estimate'
          ? { ...f, baseValue: Number.NaN }
          : f,
      ),
    };
    const gdp = row(targetsVersusActuals(bad, 'tonghua'), 'gdp-growth');
    expect(gdp.actual).toBeUndefined();
    expect(gdp.target?.value).toBe(9);
  });

  it('returns nothing for an unknown county', () => {
    expect(targetsVersusActuals(data, 'nowhere')).toEqual([]);
  });
});

/** The sample with extra figures for `county` (spans borrowed from an existing figure of the county). */
function withFigures(extra: readonly (Partial<Figure> & Pick<Figure, 'id' | 'county'>)[]): Dataset {
  const base = (county: string) => data.figures.find((f) => f.county === county)!;
  return {
    ...data,
    figures: [...data.figures, ...extra.map((x) => ({ ...base(x.county), ...x }) as Figure)],
  };
}

describe('targetsVersusActuals: pairing', () => {
  it("target-first pairs the plan year's target with the latest result before it", () => {
    // A 2022 result stated beside the 2022 target: result-first pairs it with no later target.
    const later = withFigures([
      {
        id: 'tonghua-0099',
        county: 'tonghua',
        indicator: 'gdp-growth',
        kind: 'actual',
        measure: 'growth',
        value: 7,
        baseValue: 7,
        unit: '%',
        baseUnit: '%',
        period: { start: 2022, end: 2022 },
      },
    ]);
    const resultFirst = row(targetsVersusActuals(later, 'tonghua'), 'gdp-growth');
    expect(resultFirst.actual?.value).toBe(7);
    expect(resultFirst.target).toBeUndefined();
    const targetFirst = row(
      targetsVersusActuals(later, 'tonghua', { pairing: 'target-first' }),
      'gdp-growth',
    );
    expect(targetFirst.target).toMatchObject({ value: 9, period: { start: 2022, end: 2022 } });
    expect(targetFirst.actual).toMatchObject({
      value: 8,
      kind: 'estimate',
      period: { start: 2021, end: 2021 },
    });
    expect(targetFirst.change?.difference).toBe(1);
  });

  it("target-first prefers the plan year's annual target (the county's report year unless given)", () => {
    const twoYears = withFigures([
      {
        id: 'tonghua-0098',
        county: 'tonghua',
        indicator: 'gdp-growth',
        kind: 'target',
        measure: 'growth',
        value: 6.5,
        baseValue: 6.5,
        unit: '%',
        baseUnit: '%',
        period: { start: 2023, end: 2023 },
      },
    ]);
    const byReport = row(
      targetsVersusActuals(twoYears, 'tonghua', { pairing: 'target-first' }),
      'gdp-growth',
    );
    expect(byReport.target?.value).toBe(9);
    const by2023 = row(
      targetsVersusActuals(twoYears, 'tonghua', { pairing: 'target-first', planYear: 2023 }),
      'gdp-growth',
    );
    expect(by2023.target).toMatchObject({ value: 6.5, period: { start: 2023, end: 2023 } });
    expect(by2023.actual?.value).toBe(8);
    // The annual target wins over the five-year goal, which is kept.
    const revenue = row(
      targetsVersusActuals(data, 'tonghua', { pairing: 'target-first' }),
      'budget-revenue-growth',
    );
    expect(revenue.target?.value).toBe(5);
    expect(revenue.goal?.value).toBe(6);
  });

  it('target-first keeps the yearly mean of a five-year total before a one-year target', () => {
    const farmland = row(
      targetsVersusActuals(data, 'hulan', { pairing: 'target-first' }),
      'high-standard-farmland',
    );
    expect(farmland.yearlyMean).toMatchObject({ side: 'actual', value: 59860, years: 5 });
  });

  it('shows a five-year cumulative target beside a one-year result as its yearly mean', () => {
    // 固定资产投资累计超过200亿元 (2022–2026) against 2021's 33.8亿元: compare 40亿元 a year, not 200.
    const total = withFigures([
      {
        id: 'tonghua-0097',
        county: 'tonghua',
        indicator: 'gdp',
        kind: 'actual',
        measure: 'level',
        value: 80,
        baseValue: 8e9,
        unit: '亿元',
        baseUnit: '元',
        period: { start: 2021, end: 2021 },
      },
    ]);
    const cumulative: Dataset = {
      ...total,
      figures: total.figures.map((f) => (f.id === 'tonghua-0010' ? { ...f, cumulative: true } : f)),
    };
    const gdp = row(targetsVersusActuals(cumulative, 'tonghua'), 'gdp');
    expect(gdp.yearlyMean).toMatchObject({ side: 'target', value: 2e9, years: 5, comparator: '>=' });
    expect(gdp.yearlyMean?.label.zh).toBe('2022–2026累计目标的年均值(÷5)');
    expect(gdp.yearlyMean?.label.en).toBe('yearly mean of the 2022–2026 total target (÷5)');
    expect(gdp.change).toMatchObject({ method: 'ratio', basis: 'yearly-mean', difference: -6e9 });
    expect(gdp.change?.ratio).toBeCloseTo(0.25, 12);
    // Not cumulative: the goal is a level to reach, compared as it stands.
    const level = row(targetsVersusActuals(total, 'tonghua'), 'gdp');
    expect(level.yearlyMean).toBeUndefined();
    expect(level.change?.ratio).toBeCloseTo(1.25, 12);
  });

  it('treats a figure whose indicator the catalogue lacks as uncatalogued', () => {
    const noCatalogue: Dataset = { ...data, indicators: [] };
    const rows = targetsVersusActuals(noCatalogue, 'tonghua', { uncatalogued: 'by-subject' });
    const gdp = rows.find((r) => r.key.startsWith('subject:') && r.actual?.value === 8)!;
    expect(gdp.indicator).toBeNull();
    expect(gdp.target?.value).toBe(9);
    expect(targetsVersusActuals(noCatalogue, 'tonghua')).toEqual([]);
  });
});

describe('targetsVersusActuals: keep, group and sort', () => {
  it('keeps rows with both sides and counts what it left out', () => {
    const all = targetsVersusActuals(data, 'tonghua');
    const { rows, omitted } = selectTargetsVersusActuals(data, 'tonghua', { keep: 'paired' });
    expect(rows.map((r) => r.key)).toEqual([
      'gdp-growth',
      'fixed-asset-investment-growth',
      'retail-sales-growth',
      'budget-revenue-growth',
    ]);
    expect(rows.every((r) => r.actual && r.target)).toBe(true);
    expect(omitted).toEqual({ targets: 1, results: 3 }); // gdp (goal only); forest, air days, farmland
    expect(rows.length + omitted.targets + omitted.results).toBe(all.length);
    const targets = selectTargetsVersusActuals(data, 'tonghua', { keep: 'targets' });
    expect(targets.rows.map((r) => r.key)).toContain('gdp');
    expect(targets.omitted).toEqual({ targets: 0, results: 3 });
  });

  it('keeps targets alone when no row has both (a report of targets only)', () => {
    const { rows, omitted } = selectTargetsVersusActuals(data, 'yitong', { keep: 'paired' });
    expect(rows.map((r) => r.key)).toEqual(['rural-roads', 'afforestation', 'good-air-ratio']);
    expect(omitted).toEqual({ targets: 0, results: 0 });
  });

  it('groups by measure (growth, share, level), sorting within each group', () => {
    expect(MEASURE_ORDER).toEqual(['growth', 'share', 'level']);
    const rows = targetsVersusActuals(data, 'tonghua', { groupBy: 'measure' });
    expect(rows.map((r) => r.measure)).toEqual([
      'growth',
      'growth',
      'growth',
      'growth',
      'share',
      'level',
      'level',
      'level',
    ]);
    expect(rows.slice(0, 4).map((r) => r.key)).toEqual([
      'gdp-growth',
      'fixed-asset-investment-growth',
      'retail-sales-growth',
      'budget-revenue-growth',
    ]);
    const limited = targetsVersusActuals(data, 'tonghua', {
      groupBy: 'measure',
      sort: 'attainment',
      limit: 2,
    });
    expect(limited.map((r) => r.key)).toEqual(['fixed-asset-investment-growth', 'gdp-growth']);
  });

  it('sorts by attainment, name (pinyin or English) and value', () => {
    const opts = { keep: 'paired' } as const;
    // Actual − target in points: investment +22, GDP −1, revenue −1.5, retail −4.
    expect(targetsVersusActuals(data, 'tonghua', { ...opts, sort: 'attainment' }).map((r) => r.key)).toEqual([
      'fixed-asset-investment-growth',
      'gdp-growth',
      'budget-revenue-growth',
      'retail-sales-growth',
    ]);
    const zh = targetsVersusActuals(data, 'tonghua', { ...opts, sort: 'name' }).map((r) => r.label.zh);
    expect(zh).toEqual([...zh].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare));
    const en = targetsVersusActuals(data, 'tonghua', { ...opts, sort: 'name', labelLang: 'en' });
    expect(en.map((r) => r.label.en)).toEqual(
      [...en.map((r) => r.label.en)].sort(new Intl.Collator('en').compare),
    );
    expect(
      targetsVersusActuals(data, 'tonghua', { ...opts, sort: 'value' }).map((r) => r.target!.value),
    ).toEqual([20, 10, 9, 5]);
  });

  it('scores attainment as how far the result has come, inverted when lower is better', () => {
    const [up, down, level, fall] = rowsFromValues([
      { label: 'a', unit: '%', actual: { value: 8, period: 2021 }, target: { value: 9, period: 2022 } },
      {
        label: 'b',
        unit: '%',
        measure: 'share',
        higherIsBetter: false,
        actual: { value: 4, period: 2021 },
        target: { value: 5, period: 2022 },
      },
      { label: 'c', unit: '个', actual: { value: 40, period: 2021 }, target: { value: 50, period: 2022 } },
      {
        label: 'd',
        unit: '个',
        higherIsBetter: false,
        actual: { value: 40, period: 2021 },
        target: { value: 50, period: 2022 },
      },
    ]);
    expect(attainmentScore(up)).toBe(-1);
    expect(attainmentScore(down)).toBe(1);
    expect(attainmentScore(level)).toBeCloseTo(0.8, 12);
    expect(attainmentScore(fall)).toBeCloseTo(1.25, 12);
    expect(
      attainmentScore(rowsFromValues([{ label: 'e', unit: '%', target: { value: 1, period: 2022 } }])[0]),
    ).toBe(Number.NEGATIVE_INFINITY);
  });

  it('exports the category order it sorts by', () => {
    expect(CATEGORIES).toEqual([
      'economy',
      'industry',
      'agriculture',
      'infrastructure',
      'environment',
      'livelihood',
      'social',
      'governance',
    ]);
  });
});

describe('rowsFromValues (rows given by code)', () => {
  it('derives missing sides and the change as for dataset rows', () => {
    const [rate, level, same, targetOnly, resultOnly] = rowsFromValues([
      {
        label: 'GDP growth',
        unit: '%',
        actual: { value: 8, kind: 'estimate', period: 2021 },
        target: { value: 9, comparator: '>=', period: 2022, sentence: '增长9%以上。' },
      },
      {
        label: { zh: '道路', en: 'Roads' },
        unit: '公里',
        actual: { value: 68.1, period: 2021 },
        target: { value: 58.2, period: 2022 },
      },
      {
        label: 'x',
        unit: '个',
        measure: 'level',
        actual: { value: 47, period: 2022 },
        target: { value: 50, period: 2022 },
      },
      { label: 'y', unit: '%', target: { value: 5, period: 2022 } },
      { label: 'z', unit: '%', actual: { value: 5, period: 2021 } },
    ]);
    expect(rate).toMatchObject({
      key: 'row-0',
      indicator: null,
      measure: 'growth',
      missing: null,
      higherIsBetter: null,
    });
    expect(rate.label).toEqual({ zh: 'GDP growth', en: 'GDP growth' });
    expect(rate.actual).toMatchObject({
      value: 8,
      kind: 'estimate',
      comparator: '=',
      period: { start: 2021, end: 2021 },
    });
    expect(rate.actual?.figure).toBeUndefined();
    expect(rate.target).toMatchObject({ kind: 'target', comparator: '>=', sentence: '增长9%以上。' });
    expect(rate.change).toMatchObject({
      method: 'points',
      difference: 1,
      unit: '个百分点',
      targetAbove: true,
    });
    expect(level.measure).toBe('level');
    expect(level.label.en).toBe('Roads');
    expect(level.change?.ratio).toBeCloseTo(58.2 / 68.1, 12);
    expect(level.change?.attainment).toBeUndefined();
    expect(same.change?.attainment).toBeCloseTo(0.94, 12);
    expect(targetOnly.missing).toBe('actual');
    expect(resultOnly.missing).toBe('target');
    expect(targetOnly.change).toBeUndefined();
  });

  it('drops a side whose value is not finite, and takes yearly means of given totals', () => {
    const [bad, total] = rowsFromValues([
      {
        label: 'bad',
        unit: '家',
        actual: { value: Number.NaN, period: 2021 },
        target: { value: 3, valueHi: Infinity, period: 2022 },
      },
      {
        label: 'farmland',
        unit: '亩',
        actual: { value: 299300, cumulative: true, period: { start: 2017, end: 2021 } },
        target: { value: 50000, period: 2022 },
      },
    ]);
    expect(bad.actual).toBeUndefined();
    expect(bad.target).toBeUndefined();
    expect(total.yearlyMean).toMatchObject({ side: 'actual', value: 59860, years: 5 });
    expect(total.change?.basis).toBe('yearly-mean');
  });

  it('names the unusable row', () => {
    const rows = (x: unknown) => () => rowsFromValues(x as never);
    expect(rows({})).toThrow('rows must be an array');
    expect(rows([{ label: 'a', unit: '%' }, null])).toThrow('rows[1] must be an object');
    expect(rows([{ label: 3, unit: '%' }])).toThrow('rows[0].label must be a string or { zh, en }');
    expect(rows([{ label: 'a', unit: 5 }])).toThrow('rows[0].unit must be a string');
    expect(rows([{ label: 'a', unit: '%', measure: 'rate' }])).toThrow(
      'rows[0].measure must be one of level, growth, share',
    );
    expect(rows([{ label: 'a', unit: '%', higherIsBetter: 'yes' }])).toThrow(
      'rows[0].higherIsBetter must be one of true, false',
    );
    expect(rows([{ label: 'a', unit: '%', category: 'money' }])).toThrow(
      'rows[0].category must be one of economy',
    );
  });

  it('keeps, groups and sorts given rows like dataset rows, ties in the given order', () => {
    const rows = rowsFromValues([
      { label: 'level', unit: '家', actual: { value: 1, period: 2021 }, target: { value: 2, period: 2022 } },
      { label: 'b', unit: '%', actual: { value: 1, period: 2021 }, target: { value: 2, period: 2022 } },
      { label: 'share', unit: '%', measure: 'share', target: { value: 2, period: 2022 } },
      { label: 'a', unit: '%', actual: { value: 1, period: 2021 }, target: { value: 3, period: 2022 } },
    ]);
    expect(selectGivenRows(rows, { groupBy: 'measure' }).rows.map((r) => r.label.en)).toEqual([
      'b',
      'a',
      'share',
      'level',
    ]);
    expect(
      selectGivenRows(rows, { groupBy: 'measure', sort: 'name', labelLang: 'en' }).rows.map(
        (r) => r.label.en,
      ),
    ).toEqual(['a', 'b', 'share', 'level']);
    const paired = selectGivenRows(rows, { keep: 'paired' });
    expect(paired.rows.map((r) => r.label.en)).toEqual(['level', 'b', 'a']);
    expect(paired.omitted).toEqual({ targets: 1, results: 0 });
  });
});
