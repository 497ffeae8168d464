/**
 * Infers the year a report plans for from its text, for reports we have never seen (the CLI without --year).
 * Evidence, strongest first: a title year (2022年…政府工作报告), the dateline (2022年1月10日在…人民代表大会…),
 * the plan heading (2022年工作安排), the year named with 今年's targets (2026年是…开局之年。…今年…主要目标), the
 * review heading (过去五年和2021年, 2021年和“十三五”工作回顾 → 2022), the date line of a web page (时间:2022-12-26),
 * an anniversary the text celebrates, Party meetings the text cites.
 */

import { compact, originalSlice, type Compacted } from './blanks.js';
import { PLAN_NAME, planSpan } from './five-year-plans.js';
import { chineseDigits, chineseNumeral } from './numbers.js';
import { readingCopy } from './reading-copy.js';

export interface YearInference {
  readonly year: number;
  readonly confidence: 'stated' | 'inferred';
  readonly evidence: string;
}

/** Founding years of autonomous counties, for 自治县成立六十五周年 (the anniversary falls in the plan year). */
const FOUNDED: ReadonlyArray<readonly [string, number]> = [
  ['阜新', 1958],
  ['阜蒙', 1958],
  ['长白', 1958],
  ['喀喇沁左翼', 1958],
  ['喀左', 1958],
  ['伊通', 1989],
  ['前郭', 1956],
  ['杜尔伯特', 1956],
  ['岫岩', 1985],
  ['新宾', 1985],
  ['本溪满族', 1989],
  ['桓仁', 1989],
  ['宽甸', 1989],
  ['清原', 1990],
];

/**
 * Party plenums (届, 中全会): a report that cites one (as its guide) plans for the year after it met. Reports
 * often list several at once (二十届二中、三中全会), so plenums are read one by one and the latest counts.
 */
const PLENUMS: ReadonlyArray<readonly [string, number, number, string]> = [
  ['二十', 4, 2026, '二十届四中全会 (October 2025)'],
  ['二十', 3, 2025, '二十届三中全会 (July 2024)'],
  ['二十', 2, 2024, '二十届二中全会 (February 2023)'],
  ['十九', 6, 2022, '十九届六中全会 (November 2021)'],
  ['十九', 5, 2021, '十九届五中全会 (October 2020)'],
  ['十九', 4, 2020, '十九届四中全会 (October 2019)'],
];
const CONGRESSES: ReadonlyArray<readonly [RegExp, number, string]> = [
  [/党的二十大|二十大精神/, 2023, '党的二十大 (October 2022): 2023 or later'],
];
const PLENUM_RE = /(十九|二十)届((?:[一二三四五六七][中次]?[、,,和及与])*[一二三四五六七])中全会/g;

/** Every plenum the text cites, as [届, number]: 二十届二中、三中全会 → [二十, 2], [二十, 3]. */
function plenumsCited(text: string): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  for (const m of text.matchAll(PLENUM_RE)) {
    for (const n of m[2].match(/[一二三四五六七]/g) ?? []) out.push([m[1], numeral(n) ?? 0]);
  }
  return out;
}

/** 20, 六, 十二, 六十五: a number in digits or Chinese numerals, or null. */
const numeral = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : s ? chineseNumeral(s) : null);

/** A quotation from the original text for a match in its compacted copy. */
function quote(text: string, c: Compacted, m: RegExpExecArray): string {
  return originalSlice(text, c, m.index, m.index + m[0].length);
}

/** Plan headings and plan sentences naming the year (2025年目标任务, 建议2025年…主要预期目标). */
const PLAN_RE =
  /做好(20\d{2})年(?:政府)?工作|(20\d{2})年(?:[^\n。;;,,、]{0,16}?)(?:主要工作|工作安排|工作任务|目标任务|重点工作|主要任务|工作打算|工作重点|预期目标|努力目标|奋斗目标)/g;
/** 完成2022年目标任务 in a review, 2022年目标任务完成情况: a past plan, not the one the report sets. */
const PAST_PLAN_BEFORE = /(完成|实现|落实|对照|回顾)[^\n。;;,,]{0,4}$/;
const PAST_PLAN_AFTER = /^[^\n。;;,,]{0,4}(完成情况|执行情况|落实情况|完成|实现|回顾)/;

function planHeading(t: string): RegExpExecArray | null {
  for (const m of t.matchAll(PLAN_RE)) {
    const at = m.index ?? 0;
    const before = t.slice(Math.max(0, at - 8), at);
    const after = t.slice(at + m[0].length, at + m[0].length + 8);
    if (!PAST_PLAN_BEFORE.test(before) && !PAST_PLAN_AFTER.test(after)) return m as RegExpExecArray;
  }
  return null;
}

/**
 * The dateline of the title block: ——2026年1月14日在某县第十八届人民代表大会第五次会议上 (often wrapped
 * over two lines). A report given from January to October plans for that year (a mid-year session that opens
 * a new term reviews the first half and plans the rest of it); one given in November or December plans for
 * the next year (湘潭县's 2023 report was given on 2022-12-23).
 */
const DATELINE_RE = /(20\d{2})年(\d{1,2})月\d{1,2}日在[^。;;]{0,50}?(?:人民代表大会|人大)/;

/** A date in Chinese numerals, as formal documents write it: 二〇二五年一月八日 (year, month, day). */
const CN_DATE =
  '([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月[一二三四五六七八九十]{1,3}日';
const CN_DATELINE_RE = new RegExp(`${CN_DATE}在[^。;;]{0,50}?(?:人民代表大会|人大)`);
/**
 * A date on a line of its own in the title block, where the dateline names no session:
 * (2025年1月8日), 二〇二四年十二月二十六日. Only in the first lines, and only a whole line.
 */
const HEAD_DATE_RE = new RegExp(
  String.raw`(?<=^|\n)[-—(\s]*(?:(20\d{2})年(\d{1,2})月\d{1,2}日|${CN_DATE})[)\s]*(?=\n|$)`,
);

/**
 * The date line of a web page (news of the session, or the report as posted): 时间:2022-12-26 16:52 来源:…,
 * 2021-01-29 08:00:00 来源:…, 发布时间: 2023-01-10, 版次:03 作者:2023年01月12日. Read only in the first lines, on
 * a line that says what the date is (时间, 日期, 发布, 来源, 作者, 版次, 更新). A page is posted when the session
 * meets or soon after, so the date implies the plan year as a dateline does.
 */
const PAGE_DATE_LINE = /时间|日期|发布|来源|作者|版次|更新/;
const PAGE_DATE = /(20\d{2})(?:-(\d{1,2})-\d{1,2}|年(\d{1,2})月\d{1,2}日)/;

function pageDate(t: string): RegExpExecArray | null {
  let offset = 0;
  for (const line of t.split('\n').slice(0, 6)) {
    const m = PAGE_DATE_LINE.test(line) ? PAGE_DATE.exec(line) : null;
    if (m) {
      m.index += offset;
      return m;
    }
    offset += line.length + 1;
  }
  return null;
}

/**
 * The plan year named where the text turns to this year's targets: 2026年是“十五五”规划开局之年。…今年政府工作的
 * 主要目标是: the year that 是…之年 names, in the paragraph that sets 今年's targets, is the plan year. (A review
 * paragraph, 2025年是“十四五”收官之年…一年来, names the year reviewed and sets no 今年 target.)
 */
const YEAR_IS_RE = /(20\d{2})年是[^。\n]{0,40}?之年/g;
// the targets set, not reported on: 今年…主要目标是/为, never 今年确定的主要目标任务全面完成
const THIS_YEAR_TARGETS = /今年[^。\n]{0,12}?(?:主要目标|预期目标|目标任务|奋斗目标|努力目标)(?:是|为|:|:)/;

function planYearStatement(t: string): RegExpExecArray | null {
  for (const m of t.matchAll(YEAR_IS_RE)) {
    const at = m.index ?? 0;
    const lineStart = t.lastIndexOf('\n', at) + 1;
    const lineEnd = t.indexOf('\n', at);
    const line = t.slice(lineStart, lineEnd === -1 ? t.length : lineEnd);
    if (THIS_YEAR_TARGETS.test(line)) return m as RegExpExecArray;
  }
  return null;
}

/** 今年是“十五五”规划开局之年, 明年是“十四五”收官之年: a year named by its place in a five-year plan. */
const PLAN_PLACE = new RegExp(
  `(今年|明年)是[^。\n]{0,30}?${PLAN_NAME}[^。\n]{0,10}?(开局|起步|第一年|收官|决胜|最后一年)`,
);
/** A December session's plan: 明年 opens a clause, a heading or the targets (明年工作, 明年的主要目标). */
const PLANS_NEXT_YEAR =
  /(?:^|[\n。;;,,、])\s*(?:[一二三四五六七八九十]+、)?明年(?:是|,|,|的|全县|全区|全市|全旗|经济|工作|政府|主要)/;
/** A review heading naming only the plan reviewed (“十四五”时期工作回顾): the report is for the year after it. */
const PLAN_REVIEW = new RegExp(`${PLAN_NAME}(?:时期|期间)?(?:工作)?回顾`);

const COMING_TERM = new RegExp(`(?:今后|未来)五年[^。\n]{0,20}?${PLAN_NAME}`);

function planYearByName(t: string): { year: number; why: string; match: RegExpExecArray } | null {
  let m = PLAN_PLACE.exec(t);
  const span = planSpan(m?.[2]);
  if (m && span) {
    const year = /开局|起步|第一年/.test(m[3]!) ? span.start : span.end;
    // 今年 in a December session is the year reviewed: the plan is for 明年
    const next = m[1] === '明年' || PLANS_NEXT_YEAR.test(t) ? 1 : 0;
    const plan = m[1] === '明年' ? year : year + next;
    return {
      year: plan,
      why: `${m[1]} is ${year} in the plan${plan === year ? '' : ', and the text plans for 明年'}`,
      match: m,
    };
  }
  m = PLAN_REVIEW.exec(t);
  const reviewed = planSpan(m?.[1]);
  if (m && reviewed)
    return { year: reviewed.end + 1, why: `reviews the plan ending ${reviewed.end}`, match: m };
  // 今后五年,是“十五五”规划实施的五年: a new term's goals for the coming plan, from its first year
  m = COMING_TERM.exec(t);
  const coming = planSpan(m?.[1]);
  return m && coming
    ? { year: coming.start, why: `sets 今后五年 goals for the plan from ${coming.start}`, match: m }
    : null;
}

/** A mark that the figures are estimates of the year under review: 预计(下同), (预计数,下同), 预计全年, 初步预计. */
const ESTIMATE_RE = /[((]预计数?(?:[,,、][^))\n]{0,10})?[))]|预计[((]下同[))]|预计全年|初步预计/;

/**
 * A report whose results are marked as estimates (预计(下同), 预计全年) reviews the year it names last: the
 * report is for the year after. Years that end a span (2021-2035年, 到2035年) are goals, not the year reviewed.
 */
function estimatedYear(t: string): { year: number; marker: RegExpExecArray } | null {
  const marker = ESTIMATE_RE.exec(t);
  if (!marker) return null;
  const years = [...t.matchAll(/(?<![到至\-–—~～－])(20\d{2})年(?!\d*月)/g)].map((x) => Number(x[1]));
  return years.length ? { year: Math.max(...years), marker } : null;
}

/**
 * The Party meeting a text cites that fixes its report year earliest-first (a plenum, else a congress): the
 * year it allows and why.
 */
function partyMeeting(t: string): { year: number; why: string } | null {
  const cited = plenumsCited(t);
  const plenum = PLENUMS.find(([term, n]) => cited.some(([tt, nn]) => tt === term && nn === n));
  if (plenum) return { year: plenum[2], why: plenum[3] };
  const congress = CONGRESSES.find(([re]) => re.test(t));
  return congress ? { year: congress[1], why: congress[2] } : null;
}

/** The plan year a dateline implies. */
export function yearOfDateline(year: number, month: number): number {
  return month >= 11 ? year + 1 : year;
}

/** The date the report was given, from its title block (the dateline, in digits or numerals, or a date line). */
function titleDate(t: string): { year: number; month: number; match: RegExpExecArray } | null {
  const m =
    DATELINE_RE.exec(t.slice(0, 400)) ??
    CN_DATELINE_RE.exec(t.slice(0, 400)) ??
    HEAD_DATE_RE.exec(t.slice(0, 300));
  if (!m) return null;
  // groups: a dateline's 1–2 (digits or numerals), or the title-block date's 1–2 (digits) or 3–4 (numerals)
  const [year, month] = m[3] ? [m[3], m[4]!] : [m[1]!, m[2]!];
  const given = /^\d+$/.test(year) ? Number(year) : Number(chineseDigits(year));
  const monthNumber = numeral(month);
  return given >= 2000 && monthNumber && monthNumber <= 12
    ? { year: given, month: monthNumber, match: m }
    : null;
}

/**
 * The year and month the report was given, when its title block says: a report given from May to October
 * (a new term's mid-year session) reviews the year so far (今年以来, 上半年), not the year before.
 */
export function sessionDate(text: string): { year: number; month: number } | null {
  const given = titleDate(compact(readingCopy(text)).text);
  return given && { year: given.year, month: given.month };
}

/**
 * The report year, from a compacted copy of the text: PDF scrapes and web copies put blanks inside dates
 * (2021 年 1 月 27 日), which would hide every cue. Evidence quotes the original text.
 */
export function inferYear(text: string): YearInference | null {
  // Full-width forms read as ASCII, a PDF's lines as the sentences they break (one unit for one:
  // quotes still come from `text`).
  const c = compact(readingCopy(text));
  const t = c.text;
  const head = t.slice(0, 300);
  let m = /(20\d{2})年[^\n。]{0,30}?(政府工作报告|政府工作计划|工作报告|工作计划)/.exec(head);
  if (m) return { year: Number(m[1]), confidence: 'stated', evidence: `title: “${quote(text, c, m)}”` };
  // A date the report was given (or its page posted) on: year and month from m[1] and m[2] or m[3].
  const dated = (
    what: string,
    m: RegExpExecArray,
    given = Number(m[1]),
    month = Number(m[2] ?? m[3]),
  ): YearInference => {
    const year = yearOfDateline(given, month);
    return {
      year,
      confidence: 'inferred',
      evidence: `${what} ${given}-${String(month).padStart(2, '0')}${year === given ? '' : ', late in the year'}: “${quote(text, c, m)}”`,
    };
  };
  const given = titleDate(t);
  if (given) return dated('given', given.match, given.year, given.month);
  m = planHeading(t);
  if (m)
    return {
      year: Number(m[1] ?? m[2]),
      confidence: 'stated',
      evidence: `plan heading: “${quote(text, c, m)}”`,
    };
  m = planYearStatement(t);
  if (m)
    return {
      year: Number(m[1]),
      confidence: 'stated',
      evidence: `plan year named with 今年's targets: “${quote(text, c, m)}”`,
    };
  m = /过去五年和(20\d{2})年|(20\d{2})年(?:和[^\n。,,;;]{0,10}?)?(?:工作)?回顾|(20\d{2})年工作总结/.exec(t);
  if (m) {
    const reviewed = Number(m[1] ?? m[2] ?? m[3]);
    return {
      year: reviewed + 1,
      confidence: 'inferred',
      evidence: `reviews ${reviewed}: “${quote(text, c, m)}”`,
    };
  }
  m = pageDate(t);
  if (m) return dated('page dated', m);
  const named = planYearByName(t);
  if (named)
    return {
      year: named.year,
      confidence: 'inferred',
      evidence: `${named.why}: “${quote(text, c, named.match)}”`,
    };
  m = /(自治县|自治旗|自治州)成立([一二三四五六七八九十\d]+)周年/.exec(t);
  if (m) {
    const n = numeral(m[2]);
    const founded = FOUNDED.find(([name]) => t.includes(name));
    if (n !== null && founded) {
      return {
        year: founded[1] + n,
        confidence: 'inferred',
        evidence: `“${quote(text, c, m)}”: ${founded[0]} was founded in ${founded[1]}, so the anniversary falls in ${founded[1] + n}`,
      };
    }
  }
  const meeting = partyMeeting(t);
  const reviewed = estimatedYear(t);
  if (reviewed && reviewed.year + 1 >= (meeting?.year ?? 0))
    return {
      year: reviewed.year + 1,
      confidence: 'inferred',
      evidence: `estimates the results of ${reviewed.year}: “${quote(text, c, reviewed.marker)}”`,
    };
  if (meeting) return { year: meeting.year, confidence: 'inferred', evidence: `cites ${meeting.why}` };
  // last resort: the latest year the text names, as the year just reviewed
  const years = [...t.matchAll(/(?<![到至])(20\d{2})年(?!\d*月)/g)].map((x) => Number(x[1]));
  if (years.length) {
    const latest = Math.max(...years);
    return {
      year: latest + 1,
      confidence: 'inferred',
      evidence: `latest year named is ${latest}; taken as the year reviewed`,
    };
  }
  return null;
}
