import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from './line-wraps.js';

const lines = (...l: string[]): string => l.join('\n');

describe('joinWrappedLines', () => {
  it('joins a sentence a PDF broke over printed lines, one unit for one', () => {
    const text = lines(
      '面对多重困难挑战，全县上下坚定信心、攻坚克难，全县地区生',
      '产总值完成 132.8 亿元，增长 6.5%；固定资产投资完成 86.4',
      '亿元，增长 7.1%。',
    );
    const joined = joinWrappedLines(text);
    expect(joined).toHaveLength(text.length);
    expect(joined.split('\n')).toHaveLength(1);
    expect(joined).toContain('全县地区生 产总值');
  });

  it('keeps headings, paragraph openers, sentence ends and blank lines as breaks', () => {
    const text = lines(
      '政府工作报告',
      '一、2023年工作回顾',
      '全年实施重点项目102个，完成投资72.5亿元，其中新开工项目46个',
      '（一）项目建设提速增效。全年实施重点项目 102 个，完成投',
      '资 72.5 亿元。',
      '',
      '各位代表：',
    );
    const out = joinWrappedLines(text).split('\n');
    expect(out[0]).toBe('政府工作报告');
    expect(out[1]).toBe('一、2023年工作回顾');
    // the line before (一) is long and open, but (一) opens a paragraph
    expect(out[2]).toBe('全年实施重点项目102个，完成投资72.5亿元，其中新开工项目46个');
    expect(out[3]).toBe('（一）项目建设提速增效。全年实施重点项目 102 个，完成投 资 72.5 亿元。');
    expect(out.slice(4)).toEqual(['', '各位代表：']);
  });

  it('blanks page numbers and joins the sentence they interrupt', () => {
    const text = lines(
      '全县粮食产量 15.6 万吨，建成高标准农田 2.5 万亩，新增市级',
      '— 2 —',
      '龙头企业 6 家。',
    );
    const joined = joinWrappedLines(text);
    expect(joined).toHaveLength(text.length);
    expect(joined).not.toContain('\n');
    expect(joined).not.toContain('2 —');
  });

  it('does not join a web page’s short header line to the paragraph below it', () => {
    const paragraph =
      '在充分衔接党代会提出的奋斗目标基础上,我们对今后五年的发展提出了细化量化、可观可感的具体目标,要实现地区生产总值超过1800亿元。';
    const text = lines('版次:03 作者:2023年01月12日', paragraph, paragraph);
    expect(joinWrappedLines(text)).toBe(text);
  });

  it('reads a CRLF file the same way', () => {
    const text = [
      '面对多重困难挑战，全县上下坚定信心，攻坚克难，固定资产投资完成 86.4',
      '亿元，增长 7.1%；社会消费品零售总额 54.3 亿元，增长 6.8%。',
    ].join('\n');
    const crlf = text.replace(/\n/g, '\r\n');
    const joined = joinWrappedLines(
      ['全县上下坚定信心、攻坚克难，全县地区生产总值完成 132.8 亿元，', crlf].join('\r\n'),
    );
    expect(joined).not.toMatch(/[\r\n]/);
    expect(joined).toContain('86.4  亿元');
  });

  it('joins nothing on a page that lists one item a line, from a short label to a paragraph', () => {
    const text = lines(
      '【数说2024】',
      '地区生产总值：218.6亿元，增长5.8%',
      '社会消费品零售总额：86.4亿元，增长4.9%',
      '一般公共预算收入：9.86亿元，同口径增长3.2%',
      '城镇居民人均可支配收入：41260元，增长4.1%',
      '农村居民人均可支配收入：19870元，增长6.3%',
      '【关键词：项目】',
      '实施自治区、市层面统筹推进重大项目58个，完成投资72.3亿元',
      '新签约项目41个，签约总额186亿元，其中亿元以上项目29个',
      '甘蔗种植面积稳定在52万亩，榨季产糖38.6万吨',
      '县政府坚持项目为王，全年围绕糖业、林产、文旅三大产业谋划储备项目236个，总投资超过900亿元，争取新增地方政府专项债券资金12.6亿元，带动社会投资稳步回升',
      '全县民生支出占一般公共预算支出的比重稳定在80%以上，城镇新增就业3120人，新建改扩建中小学和幼儿园12所，新增学位4600个，群众获得感不断增强',
    );
    expect(joinWrappedLines(text)).toBe(text);
  });
});
