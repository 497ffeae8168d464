import { describe, expect, it } from 'vitest';
import { ChartDataError } from '../core/errors.js';
import { describeTrend, type TrendRequest } from './describe.js';
import { trendFixture } from './fixture.js';
import { parseDataset } from '../../data/load.js';
import counties from '../../../data/counties.json' with { type: 'json' };
import indicators from '../../../data/indicators.json' with { type: 'json' };
import figures from '../../../data/figures.json' with { type: 'json' };

const req = (r: Partial<TrendRequest>): TrendRequest => ({
  counties: [],
  indicator: undefined,
  indexed: 'auto',
  view: 'auto',
  baseYear: undefined,
  lang: 'zh-CN',
  ...r,
});

describe('describeTrend', () => {
  it('draws figures given by code as the same figures from the dataset, when a dataset names them', () => {
    const dataset = parseDataset({ counties, indicators, figures });
    const own = dataset.figures.filter((f) => f.county === 'tonghua');
    for (const indicator of ['budget-revenue', 'gdp']) {
      const request = req({ counties: ['tonghua'], indicator, lang: 'en' });
      const fromDataset = describeTrend(dataset, undefined, request);
      const fromFigures = describeTrend(dataset, own, request);
      expect(fromFigures.title, indicator).toBe(fromDataset.title);
      expect(
        fromFigures.marks.map((m) => m.label),
        indicator,
      ).toEqual(fromDataset.marks.map((m) => m.label));
      expect(fromFigures.marks.length, indicator).toBeGreaterThan(0);
    }
  });

  it('names each mark with county, period and value, and quotes its sentence', () => {
    const d = describeTrend(
      trendFixture,
      undefined,
      req({ counties: ['sample'], indicator: 'above-scale-enterprises' }),
    );
    expect(d.title).toBe('示例县规上工业企业');
    expect(d.marks.map((m) => m.label)).toEqual([
      '规上工业企业,2019 实际:23家',
      '规上工业企业,2021 预计:30家',
      '规上工业企业,到2026年目标:≥40家',
    ]);
    expect(d.marks[2]!.tooltip.quotes).toEqual([
      { text: '(示例)到2026年,规上工业企业达到40家以上。', cite: '示例县 2022年政府工作报告' },
    ]);
    expect(d.marks[2]!.select).toEqual(
      expect.objectContaining({
        figureIds: ['sample-3'],
        county: 'sample',
        indicator: 'above-scale-enterprises',
      }),
    );
    expect(d.table.rows).toEqual([
      ['示例县', '2019', '实际', '23家'],
      ['示例县', '2021', '预计', '30家'],
      ['示例县', '2026', '目标', '≥40家'],
    ]);
    expect(d.summary).toContain('需年均 +5.92%');
    expect(d.source).toBe('来源:示例县 2022年政府工作报告');
  });

  it('marks a derived point as implied by the plan and quotes the goal it came from', () => {
    const d = describeTrend(
      trendFixture,
      undefined,
      req({ counties: ['hulan'], indicator: 'gdp', lang: 'en' }),
    );
    const implied = d.marks.find((m) => m.key.endsWith(':1'))!;
    expect(implied.label).toBe(
      'GDP, 2026 implied by plan: 150 (Implied by the plan, not a reported value: +8.45%/yr)',
    );
    expect(implied.tooltip.quotes[0]!.text).toContain('地区生产总值总量增长50%');
    expect(d.subtitle).toBe('Index, 2021 = 100');
    expect(d.notes).toContain(
      'The report gives no base level, so the planned path is shown as an index (base = 100).',
    );
  });

  it('orders spans among points in keyboard order', () => {
    const d = describeTrend(
      trendFixture,
      undefined,
      req({ counties: ['tonghua'], indicator: 'fixed-asset-investment' }),
    );
    expect(d.items.map((i) => (i.period ? 'span' : 'point'))).toEqual(['span', 'point', 'span']);
    expect(d.table.rows.map((r) => r[1])).toEqual(['2017–2021', '2021', '2022–2026']);
    expect(d.marks[0]!.tooltip.note).toBe('多年累计,高度为年均值');
  });

  it('names spans for what they are: totals in the level view, average rates in the rate view', () => {
    const level = describeTrend(
      trendFixture,
      undefined,
      req({ counties: ['tonghua'], indicator: 'fixed-asset-investment' }),
    );
    expect(level.legend?.find((l) => l.symbol === 'span')).toMatchObject({
      label: '多年累计(年均)',
      color: 'c-actual',
    });
    const dataset = parseDataset({ counties, indicators, figures });
    const rate = describeTrend(
      dataset,
      undefined,
      req({ counties: ['tonghua'], indicator: 'budget-revenue-growth', lang: 'en' }),
    );
    expect(rate.model.view).toBe('rate');
    // 年均增长6% over 2022–2026 is a goal: a rate, in the target colour.
    expect(rate.legend?.find((l) => l.symbol === 'span')).toMatchObject({
      label: 'Average yearly rate over several years',
      color: 'c-target',
    });
  });

  it('draws growth indicators as rates', () => {
    const d = describeTrend(trendFixture, undefined, req({ counties: ['tonghua'], indicator: 'gdp-growth' }));
    expect(d.model.view).toBe('rate');
    expect(d.table.rows).toEqual([
      ['通化县', '2021', '预计', '+8%'],
      ['通化县', '2022', '目标', '+9%'],
    ]);
  });

  it('says what is wrong: unknown county, unknown indicator, nothing asked', () => {
    const err = (r: Partial<TrendRequest>) => {
      try {
        describeTrend(trendFixture, undefined, req(r));
      } catch (e) {
        return e as ChartDataError;
      }
      throw new Error('no error');
    };
    expect(err({ counties: ['atlantis'], indicator: 'gdp' }).kind).toBe('unknown-county');
    expect(err({ counties: ['atlantis'], indicator: 'gdp' }).messages.en).toContain('"atlantis"');
    expect(err({ counties: ['hulan'], indicator: 'happiness' }).kind).toBe('unknown-indicator');
    expect(err({ indicator: 'gdp' }).kind).toBe('invalid-attribute');
    expect(err({ counties: ['hulan'] }).kind).toBe('invalid-attribute');
  });

  it('an indicator without figures is an explicit empty state, not an error', () => {
    const d = describeTrend(
      trendFixture,
      undefined,
      req({ counties: ['quiet'], indicator: 'gdp', lang: 'en' }),
    );
    expect(d.empty).toBe('Quiet County: The report gives nothing to chart here.');
    expect(d.marks).toEqual([]);
  });

  it('charts figures given by code, without a dataset', () => {
    const figures = trendFixture.figures.filter((f) => f.county === 'sample');
    const d = describeTrend(undefined, figures, req({ indicator: 'above-scale-enterprises' }));
    expect(d.marks).toHaveLength(3);
    expect(d.marks[0]!.tooltip.quotes[0]!.cite).toBe('sample.txt');
  });
});
