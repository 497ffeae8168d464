import { describe, expect, it } from 'vitest';
import {
  annualRateFor,
  compound,
  growthOfFigure,
  indexSeries,
  indicatorPair,
  indicatorSeries,
  requiredAnnualRate,
  seriesFromFigures,
  SeriesQueryError,
  subjectSeries,
} from './series.js';
import type { Dataset, Figure, Indicator } from './types.js';

let seq = 0;
/** A figure with sensible defaults; only what a case needs is given. */
function fig(p: Partial<Figure> & Pick<Figure, 'kind' | 'measure' | 'value' | 'period'>): Figure {
  seq += 1;
  const unit = p.unit ?? (p.measure === 'level' ? '家' : '%');
  return {
    id: p.id ?? `x-${seq}`,
    county: p.county ?? 'x',
    indicator: p.indicator === undefined ? 'ind' : p.indicator,
    subject: p.subject ?? 'subject',
    unit,
    baseValue: p.baseValue ?? p.value,
    baseUnit: p.baseUnit ?? unit,
    comparator: p.comparator ?? '=',
    cumulative: p.cumulative ?? false,
    source: p.source ?? { seed: 's.txt', start: 0, end: 1, sentence: '句子。', sentenceStart: 0 },
    ...p,
  };
}

const indicator: Indicator = {
  id: 'ind',
  name: { zh: '规上企业', en: 'Enterprises above scale' },
  category: 'industry',
  measure: 'level',
  unit: '家',
  unitName: { zh: '家', en: 'firms' },
  higherIsBetter: true,
  comparable: true,
  conversions: [{ from: '户', to: '家', factor: 1 }],
  keywords: [],
  units: ['家', '户'],
};

describe('projection maths', () => {
  it('spreads +50% over 2022–2026 as 8.45% a year', () => {
    expect(annualRateFor(1.5, 5)).toBeCloseTo(8.4472, 3);
  });
  it('doubling over five years is 14.87% a year', () => {
    expect(annualRateFor(2, 5)).toBeCloseTo(14.8698, 3);
  });
  it('compounds 6% a year', () => {
    expect(compound(100, 6, 5)).toBeCloseTo(133.8226, 3);
    expect(compound(100, 8.4472, 5)).toBeCloseTo(150, 2);
  });
  it('computes the rate a goal requires from a stated level', () => {
    // 30 firms in 2021 to 40 in 2026
    expect(requiredAnnualRate(30, 2021, 40, 2026)).toBeCloseTo((Math.pow(40 / 30, 1 / 5) - 1) * 100, 6);
    expect(requiredAnnualRate(0, 2021, 40, 2026)).toBeNaN();
  });
  it('reads growth figures: 年均, over the period, one year, 翻一番, 下降', () => {
    const perYear = growthOfFigure(
      fig({
        kind: 'target',
        measure: 'growth',
        value: 6,
        rateBasis: 'per-year',
        period: { start: 2022, end: 2026 },
      }),
    )!;
    expect(perYear.annualRate).toBe(6);
    expect(perYear.multiplier).toBeCloseTo(1.338226, 5);
    const total = growthOfFigure(
      fig({ kind: 'target', measure: 'growth', value: 50, period: { start: 2022, end: 2026 } }),
    )!;
    expect(total.basis).toBe('over-period');
    expect(total.annualRate).toBeCloseTo(8.4472, 3);
    const doubling = growthOfFigure(
      fig({
        kind: 'target',
        measure: 'growth',
        value: 1,
        unit: '番',
        baseUnit: '番',
        period: { start: 2022, end: 2026 },
      }),
    )!;
    expect(doubling.multiplier).toBe(2);
    const twice = growthOfFigure(
      fig({
        kind: 'target',
        measure: 'growth',
        value: 1,
        unit: '倍',
        baseUnit: '倍',
        period: { start: 2022, end: 2026 },
      }),
    )!;
    expect(twice.multiplier).toBe(2);
    const fall = growthOfFigure(
      fig({
        kind: 'actual',
        measure: 'growth',
        value: 3,
        direction: 'decrease',
        period: { start: 2021, end: 2021 },
      }),
    )!;
    expect(fall.annualRate).toBe(-3);
    expect(
      growthOfFigure(
        fig({
          kind: 'target',
          measure: 'growth',
          value: 2,
          unit: '个百分点',
          period: { start: 2022, end: 2022 },
        }),
      ),
    ).toBeNull();
  });
});

describe('seriesFromFigures', () => {
  it('compounds a growth goal year by year from its stated base, keeping sources', () => {
    const base = fig({
      id: 'a',
      kind: 'actual',
      measure: 'level',
      value: 200,
      unit: '亿元',
      baseUnit: '元',
      baseValue: 2e10,
      period: { start: 2021, end: 2021 },
    });
    const goal = fig({
      id: 'g',
      kind: 'target',
      measure: 'growth',
      value: 50,
      period: { start: 2022, end: 2026 },
    });
    const s = seriesFromFigures('x', 'gdp', [base, goal]);
    expect(s.plans).toHaveLength(1);
    const plan = s.plans[0]!;
    expect(plan.method).toBe('compound-total');
    expect(plan.indexOnly).toBe(false);
    expect(plan.points.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(plan.points[0]!.kind).toBe('actual');
    expect(plan.points[1]!.kind).toBe('implied');
    expect(plan.points[1]!.value).toBeCloseTo(2e10 * 1.084472, -4);
    expect(plan.points[5]!.value).toBeCloseTo(3e10, -2);
    expect(plan.points[5]!.sourceFigureIds).toEqual(['a', 'g']);
    expect(s.requiredRate).toBeCloseTo(8.4472, 3);
    // the over-period goal also appears as the per-year rate it implies
    expect(s.rateSpans).toEqual([
      expect.objectContaining({
        kind: 'implied',
        period: { start: 2022, end: 2026 },
        sourceFigureIds: ['g'],
      }),
    ]);
    expect(s.rateSpans[0]!.rate).toBeCloseTo(8.4472, 3);
  });

  it('without a stated base the growth goal is an index path from 100, never an invented level', () => {
    const goal = fig({
      id: 'g',
      kind: 'target',
      measure: 'growth',
      value: 50,
      period: { start: 2022, end: 2026 },
    });
    const s = seriesFromFigures('hulan', 'gdp', [goal]);
    const plan = s.plans[0]!;
    expect(plan.indexOnly).toBe(true);
    expect(plan.points[0]).toEqual(expect.objectContaining({ year: 2021, value: 100, kind: 'base' }));
    expect(plan.points[5]!.value).toBeCloseTo(150, 6);
    expect(s.points).toEqual([]);
    expect(s.empty).toBe(false);
  });

  it('compounds 年均增长6% and joins an end-of-period goal from the latest actual', () => {
    const a2019 = fig({
      id: 'a1',
      kind: 'actual',
      measure: 'level',
      value: 20,
      period: { start: 2019, end: 2019 },
    });
    const a2021 = fig({
      id: 'a2',
      kind: 'estimate',
      measure: 'level',
      value: 30,
      unit: '户',
      baseUnit: '户',
      period: { start: 2017, end: 2021 },
    });
    const goal = fig({
      id: 'g',
      kind: 'target',
      measure: 'level',
      value: 40,
      comparator: '>=',
      period: { start: 2022, end: 2026 },
    });
    const s = seriesFromFigures('x', 'ind', [a2019, a2021, goal], indicator);
    expect(s.points.map((p) => [p.year, p.value, p.kind])).toEqual([
      [2019, 20, 'actual'],
      [2021, 30, 'estimate'],
      [2026, 40, 'target'],
    ]);
    const plan = s.plans[0]!;
    expect(plan.method).toBe('end-goal');
    expect(plan.points.map((p) => p.sourceFigureIds[0])).toEqual(['a2', 'g']);
    expect(plan.comparator).toBe('>=');
    expect(s.requiredRate).toBeCloseTo((Math.pow(4 / 3, 1 / 5) - 1) * 100, 6);
    // latest rate derived from the two stated levels
    expect(s.latestRate).toEqual(
      expect.objectContaining({ basis: 'derived', sourceFigureIds: ['a1', 'a2'] }),
    );
    expect(s.latestRate!.rate).toBeCloseTo((Math.sqrt(1.5) - 1) * 100, 6);
    const perYear = seriesFromFigures('x', 'ind', [
      fig({ id: 'b', kind: 'actual', measure: 'level', value: 100, period: { start: 2021, end: 2021 } }),
      fig({
        id: 'r',
        kind: 'target',
        measure: 'growth',
        value: 6,
        rateBasis: 'per-year',
        period: { start: 2022, end: 2026 },
      }),
    ]);
    expect(perYear.plans[0]!.method).toBe('compound-rate');
    expect(perYear.plans[0]!.points.at(-1)!.value).toBeCloseTo(133.8226, 3);
    expect(perYear.rateSpans).toEqual([expect.objectContaining({ rate: 6, kind: 'target' })]);
  });

  it('shows five-year totals as spans with a yearly mean, not as points', () => {
    const total = fig({
      id: 't',
      kind: 'actual',
      measure: 'level',
      value: 116,
      unit: '亿元',
      baseUnit: '元',
      baseValue: 1.16e10,
      cumulative: true,
      period: { start: 2017, end: 2021 },
    });
    const goal = fig({
      id: 'u',
      kind: 'target',
      measure: 'level',
      value: 200,
      unit: '亿元',
      baseUnit: '元',
      baseValue: 2e10,
      comparator: '>=',
      cumulative: true,
      period: { start: 2022, end: 2026 },
    });
    const s = seriesFromFigures('x', 'investment', [total, goal]);
    expect(s.points).toEqual([]);
    expect(s.spans.map((sp) => [sp.period.start, sp.period.end, sp.total, sp.yearlyMean, sp.kind])).toEqual([
      [2017, 2021, 1.16e10, 2.32e9, 'actual'],
      [2022, 2026, 2e10, 4e9, 'target'],
    ]);
    expect(s.plans).toEqual([]);
  });

  it('keeps one-year growth rates as their own line and finds the latest', () => {
    const s = seriesFromFigures('tonghua', 'gdp', [
      fig({ id: 'e', kind: 'estimate', measure: 'growth', value: 8, period: { start: 2021, end: 2021 } }),
      fig({ id: 't', kind: 'target', measure: 'growth', value: 9, period: { start: 2022, end: 2022 } }),
      fig({
        id: 'p',
        kind: 'actual',
        measure: 'growth',
        value: 6.3,
        rateBasis: 'per-year',
        period: { start: 2017, end: 2021 },
      }),
    ]);
    expect(s.rates.map((p) => [p.year, p.value, p.kind])).toEqual([
      [2021, 8, 'estimate'],
      [2022, 9, 'target'],
    ]);
    expect(s.latestRate).toEqual(
      expect.objectContaining({ rate: 8, kind: 'estimate', basis: 'year', sourceFigureIds: ['e'] }),
    );
    expect(s.rateSpans).toEqual([
      expect.objectContaining({ rate: 6.3, kind: 'actual', period: { start: 2017, end: 2021 } }),
    ]);
    // the one-year target still implies a path, as an index without a stated level
    expect(s.plans[0]).toEqual(
      expect.objectContaining({ indexOnly: true, period: { start: 2021, end: 2022 } }),
    );
    expect(s.plans[0]!.points[1]!.value).toBeCloseTo(109, 9);
  });

  it('adds percentage points to a stated share, and skips what cannot be drawn', () => {
    const s = seriesFromFigures('x', 'share', [
      fig({
        id: 's',
        kind: 'actual',
        measure: 'share',
        value: 50,
        unit: '%',
        period: { start: 2021, end: 2021 },
      }),
      fig({
        id: 'pp',
        kind: 'target',
        measure: 'growth',
        value: 5,
        unit: '个百分点',
        period: { start: 2022, end: 2026 },
      }),
      fig({
        id: 'old',
        kind: 'actual',
        measure: 'growth',
        value: 4.2,
        unit: '个百分点',
        period: { start: 2017, end: 2021 },
      }),
    ]);
    expect(s.plans[0]!.method).toBe('points-change');
    expect(s.plans[0]!.points.at(-1)!.value).toBeCloseTo(55, 9);
    expect(s.plans[0]!.annualRate).toBeCloseTo(1, 9);
    expect(s.requiredRate).toBeNull();
    expect(s.skipped.map((k) => k.figureId)).toEqual(['old']);
  });

  it('sparse data: one actual and one goal still make a chart; nothing is explicitly empty', () => {
    const one = seriesFromFigures('x', 'ind', [
      fig({ kind: 'actual', measure: 'level', value: 46, period: { start: 2021, end: 2021 } }),
      fig({ kind: 'target', measure: 'level', value: 50, period: { start: 2022, end: 2022 } }),
    ]);
    expect(one.empty).toBe(false);
    expect(one.plans).toHaveLength(1);
    expect(one.requiredRate).toBeCloseTo((50 / 46) * 100 - 100, 9);
    const lone = seriesFromFigures('x', 'ind', [
      fig({ kind: 'target', measure: 'level', value: 100, period: { start: 2022, end: 2026 } }),
    ]);
    expect(lone.plans).toEqual([]);
    expect(lone.points).toHaveLength(1);
    expect(lone.empty).toBe(false);
    const none = seriesFromFigures('x', 'ind', []);
    expect(none.empty).toBe(true);
    expect(none.latestRate).toBeNull();
    expect(none.requiredRate).toBeNull();
  });

  it('joins a goal only to a stated level of the same subject, and keeps required rates meaningful', () => {
    const s = seriesFromFigures('hulan', 'farmland', [
      fig({
        id: 'five',
        kind: 'actual',
        measure: 'level',
        value: 29.93,
        subject: '建设高标准农田',
        period: { start: 2017, end: 2021 },
      }),
      fig({
        id: 'one',
        kind: 'target',
        measure: 'level',
        value: 5,
        subject: '新建高标准农田',
        period: { start: 2022, end: 2022 },
      }),
    ]);
    expect(s.plans).toEqual([]);
    expect(s.requiredRate).toBeNull();
    const same = seriesFromFigures('x', 'firms', [
      fig({
        kind: 'actual',
        measure: 'level',
        value: 46,
        subject: '规模以上工业企业',
        period: { start: 2017, end: 2021 },
      }),
      fig({
        kind: 'target',
        measure: 'level',
        value: 50,
        subject: '规上工业企业',
        period: { start: 2022, end: 2026 },
      }),
    ]);
    expect(same.plans).toHaveLength(1);
    // five years of new jobs are not the base of one year's target
    const flow = seriesFromFigures('x', 'jobs', [
      fig({ kind: 'actual', measure: 'level', value: 19100, period: { start: 2017, end: 2021 } }),
      fig({ kind: 'target', measure: 'level', value: 2000, period: { start: 2022, end: 2022 } }),
    ]);
    expect(flow.plans).toEqual([]);
    expect(flow.points[0]!.periodStart).toBe(2017);
    // a ceiling (控制在5%以内) or a share is joined but needs no "required rate"
    const ceiling = seriesFromFigures('x', 'unemployment', [
      fig({ kind: 'actual', measure: 'share', value: 3.91, unit: '%', period: { start: 2021, end: 2021 } }),
      fig({
        kind: 'target',
        measure: 'share',
        value: 5,
        unit: '%',
        comparator: '<=',
        period: { start: 2022, end: 2022 },
      }),
    ]);
    expect(ceiling.plans).toHaveLength(1);
    expect(ceiling.requiredRate).toBeNull();
  });

  it('skips a level whose unit does not convert to the indicator unit', () => {
    const s = seriesFromFigures(
      'x',
      'ind',
      [
        fig({
          id: 'm',
          kind: 'actual',
          measure: 'level',
          value: 3,
          unit: '亩',
          baseUnit: '亩',
          period: { start: 2021, end: 2021 },
        }),
      ],
      indicator,
    );
    expect(s.points).toEqual([]);
    expect(s.skipped).toEqual([expect.objectContaining({ figureId: 'm' })]);
    expect(s.empty).toBe(true);
  });
});

/** Paths of every number in `x` that is not finite (a NaN or ±Infinity a chart would turn into coordinates). */
function nonFinite(x: unknown, path = ''): string[] {
  if (typeof x === 'number') return Number.isFinite(x) ? [] : [`${path}=${x}`];
  if (!x || typeof x !== 'object') return [];
  return Object.entries(x).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
}

describe('seriesFromFigures never emits a non-finite number', () => {
  // Figures given by code (the trend line's `.figures`) are not validated by parseDataset.
  it('skips a NaN growth estimate (property-test counterexample: tonghua budget-revenue-growth)', () => {
    const s = seriesFromFigures('tonghua', 'budget-revenue-growth', [
      fig({ id: 'e', kind: 'estimate', measure: 'growth', value: NaN, period: { start: 2021, end: 2021 } }),
      fig({ id: 't', kind: 'target', measure: 'growth', value: 5, period: { start: 2022, end: 2022 } }),
      fig({
        id: 'y',
        kind: 'target',
        measure: 'growth',
        value: 6,
        rateBasis: 'per-year',
        period: { start: 2022, end: 2026 },
      }),
    ]);
    expect(nonFinite(s)).toEqual([]);
    expect(s.rates.map((r) => [r.year, r.value])).toEqual([[2022, 5]]);
    expect(s.latestRate).toBeNull();
    expect(s.skipped).toEqual([expect.objectContaining({ figureId: 'e' })]);
  });
  it.each([NaN, Infinity, -Infinity])('skips levels, ranges and goals of %s', (bad) => {
    const s = seriesFromFigures(
      'x',
      'ind',
      [
        fig({ id: 'a', kind: 'actual', measure: 'level', value: bad, period: { start: 2020, end: 2020 } }),
        fig({ id: 'b', kind: 'actual', measure: 'level', value: 30, period: { start: 2021, end: 2021 } }),
        fig({
          id: 'h',
          kind: 'target',
          measure: 'level',
          value: 40,
          valueHi: bad,
          baseValueHi: bad,
          period: { start: 2026, end: 2026 },
        }),
        fig({
          id: 'c',
          kind: 'actual',
          measure: 'level',
          value: 5,
          baseValue: bad,
          cumulative: true,
          period: { start: 2017, end: 2021 },
        }),
        fig({ id: 'r', kind: 'target', measure: 'growth', value: bad, period: { start: 2022, end: 2026 } }),
      ],
      indicator,
    );
    expect(nonFinite(s)).toEqual([]);
    expect(s.points.map((p) => p.sourceFigureIds)).toEqual([['b']]);
    expect(s.skipped.map((k) => k.figureId).sort()).toEqual(['a', 'c', 'h', 'r']);
  });
  it('skips figures given by code outside the contract (comparator ≥, kind plan, no period), naming why', () => {
    const ok = fig({
      id: 'ok',
      kind: 'actual',
      measure: 'level',
      value: 30,
      period: { start: 2021, end: 2021 },
    });
    const bad = (id: string, extra: Record<string, unknown>): Figure =>
      ({
        ...fig({ id, kind: 'target', measure: 'level', value: 40, period: { start: 2026, end: 2026 } }),
        ...extra,
      }) as Figure;
    const s = seriesFromFigures(
      'x',
      'ind',
      [ok, bad('c', { comparator: '≥' }), bad('k', { kind: 'plan' }), bad('p', { period: undefined })],
      indicator,
    );
    expect(s.points.map((p) => p.sourceFigureIds)).toEqual([['ok']]);
    expect(s.plans).toEqual([]);
    expect(s.skipped).toEqual([
      { figureId: 'c', reason: 'comparator must be one of "=", ">=", "<=", "~", got "≥"' },
      { figureId: 'k', reason: 'kind must be one of "target", "actual", "estimate", got "plan"' },
      { figureId: 'p', reason: 'period must be an object, got nothing' },
    ]);
  });
  it('drops paths that overflow: 1.7e308 compounded, 翻1e15番, points added past the largest number', () => {
    const s = seriesFromFigures('x', 'gdp', [
      fig({ id: 'a', kind: 'actual', measure: 'level', value: 1.7e308, period: { start: 2021, end: 2021 } }),
      fig({ id: 'g', kind: 'target', measure: 'growth', value: 50, period: { start: 2022, end: 2026 } }),
      fig({
        id: 'f',
        kind: 'target',
        measure: 'growth',
        value: 1e15,
        unit: '番',
        period: { start: 2022, end: 2022 },
      }),
      fig({ id: 'm', kind: 'target', measure: 'level', value: -1e308, period: { start: 2026, end: 2026 } }),
    ]);
    expect(nonFinite(s)).toEqual([]);
    expect(s.points).toHaveLength(2);
    expect(s.plans.map((p) => p.method)).toEqual(['end-goal']);
    const shares = seriesFromFigures('x', 'share', [
      fig({ kind: 'actual', measure: 'share', value: 1.7e308, period: { start: 2021, end: 2021 } }),
      fig({
        kind: 'target',
        measure: 'growth',
        value: 1.7e308,
        unit: '个百分点',
        period: { start: 2022, end: 2022 },
      }),
    ]);
    expect(nonFinite(shares)).toEqual([]);
    expect(shares.plans).toEqual([]);
  });
});

describe('indexSeries', () => {
  const s = seriesFromFigures('x', 'gdp', [
    fig({ id: 'a0', kind: 'actual', measure: 'level', value: 150, period: { start: 2019, end: 2019 } }),
    fig({ id: 'a1', kind: 'actual', measure: 'level', value: 200, period: { start: 2021, end: 2021 } }),
    fig({ id: 'g', kind: 'target', measure: 'growth', value: 50, period: { start: 2022, end: 2026 } }),
  ]);
  it('sets the base-year level to 100 and carries the base figure as a source', () => {
    const ix = indexSeries(s, 2021)!;
    expect(ix.baseYear).toBe(2021);
    expect(ix.series.unit).toBe('index');
    expect(ix.series.points.map((p) => p.value)).toEqual([75, 100]);
    expect(ix.series.points[0]!.sourceFigureIds).toEqual(['a0', 'a1']);
    expect(ix.series.plans[0]!.points.at(-1)!.value).toBeCloseTo(150, 6);
    expect(ix.series.plans[0]!.points[0]!.kind).toBe('actual');
  });
  it('falls back to the earliest stated level, or the plan index, or null', () => {
    expect(indexSeries(s, 2000)!.baseYear).toBe(2019);
    const onlyPlan = seriesFromFigures('x', 'gdp', [
      fig({ kind: 'target', measure: 'growth', value: 100, period: { start: 2022, end: 2026 } }),
    ]);
    const ix = indexSeries(onlyPlan, 2021)!;
    expect(ix.baseYear).toBe(2021);
    expect(ix.base).toBeNull();
    expect(ix.series.plans[0]!.points.at(-1)!.value).toBeCloseTo(200, 6);
    const lone = seriesFromFigures('x', 'ind', [
      fig({ kind: 'target', measure: 'level', value: 40, period: { start: 2026, end: 2026 } }),
    ]);
    expect(indexSeries(lone)).toBeNull();
  });
  it('never takes a zero or negative level as the base, and drops values whose index overflows', () => {
    const z = seriesFromFigures('x', 'gdp', [
      fig({ id: 'z0', kind: 'actual', measure: 'level', value: 0, period: { start: 2019, end: 2019 } }),
      fig({ id: 'z1', kind: 'actual', measure: 'level', value: 1e-300, period: { start: 2020, end: 2020 } }),
      fig({ id: 'z2', kind: 'actual', measure: 'level', value: 1e300, period: { start: 2021, end: 2021 } }),
    ]);
    const ix = indexSeries(z, 2019)!;
    expect(ix.baseYear).toBe(2020);
    expect(ix.series.points.map((p) => p.value)).toEqual([0, 100]);
    expect(ix.series.points.every((p) => Number.isFinite(p.value))).toBe(true);
  });
});

describe('dataset queries', () => {
  const dataset: Dataset = {
    counties: [
      {
        id: 'x',
        name: { zh: '某县', en: 'X County' },
        province: { zh: '省', en: 'P' },
        prefecture: { zh: '市', en: 'C' },
        level: 'county',
        report: {
          year: 2022,
          title: 't',
          seed: 's.txt',
          completeness: 'whole',
          yearEvidence: 'e',
          yearConfidence: 'stated',
        },
      },
    ],
    indicators: [indicator],
    figures: [
      fig({
        id: 'x-1',
        county: 'x',
        kind: 'actual',
        measure: 'level',
        value: 46,
        unit: '户',
        baseUnit: '户',
        period: { start: 2021, end: 2021 },
      }),
      fig({
        id: 'y-1',
        county: 'y',
        kind: 'actual',
        measure: 'level',
        value: 9,
        period: { start: 2021, end: 2021 },
      }),
      fig({
        id: 'x-2',
        county: 'x',
        indicator: null,
        subject: '游客',
        kind: 'actual',
        measure: 'level',
        value: 500,
        unit: '万人次',
        baseUnit: '人次',
        baseValue: 5e6,
        period: { start: 2021, end: 2021 },
      }),
    ],
  };
  it('selects one county and indicator, converting units', () => {
    const s = indicatorSeries(dataset, 'x', 'ind');
    expect(s.points).toEqual([expect.objectContaining({ value: 46, sourceFigureIds: ['x-1'] })]);
    expect(s.unit).toBe('家');
  });
  it('reads uncatalogued subjects', () => {
    expect(subjectSeries(dataset, 'x', '游客').points[0]!.value).toBe(5e6);
  });
  it('brings in the paired growth or level indicator (gdp with gdp-growth)', () => {
    const gdp = { ...indicator, id: 'gdp', unit: '元', conversions: [] };
    const gdpGrowth = {
      ...indicator,
      id: 'gdp-growth',
      measure: 'growth' as const,
      unit: '%',
      conversions: [],
    };
    const d: Dataset = {
      ...dataset,
      indicators: [gdp, gdpGrowth],
      figures: [
        fig({
          id: 'l',
          county: 'x',
          indicator: 'gdp',
          kind: 'actual',
          measure: 'level',
          value: 80,
          unit: '亿元',
          baseUnit: '元',
          baseValue: 8e9,
          period: { start: 2021, end: 2021 },
        }),
        fig({
          id: 'g',
          county: 'x',
          indicator: 'gdp-growth',
          kind: 'target',
          measure: 'growth',
          value: 50,
          rateBasis: 'over-period',
          period: { start: 2022, end: 2026 },
        }),
        fig({
          id: 'o',
          county: 'y',
          indicator: 'gdp-growth',
          kind: 'target',
          measure: 'growth',
          value: 9,
          period: { start: 2022, end: 2022 },
        }),
      ],
    };
    expect(indicatorPair(d.indicators, 'gdp')).toEqual({ level: gdp, growth: gdpGrowth });
    expect(indicatorPair(d.indicators, 'gdp-growth')).toEqual({ level: gdp, growth: gdpGrowth });
    for (const id of ['gdp', 'gdp-growth']) {
      const s = indicatorSeries(d, 'x', id);
      expect(s.indicator).toBe(id);
      expect(s.unit).toBe('元');
      expect(s.plans[0]!.points.at(-1)!.value).toBeCloseTo(1.2e10, 0);
      expect(s.plans[0]!.sourceFigureIds).toEqual(['l', 'g']);
    }
  });
  it('names an unknown county or indicator', () => {
    expect(() => indicatorSeries(dataset, 'nowhere', 'ind')).toThrow(SeriesQueryError);
    expect(() => indicatorSeries(dataset, 'nowhere', 'ind')).toThrow(/nowhere/);
    expect(() => indicatorSeries(dataset, 'x', 'nothing')).toThrow(/Unknown indicator "nothing"/);
  });
});
