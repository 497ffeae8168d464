import { describe, expect, it } from 'vitest';
import { inferYear, sessionDate } from './year.js';

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

  it.each([
    [
      '2023年,是贯彻落实党的二十大精神的开局之年。\n——县域经济实力取得新突破。预计(下同)全年实现生产总值280亿元,同比增长6%。',
      2024,
    ],
    ['2024年,深入学习贯彻二十届二中全会精神,实现地区生产总值130亿元、增长6.5%(预计数,下同)。', 2025],
    ['2022年,学习贯彻党的二十大精神,全县生产总值增长5%(预计,同比,下同)。', 2023],
  ] as const)(
    'results marked as estimates review the year named last, above a Party-meeting floor: %s → %d',
    (text, year) => {
      expect(inferYear(text)).toMatchObject({ year, confidence: 'inferred' });
    },
  );

  it('an estimate mark does not read the end of a plan span, nor go below the Party-meeting floor', () => {
    // 2021-2035年 is a plan's span, not the year reviewed
    expect(
      inferYear(
        '编制《国土空间总体规划(2021-2035年)》。2024年,贯彻二十届三中全会精神,增长6.5%(预计数,下同)。',
      ),
    ).toMatchObject({ year: 2025 });
    // the latest year named is older than the meeting cited: the meeting's floor stands
    expect(inferYear('2021年,全县生产总值增长6%(预计,下同)。深入学习贯彻二十届三中全会精神。')).toMatchObject(
      {
        year: 2025,
      },
    );
    // no estimate mark: a text citing 党的二十大 keeps the congress's year
    expect(inferYear('2023年,我们将深入学习贯彻党的二十大精神,地区生产总值增长6%左右。')).toMatchObject({
      year: 2023,
    });
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

  it.each([
    // news of a session held in December plans for the next year; the latest year named is no evidence
    [
      '郧阳区人民代表大会召开\n时间:2022-12-26 16:52 来源:某某广电\n会议提出,2023年,某某区将力争实现增长15%以上。',
      2023,
    ],
    [
      '某某区人民代表大会开幕\n2021-01-29 08:00:00 来源:某某区政府在线\n回顾了2020年工作,部署了2021年任务目标。',
      2021,
    ],
    ['版次:03 作者:2023年01月12日\n(上接第一版)今后五年,力争2024年班列到发量占全市50%。', 2023],
    ['来源: | 发布时间: 2023-01-10 18:31\n报告指出,过去一年,全区经济稳中向好。', 2023],
  ] as const)('reads the date line of a web page: %s → %d', (text, year) => {
    expect(inferYear(text)).toMatchObject({ year, confidence: 'inferred' });
  });

  it('prefers the title year to the date a page was posted', () => {
    expect(inferYear('2022年某某县政府工作报告\n发布时间:2023-03-01 来源:县政府办')).toMatchObject({
      year: 2022,
      confidence: 'stated',
    });
  });

  it('does not read a date in the body as the page date', () => {
    expect(
      inferYear('会议回顾了工作。\n2021年7月1日,全县隆重庆祝建党100周年;2021年全县新建公路20公里。'),
    ).toMatchObject({ year: 2022 });
  });

  it('reads the year named where the text sets 今年 targets (2026年是…开局之年。…今年…主要目标)', () => {
    const text =
      '3月16日,某某区人大会议开幕。\n2026年是“十五五”规划开局之年。在全省会议上,某某区作表态发言。今年政府工作的主要目标是:地区生产总值增长4.5%左右。';
    expect(inferYear(text)).toMatchObject({ year: 2026, confidence: 'stated' });
  });

  it('does not take a year reviewed in December (今年确定的主要目标任务全面完成) for the plan year', () => {
    const text = '2024年是极不平凡的一年。今年确定的主要目标任务全面完成,2024年全县生产总值增长5%。';
    expect(inferYear(text)).toMatchObject({ year: 2025 });
  });

  it.each([
    ['各位代表:\n今年是“十五五”规划开局之年。全县地区生产总值增长5.5%左右。', 2026],
    ['各位代表:\n今年是“十四五”规划收官之年,地区生产总值增长6%左右。', 2025],
    // a December session: 今年 is the year reviewed, 明年 the plan
    [
      '各位代表:\n今年是“十四五”规划收官之年。一年来,我们攻坚克难。\n明年是“十五五”规划开局之年,做好明年工作意义重大。',
      2026,
    ],
    ['今年是“十四五”规划收官之年,经济运行稳中向好。\n二、明年工作安排\n明年,全县地区生产总值增长6%。', 2026],
    ['一、“十四五”时期工作回顾\n五年来,全县地区生产总值年均增长6.1%。', 2026],
    ['一、过去五年工作回顾\n二、今后五年的目标\n今后五年,是“十五五”规划实施的五年。', 2026],
    [
      '今年以来,全县地区生产总值增长5.3%。明年,地区生产总值增长6%左右。会议深入贯彻党的二十届四中全会精神。',
      2026,
    ],
  ] as const)('reads a year named by the five-year plan or a plenum: %s → %d', (text, year) => {
    expect(inferYear(text)).toMatchObject({ year, confidence: 'inferred' });
  });

  it('does not take a reviewed year that 是…之年 names without 今年 targets for the plan year', () => {
    const text = '2025年是“十四五”规划的收官之年,也是我县攻坚之年。一年来,我们全力抓发展。';
    expect(inferYear(text)).toMatchObject({ year: 2026 });
  });
});

describe('inferYear from a title block date', () => {
  it('reads a dateline in Chinese numerals, and one given in December as the next year', () => {
    expect(
      inferYear('政府工作报告\n——二〇二五年一月八日在某某县第十届人民代表大会第四次会议上\n各位代表:')?.year,
    ).toBe(2025);
    expect(inferYear('某某县人民政府工作报告\n二〇二四年十二月二十六日\n各位代表:')?.year).toBe(2025);
  });

  it('reads a date alone on a title-block line, in brackets or full-width, and quotes it', () => {
    const inferred = inferYear('政府工作报告\n（2025年1月8日）\n各位代表：\n一、过去一年工作回顾');
    expect(inferred?.year).toBe(2025);
    expect(inferred?.evidence).toContain('“（2025年1月8日）”');
    expect(inferYear('政府工作报告\n２０２６年１月９日\n各位代表：')?.year).toBe(2026);
  });

  it('does not read a date inside a body line', () => {
    expect(
      inferYear('各位代表:\n2024年3月5日召开的会议上,我们部署了全年工作。')?.evidence ?? '',
    ).not.toContain('given');
  });

  it('reads a PDF scrape: letter-spaced digits and a date line broken over two lines', () => {
    const text =
      '政 府 工 作 报 告\n——2 0 2 4 年 1 月 1 2 日在某县第十七届人民代表大会第\n四次会议上\n各位代表：\n一、2 0 2 3 年工作回顾';
    expect(inferYear(text)?.year).toBe(2024);
  });
});

describe('sessionDate', () => {
  it('reads the date the report was given from its title block, not from a page or the body', () => {
    expect(sessionDate('政府工作报告\n——2021年7月29日在某县第十八届人民代表大会第一次会议上')).toEqual({
      year: 2021,
      month: 7,
    });
    expect(sessionDate('政府工作报告\n二〇二四年十二月二十六日\n各位代表:')).toEqual({
      year: 2024,
      month: 12,
    });
    expect(sessionDate('各位代表:\n过去一年,2024年3月5日召开的会议上我们部署了全年工作。')).toBeNull();
  });
});
