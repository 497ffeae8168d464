import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract.js';

const options = { county: 'test', seed: 'test.txt', reportYear: 2024, catalogue: [] };
const figures = (text: string) =>
  extractFigures(text, options).map((f) => [
    text.slice(f.source.start, f.source.end),
    f.kind,
    f.measure,
    f.period.start,
    f.period.end,
  ]);

describe('measure of figures that follow a time span', () => {
  it('reads growth rates listed by quarter after a growth word in an earlier clause', () => {
    const text = '一、2023年工作回顾\n规上工业增加值增速稳步回升,一季度2.1%、上半年3.6%、预计全年6%左右。';
    expect(figures(text)).toEqual([
      ['2.1%', 'actual', 'growth', 2023, 2023],
      ['3.6%', 'actual', 'growth', 2023, 2023],
      ['6%左右', 'estimate', 'growth', 2023, 2023],
    ]);
  });

  it('lets an enumeration after 增长 inherit the growth measure across commas', () => {
    const text = '一、2023年工作回顾\n税收收入1-6月增长4.1%,前三季度5.2%,全年5.6%。';
    expect(figures(text).map((f) => f[2])).toEqual(['growth', 'growth', 'growth']);
  });

  it('keeps a share a share when the earlier clause names a rate', () => {
    const text = '一、2023年工作回顾\n森林覆盖率稳中有升,上半年61.2%、全年61.5%。';
    expect(figures(text).map((f) => f[2])).toEqual(['share', 'share']);
  });

  it('does not carry a growth word into a clause that names its own subject', () => {
    const text = '一、2023年工作回顾\n地区生产总值增长5%,城镇化率58%。';
    expect(figures(text).map((f) => f[2])).toEqual(['growth', 'share']);
  });
});

describe('scraped text with stray blanks and marks', () => {
  it('finds the figures, sections and years of a review with blanks everywhere', () => {
    const text =
      ' 2024 年某某县政府工作报告\n 2024 年 1 月 8 日 ?\n一、2023 年工作回顾\n全县地区生产总值达到 156.3 亿元 ,增 长 5.2% 。\n二、2024 年工作安排\n到 2026 年,森林覆盖率达到 65% 以上。';
    expect(figures(text)).toEqual([
      ['156.3 亿元', 'actual', 'level', 2023, 2023],
      ['5.2%', 'actual', 'growth', 2023, 2023],
      ['65% 以上', 'target', 'share', 2024, 2026],
    ]);
  });

  it('reads a plan section opened by a heading that ends in a stray mark', () => {
    const text = '各位代表:\n一、2023年工作回顾\n新建公路20公里。\n二、重点任务 ?\n新建公路30公里。';
    expect(figures(text).map((f) => f[1])).toEqual(['actual', 'target']);
  });
});

describe('the reach of 预计 (estimated)', () => {
  it('covers a whole list of results that a sentence-opening 预计 heads, ; clauses included', () => {
    const text =
      '一、2023年工作回顾\n预计,地区生产总值增长7%左右;固定资产投资增长3%;社会消费品零售总额176亿元,增长10%。新增企业24家。';
    expect(figures(text).map((f) => f[1])).toEqual([
      'estimate',
      'estimate',
      'estimate',
      'estimate',
      'actual',
    ]);
  });

  it('reads 经初步预计 as opening the list, but not a 预计 inside a later clause', () => {
    const head = '一、2023年工作回顾\n经初步预计,全年实现生产总值163亿元;城镇居民人均可支配收入18817元。';
    expect(figures(head).map((f) => f[1])).toEqual(['estimate', 'estimate']);
    const inner = '一、2023年工作回顾\n生产总值163亿元;预计全年投资20亿元;新增企业24家。';
    expect(figures(inner).map((f) => f[1])).toEqual(['actual', 'estimate', 'actual']);
  });

  it('makes figures estimates from a bracketed (预计,同比,下同) note on, the figures it follows included', () => {
    const text =
      '一、2023年工作回顾\n全年完成地区生产总值595亿元,增长5.5%(预计,同比,下同);规模工业增加值270亿元。园区引进项目90个。\n二、2024年工作安排\n新建公路30公里。';
    expect(figures(text).map((f) => f[1])).toEqual([
      'estimate',
      'estimate',
      'estimate',
      'estimate',
      'target',
    ]);
  });

  it('keeps a bracketed 预计 without 下同 to its own sentence', () => {
    const text = '一、2023年工作回顾\n生产总值增长5.5%(预计数)。新增企业24家。';
    expect(figures(text).map((f) => f[1])).toEqual(['estimate', 'actual']);
  });
});
