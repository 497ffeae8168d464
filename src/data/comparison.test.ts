import { describe, expect, it } from 'vitest';
import {
  ComparisonError,
  normalize,
  radarComparison,
  type RadarValue,
  type RadarVertex,
} from './comparison.js';
import { county, figure, indicator, sampleDataset } from './comparison.fixture.js';
import type { Dataset } from './types.js';

function vertex(values: readonly RadarValue[], i: number): RadarVertex {
  const v = values[i];
  if (v.status !== 'reported') throw new Error(`axis ${i} is a gap`);
  return v;
}

function cell(c: ReturnType<typeof radarComparison>, countyId: string, indicatorId: string): RadarValue {
  const s = c.series.find((x) => x.county.id === countyId);
  const i = c.axes.findIndex((a) => a.indicator.id === indicatorId);
  if (!s || i < 0) throw new Error(`no ${countyId}/${indicatorId}`);
  return s.values[i];
}

describe('radarComparison: axes', () => {
  it('defaults to comparable indicators that at least two chosen counties report, in catalogue order', () => {
    const c = radarComparison(sampleDataset(), { kind: 'actual' });
    // gdp-growth (alpha, beta), grain-area (alpha, beta), good-air-days (alpha, gamma);
    // energy-intensity has only targets; tourists is not comparable.
    expect(c.axes.map((a) => a.indicator.id)).toEqual(['gdp-growth', 'grain-area', 'good-air-days']);
    const t = radarComparison(sampleDataset(), { kind: 'target' });
    expect(t.axes.map((a) => a.indicator.id)).toEqual(['gdp-growth', 'energy-intensity']);
  });

  it('counts only the chosen counties when choosing default indicators', () => {
    const c = radarComparison(sampleDataset(), { kind: 'actual', counties: ['alpha', 'gamma'] });
    expect(c.axes.map((a) => a.indicator.id)).toEqual(['good-air-days']);
    expect(c.series.map((s) => s.county.id)).toEqual(['alpha', 'gamma']);
  });

  it('keeps explicitly asked indicators even when only one county reports them', () => {
    const c = radarComparison(sampleDataset(), {
      kind: 'actual',
      indicators: ['grain-area', 'good-air-days'],
    });
    expect(c.axes.map((a) => a.indicator.id)).toEqual(['grain-area', 'good-air-days']);
  });

  it('names unknown counties, unknown or incomparable indicators, and empty comparisons', () => {
    const d = sampleDataset();
    expect(() => radarComparison(d, { kind: 'actual', counties: ['nowhere'] })).toThrow(
      /Unknown county "nowhere"/,
    );
    expect(() => radarComparison(d, { kind: 'actual', indicators: ['nope'] })).toThrow(
      /Unknown indicator "nope"/,
    );
    expect(() => radarComparison(d, { kind: 'actual', indicators: ['tourists'] })).toThrow(/not comparable/);
    expect(() => radarComparison(d, { kind: 'actual', indicators: ['energy-intensity'] })).toThrow(
      /No chosen county reports a result for indicator "energy-intensity"/,
    );
    expect(() => radarComparison(d, { kind: 'actual', counties: ['beta', 'gamma'] })).toThrow(
      ComparisonError,
    );
  });
});

describe('radarComparison: kind and period selection', () => {
  it('actual picks results (and 预计 estimates), stating kind and period', () => {
    const c = radarComparison(sampleDataset(), { kind: 'actual' });
    const a = cell(c, 'alpha', 'gdp-growth');
    const b = cell(c, 'beta', 'gdp-growth');
    expect(a).toMatchObject({
      status: 'reported',
      value: 6,
      kind: 'actual',
      period: { start: 2021, end: 2021 },
    });
    expect(b).toMatchObject({
      status: 'reported',
      value: 8,
      kind: 'estimate',
      period: { start: 2021, end: 2021 },
    });
  });

  it("target picks the report year's annual target before a five-year goal", () => {
    const c = radarComparison(sampleDataset(), { kind: 'target' });
    expect(cell(c, 'alpha', 'gdp-growth')).toMatchObject({
      value: 7,
      kind: 'target',
      period: { start: 2022, end: 2022 },
    });
    expect(cell(c, 'gamma', 'gdp-growth')).toMatchObject({ value: 5, period: { start: 2023, end: 2023 } });
    // gamma's 2023 target next to alpha's 2022 target: the axis says its periods differ.
    expect(c.axes[0].mixedPeriods).toBe(true);
  });

  it('latest takes the most recent result, else the nearest target, and says which', () => {
    const c = radarComparison(sampleDataset(), { kind: 'latest' });
    expect(cell(c, 'alpha', 'gdp-growth')).toMatchObject({ kind: 'actual', value: 6 });
    expect(cell(c, 'gamma', 'gdp-growth')).toMatchObject({
      kind: 'target',
      value: 5,
      period: { start: 2023, end: 2023 },
    });
    expect(c.axes.find((a) => a.indicator.id === 'gdp-growth')?.mixedPeriods).toBe(true);
  });

  it('prefers the most recent result, and an actual over an estimate for the same year', () => {
    const d = sampleDataset();
    const figures = [
      ...d.figures,
      figure('alpha', 'grain-area', 'estimate', 310000, '亩', { start: 2021, end: 2021 }),
      figure('alpha', 'grain-area', 'actual', 200000, '亩', { start: 2020, end: 2020 }),
    ];
    const c = radarComparison({ ...d, figures }, { kind: 'actual' });
    expect(cell(c, 'alpha', 'grain-area')).toMatchObject({ value: 300000, kind: 'actual' });
  });

  it('shows a five-year total as its yearly mean and annualises an over-period growth, labelled', () => {
    const d: Dataset = {
      counties: [county('alpha', '甲县'), county('beta', '乙县')],
      indicators: [indicator('investment', '元'), indicator('gdp-growth', '%')],
      figures: [
        figure('alpha', 'investment', 'actual', 5e9, '元', { start: 2017, end: 2021 }, { cumulative: true }),
        figure('beta', 'investment', 'actual', 2e9, '元', { start: 2021, end: 2021 }),
        figure(
          'alpha',
          'gdp-growth',
          'target',
          50,
          '%',
          { start: 2022, end: 2026 },
          { rateBasis: 'over-period' },
        ),
        figure('beta', 'gdp-growth', 'target', 7, '%', { start: 2022, end: 2022 }),
      ],
    };
    const actual = radarComparison(d, { kind: 'actual' });
    expect(cell(actual, 'alpha', 'investment')).toMatchObject({ value: 1e9, derivation: 'yearly-mean' });
    const target = radarComparison(d, { kind: 'target' });
    const g = cell(target, 'alpha', 'gdp-growth') as RadarVertex;
    expect(g.derivation).toBe('annualised');
    expect(g.value).toBeCloseTo(8.447, 3);
  });
});

describe('radarComparison: growth rates', () => {
  it('signs falls (下降) and turns 翻一番 into a per-year rate', () => {
    const d: Dataset = {
      counties: [county('alpha', '甲县'), county('beta', '乙县')],
      indicators: [indicator('gdp-growth', '%')],
      figures: [
        figure(
          'alpha',
          'gdp-growth',
          'actual',
          3,
          '%',
          { start: 2021, end: 2021 },
          { direction: 'decrease' },
        ),
        figure('beta', 'gdp-growth', 'actual', 1, '番', { start: 2017, end: 2021 }, { measure: 'growth' }),
      ],
    };
    const c = radarComparison(d, { kind: 'actual' });
    expect(cell(c, 'alpha', 'gdp-growth')).toMatchObject({ value: -3 });
    const b = cell(c, 'beta', 'gdp-growth') as RadarVertex;
    expect(b.value).toBeCloseTo((Math.pow(2, 1 / 5) - 1) * 100, 9);
    expect(b.derivation).toBe('annualised');
    // A negative value puts the axis on a linear scale: the fall sits at 0, the rise at 1.
    expect(c.axes[0].scale.method).toBe('linear');
    expect((cell(c, 'alpha', 'gdp-growth') as RadarVertex).normalized).toBe(0);
  });

  it('percentage points do not pass for a growth rate', () => {
    const d: Dataset = {
      counties: [county('alpha', '甲县'), county('beta', '乙县')],
      indicators: [indicator('gdp-growth', '%')],
      figures: [
        figure('alpha', 'gdp-growth', 'actual', 6, '%', { start: 2021, end: 2021 }),
        figure(
          'beta',
          'gdp-growth',
          'actual',
          1.5,
          '个百分点',
          { start: 2021, end: 2021 },
          { measure: 'growth' },
        ),
        figure('beta', 'gdp-growth', 'actual', 5, '%', { start: 2020, end: 2020 }),
      ],
    };
    const c = radarComparison(d, { kind: 'actual', indicators: ['gdp-growth'] });
    expect(cell(c, 'beta', 'gdp-growth')).toMatchObject({ value: 5, period: { start: 2020, end: 2020 } });
  });
});

describe('radarComparison: units and normalisation', () => {
  it('converts to the canonical unit (公顷 → 亩, days → % of the year) and keeps the figure as written', () => {
    const c = radarComparison(sampleDataset(), { kind: 'actual' });
    const beta = cell(c, 'beta', 'grain-area') as RadarVertex;
    expect(beta.value).toBe(150000);
    expect(beta.unit).toBe('亩');
    expect(beta.figure.unit).toBe('公顷');
    const alphaAir = cell(c, 'alpha', 'good-air-days') as RadarVertex;
    expect(alphaAir.value).toBeCloseTo(80, 6);
    expect(alphaAir.unit).toBe('%');
  });

  it('normalises each axis to its largest shown value', () => {
    const c = radarComparison(sampleDataset(), { kind: 'actual' });
    expect((cell(c, 'alpha', 'gdp-growth') as RadarVertex).normalized).toBeCloseTo(6 / 8, 9);
    expect((cell(c, 'beta', 'gdp-growth') as RadarVertex).normalized).toBe(1);
    expect((cell(c, 'alpha', 'grain-area') as RadarVertex).normalized).toBe(1);
    expect((cell(c, 'beta', 'grain-area') as RadarVertex).normalized).toBeCloseTo(0.5, 9);
    expect(c.axes[1].scale).toMatchObject({
      method: 'ratio',
      basis: 'best',
      reference: 300000,
      referenceCounty: 'alpha',
    });
  });

  it('inverts lower-is-better axes: the smallest value is outermost, others in proportion', () => {
    const c = radarComparison(sampleDataset(), { kind: 'target' });
    const axis = c.axes.find((a) => a.indicator.id === 'energy-intensity');
    expect(axis?.inverted).toBe(true);
    expect((cell(c, 'alpha', 'energy-intensity') as RadarVertex).normalized).toBe(1);
    expect((cell(c, 'beta', 'energy-intensity') as RadarVertex).normalized).toBeCloseTo(0.5, 9);
    expect((cell(c, 'gamma', 'energy-intensity') as RadarVertex).normalized).toBeCloseTo(0.4, 9);
    expect(c.axes.find((a) => a.indicator.id === 'gdp-growth')?.inverted).toBe(false);
  });

  it('normalises to a reference county where it reports, else to the best value', () => {
    const c = radarComparison(sampleDataset(), { kind: 'actual', reference: 'beta' });
    expect(c.reference).toBe('beta');
    expect((cell(c, 'beta', 'gdp-growth') as RadarVertex).normalized).toBe(1);
    expect((cell(c, 'alpha', 'grain-area') as RadarVertex).normalized).toBeCloseTo(2, 9);
    const air = c.axes.find((a) => a.indicator.id === 'good-air-days');
    expect(air?.scale.basis).toBe('best'); // beta does not report it
  });

  it('normalises to stated reference values per indicator', () => {
    const c = radarComparison(sampleDataset(), { kind: 'actual', reference: { 'gdp-growth': 10 } });
    expect(c.reference).toBe('values');
    expect(c.axes[0].scale).toMatchObject({ basis: 'value', reference: 10 });
    expect((cell(c, 'beta', 'gdp-growth') as RadarVertex).normalized).toBeCloseTo(0.8, 9);
    expect(c.axes[1].scale.basis).toBe('best');
  });

  it('uses a linear axis when a value is zero or negative, 1 at the best value', () => {
    const d: Dataset = {
      counties: [county('alpha', '甲县'), county('beta', '乙县'), county('gamma', '丙县')],
      indicators: [indicator('gdp-growth', '%'), indicator('debt', '%', { higherIsBetter: false })],
      figures: [
        figure('alpha', 'gdp-growth', 'actual', -2, '%', { start: 2021, end: 2021 }),
        figure('beta', 'gdp-growth', 'actual', 6, '%', { start: 2021, end: 2021 }),
        figure('gamma', 'gdp-growth', 'actual', 0, '%', { start: 2021, end: 2021 }),
        figure('alpha', 'debt', 'actual', -1, '%', { start: 2021, end: 2021 }),
        figure('beta', 'debt', 'actual', 3, '%', { start: 2021, end: 2021 }),
      ],
    };
    const c = radarComparison(d, { kind: 'actual' });
    expect(c.axes[0].scale).toMatchObject({ method: 'linear', domain: [-2, 6], reference: 6 });
    expect((cell(c, 'alpha', 'gdp-growth') as RadarVertex).normalized).toBe(0);
    expect((cell(c, 'gamma', 'gdp-growth') as RadarVertex).normalized).toBeCloseTo(0.25, 9);
    expect((cell(c, 'alpha', 'debt') as RadarVertex).normalized).toBe(1);
    expect((cell(c, 'beta', 'debt') as RadarVertex).normalized).toBe(0);
  });

  it('normalize(): ratio and linear, plain and inverted', () => {
    expect(normalize(5, { method: 'ratio', basis: 'best', reference: 10 }, false)).toBe(0.5);
    expect(normalize(20, { method: 'ratio', basis: 'best', reference: 10 }, true)).toBe(0.5);
    expect(normalize(15, { method: 'ratio', basis: 'value', reference: 10 }, false)).toBe(1.5);
    expect(normalize(0, { method: 'linear', basis: 'best', reference: 4, domain: [-4, 4] }, false)).toBe(0.5);
    expect(normalize(0, { method: 'linear', basis: 'best', reference: -4, domain: [-4, 4] }, true)).toBe(0.5);
  });
});

describe('radarComparison: gaps', () => {
  it('marks a county that does not report an indicator as not-reported, never zero', () => {
    const c = radarComparison(sampleDataset(), { kind: 'actual' });
    const gap = cell(c, 'gamma', 'gdp-growth');
    expect(gap).toEqual({ status: 'not-reported', county: 'gamma', indicator: 'gdp-growth' });
    expect('value' in gap).toBe(false);
    expect('normalized' in gap).toBe(false);
    expect(cell(c, 'beta', 'good-air-days').status).toBe('not-reported');
  });

  it('a figure in a unit that does not convert is a gap, not a wrong number', () => {
    const d = sampleDataset();
    const figures = [
      ...d.figures,
      figure('gamma', 'grain-area', 'actual', 5, '万元', { start: 2021, end: 2021 }),
    ];
    const c = radarComparison({ ...d, figures }, { kind: 'actual' });
    expect(cell(c, 'gamma', 'grain-area').status).toBe('not-reported');
  });

  it('a value that overflows in the axis unit (1.7e308 公顷 × 15) is a gap, never Infinity', () => {
    const d = sampleDataset();
    const figures = [
      ...d.figures,
      figure('gamma', 'grain-area', 'actual', 1.7e308, '公顷', { start: 2021, end: 2021 }),
    ];
    const c = radarComparison({ ...d, figures }, { kind: 'actual' });
    expect(cell(c, 'gamma', 'grain-area').status).toBe('not-reported');
    expect((cell(c, 'alpha', 'grain-area') as RadarVertex).normalized).toBe(1);
  });

  it('every vertex keeps the ids of the figures it came from, and they exist in the dataset', () => {
    const d = sampleDataset();
    const ids = new Set(d.figures.map((f) => f.id));
    for (const kind of ['target', 'actual', 'latest'] as const) {
      const c = radarComparison(d, { kind });
      for (const s of c.series) {
        s.values.forEach((v, i) => {
          if (v.status !== 'reported') return;
          expect(v.sourceFigureIds.length).toBeGreaterThan(0);
          for (const id of v.sourceFigureIds) expect(ids.has(id)).toBe(true);
          expect(v.figure.indicator).toBe(c.axes[i].indicator.id);
          expect(v.figure.county).toBe(s.county.id);
          expect(vertex(s.values, i).normalized).toBeGreaterThanOrEqual(0);
        });
      }
    }
  });
});
