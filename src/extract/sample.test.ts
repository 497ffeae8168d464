import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../data/types.js';

const figures = JSON.parse(readFileSync('data/figures.json', 'utf8')) as Figure[];
const text = (seed: string) => readFileSync(`seeds/${seed}`, 'utf8');

/** Hand-checked against the report texts: [county, figure as written, words right before it, expected]. */
const sample: Array<[string, string, string, Partial<Figure>]> = [
  [
    'hulan',
    '29.93万亩',
    '高标准农田',
    {
      value: 29.93,
      unit: '万亩',
      baseValue: 299300,
      kind: 'actual',
      period: { start: 2017, end: 2021 },
      indicator: 'high-standard-farmland',
    },
  ],
  [
    'hulan',
    '翻一番',
    '预算收入',
    {
      value: 100,
      unit: '%',
      measure: 'growth',
      rateBasis: 'over-period',
      kind: 'target',
      period: { start: 2022, end: 2026 },
    },
  ],
  [
    'hulan',
    '50%',
    '总量增长',
    { measure: 'growth', kind: 'target', period: { start: 2022, end: 2026 }, indicator: 'gdp-growth' },
  ],
  [
    'hulan',
    '40家',
    '规模以上企业达到',
    { kind: 'target', period: { start: 2022, end: 2026 }, indicator: 'above-scale-enterprises' },
  ],
  [
    'hulan',
    '1-2家',
    '流通业企业',
    { value: 1, valueHi: 2, kind: 'target', period: { start: 2022, end: 2022 } },
  ],
  [
    'hulan',
    '控制在4.3%以内',
    '失业率',
    { comparator: '<=', measure: 'share', indicator: 'urban-unemployment-rate' },
  ],
  ['hulan', '3%', '施用量减少', { measure: 'growth', direction: 'decrease' }],
  [
    'tonghua',
    '88%以上',
    '比重达到',
    { kind: 'estimate', comparator: '>=', measure: 'share', period: { start: 2021, end: 2021 } },
  ],
  [
    'tonghua',
    '4.2个百分点',
    '较2017年提升',
    { measure: 'growth', direction: 'increase', period: { start: 2017, end: 2021 } },
  ],
  ['tonghua', '6.3%', '年均分别增长', { measure: 'growth', rateBasis: 'per-year', kind: 'actual' }],
  [
    'tonghua',
    '33.8亿元',
    '预计完成固定资产投资',
    { kind: 'estimate', period: { start: 2021, end: 2021 }, indicator: 'fixed-asset-investment' },
  ],
  [
    'tonghua',
    '超过200亿元',
    '累计',
    { cumulative: true, comparator: '>=', kind: 'target', period: { start: 2022, end: 2026 } },
  ],
  [
    'tonghua',
    '9%',
    '地区生产总值增长',
    { kind: 'target', period: { start: 2022, end: 2022 }, indicator: 'gdp-growth' },
  ],
  [
    'tonghua',
    '1万余座',
    '农村厕所',
    { value: 1, unit: '万座', baseValue: 10000, comparator: '~', indicator: 'rural-toilets' },
  ],
  [
    'yitong',
    '93%以上',
    '力争达到',
    { kind: 'target', measure: 'share', period: { start: 2023, end: 2023 }, indicator: 'good-air-ratio' },
  ],
  ['changbai', '10项', '目前已完成', { kind: 'actual', period: { start: 2022, end: 2022 } }],
  [
    'fuxin',
    '60万千瓦',
    '装机容量',
    { baseValue: 600000, baseUnit: '千瓦', indicator: 'new-energy-capacity' },
  ],
];

describe('hand-checked sample of data/figures.json', () => {
  it.each(sample)('%s %s', (county, written, before, expected) => {
    const found = figures.filter((f) => {
      if (f.county !== county) return false;
      const t = text(f.source.seed);
      return t.slice(f.source.start, f.source.end) === written && t.slice(0, f.source.start).endsWith(before);
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('extracts none of the non-figures in the reports', () => {
    const written = new Set(figures.map((f) => text(f.source.seed).slice(f.source.start, f.source.end)));
    for (const no of [
      '47号',
      '3570',
      '500千伏',
      '35蒸吨',
      '前10位',
      '5000万元以上重点项目',
      '72年',
      '100周年',
    ]) {
      expect(
        [...written].some((w) => w.includes(no)),
        no,
      ).toBe(false);
    }
  });
});
