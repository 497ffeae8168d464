/**
 * Whether a figure is a total over its period (`Figure.cumulative`). Charts show a five-year total as its
 * yearly mean next to a one-year target, so a false "true" misleads more than a missed one: every rule
 * below leans to `false` when in doubt.
 *
 * 1. Said outright: 累计/共计/合计/总计 (in any section).
 * 2. Implied: in a multi-year review (过去五年, 五年来) or a multi-year plan (今后五年), a clause that opens
 *    with a flow verb (建设高标准农田29.93万亩, 完成投资116亿元, 新增就业2.5万人) reports what was done over
 *    the whole period, while levels reached at its end (企业达到46户, 森林覆盖率达77.1%) and rates are not.
 *
 * The cue lists are data (regular-expression fragments): extend them, not the code.
 */
import type { Measure, Period } from '../data/types.js';
import type { SectionKind } from './segment.js';

/** Words that say the figure is a sum: 累计 "accumulated", 共计/合计/总计 "in all", 五年共 "over five years, in all". */
export const TOTAL_WORDS: readonly string[] = [
  '累计',
  '累积',
  '共计',
  '总计',
  '合计',
  '总共',
  '五年共',
  '年来共',
];

/**
 * Verbs of things done, counted or spent, whose yearly results add up over a term. Left out on purpose:
 * 发展 (发展合作社1953个 reads as a stock), 接待 (visitors: often a yearly figure), 纳税/实现 (yearly amounts).
 */
export const FLOW_VERBS: readonly string[] = [
  '新增',
  '新建',
  '新改扩建',
  '改扩建',
  '新改建',
  '建设',
  '建成',
  '修建',
  '改建',
  '改造',
  '维修',
  '实施',
  '完成',
  '投入',
  '投资',
  '争取',
  '筹集',
  '兑现',
  '发放',
  '支出',
  '拨付',
  '减免',
  '化解',
  '引进',
  '招引',
  '签约',
  '利用',
  '到位',
  '招聘',
  '安置',
  '培训',
  '救助',
  '资助',
  '转移',
  '吸纳',
  '办结',
  '办理',
  '受理',
  '解决',
  '清除',
  '清理',
  '拆除',
  '拆并',
  '关停',
  '取缔',
  '整改',
  '整合',
  '整治',
  '治理',
  '还林',
  '造林',
  '植树',
  '复垦',
  '修复',
  '创建',
  '培育',
  '打造',
  '组建',
  '编制',
  '制定',
  '出台',
  '取消',
  '下放',
  '承接',
  '铺设',
  '硬化',
  '认定',
];

/** A task-list number opening the clause: (3), 1., 一、. */
const LIST_MARK = /^\s*([((][一二三四五六七八九十\d]+[))]|[一二三四五六七八九十]+、|\d+[、.])\s*/;

/** Flow verbs that are also the head of a noun: 建成区 (built-up area) is no act of building. */
const NOT_A_VERB = /建成区/g;

/**
 * A verb counts only near the clause's opening: review lists read 建设高标准农田…, 城镇新增就业…,
 * “三北”工程造林…; a verb deep in a clause sits inside a name (国家生态文明建设示范县).
 */
const VERB_WITHIN = 8;

/**
 * A level reached, kept or capped (达到/增至/提高到/稳定在), or a measure that is a state or a yearly rate:
 * any of them in the clause makes the figure a point, not a sum.
 */
export const LEVEL_CUES: readonly string[] = [
  '达到',
  // 达 "reaches", but not 达标 "up to standard" or 发达 "developed"
  '(?<!发)达(?!标)',
  '增至',
  '增加到',
  '增加至',
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '升至',
  '扩大到',
  '扩大至',
  '降至',
  '降到',
  '压缩至',
  '压缩到',
  '缩短至',
  '缩短到',
  '保持在',
  '稳定在',
  '控制在',
];

/** Nouns of a state or a yearly amount (产值, 收入, 人均…), and of honours (a tally of awards, not a flow). */
export const STATE_NOUNS: readonly string[] = [
  '人均',
  '平均',
  '每',
  '生产总值',
  '产值',
  '增加值',
  '收入',
  '营业额',
  '零售额',
  '总量',
  // 规模以上 (above the size threshold) names a class of firms, not a size
  '规模(?!以上)',
  '能力',
  '余额',
  '保有量',
  '存栏',
  '产量',
  '水平',
  '价格',
  '指数',
  '时间',
  '时限',
  '荣誉',
  '称号',
  '荣获',
  '获评',
  '获得',
  '入选',
  '列入',
  '评为',
];

/** 年均/每年/全年: a per-year figure even inside a five-year review. */
export const PER_YEAR_WORDS: readonly string[] = ['年均', '每年', '年平均', '全年', '年度', '当年'];

/** Durations and rates per something never add up over years. */
const NON_ADDITIVE_UNIT = /^(天|日|小时|分钟|个工作日|工作日|年|个月|月|周)$|\//;

const alternation = (fragments: readonly string[]): string => fragments.join('|');

const TOTAL_RE = new RegExp(`(${alternation(TOTAL_WORDS)}|(?<!公)共(?=${alternation(FLOW_VERBS)}))`);
const FLOW_RE = new RegExp(alternation(FLOW_VERBS));
const LEVEL_RE = new RegExp(alternation(LEVEL_CUES));
const STATE_RE = new RegExp(alternation(STATE_NOUNS));
const PER_YEAR_RE = new RegExp(alternation(PER_YEAR_WORDS));

export interface TotalInput {
  /** Clause text before the figure (from the last comma, semicolon or colon). */
  readonly clausePrefix: string;
  readonly section: SectionKind;
  readonly measure: Measure;
  readonly period: Period;
  readonly baseUnit: string;
  readonly unit: string;
}

/** A figure's clause says it is a sum over its period: 累计, 共计, 五年共. */
export function saysTotal(clause: string): boolean {
  return TOTAL_RE.test(clause);
}

/** A clause that opens with a flow verb and names no level reached, state, per-year rate or honour. */
export function flowClause(clause: string): boolean {
  const opening = clause.replace(LIST_MARK, '').replace(NOT_A_VERB, (m) => '·'.repeat(m.length));
  const verb = FLOW_RE.exec(opening);
  if (!verb || verb.index > VERB_WITHIN) return false;
  return !LEVEL_RE.test(opening) && !STATE_RE.test(opening) && !PER_YEAR_RE.test(opening);
}

/**
 * True when the figure is a total over its period. Only amounts and counts (`level`) add up: a share or
 * a growth rate over a term is never a sum (a growth's span is `rateBasis`' business).
 */
export function isPeriodTotal(input: TotalInput): boolean {
  if (input.measure !== 'level') return false;
  if (NON_ADDITIVE_UNIT.test(input.baseUnit) || NON_ADDITIVE_UNIT.test(input.unit)) return false;
  if (saysTotal(input.clausePrefix)) return true;
  const multiYear = input.period.end > input.period.start;
  const termSection = input.section === 'review-5y' || input.section === 'plan-5y';
  return multiYear && termSection && flowClause(input.clausePrefix);
}
