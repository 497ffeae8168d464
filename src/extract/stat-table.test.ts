import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './cli.js';
import { extractFigures } from './extract.js';
import { readStatTables, readUnitCell } from './stat-table.js';

const catalogue = loadCatalogue();
const figuresOf = (text: string, reportYear = 2025) =>
  extractFigures(text, { county: 'test', seed: 'test.txt', reportYear, catalogue }).map((f) => [
    text.slice(f.source.start, f.source.end),
    f.kind,
    f.measure,
    f.value,
    f.unit,
    f.baseValue,
    `${f.period.start}`,
    f.indicator,
  ]);

describe('statistics tables written as text', () => {
  it('reads a table of levels and growth, its unit in a column of its own, a dash as missing', () => {
    const text =
      '附表\n\n2024年梅坪县主要经济指标完成情况\n指标名称\u3000单位\u30002024年\u3000增长%\n' +
      '地区生产总值\u3000亿元\u3000215.8\u30005.7\n' +
      '\u3000第一产业增加值\u3000亿元\u300038.6\u3000-3.9\n' +
      '规模以上工业增加值\u3000亿元\u3000—\u30008.2\n' +
      '常住人口城镇化率\u3000%\u300052.4\u30001.1\n' +
      '注:增长速度按可比价格计算。';
    expect(figuresOf(text)).toEqual([
      ['215.8', 'actual', 'level', 215.8, '亿元', 21580000000, '2024', 'gdp'],
      ['5.7', 'actual', 'growth', 5.7, '%', 5.7, '2024', 'gdp-growth'],
      ['38.6', 'actual', 'level', 38.6, '亿元', 3860000000, '2024', null],
      ['-3.9', 'actual', 'growth', 3.9, '%', 3.9, '2024', null],
      ['8.2', 'actual', 'growth', 8.2, '%', 8.2, '2024', 'industrial-value-added-growth'],
      ['52.4', 'actual', 'share', 52.4, '%', 52.4, '2024', 'urbanization-rate'],
      // a share's change is in percentage points
      ['1.1', 'actual', 'growth', 1.1, '个百分点', 1.1, '2024', null],
    ]);
    const fall = extractFigures(text, { county: 'test', seed: 'test.txt', reportYear: 2025, catalogue })[3];
    expect(fall?.direction).toBe('decrease');
    expect(fall?.source.sentence).toBe('第一产业增加值\u3000亿元\u300038.6\u3000-3.9');
  });

  it('reads target and estimate columns, tabs, and a unit in brackets after the name', () => {
    const text =
      '指标\t2025年预计\t2026年目标\n地区生产总值(亿元)\t318\t335\n一般公共预算收入增长(%)\t—\t5\n';
    expect(
      figuresOf(text, 2026).map(([quote, kind, measure, , unit, , year]) => [
        quote,
        kind,
        measure,
        unit,
        year,
      ]),
    ).toEqual([
      ['318', 'estimate', 'level', '亿元', '2025'],
      ['335', 'target', 'level', '亿元', '2026'],
      ['5', 'target', 'growth', '%', '2026'],
    ]);
  });

  it('leaves prose that starts with 指标 and rows that do not fit alone', () => {
    const text = '指标 体系不断完善,全年完成目标任务。\n指标名称 单位 2024年\n地区生产总值 亿元 215.8 5.7\n';
    expect(readStatTables(text, 2025)).toEqual([]);
  });

  it('reads a unit cell as multiplier, unit and denominator', () => {
    expect(readUnitCell('亿元')).toEqual({ unit: '亿元', baseUnit: '元', factor: 1e8 });
    expect(readUnitCell('元/人')).toEqual({ unit: '元/人', baseUnit: '元/人', factor: 1 });
    expect(readUnitCell('亿元左右')).toBeNull();
  });

  it('reads a table with a 序号 column and bars, and target cells with ranges and qualifiers', () => {
    const text =
      '附表:2026年经济社会发展主要指标\n序号｜指标名称（单位）｜2026年预期目标\n1｜地区生产总值增速（%）｜6—7\n' +
      '2｜规模以上工业增加值增速（%）｜8以上\n3｜城镇新增就业（人）｜3500\n4｜森林覆盖率（%）｜66以上\n注:增速按可比价计算。';
    const figures = extractFigures(text, { county: 'test', seed: 'test.txt', reportYear: 2026, catalogue });
    expect(
      figures.map((f) => [
        text.slice(f.source.start, f.source.end),
        f.kind,
        f.measure,
        f.value,
        f.valueHi,
        f.unit,
        f.comparator,
        f.indicator,
      ]),
    ).toEqual([
      ['6—7', 'target', 'growth', 6, 7, '%', '=', 'gdp-growth'],
      ['8以上', 'target', 'growth', 8, undefined, '%', '>=', 'industrial-value-added-growth'],
      ['3500', 'target', 'level', 3500, undefined, '人', '=', 'new-urban-jobs'],
      ['66以上', 'target', 'share', 66, undefined, '%', '>=', 'forest-coverage'],
    ]);
  });
});
