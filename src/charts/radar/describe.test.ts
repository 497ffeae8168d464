import { describe, expect, it } from 'vitest';
import { radarComparison } from '../../data/comparison.js';
import { sampleDataset } from '../../data/comparison.fixture.js';
import { describeRadar, radarMarkKey } from './describe.js';
import { radarLayout } from './layout.js';

const dataset = sampleDataset();

describe('describeRadar', () => {
  const comparison = radarComparison(dataset, { kind: 'actual' });
  const zh = describeRadar(comparison, dataset, { lang: 'zh-CN' });
  const en = describeRadar(comparison, dataset, { lang: 'en' });

  it('has one mark per county and axis, in the layout’s reading order', () => {
    const layout = radarLayout(comparison, { width: 800, height: 500 }, { lang: 'zh-CN' });
    expect(zh.marks.map((m) => m.key)).toEqual(
      layout.marks.map((m) => radarMarkKey(m.county, comparison.axes[m.axis].indicator.id)),
    );
    expect(zh.marks).toHaveLength(3 * 3);
  });

  it('tooltips give the value as written, kind and period, the converted value and the quoted sentence', () => {
    const beta = zh.marks.find((m) => m.key === 'beta:grain-area')!;
    expect(beta.tooltip.title).toBe('乙县 · 粮食播种面积');
    expect(beta.tooltip.rows[0]).toEqual({ label: '2021 实际', value: '1万公顷' });
    expect(beta.tooltip.rows[1].value).toBe('15万亩');
    expect(beta.tooltip.rows[2]).toEqual({ label: '相对值', value: '50%' });
    const figure = dataset.figures.find((f) => f.county === 'beta' && f.indicator === 'grain-area')!;
    expect(beta.tooltip.quotes).toEqual([
      { text: figure.source.sentence.trim(), cite: '乙县 2022年政府工作报告' },
    ]);
    expect(beta.select).toEqual({
      key: 'beta:grain-area',
      figureIds: [figure.id],
      county: 'beta',
      indicator: 'grain-area',
    });
    expect(beta.label).toContain('2021 实际 1万公顷');
    const betaEn = en.marks.find((m) => m.key === 'beta:gdp-growth')!;
    expect(betaEn.tooltip.rows[0]).toEqual({ label: '2021 estimate', value: '8%' });
  });

  it('gaps are marks that say not reported, with no number', () => {
    const gap = zh.marks.find((m) => m.key === 'gamma:gdp-growth')!;
    expect(gap.label).toBe('丙县，gdp growth：未报告'.replace('gdp growth', '地区生产总值增长'));
    expect(gap.tooltip.quotes).toEqual([]);
    expect(gap.select.figureIds).toEqual([]);
    expect(JSON.stringify(gap.tooltip)).not.toMatch(/\d/);
  });

  it('the table has a row per mark with raw values, and says not reported for gaps', () => {
    expect(zh.table.columns).toEqual(['县', '指标', '原文数值', '年份与类型', '比较值', '相对值']);
    expect(zh.table.rows).toHaveLength(zh.marks.length);
    expect(zh.table.rows[0]).toEqual(['甲县', '地区生产总值增长', '6%', '2021 实际', '6%', '75%']);
    expect(zh.table.rows.find((r) => r[0] === '丙县' && r[1] === '地区生产总值增长')).toEqual([
      '丙县',
      '地区生产总值增长',
      '未报告',
      '–',
      '–',
      '–',
    ]);
  });

  it('summary names the leader on each axis; notes list gaps; source names the reports', () => {
    expect(en.summary).toContain('Radar comparing 3 counties on 3 indicators (results)');
    expect(en.summary).toContain('gdp growth Beta (8%)');
    expect(zh.notes).toContain('×：该县报告没有给出这项数字（不是零）');
    expect(zh.source).toBe('来源:甲县 2022年政府工作报告;乙县 2022年政府工作报告;丙县 2023年政府工作报告');
    expect(zh.subtitle).toBe('各轴以所示县中最好的数值为100%');
  });

  it('hidden counties leave the marks and table; lower-is-better axes are named in the subtitle', () => {
    const t = radarComparison(dataset, { kind: 'target' });
    const d = describeRadar(t, dataset, { lang: 'en', hidden: new Set(['alpha']) });
    expect(d.marks.some((m) => m.key.startsWith('alpha:'))).toBe(false);
    expect(d.table.rows.some((r) => r[0] === 'Alpha')).toBe(false);
    expect(d.subtitle).toContain('energy intensity: lower is better, inverted');
    const all = describeRadar(t, dataset, { lang: 'en', hidden: new Set(['alpha', 'beta', 'gamma']) });
    expect(all.empty).toBe('All counties are hidden');
  });
});
