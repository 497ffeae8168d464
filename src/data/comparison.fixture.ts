/** A small hand-made dataset for comparison and radar layout tests (not the real reports). */
import type { County, Dataset, Figure, FigureKind, Indicator, Measure, Period } from './types.js';

export function county(id: string, zh: string, year = 2022): County {
  return {
    id,
    name: { zh, en: id[0].toUpperCase() + id.slice(1) },
    province: { zh: '吉林省', en: 'Jilin' },
    prefecture: { zh: '某市', en: 'Somewhere' },
    level: 'county',
    report: {
      year,
      title: `${zh}政府工作报告`,
      seed: `${id}.txt`,
      completeness: 'whole',
      yearEvidence: 'test',
      yearConfidence: 'stated',
    },
  };
}

export function indicator(
  id: string,
  unit: string,
  opts: Partial<Pick<Indicator, 'higherIsBetter' | 'comparable' | 'conversions' | 'measure'>> & {
    zh?: string;
  } = {},
): Indicator {
  const measure: Measure = opts.measure ?? (unit === '%' ? 'growth' : 'level');
  return {
    id,
    name: { zh: opts.zh ?? id, en: id.replace(/-/g, ' ') },
    category: 'economy',
    measure,
    unit,
    unitName: { zh: unit, en: unit },
    higherIsBetter: opts.higherIsBetter ?? true,
    comparable: opts.comparable ?? true,
    conversions: opts.conversions ?? [],
    keywords: [],
    units: [unit],
  };
}

let seq = 0;
export function figure(
  countyId: string,
  indicatorId: string | null,
  kind: FigureKind,
  baseValue: number,
  baseUnit: string,
  period: Period,
  extra: Partial<Figure> = {},
): Figure {
  seq += 1;
  const sentence = `${countyId} ${indicatorId ?? ''} ${kind} ${baseValue}${baseUnit}。`;
  return {
    id: `${countyId}-${seq}`,
    county: countyId,
    indicator: indicatorId,
    subject: indicatorId ?? '',
    kind,
    measure: baseUnit === '%' ? 'growth' : 'level',
    value: baseValue,
    unit: baseUnit,
    baseValue,
    baseUnit,
    comparator: '=',
    cumulative: false,
    period,
    source: { seed: `${countyId}.txt`, start: 0, end: 1, sentence, sentenceStart: 0 },
    ...extra,
  };
}

const y = (start: number, end = start): Period => ({ start, end });

/** Three counties, four indicators; gaps, a lower-is-better axis, a conversion, mixed kinds. */
export function sampleDataset(): Dataset {
  const counties = [county('alpha', '甲县'), county('beta', '乙县'), county('gamma', '丙县', 2023)];
  const indicators = [
    indicator('gdp-growth', '%', { zh: '地区生产总值增长' }),
    indicator('grain-area', '亩', {
      zh: '粮食播种面积',
      conversions: [{ from: '公顷', to: '亩', factor: 15 }],
    }),
    indicator('energy-intensity', '%', { zh: '单位GDP能耗', higherIsBetter: false, measure: 'share' }),
    indicator('good-air-days', '%', {
      zh: '空气质量优良天数比例',
      measure: 'share',
      conversions: [{ from: '天', to: '%', factor: 100 / 365 }],
    }),
    indicator('tourists', '人次', { comparable: false }),
  ];
  const figures: Figure[] = [
    figure('alpha', 'gdp-growth', 'actual', 6, '%', y(2021)),
    figure('alpha', 'gdp-growth', 'target', 7, '%', y(2022)),
    figure('alpha', 'gdp-growth', 'target', 8, '%', y(2022, 2026)),
    figure('beta', 'gdp-growth', 'estimate', 8, '%', y(2021)),
    figure('beta', 'gdp-growth', 'target', 6.5, '%', y(2022)),
    figure('gamma', 'gdp-growth', 'target', 5, '%', y(2023)),
    figure('alpha', 'grain-area', 'actual', 300000, '亩', y(2021)),
    figure('beta', 'grain-area', 'actual', 10000, '公顷', y(2021)), // 150,000 亩
    figure('alpha', 'energy-intensity', 'target', 2, '%', y(2022), { measure: 'share' }),
    figure('beta', 'energy-intensity', 'target', 4, '%', y(2022), { measure: 'share' }),
    figure('gamma', 'energy-intensity', 'target', 5, '%', y(2023), { measure: 'share' }),
    figure('alpha', 'good-air-days', 'actual', 292, '天', y(2021), { measure: 'share' }), // 80%
    figure('gamma', 'good-air-days', 'actual', 87.6, '%', y(2022), { measure: 'share' }),
    figure('alpha', 'tourists', 'actual', 100000, '人次', y(2021)),
    figure('beta', 'tourists', 'actual', 200000, '人次', y(2021)),
  ];
  return { counties, indicators, figures };
}
