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

describe('an estimate note written behind the figure', () => {
  it('makes the figure it follows an estimate: 880亿元(预计)', () => {
    const text =
      '一、过去五年工作回顾\n五年来,区级增加值从619.98亿元增长到880亿元(预计);区级财政收入从61.60亿元增长到104.12亿元。';
    expect(figures(text).map((f) => [f[0], f[1]])).toEqual([
      ['619.98亿元', 'actual'],
      ['880亿元', 'estimate'],
      ['61.60亿元', 'actual'],
      ['104.12亿元', 'actual'],
    ]);
  });
});

describe('periods in a five-year review (report year 2024: 2019–2023)', () => {
  const periods = (text: string) => figures(text).map((f) => [f[0], f[3], f[4]]);

  it('puts the undated start level of a from-to pair in the year before the span', () => {
    expect(periods('一、过去五年工作回顾\n五年来,工业增加值从1.66亿元增长到2.05亿元。')).toEqual([
      ['1.66亿元', 2018, 2018],
      ['2.05亿元', 2019, 2023],
    ]);
  });

  // a level dated by its own year is that year's (fixtures/README.md: "dated levels in their year")
  it('reads a year followed by its figure (到2023年61.95亿元) as a year, not a date', () => {
    const text =
      '一、过去五年工作回顾\n预计全县生产总值从2018年的39.70亿元增长到2023年61.95亿元,年均增长9.3%。';
    expect(periods(text)).toEqual([
      ['39.70亿元', 2018, 2018],
      ['61.95亿元', 2023, 2023],
      ['9.3%', 2019, 2023],
    ]);
  });

  it('spans a growth against a base year from the year after it to the year named before it', () => {
    const text =
      '一、过去五年工作回顾\n本区生产总值预计2023年达到316亿元,比2018年增长85.7%;2023年第三产业比重达到73.8%,比2018年提高11个百分点。';
    expect(periods(text)).toEqual([
      ['316亿元', 2023, 2023],
      ['85.7%', 2019, 2023],
      ['73.8%', 2023, 2023],
      ['11个百分点', 2019, 2023],
    ]);
  });

  it('keeps a five-year total on the whole term when an earlier clause names the last year', () => {
    const text =
      '一、过去五年工作回顾\n2023年社会消费品零售总额达41.6亿元,全社会固定资产投资五年累计完成406.5亿元。';
    expect(periods(text)).toEqual([
      ['41.6亿元', 2023, 2023],
      ['406.5亿元', 2019, 2023],
    ]);
  });

  it('runs 自2019年起 to the end of the span', () => {
    expect(periods('一、过去五年工作回顾\n自2019年起旅游景点年接待游客量均超过1000万人次。')).toEqual([
      ['超过1000万人次', 2019, 2023],
    ]);
  });
});

describe('targets of the coming term (report year 2024: 2024–2028)', () => {
  const periods = (text: string) => figures(text).map((f) => [f[0], f[1], f[3], f[4]]);

  it('opens the five-year plan at a sentence that sets goals for 今后五年 anywhere in it', () => {
    const text =
      '在充分衔接党代会部署的基础上,我们对今后五年的发展提出了具体目标。总体来说,要实现地区生产总值超过1800亿元。';
    expect(periods(text)).toEqual([['超过1800亿元', 'target', 2024, 2028]]);
  });

  it('keeps an average yearly rate on the whole term when an earlier clause names a year', () => {
    const text = '二、今后五年主要目标\n力争2025年班列到发量占全市50%,进出口总额年均增速10%以上。';
    expect(periods(text)).toEqual([
      ['50%', 'target', 2025, 2025],
      ['10%以上', 'target', 2024, 2028],
    ]);
  });
});

describe('growth against the end of the last five-year plan', () => {
  it('runs 较“十三五”末增长 from 2021 to the year reviewed', () => {
    const text = '各位代表:\n一、2023年工作回顾\n地区生产总值达到4469亿元,较“十三五”末增长24.3%。';
    expect(figures(text).map((f) => [f[0], f[3], f[4]])).toEqual([
      ['4469亿元', 2023, 2023],
      ['24.3%', 2021, 2023],
    ]);
  });
});

describe('a from-to pair dated at its start', () => {
  it('gives the year after 由/从 to the start level only', () => {
    const text = '各位代表:\n一、过去五年工作回顾\n五年来,地区生产总值由2018年的98.7亿元增加到156.2亿元。';
    expect(figures(text).map((f) => [f[0], f[3], f[4]])).toEqual([
      ['98.7亿元', 2018, 2018],
      ['156.2亿元', 2019, 2023],
    ]);
  });
});

describe('results over a five-year plan named for its span', () => {
  it('runs “十四五”以来 from the plan’s first year to the year reviewed', () => {
    const text = '各位代表:\n一、2023年工作回顾\n“十四五”以来,地区生产总值年均增长6.4%。全年粮食产量31万吨。';
    expect(figures(text).map((f) => [f[0], f[3], f[4]])).toEqual([
      ['6.4%', 2021, 2023],
      ['31万吨', 2023, 2023],
    ]);
  });

  it('runs an average rate or a total over the span the paragraph opened with, in a later sentence', () => {
    const text =
      '各位代表:\n一、2023年工作回顾\n“十四五”以来,我们坚持稳中求进。地区生产总值年均增长6.5%,累计新增城镇就业1.2万人。全年粮食产量31万吨。\n' +
      '2021年以来,我们狠抓项目。地方一般公共预算收入年均增长5.1%。\n' +
      '规上工业增加值年均增长9.2%。';
    expect(figures(text).map((f) => [f[0], f[3], f[4]])).toEqual([
      ['6.5%', 2021, 2023],
      ['1.2万人', 2021, 2023],
      // a level of the year, not an average or a total: the year's
      ['31万吨', 2023, 2023],
      ['5.1%', 2021, 2023],
      // a new paragraph: the opener is gone (a 年均 rate in a one-year review stays the year's)
      ['9.2%', 2023, 2023],
    ]);
  });

  it('runs 党的十八大以来 from the year after the congress', () => {
    const text =
      '各位代表:\n一、2023年工作回顾\n党的十八大以来,全县城镇居民人均可支配收入年均增长7.8%。\n党的十九大以来,我们砥砺前行。累计实施重点项目326个。';
    expect(figures(text).map((f) => [f[0], f[3], f[4]])).toEqual([
      ['7.8%', 2013, 2023],
      ['326个', 2018, 2023],
    ]);
  });

  it('reads “十三五”期间 in a later review as the plan’s five years', () => {
    const text = '各位代表:\n一、2023年工作回顾\n“十三五”期间,累计新增城镇就业2.5万人。';
    expect(figures(text).map((f) => [f[0], f[3], f[4]])).toEqual([['2.5万人', 2016, 2020]]);
  });

  it('leaves a target’s span to its section (a project planned in “十四五”时期 is not a goal for 2025)', () => {
    const text = '各位代表:\n三、2024年工作安排\n全年加快推进“十四五”时期谋划的120个项目建设。';
    expect(figures(text).map((f) => [f[0], f[1], f[3], f[4]])).toEqual([['120个', 'target', 2024, 2024]]);
  });
});

describe('a five-year plan that is over by the report year', () => {
  it('reads “十四五”期间 in a report for 2026 as the past term, not the coming one', () => {
    const text = '各位代表:\n一、过去五年工作回顾\n“十四五”期间,累计完成固定资产投资862亿元,年均增长8.4%。';
    const figures = extractFigures(text, { ...options, reportYear: 2026 }).map((f) => [
      text.slice(f.source.start, f.source.end),
      f.kind,
      f.period.start,
      f.period.end,
    ]);
    expect(figures).toEqual([
      ['862亿元', 'actual', 2021, 2025],
      ['8.4%', 'actual', 2021, 2025],
    ]);
  });
});

describe('growth against a named base year in a review', () => {
  it('runs 比2020年翻了一番 from the year after the base to the year reviewed', () => {
    const text = '一、2023年工作回顾\n数字经济核心产业增加值比2020年翻了一番。';
    expect(figures(text).map((f) => [f[0], f[1], f[2], f[3], f[4]])).toEqual([
      ['翻了一番', 'actual', 'growth', 2021, 2023],
    ]);
  });
});

describe('a mid-year session (a new term given in July)', () => {
  it('reads the review of 今年以来 / 上半年 as the report year, and the 十三五 review as before', () => {
    const text =
      '各位代表:\n一、“十三五”时期工作回顾\n五年来,地区生产总值年均增长6.8%。\n二、今年以来工作情况\n上半年,全县地区生产总值完成76.4亿元,同比增长13.6%;规模以上工业增加值增长18.2%。';
    const run = (sessionMonth?: number) =>
      extractFigures(text, { ...options, reportYear: 2021, ...(sessionMonth ? { sessionMonth } : {}) }).map(
        (f) => [text.slice(f.source.start, f.source.end), f.period.start, f.period.end],
      );
    expect(run(7)).toEqual([
      ['6.8%', 2016, 2020],
      ['76.4亿元', 2021, 2021],
      ['13.6%', 2021, 2021],
      ['18.2%', 2021, 2021],
    ]);
    // given in January (or month unknown), the past-year review is of the year before
    expect(run(1).map((f) => f[1])).toEqual([2016, 2020, 2020, 2020]);
    expect(run().map((f) => f[1])).toEqual([2016, 2020, 2020, 2020]);
  });
});
