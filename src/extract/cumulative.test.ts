import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figure, Indicator } from '../data/types.js';
import { flowClause, isPeriodTotal, saysTotal, type TotalInput } from './cumulative.js';
import { extractFigures } from './extract.js';

const term = { start: 2017, end: 2021 };
const base: TotalInput = {
  clausePrefix: '',
  section: 'review-5y',
  measure: 'level',
  period: term,
  baseUnit: '亩',
  unit: '万亩',
};

describe('isPeriodTotal on single clauses', () => {
  it.each<[string, Partial<TotalInput>, boolean]>([
    // flows done over a five-year term
    ['建设高标准农田', {}, true],
    ['完成投资', { baseUnit: '元', unit: '亿元' }, true],
    ['实施重点建设项目', { baseUnit: '个', unit: '个' }, true],
    ['城镇新增就业', { baseUnit: '人', unit: '万人' }, true],
    ['改造农村厕所', { baseUnit: '户', unit: '户' }, true],
    ['招商引资到位资金', { baseUnit: '元', unit: '亿元' }, true],
    ['“三北”工程造林', {}, true],
    ['(3)新建停车场', { section: 'plan-5y', period: { start: 2022, end: 2026 } }, true],
    // levels reached, states, rates per year, honours
    ['规模以上工业企业达到', { baseUnit: '户', unit: '户' }, false],
    ['新建项目总数增至', { baseUnit: '个', unit: '个' }, false],
    ['粮食播种面积稳定在', {}, false],
    ['新增规模以上工业企业', { baseUnit: '户', unit: '户' }, true],
    ['城镇居民人均可支配收入', { baseUnit: '元', unit: '元' }, false],
    ['完成地区生产总值', { baseUnit: '元', unit: '亿元' }, false],
    ['年均新建农村公路', { baseUnit: '公里', unit: '公里' }, false],
    ['获得了全国文明城市、国家生态文明建设示范县等', { baseUnit: '项', unit: '项' }, false],
    ['建成区面积', { baseUnit: '平方公里', unit: '平方公里' }, false],
    ['企业开办时间压缩至', { baseUnit: '个工作日', unit: '个工作日' }, false],
    ['发放高龄补贴', { baseUnit: '元/人·月', unit: '元/人·月' }, false],
    // a verb deep inside the clause belongs to a name, not to the figure
    ['按照县委县政府统一部署全力推进建设', { baseUnit: '个', unit: '个' }, false],
    ['发展农民专业合作社', { baseUnit: '个', unit: '个' }, false],
  ])('%s → %s', (clause, over, expected) => {
    expect(isPeriodTotal({ ...base, ...over, clausePrefix: clause })).toBe(expected);
  });

  it('leaves shares and growth rates alone, even under 累计', () => {
    expect(
      isPeriodTotal({ ...base, clausePrefix: '森林覆盖率达到', measure: 'share', unit: '%', baseUnit: '%' }),
    ).toBe(false);
    expect(
      isPeriodTotal({
        ...base,
        clausePrefix: '单位能耗累计下降',
        measure: 'growth',
        unit: '%',
        baseUnit: '%',
      }),
    ).toBe(false);
  });

  it('infers a total only over a multi-year review or plan', () => {
    const clausePrefix = '建设高标准农田';
    expect(
      isPeriodTotal({ ...base, clausePrefix, section: 'review-1y', period: { start: 2021, end: 2021 } }),
    ).toBe(false);
    expect(
      isPeriodTotal({ ...base, clausePrefix, section: 'plan-year', period: { start: 2022, end: 2022 } }),
    ).toBe(false);
    // a review-5y sentence that names one year (2021年新建…) has a one-year period
    expect(isPeriodTotal({ ...base, clausePrefix, period: { start: 2021, end: 2021 } })).toBe(false);
    expect(
      isPeriodTotal({ ...base, clausePrefix, section: 'plan-5y', period: { start: 2022, end: 2026 } }),
    ).toBe(true);
  });

  it('takes 累计/共计/五年共 at their word in any section', () => {
    expect(saysTotal('五年累计纳税')).toBe(true);
    expect(saysTotal('五年共新建')).toBe(true);
    expect(saysTotal('共完成')).toBe(true);
    expect(saysTotal('建设公共投资平台')).toBe(false);
    expect(saysTotal('新建')).toBe(false);
    expect(
      isPeriodTotal({
        ...base,
        clausePrefix: '累计纳税',
        section: 'review-1y',
        period: { start: 2021, end: 2021 },
      }),
    ).toBe(true);
  });

  it('reads a flow verb only near the clause opening', () => {
    expect(flowClause('新建农村卫生厕所')).toBe(true);
    expect(flowClause('城镇新增就业')).toBe(true);
    expect(flowClause('签约额达')).toBe(false);
    expect(flowClause('日检测能力达')).toBe(false);
    expect(flowClause('建成达标学校')).toBe(true);
  });
});

describe('cumulative in a whole synthetic report', () => {
  const catalogue = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as Indicator[];
  const text = [
    '某某县2022年政府工作报告',
    '各位代表:',
    '一、过去五年工作回顾',
    '过去五年,我们砥砺前行。建设高标准农田12.5万亩,完成投资88亿元,实施重点项目64个。',
    '规模以上工业企业达到38户,森林覆盖率达到61.2%,城镇居民人均可支配收入达到31000元,年均增长6.1%。',
    '五年来新增城镇就业1.2万人,改造农村厕所5000座。年均新建农村公路80公里。',
    '二、2021年工作回顾',
    '一年来,新建高标准农田3万亩,完成投资20亿元。',
    '三、今后五年目标任务',
    '今后五年,累计完成固定资产投资500亿元,新建农村公路300公里。到2026年,规模以上工业企业达到60户。',
    '四、2022年工作安排',
    '新建高标准农田4万亩,完成投资25亿元。',
  ].join('\n');
  const figures = extractFigures(text, { county: 'x', seed: 'x.txt', reportYear: 2022, catalogue });
  const at = (written: string, occurrence = 0): Figure => {
    let from = -1;
    for (let i = 0; i <= occurrence; i++) from = text.indexOf(written, from + 1);
    const f = figures.find((g) => g.source.start <= from && g.source.end > from);
    if (!f) throw new Error(`no figure at ${written}`);
    return f;
  };

  it('marks flows of the five-year review as totals over 2017–2021', () => {
    for (const w of ['12.5万亩', '88亿元', '64个', '1.2万人', '5000座']) {
      expect(at(w), w).toMatchObject({ cumulative: true, kind: 'actual', period: term });
    }
  });

  it('leaves levels, shares, growth and per-year figures of the review alone', () => {
    for (const w of ['38户', '61.2%', '31000元', '6.1%', '80公里']) expect(at(w).cumulative, w).toBe(false);
  });

  it('leaves one-year reviews and one-year plans alone', () => {
    for (const w of ['3万亩', '20亿元', '4万亩', '25亿元']) expect(at(w).cumulative, w).toBe(false);
  });

  it('marks multi-year plan goals phrased as totals, not the level goals', () => {
    expect(at('500亿元')).toMatchObject({
      cumulative: true,
      kind: 'target',
      period: { start: 2022, end: 2026 },
    });
    expect(at('300公里')).toMatchObject({
      cumulative: true,
      kind: 'target',
      period: { start: 2022, end: 2026 },
    });
    expect(at('60户')).toMatchObject({ cumulative: false, kind: 'target' });
  });
});
