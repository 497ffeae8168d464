/**
 * Kind (target / actual / estimate), measure (level / growth / share) and period of a figure, read from the
 * section it stands in and the cue words around it.
 */
import type { FigureKind, Measure, Period } from '../data/types.js';
import { squeeze } from './blanks.js';
import { isPeriodTotal, TOTAL_WORDS } from './cumulative.js';
import { PLAN_NAME, planSpan } from './five-year-plans.js';
import { chineseNumeral, type Quantity } from './numbers.js';
import type { SectionKind } from './segment.js';

export interface Classification {
  readonly kind: FigureKind;
  readonly measure: Measure;
  readonly direction?: 'increase' | 'decrease';
  readonly rateBasis?: 'per-year' | 'over-period';
  readonly cumulative: boolean;
  readonly period: Period;
}

export interface ClassifyInput {
  readonly quantity: Quantity;
  /** Sentence text before the figure. */
  readonly sentencePrefix: string;
  /** Clause text before the figure (from the last comma, semicolon or colon). */
  readonly clausePrefix: string;
  readonly section: SectionKind;
  readonly reportYear: number;
  /**
   * The month the report was given, when known: a spring session reports on the weeks of its own year; one from
   * May to October (a new term's mid-year session) reviews the report year so far.
   */
  readonly sessionMonth?: number;
  /** The named plan's years for a plan-5y section (segment.ts `Sentence.term`). */
  readonly term?: { readonly start: number; readonly end: number };
  /** 预计(下同) earlier in the paragraph: every figure after it is an estimate too. */
  readonly estimateCarried?: boolean;
  /**
   * The words naming a span that opened an earlier sentence of the figure's paragraph (segment.ts
   * `Sentence.spanOpener`): “十四五”以来, 党的十八大以来, 2021年以来.
   */
  readonly spanOpener?: string;
  /** Text right after the figure, for notes written behind it: 880亿元(预计). */
  readonly after?: string;
}

/** The clause the figure stands in: text after the last ,;: before it. */
export function clauseOf(sentencePrefix: string): string {
  // a comma inside brackets is part of a note, not a clause break: 地区生产总值(预计,同比,下同)增长5%
  // (the extractor reads full-width forms as ASCII: punctuation.ts)
  let depth = 0;
  for (let i = sentencePrefix.length - 1; i >= 0; i--) {
    const c = sentencePrefix[i]!;
    if (c === ')') depth++;
    else if (c === '(' && depth > 0) depth--;
    else if (depth === 0 && ',;:'.includes(c)) return sentencePrefix.slice(i + 1);
  }
  return sentencePrefix;
}

// 预计: "expected" (the year is not closed yet when the report is delivered).
const ESTIMATE_CUE = /预计/;
// 880亿元(预计), 87%(预计数): a bracketed note right behind the figure makes that figure an estimate.
const ESTIMATE_BEHIND = /^[ \t\u00a0\u3000]*[((][^()()]{0,6}预计[^()()]{0,6}[))]/;
// 已/目前/现有 in a plan: a fact already achieved or existing, not a goal.
// (每千人口拥有…托位数 names an indicator, not something already had)
const ACHIEVED_CUE = /(已经|目前已|现已|已|目前|现有|(?<!每[^,,;;。]{0,8})拥有|依托)/;

export function kindOf(input: ClassifyInput): FigureKind {
  // 较2020年的302.6亿元: a base level already reached, even in an estimate or a plan
  if (DATED_BASE.test(input.clausePrefix)) return 'actual';
  if (
    input.estimateCarried ||
    ESTIMATE_CUE.test(input.sentencePrefix) ||
    ESTIMATE_BEHIND.test(input.after ?? '')
  )
    return 'estimate';
  if (input.section === 'review-5y' || input.section === 'review-1y') return 'actual';
  if (ACHIEVED_CUE.test(input.clausePrefix)) return 'actual';
  return 'target';
}

// Growth verbs; 增加值 (value added) is a noun, and 提高到/降至 name a level reached, not a change.
const GROWTH_RE =
  /(增长率|增速|增幅|涨幅|上涨|增长|增加(?!值)|提高|提升|上升|下降|减少|降低|压缩|压减|削减|缩短|回落|缩减|精简)(?![到至为])/g;
/** 人口自然增长率控制在6.5‰: a rate per thousand, a share, though its name says 增长. */
const NATURAL_RATE = /自然增长率/;
const DECREASE_RE = /^(下降|减少|降低|压缩|压减|削减|缩短|回落|缩减|精简)$/;
// 率/比重/占比: a share. The 率 of 增长率 is a growth cue, handled above.
const SHARE_RE = /(?<!增长)(率|比重|占比|比例|份额|占|覆盖面)/g;

function lastMatch(re: RegExp, text: string): { index: number; word: string } | null {
  let found: { index: number; word: string } | null = null;
  for (const m of text.matchAll(re)) found = { index: m.index ?? 0, word: m[1] };
  return found;
}

/**
 * What a clause may hold besides its figures and still say nothing of what they measure: time spans
 * (上半年, 前三季度, 1-9月, 全年), 预计 and linking words. 上半年3.2%、前三季度4.4% after 增速逐季攀升 are
 * growth rates like the clause before them.
 */
const CUELESS =
  /上半年|下半年|全年|年内|今年|去年|前[一二三]季度|第?[一二三四]季度|前\d{1,2}个?月|\d{1,2}[-—~至]\d{1,2}月|[一二三四五六七八九十]{1,3}[-—~至][一二三四五六七八九十]{1,3}月|预计|分别|约|达到?|为|实现|同比|左右|以上|以内|力争|争取|确保|[\d.%~\-、和及与]/g;

/** The clause holds figures and time spans only: its measure is that of the clause before it. */
function cueless(clause: string): boolean {
  return clause.replace(CUELESS, '') === '';
}

export function measureOf(input: ClassifyInput): { measure: Measure; direction?: 'increase' | 'decrease' } {
  const { baseUnit } = input.quantity;
  const own = squeeze(input.clausePrefix);
  const sentence = squeeze(input.sentencePrefix);
  // a clause of time spans and figures continues the sentence before it
  const clause = cueless(own) && own.length < sentence.length ? sentence : own;
  const growth = lastMatch(GROWTH_RE, clause);
  // 增长-2.3% falls, as 下降2.3% does
  const falls = !!growth && DECREASE_RE.test(growth.word);
  const direction = falls !== !!input.quantity.negative ? 'decrease' : 'increase';
  if (input.quantity.doubling || baseUnit === '倍' || baseUnit === '个百分点' || baseUnit === '百分点') {
    return { measure: 'growth', direction };
  }
  if ((baseUnit === '‰' || baseUnit === '%') && NATURAL_RATE.test(own)) return { measure: 'share' };
  if (baseUnit === '%' || baseUnit === '‰') {
    const share = lastMatch(SHARE_RE, clause);
    if (growth && (!share || growth.index > share.index)) return { measure: 'growth', direction };
    return { measure: 'share' };
  }
  return { measure: 'level' };
}

/** A session from May to October: a new term's mid-year session, whose review is of the year so far. */
const isMidYear = (month: number | undefined): boolean => month !== undefined && month >= 5 && month <= 10;

function sectionPeriod(section: SectionKind, year: number, midYear = false): Period {
  switch (section) {
    case 'review-5y':
      return { start: year - 5, end: year - 1 };
    case 'review-1y':
      // a July session reviews 今年以来 / 上半年 of its own year
      return midYear ? { start: year, end: year } : { start: year - 1, end: year - 1 };
    case 'plan-5y':
      return { start: year, end: year + 4 };
    default:
      return { start: year, end: year };
  }
}

/**
 * An amount or count given as a change from a base: 比上年增加42亿元, 同比减少2.16亿元, 较年初分别增加62亿元、55亿元, 比2020年减少0.4万人,
 * 比“十三五”时期增加21.3亿元 (what follows the verb may be a list of figures before this one).
 */
const CHANGE_FROM_BASE =
  /(?:同比|(?:比|较|与)(?:上年|去年|年初|上年末|上年底|去年底|上年同期|去年同期|\d{4}年(?:末|底)?|“?十[一二三四五]五”?(?:时期|期间|期末|末)?))(?:的[\d.,]+[^\d,,;;。]{0,4})?(?:相比)?(?:分别)?(?:净?增加|减少|多|少|提高|降低|上升)了?(?:[^,,;;。]*[、和])?$/;
export const isChangeFromBase = (clausePrefix: string): boolean =>
  CHANGE_FROM_BASE.test(squeeze(clausePrefix));

/**
 * A year as a time reference (2020年, 2020年61.95亿元), not a date (2020年6月). After 较/比/与/是 it is a
 * comparison base (是2010年的1.7倍), which dates nothing.
 */
const YEAR_RE = /(到|至|截至|截止|较|比|与|是|自|从|由)?(\d{4})年(?!\d{1,2}月|月)/g;
const NAMES_YEAR = /\d{4}年(?!\d{1,2}月|月)/;
// 从619.98亿元增长到880亿元: the figure after 从/由 is the level the span starts from
// (also the later start levels of a list: 分别由46820元、24360元增加到…)
const FROM_LEVEL = /(从|由)(?:[\d.,]+[^\d,,;;。、]{0,4}、)*$/;
/** 由上年下降4.2%转为增长3.6%: the rate of the year before the one reviewed. */
const LAST_YEAR_RATE = /由(?:上年|去年)[^,,;;。\d]*$/;
/** 一季度, 截至3月底, 1—2月: weeks of the report year itself, in a report given in spring. */
const EARLY_IN_YEAR =
  /一季度|第一季度|截[至止][1-4一二三四]月|1[-—–至~]?[2-4]月|[1-4一二三四]月份|今年以来|年初以来/;
/** 草原综合植被盖度四年提高4.1个百分点, 三年累计新增: a change over the last N years of the review. */
const OVER_YEARS =
  /(?:近|这|过去)?(\d{1,2}|[两二三四五六七八九十])年(?:来|间|内)?(?:累计|共|分别)?(?:提高|提升|增长|下降|减少|新增|增加)$/;
/** 到“十二五”末, 到十三五期末: the last year of a named plan. */
const TO_PLAN_END = new RegExp(`到${PLAN_NAME}期?末`);
/** Words of a five-year review: 五年来, 过去五年, 五年累计. */
const TERM_WORDS = /五年来|过去五年|过去的五年|五年累计|五年间|本届政府以来/;
/** A comparison base with its year and level: 较2020年的302.6亿元 (the figure follows 的). */
const DATED_BASE = /(?:较|比|与)(\d{4})年(?:末|底)?的$/;
/** A from-to pair with both years: 由2013年底的…减少到2016年底的. */
const DATED_PAIR = /(?:由|从)(\d{4})年[^,;。]*?(?:到|至)(\d{4})年/;
/** The end of a pair without years: 由13.6%下降到. */
const UNDATED_PAIR_END = /(?:由|从)[^,;。]*\d[^,;。]*(?:到|至)$/;
const PERIOD_TOTAL = new RegExp(TOTAL_WORDS.join('|'));
const PER_YEAR_RE = /(年均|每年|年平均)/;
/** 三年内, 用两年时间, 3年内: a goal's span counted in years from the report year. */
const WITHIN_YEARS = /(?:用|在)?(\d{1,2}|[两二三四五六七八九十])年(?:内|时间|左右时间)/;
/** 较“十三五”末, 比“十四五”期末: a comparison base at the end of a five-year plan. */
const PLAN_END_BASE = new RegExp(`(?:较|比|与)${PLAN_NAME}期?末`);
/**
 * “十四五”以来, “十三五”期间, 十五五时期: the span of a named five-year plan; not a comparison base
 * (比“十三五”时期增加21.3亿元 is this term's increase).
 */
const PLAN_SPAN = new RegExp(`(?<![比较与同]“?)${PLAN_NAME}(以来|期间|时期)`);
/** 党的十八大以来: from the year after that Party congress (held in the autumn of its year). */
const CONGRESS_SINCE = /党的(十[六七八九]|二十一?)大以来/;
const CONGRESS_YEAR: Readonly<Record<string, number>> = {
  十六: 2002,
  十七: 2007,
  十八: 2012,
  十九: 2017,
  二十: 2022,
  二十一: 2027,
};

/**
 * The section's period, unless the sentence names a year before the figure: 预计2021年末 → 2021;
 * 到2026年 → the plan's start to 2026; 自2007年起 → 2007 to the section's end; 较2017年 (a comparison
 * base) changes nothing, except for a growth it measures against a later year named before it (预计2011年
 * 达到316亿元,比2006年增长85.7% → 2007–2011). A year named in an earlier clause does not reach a period
 * total of a multi-year section (2011年…达41.6亿元,投资五年累计完成406.5亿元 → the whole term), and the
 * undated start level of a review's from-to pair (从1.66亿元增长到2.05亿元) stands the year before the span.
 */
export function periodOf(input: ClassifyInput, kind: FigureKind, measure: Measure = 'level'): Period {
  const year = input.reportYear;
  let period =
    input.section === 'plan-5y' && input.term
      ? input.term
      : sectionPeriod(input.section, year, isMidYear(input.sessionMonth));
  // what is achieved or still estimated when a plan is written belongs to the year just ending
  if (kind !== 'target' && (input.section === 'plan-year' || input.section === 'plan-5y')) {
    period = { start: year - 1, end: year - 1 };
  }
  const clause = squeeze(input.clausePrefix);
  const clauseDated = NAMES_YEAR.test(clause);
  const review = input.section === 'review-5y' || input.section === 'review-1y';
  // 贫困人口由2013年底的3.82万人减少到2016年底的0.96万人,贫困发生率由13.6%下降到3.3%: an undated pair after a
  // dated one in the same sentence runs over the same years
  const datedPair =
    review && kind !== 'target' && !clauseDated
      ? DATED_PAIR.exec(squeeze(input.sentencePrefix).slice(0, -clause.length || undefined))
      : null;
  // a report given in February to April reviews its own year's first weeks beside the year before (in its
  // plan too: 截至2月底,已落实…资金八百万元)
  if (
    kind !== 'target' &&
    input.sessionMonth !== undefined &&
    input.sessionMonth >= 2 &&
    input.sessionMonth <= 4 &&
    EARLY_IN_YEAR.test(squeeze(input.sentencePrefix))
  )
    return { start: year, end: year };
  const over = review && kind !== 'target' && !clauseDated ? OVER_YEARS.exec(clause) : null;
  const overYears = over ? Number(over[1]) || chineseNumeral(over[1]!) : null;
  if (overYears && overYears >= 2 && overYears <= 10)
    return { start: period.end - overYears + 1, end: period.end };
  if (review && kind !== 'target' && LAST_YEAR_RATE.test(clause) && !clauseDated)
    return { start: period.start - 1, end: period.start - 1 };
  // 为到“十二五”末全县生产总值突破200亿元打下基础: a goal for the plan's last year
  const planEnd =
    kind === 'target' ? planSpan(TO_PLAN_END.exec(squeeze(input.sentencePrefix))?.[1])?.end : undefined;
  if (planEnd !== undefined && planEnd >= year) return { start: planEnd, end: planEnd };
  if (review && kind !== 'target' && FROM_LEVEL.test(clause) && !clauseDated) {
    const start = datedPair ? Number(datedPair[1]) : period.start - 1;
    return { start, end: start };
  }
  if (datedPair && measure !== 'growth' && UNDATED_PAIR_END.test(clause)) {
    const end = Number(datedPair[2]);
    return { start: end, end };
  }
  // 较2020年的302.6亿元增加165亿元: the level after a dated base is the base year's, achieved
  const datedBase = kind !== 'target' ? DATED_BASE.exec(clause) : null;
  if (datedBase) return { start: Number(datedBase[1]), end: Number(datedBase[1]) };
  // “十四五”以来, “十三五”期间: what was achieved so far, or in the part of the plan's span the section
  // covers, unless the figure's own clause names a year. (A target's “十四五”时期 is often when a project
  // was planned, not the span of the goal: the section's.)
  const plan = kind === 'target' || clauseDated ? null : PLAN_SPAN.exec(squeeze(input.sentencePrefix));
  const named = planSpan(plan?.[1]);
  if (named && named.start <= period.end)
    return { start: named.start, end: plan![2] === '以来' ? period.end : Math.min(named.end, period.end) };
  const since = kind === 'target' || clauseDated ? undefined : sinceYear(input.sentencePrefix);
  if (since !== undefined && since <= period.end) return { start: since, end: period.end };
  // “十四五”以来,我们…。地区生产总值年均增长6.5%: an average rate or a total in a later sentence of the
  // paragraph the span opened, unless its own sentence dates it
  const opened =
    review && kind !== 'target' && input.spanOpener && !NAMES_YEAR.test(squeeze(input.sentencePrefix))
      ? openerSpan(input.spanOpener, period)
      : undefined;
  if (opened && (PER_YEAR_RE.test(clause) || PERIOD_TOTAL.test(clause))) return opened;
  // 五年来办理人大代表建议1268件 in a sentence of the year's review: the term's, not the year's
  if (
    input.section === 'review-1y' &&
    kind !== 'target' &&
    !clauseDated &&
    TERM_WORDS.test(input.sentencePrefix)
  )
    return { start: year - 5, end: year - 1 };
  // a total or an average rate over the term (累计, 年均增长) keeps the term unless its own clause names a year
  if (period.start !== period.end && (PERIOD_TOTAL.test(clause) || PER_YEAR_RE.test(clause)) && !clauseDated)
    return period;
  // 较“十三五”末增长24.3%: growth measured from the end of the last five-year plan runs from the year after
  const planBase = measure === 'growth' ? PLAN_END_BASE.exec(clause) : null;
  if (planBase) {
    const base = planSpan(planBase[1])?.end;
    if (base !== undefined && base < period.end && !clauseDated) return { start: base + 1, end: period.end };
  }
  // 三年内提高5—6个百分点, 用两年时间: a goal over the next N years, the report year first
  const within = kind === 'target' && !clauseDated ? WITHIN_YEARS.exec(clause) : null;
  const years = within ? Number(within[1]) || chineseNumeral(within[1]!) : null;
  if (years && years > 1 && years <= 10) return { start: year, end: year + years - 1 };
  let found: RegExpExecArray | null = null;
  // years in brackets are asides (剔除2022年…支出外), and a goal cannot be set for a year already past
  const prefix = squeeze(input.sentencePrefix).replace(/[((][^()()]*[))]/g, (m) => ' '.repeat(m.length));
  const re = new RegExp(YEAR_RE.source, 'g');
  for (let m = re.exec(prefix); m; m = re.exec(prefix)) {
    const y = Number(m[2]);
    const plausible = kind === 'target' ? y >= year && y <= year + 10 : y >= year - 10 && y <= year;
    // 由2020年的98.7亿元增加到156.2亿元: the year dates the start of the pair, not the figure after it
    const startOfPair = /^(从|由)$/.test(m[1] ?? '') && /\d/.test(prefix.slice(m.index + m[0].length));
    // 恢复到2019年的84.6%: a base, as 较2019年 is
    const recovery = /恢复$/.test(prefix.slice(0, m.index));
    if (plausible && !startOfPair && !recovery && !/^(较|比|与|是)$/.test(m[1] ?? '')) found = m;
  }
  if (found) {
    const y = Number(found[2]);
    if (found[1] && /^(到|至|截至|截止)$/.test(found[1])) {
      // 增加到2020年的146.8亿元: a level reached is the year's, not the span's (a total stays the span's)
      const levelReached =
        kind !== 'target' &&
        measure !== 'growth' &&
        !PERIOD_TOTAL.test(clause) &&
        found.index >= prefix.length - 12;
      return levelReached ? { start: y, end: y } : { start: Math.min(period.start, y), end: y };
    }
    // 自2007年起, 2017年以来: from that year to the end of the section's span
    const rest = prefix.slice(found.index + found[0].length);
    if (/^(起|以来|开始)/.test(rest) || (found[1] === '自' && /^(至今|来)/.test(rest)))
      return { start: y, end: Math.max(y, period.end) };
    const bases = [...clause.matchAll(/(较|比|与)(\d{4})年/g)];
    const base = bases.length ? Number(bases[bases.length - 1][2]) : null;
    if (measure === 'growth' && base !== null && base < y) return { start: base + 1, end: y };
    return { start: y, end: y };
  }
  // 比2020年翻了一番 in a review of 2024: the growth runs from the year after its base to the year reviewed
  const base = /(?:较|比|与)(\d{4})年/.exec(clause);
  if (
    measure === 'growth' &&
    kind !== 'target' &&
    base &&
    Number(base[1]) < period.end &&
    period.start === period.end
  )
    return { start: Number(base[1]) + 1, end: period.end };
  return period;
}

/** The first year of a span named since a Party congress (党的十八大以来 → 2013), or undefined. */
function sinceYear(text: string): number | undefined {
  const congress = CONGRESS_SINCE.exec(squeeze(text))?.[1];
  return congress === undefined ? undefined : CONGRESS_YEAR[congress]! + 1;
}

/** The span a paragraph's opening words name (segment.ts `spanOpener`), cut at the section's end. */
function openerSpan(opener: string, period: Period): Period | undefined {
  const plan = planSpan(new RegExp(PLAN_NAME).exec(opener)?.[1]);
  const start = plan?.start ?? sinceYear(opener) ?? Number(/(\d{4})年/.exec(opener)?.[1] ?? NaN);
  return start <= period.end ? { start, end: period.end } : undefined;
}

export function classify(raw: ClassifyInput): Classification {
  // cue words split by stray blanks of a scrape (增 长, 2021 年) are read as written without them
  const input = {
    ...raw,
    sentencePrefix: squeeze(raw.sentencePrefix),
    clausePrefix: squeeze(raw.clausePrefix),
  };
  const kind = kindOf(input);
  const { measure, direction } = measureOf(input);
  const period = periodOf(input, kind, measure);
  const cumulative = isPeriodTotal({
    clausePrefix: input.clausePrefix,
    section: input.section,
    measure,
    period,
    baseUnit: input.quantity.baseUnit,
    unit: input.quantity.unit,
  });
  if (measure !== 'growth') return { kind, measure, cumulative, period };
  const rateBasis =
    !input.quantity.doubling && (PER_YEAR_RE.test(input.clausePrefix) || period.start === period.end)
      ? 'per-year'
      : 'over-period';
  return { kind, measure, direction, rateBasis, cumulative, period };
}
