import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './cli.js';
import { extractFigures } from './extract.js';

/** Phrasings of a plain county review that name their indicator indirectly. */
const catalogue = loadCatalogue();
/** The figures the extractor finds in `text`, a report for `reportYear` (given in `sessionMonth` when said). */
const figuresOf = (text: string, reportYear: number, sessionMonth?: number) =>
  extractFigures(text, {
    county: 'test',
    seed: 'test.txt',
    reportYear,
    catalogue,
    ...(sessionMonth ? { sessionMonth } : {}),
  });
const indicators = (text: string) => figuresOf(text, 2025).map((f) => [f.value, f.indicator, f.subject]);

describe('indicators of a plain review paragraph', () => {
  it('gives a rate 同口径 / 按可比价格计算 the subject before it', () => {
    const text =
      '一、2024年工作回顾\n一般公共预算收入完成11.2亿元,同口径增长5.3%;地区生产总值213.5亿元,按可比价格计算增长6.1%。';
    expect(indicators(text)).toEqual([
      [11.2, 'budget-revenue', '一般公共预算收入'],
      [5.3, 'budget-revenue-growth', '一般公共预算收入'],
      [213.5, 'gdp', '地区生产总值'],
      [6.1, 'gdp-growth', '地区生产总值'],
    ]);
  });

  it('reads 净增 after a count as the change in the things counted, and 旅游接待量 as visitors', () => {
    const text = '一、2022年工作回顾\n规上工业企业达到128家,净增15家。全年旅游接待量突破500万人次。';
    expect(indicators(text).map(([value, id]) => [value, id])).toEqual([
      [128, 'above-scale-enterprises'],
      [15, 'new-above-scale-enterprises'],
      [500, 'tourists'],
    ]);
  });

  it('gives a growth 较上年末 the subject named before it', () => {
    const text = '一、2024年工作回顾\n全县实有市场主体4.8万户,较上年末增长11.2%。';
    expect(indicators(text).map(([value, , subject]) => [value, subject])).toEqual([
      [4.8, '实有市场主体'],
      [11.2, '实有市场主体'],
    ]);
  });

  it('reads 城乡居民…分别 as urban, then rural', () => {
    const text = '一、2024年工作回顾\n城乡居民人均可支配收入分别增长4.9%、7.2%。';
    expect(indicators(text)).toEqual([
      [4.9, 'urban-income-growth', '城镇居民人均可支配收入'],
      [7.2, 'rural-income-growth', '农村居民人均可支配收入'],
    ]);
  });

  it('does not read energy per unit of GDP, or GDP per head, as GDP', () => {
    const text =
      '三、2025年工作安排\n单位地区生产总值能耗下降2.5%,人均地区生产总值达到6.2万元,地区生产总值增长6%左右。';
    expect(indicators(text).map(([value, id]) => [value, id])).toEqual([
      [2.5, null],
      [6.2, null],
      [6, 'gdp-growth'],
    ]);
  });

  it('reads 增长-2.3% as a fall and signs a negative level', () => {
    const text = '一、2024年工作回顾\n地区生产总值增长-2.3%,规模以上工业利润-0.8亿元。';
    const figures = figuresOf(text, 2025);
    expect(
      figures.map((f) => [f.measure, f.direction, f.value, text.slice(f.source.start, f.source.end)]),
    ).toEqual([
      ['growth', 'decrease', 2.3, '-2.3%'],
      ['level', undefined, -0.8, '-0.8亿元'],
    ]);
  });

  it('gives 比上年/较上年增长 and a milestone (突破百亿元大关,达到…) the subject named before them', () => {
    const text =
      '一、2024年工作回顾\n地区生产总值87.3亿元,比上年增长4.6%。规模以上工业总产值突破百亿元大关,达到102.6亿元,较上年增长8%。';
    expect(indicators(text)).toEqual([
      [87.3, 'gdp', '地区生产总值'],
      [4.6, 'gdp-growth', '地区生产总值'],
      [100, 'industrial-output', '规模以上工业总产值'],
      [102.6, 'industrial-output', '规模以上工业总产值'],
      [8, 'industrial-output-growth', '规模以上工业总产值'],
    ]);
  });

  it('splits a list that names as many things as it has figures, with or without 分别', () => {
    const text =
      '一、2024年工作回顾\n城乡居民人均可支配收入增长4.3%、7.6%。一般公共预算收入和支出1.9亿元、8.2亿元。金融机构存、贷款余额152.5亿元、121亿元。';
    expect(indicators(text)).toEqual([
      [4.3, 'urban-income-growth', '城镇居民人均可支配收入'],
      [7.6, 'rural-income-growth', '农村居民人均可支配收入'],
      [1.9, 'budget-revenue', '一般公共预算收入'],
      [8.2, null, '支出'],
      // one head shared by a 、 list: only 分别 says to split it
      [152.5, 'deposits-loans', '金融机构存、贷款余额'],
      [121, 'deposits-loans', '金融机构存、贷款余额'],
    ]);
  });

  it('drops bracketed notes, years and 增至/比… from a subject', () => {
    const text =
      '一、过去五年工作回顾\n地区生产总值(预计,同比,下同)由2019年的74.4亿元增至2024年的105亿元,比2019年增长41%。';
    expect(indicators(text).map(([, id, subject]) => [id, subject])).toEqual([
      ['gdp', '地区生产总值'],
      ['gdp', '地区生产总值'],
      ['gdp-growth', '地区生产总值'],
    ]);
  });

  it('does not read water or energy per 万元GDP, or 农民人均纯收入, as GDP or poverty income', () => {
    const text = '三、2025年工作安排\n万元GDP水耗下降1.5%,农民人均纯收入达到9807元。';
    expect(indicators(text).map(([value, id]) => [value, id])).toEqual([
      [1.5, null],
      [9807, null],
    ]);
  });

  it('knows the budget revenue by its older names (公共财政预算收入, 财政一般预算收入)', () => {
    const text = '一、2024年工作回顾\n公共财政预算收入8.8亿元,财政一般预算收入增长6.4%。';
    expect(indicators(text).map(([value, id]) => [value, id])).toEqual([
      [8.8, 'budget-revenue'],
      [6.4, 'budget-revenue-growth'],
    ]);
  });

  it('gives 分别 after two named figures the two names, in order', () => {
    const text =
      '一、2024年工作回顾\n城镇居民人均可支配收入42680元、农村居民人均可支配收入21350元,分别增长4.9%和6.8%。新增规上工业企业18家,总数达到156家。';
    expect(indicators(text)).toEqual([
      [42680, 'disposable-income', '城镇居民人均可支配收入'],
      [21350, 'disposable-income', '农村居民人均可支配收入'],
      [4.9, 'urban-income-growth', '城镇居民人均可支配收入'],
      [6.8, 'rural-income-growth', '农村居民人均可支配收入'],
      [18, 'new-above-scale-enterprises', '新增规上工业企业'],
      [156, 'above-scale-enterprises', '规上工业企业总数'],
    ]);
  });

  it('reads 涨幅 and 削减 as changes', () => {
    const text = '三、2025年工作安排\n居民消费价格涨幅3%左右,化学需氧量排放量削减2.6%。';
    const figures = figuresOf(text, 2025);
    expect(figures.map((f) => [f.value, f.measure, f.direction])).toEqual([
      [3, 'growth', 'increase'],
      [2.6, 'growth', 'decrease'],
    ]);
  });

  it('reads 两年平均增长, 减贫 and 为企业减负 by what they measure', () => {
    const text =
      '一、2024年工作回顾\n地区生产总值增长13.6%,两年平均增长6.5%。累计减贫1.26万人。为企业减负8.9亿元。';
    expect(indicators(text).map(([value, id]) => [value, id])).toEqual([
      [13.6, 'gdp-growth'],
      [6.5, 'gdp-growth'],
      [1.26, 'poverty-lifted'],
      [8.9, 'tax-fee-cuts'],
    ]);
  });
});

describe('a five-year review under a heading shared with its last year', () => {
  const extract = (text: string, reportYear = 2016) => figuresOf(text, reportYear);
  const periods = (text: string, reportYear?: number) =>
    extract(text, reportYear).map((f) => [
      text.slice(f.source.start, f.source.end),
      f.indicator,
      `${f.period.start}-${f.period.end}`,
    ]);

  it('dates the term’s flows and rates over the term, though a sentence opens with the last year', () => {
    const text =
      '一、“十二五”时期和2015年工作回顾\n“十二五”时期是我县发展极不平凡的五年。\n' +
      '2015年全县地区生产总值达到68.4亿元,是2010年的1.7倍,年均增长9.6%;财政收入由2010年的3.12亿元增加到5.86亿元,年均增长13.4%;' +
      '全社会固定资产投资五年累计完成236.5亿元。\n' +
      '2015年是“十二五”的收官之年。全年地区生产总值增长8.1%。';
    expect(periods(text)).toEqual([
      ['68.4亿元', 'gdp', '2015-2015'],
      ['1.7倍', null, '2015-2015'],
      ['9.6%', 'gdp-growth', '2011-2015'],
      ['3.12亿元', 'budget-revenue', '2010-2010'],
      ['5.86亿元', 'budget-revenue', '2011-2015'],
      ['13.4%', 'budget-revenue-growth', '2011-2015'],
      ['236.5亿元', 'fixed-asset-investment', '2011-2015'],
      ['8.1%', 'gdp-growth', '2015-2015'],
    ]);
  });

  it('reads a comparison with the last plan (比“十三五”时期增加) as this term’s', () => {
    const text = '一、过去五年工作回顾\n一般公共预算收入五年累计完成74.6亿元,比“十三五”时期增加21.3亿元。';
    expect(periods(text, 2026).map(([quote, , period]) => [quote, period])).toEqual([
      ['74.6亿元', '2021-2025'],
      ['21.3亿元', '2021-2025'],
    ]);
  });

  it('names the figures of 由…提升到, 到年底累计, 其中 and 涉及 by the thing named before them', () => {
    const text =
      '一、过去五年工作回顾\n空气质量优良天数比例由2016年的71.5%提升到2021年的88.2%。' +
      '新建高标准农田10万亩,到年底累计达到108万亩以上;引进亿元以上项目23个,其中10亿元以上项目3个;' +
      '完成老旧小区改造146个、涉及建筑面积512万平方米。';
    expect(extract(text, 2022).map((f) => [text.slice(f.source.start, f.source.end), f.indicator])).toEqual([
      ['71.5%', 'good-air-ratio'],
      ['88.2%', 'good-air-ratio'],
      ['10万亩', 'high-standard-farmland'],
      ['108万亩以上', 'high-standard-farmland'],
      ['23个', 'projects-attracted'],
      ['3个', 'projects-attracted'],
      ['146个', 'old-residential-areas'],
      ['512万平方米', 'old-residential-floor-area'],
    ]);
  });

  it('keeps water quality, transport routes and agro-processing out of air, streets and industry', () => {
    const text =
      '一、2024年工作回顾\n断面水质优良率保持100%;开通国际道路运输线路9条;农产品加工业产值达到168亿元;五年累计投入民生资金98.7亿元。';
    expect(extract(text, 2025).map((f) => [text.slice(f.source.start, f.source.end), f.indicator])).toEqual([
      ['100%', null],
      ['9条', null],
      ['168亿元', null],
      ['98.7亿元', 'livelihood-spending'],
    ]);
  });
});

describe('the goals of a five-year plan restated in a later year', () => {
  it('dates them over the plan’s own years, not the five years from the report', () => {
    const text =
      '二、锚定“十五五”目标,奋力推进县域现代化\n\n到2030年,全县地区生产总值突破420亿元,年均增长6%左右;森林覆盖率达到58%。\n\n' +
      '三、2027年主要目标和重点工作\n\n地区生产总值增长6%左右。';
    const figures = figuresOf(text, 2027);
    expect(
      figures.map((f) => [
        text.slice(f.source.start, f.source.end),
        f.kind,
        `${f.period.start}-${f.period.end}`,
      ]),
    ).toEqual([
      ['突破420亿元', 'target', '2026-2030'],
      ['6%左右', 'target', '2026-2030'],
      ['58%', 'target', '2026-2030'],
      ['6%左右', 'target', '2027-2027'],
    ]);
  });
});

describe('a goal over the next few years', () => {
  it('dates 三年内 and 用两年时间 from the report year on', () => {
    const text =
      '三、2025年工作安排\n力争战略性新兴产业产值占比三年内提高5—6个百分点;用两年时间新建农村公路120公里;全年新增就业5000人。';
    const figures = figuresOf(text, 2025);
    expect(
      figures.map((f) => [text.slice(f.source.start, f.source.end), `${f.period.start}-${f.period.end}`]),
    ).toEqual([
      ['5—6个百分点', '2025-2027'],
      ['120公里', '2025-2026'],
      ['5000人', '2025-2025'],
    ]);
  });
});

describe('a measure named by the clause before it', () => {
  const indicatorsIn = (text: string, reportYear = 2024) =>
    figuresOf(text, reportYear).map((f) => [text.slice(f.source.start, f.source.end), f.indicator]);

  it('reads 产量, 面积, 签约金额 and 五年累计 as the thing named before, and a list item by its verb', () => {
    const text =
      '一、2023年工作回顾\n全县粮食播种面积稳定在31.6万亩,产量达到11.4万吨;工业园区建成标准厂房12幢、面积18万平方米;' +
      '全年招商引资签约项目36个,签约金额152亿元;一般公共预算收入达到11.3亿元,五年累计完成52.7亿元;' +
      '引进世界500强企业投资项目3个、过亿元项目46个;新培育国家级农业产业化龙头企业1家、省级12家。';
    expect(indicatorsIn(text)).toEqual([
      ['31.6万亩', 'sown-area'],
      ['11.4万吨', 'grain-output'],
      ['12幢', null],
      ['18万平方米', 'standard-factories'],
      ['36个', 'projects-attracted'],
      ['152亿元', 'investment-signed'],
      ['11.3亿元', 'budget-revenue'],
      ['52.7亿元', 'budget-revenue'],
      ['3个', 'projects-attracted'],
      ['46个', 'projects-attracted'],
      ['1家', 'leading-agri-enterprises'],
      ['12家', 'leading-agri-enterprises'],
    ]);
  });

  it('names a share by what it is spent on (将财政支出的75%以上用于民生)', () => {
    const text = '一、过去五年工作回顾\n坚持每年将财政支出的75%以上用于民生,五年累计民生支出198亿元。';
    expect(indicatorsIn(text, 2026)).toEqual([
      ['75%以上', 'livelihood-spending-share'],
      ['198亿元', 'livelihood-spending'],
    ]);
  });

  it('splits 城镇居民和农民人均可支配收入 into urban and rural', () => {
    const text = '一、过去五年工作回顾\n城镇居民和农民人均可支配收入年均分别增长10.1%和11.8%。';
    expect(indicatorsIn(text, 2017)).toEqual([
      ['10.1%', 'urban-income-growth'],
      ['11.8%', 'rural-income-growth'],
    ]);
  });

  it('knows the names reports give online services, outside capital, rural revitalisation funds and trunk roads', () => {
    const text =
      '一、2022年工作回顾\n政务服务事项网上可办率达到92%;招商引资到位区外资金182亿元;落实衔接推进乡村振兴补助资金2.46亿元;' +
      '改造农村危旧土坯房1.86万户;新改建国省干线公路186公里、农村公路1320公里。';
    expect(indicatorsIn(text, 2023)).toEqual([
      ['92%', 'online-service-rate'],
      ['182亿元', 'domestic-capital'],
      ['2.46亿元', 'poverty-funds'],
      ['1.86万户', 'dilapidated-housing'],
      ['186公里', null],
      ['1320公里', 'rural-roads'],
    ]);
  });
});

describe('the dates of a review and of a mid-year plan', () => {
  it('dates the end level of a from-to pair by the year written with it', () => {
    const text =
      '一、过去五年工作回顾\n外贸进出口总额由2015年的3.6亿元增加到2020年的9.2亿元,五年累计完成31.5亿元。';
    const figures = figuresOf(text, 2021);
    expect(
      figures.map((f) => [text.slice(f.source.start, f.source.end), `${f.period.start}-${f.period.end}`]),
    ).toEqual([
      ['3.6亿元', '2015-2015'],
      ['9.2亿元', '2020-2020'],
      ['31.5亿元', '2016-2020'],
    ]);
  });

  it('dates an undated from-to pair by the dated pair before it in the sentence', () => {
    const text =
      '一、过去五年工作回顾\n贫困人口由2013年底的3.82万人减少到2016年底的0.96万人,贫困发生率由13.6%下降到3.3%。';
    const figures = figuresOf(text, 2017);
    expect(
      figures.map((f) => [text.slice(f.source.start, f.source.end), `${f.period.start}-${f.period.end}`]),
    ).toEqual([
      ['3.82万人', '2013-2013'],
      ['0.96万人', '2016-2016'],
      ['13.6%', '2013-2013'],
      ['3.3%', '2016-2016'],
    ]);
  });

  it('reads 下半年重点工作 as the report year’s tasks, after 今后五年', () => {
    const text =
      '二、今后五年的目标任务\n\n今后五年,地区生产总值年均增长6%。\n\n三、下半年重点工作\n\n确保全年地区生产总值增长7%以上。';
    const figures = figuresOf(text, 2021, 8);
    expect(
      figures.map((f) => [
        text.slice(f.source.start, f.source.end),
        f.kind,
        `${f.period.start}-${f.period.end}`,
      ]),
    ).toEqual([
      ['6%', 'target', '2021-2025'],
      ['7%以上', 'target', '2021-2021'],
    ]);
  });
});

describe('a look back inside the plan, and a change from a base', () => {
  const read = (text: string) =>
    figuresOf(text, 2025).map((f) => [
      text.slice(f.source.start, f.source.end),
      f.kind,
      `${f.period.start}`,
      f.indicator,
    ]);

  it('keeps the plan after a task item that recalls last year (去年我们实施…,今年将…)', () => {
    const text =
      '一、2024年工作回顾\n一年来,全县地区生产总值增长5.2%。\n二、2025年主要目标和重点任务\n' +
      '(一)扩大有效投资。去年我们实施重点项目120个,今年将实施重点项目150个。\n' +
      '(二)办好民生实事。新建改扩建幼儿园3所。';
    expect(read(text)).toEqual([
      ['5.2%', 'actual', '2024', 'gdp-growth'],
      ['120个', 'actual', '2024', 'key-projects'],
      ['150个', 'target', '2025', 'key-projects'],
      ['3所', 'target', '2025', 'schools'],
    ]);
  });

  it('charts no balance for a change from a base (比上年增加, 较年初分别增加)', () => {
    const text =
      '一、2024年工作回顾\n金融机构存款余额586亿元,比上年增加42亿元;存贷款余额较年初分别增加62亿元、55亿元。';
    expect(read(text).map(([quote, , , indicator]) => [quote, indicator])).toEqual([
      ['586亿元', 'deposits-loans'],
      ['42亿元', null],
      ['62亿元', null],
      ['55亿元', null],
    ]);
  });
});

describe('forms of a whole report (the fifth blind set)', () => {
  const read = (text: string, reportYear: number) =>
    figuresOf(text, reportYear).map((f) => [
      text.slice(f.source.start, f.source.end),
      f.kind,
      `${f.period.start}-${f.period.end}`,
      f.indicator,
    ]);

  it('reads a —— list item, a bare 比例, and a base level with its year (较2020年的…)', () => {
    const text =
      '二、今后五年的目标任务\n——城镇和农村居民人均可支配收入分别增长7%、8.5%;\n' +
      '——每千人口拥有3岁以下婴幼儿托位数达到4.5个。\n';
    expect(read(text, 2026)).toEqual([
      ['7%', 'target', '2026-2030', 'urban-income-growth'],
      ['8.5%', 'target', '2026-2030', 'rural-income-growth'],
      ['4.5个', 'target', '2026-2030', null],
    ]);
    const review =
      '一、过去五年工作回顾\n预计2025年地区生产总值达到468亿元,较2020年的302.6亿元增加165亿元以上。县城空气质量优良天数达到331天,比例为90.7%。';
    expect(read(review, 2026)).toEqual([
      ['468亿元', 'estimate', '2025-2025', 'gdp'],
      ['302.6亿元', 'actual', '2020-2020', 'gdp'],
      ['165亿元以上', 'estimate', '2025-2025', null],
      ['331天', 'actual', '2021-2025', 'good-air-days'],
      ['90.7%', 'actual', '2021-2025', 'good-air-ratio'],
    ]);
  });

  it('dates 五年来 in a sentence of the year’s review over the term', () => {
    const text =
      '一、2025年工作回顾\n同时,我们持续深化改革,五年来办理人大代表建议和政协提案1268件,办结率100%。';
    expect(read(text, 2026).map(([quote, , period]) => [quote, period])).toEqual([
      ['1268件', '2021-2025'],
      ['100%', '2021-2025'],
    ]);
  });

  it('knows the names of street, parking, investment, land and labour figures', () => {
    const text =
      '一、2024年工作回顾\n打通断头路7条,改造背街小巷53条,新增停车泊位4200个;签约引进重大项目48个、协议投资额326亿元;' +
      '完成国土绿化6.2万亩、沙化土地治理3.2万亩;输转城乡富余劳动力8.2万人;完成工业投资186亿元。';
    expect(read(text, 2025).map(([quote, , , indicator]) => [quote, indicator])).toEqual([
      ['7条', 'urban-roads'],
      ['53条', 'urban-roads'],
      ['4200个', 'parking'],
      ['48个', 'projects-attracted'],
      ['326亿元', 'investment-signed'],
      ['6.2万亩', 'afforestation'],
      ['3.2万亩', 'ecological-restoration'],
      ['8.2万人', 'rural-labour-transfer'],
      ['186亿元', null],
    ]);
  });
});

describe('an industry structure ratio', () => {
  it('gives each industry’s share of GDP, dated as the pair it stands in', () => {
    const text =
      '一、过去五年工作回顾\n三次产业结构由2010年的6.8∶71.2∶22.0调整为7.5∶58.6∶33.9。农业与工业产值之比为2.1∶1。';
    const figures = figuresOf(text, 2016);
    expect(
      figures.map((f) => [
        text.slice(f.source.start, f.source.end),
        f.measure,
        f.unit,
        `${f.period.start}-${f.period.end}`,
        f.indicator,
        f.subject,
      ]),
    ).toEqual([
      ['6.8', 'share', '%', '2010-2010', null, '第一产业增加值占地区生产总值比重'],
      ['71.2', 'share', '%', '2010-2010', null, '第二产业增加值占地区生产总值比重'],
      ['22.0', 'share', '%', '2010-2010', 'services-share', '第三产业增加值占地区生产总值比重'],
      ['7.5', 'share', '%', '2011-2015', null, '第一产业增加值占地区生产总值比重'],
      ['58.6', 'share', '%', '2011-2015', null, '第二产业增加值占地区生产总值比重'],
      ['33.9', 'share', '%', '2011-2015', 'services-share', '第三产业增加值占地区生产总值比重'],
    ]);
  });
});

describe('forms of older and rarer reports (the sixth blind set)', () => {
  const read = (text: string, reportYear: number, sessionMonth?: number) =>
    figuresOf(text, reportYear, sessionMonth).map((f) => [
      text.slice(f.source.start, f.source.end),
      f.kind,
      f.measure,
      `${f.period.start}-${f.period.end}`,
      f.indicator,
    ]);

  it('dates the first weeks of the year in a report given in spring to the report year', () => {
    const text = '一、2019年工作回顾\n全县地区生产总值增长6.1%。一季度,全县地区生产总值同比下降8.6%。';
    expect(read(text, 2020, 4).map(([quote, , , period]) => [quote, period])).toEqual([
      ['6.1%', '2019-2019'],
      ['8.6%', '2020-2020'],
    ]);
  });

  it('reads 到“十二五”末, 人口自然增长率 and 精简20%', () => {
    const text =
      '二、2013年工作安排\n我们要为到“十二五”末全县生产总值突破200亿元打下坚实基础。人口自然增长率控制在6.5‰以内。县直机关会议和文件分别精简20%。';
    expect(read(text, 2013)).toEqual([
      ['突破200亿元', 'target', 'level', '2015-2015', 'gdp'],
      ['控制在6.5‰以内', 'target', 'share', '2013-2013', null],
      ['20%', 'target', 'growth', '2013-2013', null],
    ]);
  });

  it('dates a rate 由上年… and the later start values of a list of pairs, and charts no change as a level', () => {
    const text =
      '一、过去五年工作回顾\n规模以上工业增加值由上年下降4.2%转为增长3.6%。城乡居民人均可支配收入分别由46820元、24360元增加到61250元、34180元。公共财政预算收入完成7.85亿元,同比减少2.16亿元。';
    expect(read(text, 2021).map(([quote, , , period, indicator]) => [quote, period, indicator])).toEqual([
      ['4.2%', '2015-2015', 'industrial-value-added-growth'],
      ['3.6%', '2016-2020', 'industrial-value-added-growth'],
      ['46820元', '2015-2015', 'disposable-income'],
      ['24360元', '2015-2015', 'disposable-income'],
      ['61250元', '2016-2020', 'disposable-income'],
      ['34180元', '2016-2020', 'disposable-income'],
      ['7.85亿元', '2016-2020', 'budget-revenue'],
      ['2.16亿元', '2016-2020', null],
    ]);
  });

  it('names 其中…项目 by the verb inside the thing counted, 当年新增, 成交额, and per-mu figures as nothing', () => {
    const text =
      '一、2016年工作回顾\n招商引资签约项目86个,其中50亿元以上项目2个。规模以上工业企业达到186家,当年新增23家。现场签约技术合同236项,成交额8.6亿元。开发区亩均税收达到26.4万元。';
    expect(read(text, 2017).map(([quote, , , , indicator]) => [quote, indicator])).toEqual([
      ['86个', 'projects-attracted'],
      ['2个', 'projects-attracted'],
      ['186家', 'above-scale-enterprises'],
      ['23家', 'new-above-scale-enterprises'],
      ['236项', null],
      ['8.6亿元', 'tech-contract-turnover'],
      ['26.4万元', null],
    ]);
  });
});

describe('reports as people copy them (the seventh blind set)', () => {
  const read = (text: string, reportYear: number) =>
    figuresOf(text, reportYear).map((f) => [
      text.slice(f.source.start, f.source.end),
      f.kind,
      `${f.period.start}-${f.period.end}`,
      f.indicator,
    ]);

  it('dates a recovery against a base year to the year reviewed, and a change over N years', () => {
    const text =
      '一、2021年工作回顾\n全年接待游客286万人次,实现旅游综合收入14.2亿元,分别恢复到2019年的78%和71%。草原综合植被盖度四年提高4.1个百分点。';
    expect(read(text, 2022).map(([quote, , period]) => [quote, period])).toEqual([
      ['286万人次', '2021-2021'],
      ['14.2亿元', '2021-2021'],
      ['78%', '2021-2021'],
      ['71%', '2021-2021'],
      ['4.1个百分点', '2018-2021'],
    ]);
  });

  it('reads 每千名老年人拥有…床位 as a goal, 较“十三五”末 as no subject, and names trade, toilets and stops', () => {
    const text =
      '二、2024年工作安排\n每千名老年人拥有养老床位达到40张。新建城乡公交候车亭50个。\n' +
      '一、过去五年工作回顾\n全县地区生产总值较“十三五”末增长41.2%,年均增长6.4%;跨境电商进出口额达到126亿元;改造提升旅游厕所26座;巩固提升1.8万名农牧民饮水安全。';
    expect(read(text, 2024)).toEqual([
      ['40张', 'target', '2024-2024', null],
      ['50个', 'target', '2024-2024', 'bus-stops'],
      ['41.2%', 'actual', '2021-2023', 'gdp-growth'],
      ['6.4%', 'actual', '2019-2023', 'gdp-growth'],
      ['126亿元', 'actual', '2019-2023', null],
      ['26座', 'actual', '2019-2023', null],
      ['1.8万名', 'actual', '2019-2023', 'drinking-water'],
    ]);
  });
});

describe('news pages, 图解 pages and plan excerpts (the eighth blind set)', () => {
  const read = (text: string, reportYear: number) =>
    figuresOf(text, reportYear).map((f) => [
      text.slice(f.source.start, f.source.end),
      f.kind,
      `${f.period.start}-${f.period.end}`,
      f.indicator,
    ]);

  it('reads a 图解 page: labels before colons, a heading naming last year, and a Q&A about it', () => {
    const text =
      '图解丨一图读懂2025年某县政府工作报告\n【关键词:增长6%左右】\n【数说2024】\n地区生产总值:218.6亿元,增长5.8%\n规上工业增加值:增长8.2%\n' +
      '【权威解读】\n问:2024年经济运行有哪些亮点?\n县发改局负责人:全年规上工业总产值达到268亿元,增长9.1%。';
    expect(read(text, 2025).slice(1)).toEqual([
      ['218.6亿元', 'actual', '2024-2024', 'gdp'],
      ['5.8%', 'actual', '2024-2024', 'gdp-growth'],
      ['8.2%', 'actual', '2024-2024', 'industrial-value-added-growth'],
      ['268亿元', 'actual', '2024-2024', 'industrial-output'],
      ['9.1%', 'actual', '2024-2024', 'industrial-output-growth'],
    ]);
  });

  it('reads 确保…增长12%,力争达到13% as two growth targets, and names roads, water and restored land', () => {
    const text =
      '二、2012年工作安排\n确保生产总值增长12%,力争达到13%。新建通村水泥路312公里;建设农村供水保障工程15处,惠及群众2.3万人;治理水土流失面积16平方公里;开发区地均税收达到186亿元。';
    expect(read(text, 2012).map(([quote, , , indicator]) => [quote, indicator])).toEqual([
      ['12%', 'gdp-growth'],
      ['13%', 'gdp-growth'],
      ['312公里', 'rural-roads'],
      ['15处', null],
      ['2.3万人', 'drinking-water'],
      ['16平方公里', 'ecological-restoration'],
      ['186亿元', null],
    ]);
  });
});

describe('long whole reports (the ninth blind set)', () => {
  const periods = (text: string, reportYear: number) =>
    figuresOf(text, reportYear).map((f) => [
      text.slice(f.source.start, f.source.end),
      `${f.period.start}-${f.period.end}`,
    ]);

  it('reads paragraphs opened by 这五年 as the term', () => {
    const text =
      '一、“十四五”时期工作回顾\n过去五年,是极不平凡的五年。\n2025年,预计地区生产总值增长5.6%。\n这五年,产业体系实现新提升。规模以上工业企业由98家增加到176家。';
    expect(periods(text, 2026)).toEqual([
      ['5.6%', '2025-2025'],
      ['98家', '2020-2020'],
      ['176家', '2021-2025'],
    ]);
  });

  it('returns to the term at its next —— item after a paragraph on the last year', () => {
    const text =
      '一、过去五年工作回顾\n——综合实力跃上新台阶。五年累计完成固定资产投资1260亿元。\n2020年,全县地区生产总值增长3.6%。\n——产业结构实现新优化。规模以上工业企业由186家增加到312家。';
    expect(periods(text, 2021)).toEqual([
      ['1260亿元', '2016-2020'],
      ['3.6%', '2020-2020'],
      ['186家', '2015-2015'],
      ['312家', '2016-2020'],
    ]);
  });
});
