import { describe, expect, it } from 'vitest';
import { inferYear } from './year.js';

describe('inferYear on scraped and plan-only texts', () => {
  it('reads a title with blanks inside the date and quotes it as written', () => {
    const text =
      ' 2022 年某某县政府工作报告\n 2022 年 1 月 10 日在某某县第十七届人民代表大会第二次会议上 ?\n';
    expect(inferYear(text)).toEqual({
      year: 2022,
      confidence: 'stated',
      evidence: 'title: “2022 年某某县政府工作报告”',
    });
  });

  it.each([
    ['三、2026年目标任务和重点工作', 2026],
    ['二、2026 年主要任务', 2026],
    ['建议2026年全县经济社会发展的主要预期目标是:地区生产总值增长6%。', 2026],
    ['今年全县经济社会发展的努力目标为:……\n2026年的奋斗目标是', 2026],
  ] as const)('plan heading %s → %d', (text, year) => {
    expect(inferYear(text)).toMatchObject({ year, confidence: 'stated' });
  });

  it('does not take a past plan reported as done for the plan year', () => {
    const text = '过去一年,我们全面完成2023年目标任务。\n2023年目标任务完成情况良好。\n一、2023年工作回顾\n';
    expect(inferYear(text)).toMatchObject({ year: 2024, confidence: 'inferred' });
  });

  it.each([
    ['深入学习贯彻党的二十大和二十届二中、三中全会精神', 2025],
    ['贯彻落实党的十九届四中、五中全会精神', 2021],
    ['学习贯彻二十届二中全会和党的二十大精神', 2024],
  ] as const)('reads the latest of several plenums: %s → %d', (text, year) => {
    expect(inferYear(text)).toMatchObject({ year, confidence: 'inferred' });
  });

  it('reads the latest year named across blanks', () => {
    expect(inferYear('2020 年,全县新建农村公路45公里;2019 年完成植树造林。')).toMatchObject({ year: 2021 });
  });

  it.each([
    // given in January: the report of that year, not the year after the latest one named
    [
      '2017政府工作报告\n——2017年1月10日在某某区第十六届人民代表大会第一次会议上\n对今后五年和2017年工作提出建议',
      2017,
    ],
    // a mid-year session opening a new term: the year it is held in, not the next
    [
      '政府工作报告—2021年7月29日在某某自治县第八届人民代表大会第一次会议上\n一、过去五年发展成就和2021年上半年工作回顾',
      2021,
    ],
    // given in December: the next year's report
    ['政府工作报告\n——2022年12月23日在某某县第十八届人民代表大会第二次会议上\n一、2022年工作回顾', 2023],
    // the dateline wins over a Party congress the text cites
    [
      '政 府 工 作 报 告\n——2026 年 1 月 14 日在某某县第十八届人民代表大会\n第五次会议上\n深入贯彻党的二十大精神',
      2026,
    ],
  ] as const)('reads the dateline of the title block: %s → %d', (text, year) => {
    expect(inferYear(text)).toMatchObject({ year, confidence: 'inferred' });
  });

  it('reads a review heading that names the year and the five-year term together', () => {
    expect(inferYear('2025年和“十四五”工作回顾\n刚刚过去的2025年,深入贯彻党的二十大精神。')).toMatchObject({
      year: 2026,
      evidence: 'reviews 2025: “2025年和“十四五”工作回顾”',
    });
  });
});
