/**
 * Splits a report into sentences and tags each with the part of the report it stands in. Chinese work
 * reports follow one plan: a review (过去五年 / 五年来, then 一年来 / 2021年工作回顾), then the plan
 * (今后五年 / 未来五年, then 2022年工作安排 / 今年, often a numbered task list), then 政府自身建设.
 */

import { BLANK_RE, squeeze } from './blanks.js';
import { PLAN_NAME, planSpan } from './five-year-plans.js';

/** review-5y: the past term; review-1y: the past year; plan-5y: the coming term; plan-year: the report year. */
export type SectionKind = 'review-5y' | 'review-1y' | 'plan-5y' | 'plan-year' | 'notes';

export interface Sentence {
  /** The sentence exactly as in the text, end punctuation included, surrounding blanks trimmed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly section: SectionKind;
  /** True for a heading line (一、过去五年工作回顾): no end punctuation, short. */
  readonly heading: boolean;
  /**
   * The figures are estimates by a cue outside their own sentence: an earlier sentence of the section said
   * 预计(下同) or (预计,同比,下同), "estimated (likewise below)", or this sentence carries such a note after
   * its first figures, or it continues (after ;) a list that 预计 opens.
   */
  readonly estimateCarried: boolean;
  /**
   * The years of the five-year plan a plan-5y section names when it opens (二、锚定“十五五”目标 in a report for
   * 2027: 2026–2030); undefined when it names none (今后五年: the report year and the four after it).
   */
  readonly term?: { readonly start: number; readonly end: number };
  /**
   * Words naming a span with which an earlier sentence of this paragraph opened (“十四五”以来,我们坚持…。 then
   * 地区生产总值年均增长6.5%): an average rate or a total later in the paragraph runs over that span.
   */
  readonly spanOpener?: string;
}

/** A paragraph opening with the span it reviews: “十四五”以来, 党的十八大以来, 2021年以来, 自2021年以来. */
const SPAN_OPENER = new RegExp(`^(?:自)?(?:${PLAN_NAME}|党的(?:十[六七八九]|二十一?)大|\\d{4}年)以来`);

const SENTENCE_END = /[。!?;!?;]/;
const CLOSERS = /[”’」』))]/;
const BLANK = /[\s\u3000]/;

/**
 * An ASCII "?" after a blank is a scrape's stand-in for a glyph it could not read (…会议上 ?), not a question
 * mark: Chinese punctuation hugs the word before it.
 */
function strayMark(text: string, i: number): boolean {
  return text[i] === '?' && BLANK_RE.test(text[i - 1] ?? '');
}

/** A sentence without the stray marks and blanks a scrape leaves at its end. */
const STRAY_END = /([ \t\u00a0\u3000]+\?+)+$/;

/** Sentences with exact offsets; a line break always ends a sentence. */
export function splitSentences(
  text: string,
): Array<{ text: string; start: number; end: number; lineEnd: boolean }> {
  const out: Array<{ text: string; start: number; end: number; lineEnd: boolean }> = [];
  let start = 0;
  const push = (from: number, to: number, lineEnd: boolean) => {
    let a = from;
    let b = to;
    while (a < b && BLANK.test(text[a])) a++;
    while (b > a && BLANK.test(text[b - 1])) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b, lineEnd });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(start, i, true);
      start = i + 1;
    } else if (SENTENCE_END.test(c) && !strayMark(text, i)) {
      let j = i + 1;
      while (j < text.length && CLOSERS.test(text[j])) j++;
      const lineEnd = j >= text.length || text[j] === '\n' || text[j] === '\r';
      push(start, j, lineEnd);
      start = j;
      i = j - 1;
    }
  }
  push(start, text.length, true);
  return out;
}

/** Forms of address and list markers that open a sentence before its real first words. */
const OPENERS =
  /^(各位代表[、,,]?(各位委员)?[,,:]?|同志们[,,]|——+|[一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\d]+[))]|\d+[、.])/;

function stripOpeners(s: string): string {
  let prev;
  let out = s.trim();
  do {
    prev = out;
    out = out.replace(OPENERS, '').trim();
  } while (out !== prev);
  return out;
}

/** A section cue at the start of a clause, for a report planning `year`. */
function clauseCue(clause: string, year: number): SectionKind | null {
  const last = year - 1;
  if (
    /^(过去五年|过去的五年|五年来|这五年|这五年来|近五年|五年间|本届政府任期|本届政府五年)/.test(clause) ||
    pastPlan(clause, year)
  )
    return 'review-5y';
  if (
    new RegExp(
      `^(一年来|今年以来|今年来|过去一年|过去的一年|去年|(?:刚刚过去的|过去的)?${last}年($|是|以来|我们|全县|全区|全市|全旗))`,
    ).test(clause)
  )
    return 'review-1y';
  if (/^(今后五年|未来五年|今后一个时期)/.test(clause) || comingPlan(clause, year)) return 'plan-5y';
  if (
    new RegExp(
      `^(今年|明年|新的一年|做好${year}年|${year}年($|是|我们|全县|全区|全市|全旗|的|政府工作|工作|经济社会|主要))`,
    ).test(clause)
  )
    return 'plan-year';
  return null;
}

/**
 * “十四五”时期 / 期间 opening a clause sets the goals of the coming term only while that plan is not
 * over: in a report for 2026 “十四五”期间 looks back (2021–2025).
 */
const COMING_PLAN = new RegExp(`^${PLAN_NAME}(时期|期间)`);
function comingPlan(clause: string, year: number): boolean {
  const end = planSpan(COMING_PLAN.exec(clause)?.[1])?.end;
  return end !== undefined && end >= year;
}

/** “十二五”时期是…五年, “十三五”以来 in a report after that plan ended: the past term. */
const PAST_PLAN = new RegExp(`^${PLAN_NAME}(时期|期间|以来)`);
function pastPlan(clause: string, year: number): boolean {
  const end = planSpan(PAST_PLAN.exec(clause)?.[1])?.end;
  return end !== undefined && end < year;
}

/**
 * A sentence of a five-year review that dates its level in the last year (2015年全县地区生产总值达到68.4亿元,
 * 是2010年的1.7倍,年均增长9.6%) stays in the review of the term: it measures the term, not the year.
 */
function measuresTerm(sentence: string, year: number): boolean {
  if (/年均|五年|累计/.test(sentence)) return true;
  return [...sentence.matchAll(/(?:由|从|比|是|较)((?:19|20)\d\d)年/g)].some((m) => Number(m[1]) < year - 2);
}

const NAMES_PLAN = new RegExp(PLAN_NAME);
const PLAN_NAMES = new RegExp(PLAN_NAME, 'g');

/** The span of the first plan named in `text` that has not ended by `year`: the term a plan section sets goals for. */
function namedTerm(text: string, year: number): { start: number; end: number } | undefined {
  for (const m of text.matchAll(PLAN_NAMES)) {
    const span = planSpan(m[1]);
    if (span && span.end >= year) return span;
  }
  return undefined;
}

/** The section a heading opens (一、过去五年和2021年工作回顾 → review-5y; 二、2022年工作安排 → plan-year). */
function headingCue(heading: string): SectionKind | null {
  const h = stripOpeners(heading);
  if (/^(名词解释|注释|附件|附:|关联稿件)/.test(h)) return 'notes';
  if (/回顾|总结/.test(h)) return /五年/.test(h) || NAMES_PLAN.test(h) ? 'review-5y' : 'review-1y';
  if ((/今后五年|未来五年/.test(h) || NAMES_PLAN.test(h)) && /任务|安排|目标|打算/.test(h)) return 'plan-5y';
  // 三、下半年重点工作, 2025年工作重点: the year's tasks (完成情况 would be a review)
  if (/安排|任务|目标|计划|打算|政府自身建设|重点工作|工作重点|下半年/.test(h) && !/完成情况/.test(h))
    return 'plan-year';
  return null;
}

/** What a sentence says about the section it opens, or null when it changes nothing. */
export function sectionCue(
  sentence: string,
  heading: boolean,
  year: number,
  section?: SectionKind,
): SectionKind | null {
  if (heading) {
    const cue = headingCue(sentence);
    if (cue) return cue;
    // 【数说2024】, 回眸2024: a heading that names only the year before the report's reviews it
    const years = [...sentence.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
    if (years.length && years.every((y) => y === year - 1) && !/目标|安排|计划|任务|打算|展望/.test(sentence))
      return 'review-1y';
  }
  const clauses = stripOpeners(sentence)
    .split(/[,,::]/)
    .slice(0, 2);
  for (const clause of clauses) {
    const cue = clauseCue(clause.trim(), year);
    const datedInTerm = section === 'review-5y' && clause.trim().startsWith(`${year - 1}年`);
    if (cue === 'review-1y' && datedInTerm && measuresTerm(sentence, year)) return null;
    if (cue) return cue;
  }
  // 问:2024年…有哪些亮点? in a 解读 page: the answer reviews the year the question names
  if (/^问[::]/.test(sentence)) {
    if (sentence.includes(`${year - 1}年`) || /去年|过去一年/.test(sentence)) return 'review-1y';
    if (sentence.includes(`${year}年`) || /今年/.test(sentence)) return 'plan-year';
  }
  // 2025年…主要预期目标是, 建议2025年…努力目标为
  if (/(预期|努力|奋斗)目标/.test(sentence) && new RegExp(`${year}年|今年`).test(sentence))
    return 'plan-year';
  // 我们对今后五年的发展提出了…具体目标, 今后五年政府工作的主要目标是: the goals of the coming term follow
  if (/(今后|未来)五年[^。;;]*?(目标|任务)/.test(sentence)) return 'plan-5y';
  return null;
}

/**
 * A note that makes every figure from here on an estimate: 预计(下同), (预计,同比,下同), (预计数,下同).
 * The bracketed form follows the first figure it covers (增长5.5%(预计,同比,下同)).
 */
const ESTIMATE_NOTE = /预计[((]下同[))]|[((][^()()]*预计[^()()]*下同[^()()]*[))]/;
const ESTIMATE_NOTE_AFTER = /[((][^()()]*预计[^()()]*下同[^()()]*[))]/;

/**
 * 预计 heading a sentence (预计, 经初步预计, 预计全年…) governs the whole list of results the sentence
 * gives, ; clauses included: 预计,生产总值增长7%左右;规模工业增加值增长7%左右;… are all estimates.
 */
function opensEstimate(sentence: string): boolean {
  const first = stripOpeners(sentence).split(/[,,::;;]/)[0] ?? '';
  return /预计/.test(first);
}

const isPlan = (section: SectionKind): boolean => section === 'plan-year' || section === 'plan-5y';

/** The offset in `sentence` just after the clause break where a clause turns to the plan (,今年将…), or 0. */
function planTurn(sentence: string, year: number): number {
  for (const m of sentence.matchAll(/[,,;;::]/g)) {
    const at = m.index + 1;
    const cue = clauseCue(squeeze(sentence.slice(at)).trim(), year);
    if (cue && isPlan(cue)) return at;
  }
  return 0;
}

/**
 * Sentences tagged with their section. A whole report (a title or 各位代表 near the top) opens with its
 * review of the past year; an excerpt that opens without any cue is taken as the report year's plan:
 * excerpts published on their own are nearly always the task list.
 */
export function segment(text: string, year: number): Sentence[] {
  const opening = squeeze(text.slice(0, 400));
  let section: SectionKind = /政府工作报告|各位代表/.test(opening) ? 'review-1y' : 'plan-year';
  const out: Sentence[] = [];
  let lineStart = true;
  let carry = false;
  let term: Sentence['term'];
  // the piece opens a sentence (not a clause after ;), and the 预计 list the pieces before it continue
  let atHead = true;
  let listCarry = false;
  // the plan was entered by a heading or a cue (not assumed for an excerpt's opening)
  let planEntered = false;
  let reviewSeen = false;
  let yearInTerm = false;
  let termItems = false;
  // the span the paragraph opened with, for its later sentences (`spanOpener`)
  let opener: string | undefined;
  let openerHere: string | undefined;
  for (const s of splitSentences(text)) {
    // cues are read without the stray blanks of a scrape (2025 年工作安排); the sentence stays as written
    const bare = squeeze(s.text.replace(STRAY_END, ''));
    const heading = lineStart && s.lineEnd && !/[。!?;!?;]$/.test(bare) && bare.length <= 50;
    let cue = sectionCue(bare, heading, year, section);
    // 一、过去五年工作回顾 …——综合实力… 2020年,面对疫情…(the year) ——产业结构…: the next —— item of the term's
    // list returns to the term
    // (only when the term's own items were written so: a year paragraph followed by its items stays the year's)
    if (!cue && yearInTerm && termItems && lineStart && /^——/.test(bare)) cue = 'review-5y';
    if (section === 'review-5y' && lineStart && /^——/.test(bare)) termItems = true;
    // 去年我们实施重点项目120个,今年将实施150个: inside the plan, a look back is this sentence's alone
    const lookBack =
      !heading &&
      planEntered &&
      isPlan(section) &&
      cue !== null &&
      !isPlan(cue) &&
      cue !== 'notes' &&
      // a 解读 page's question turns the answers to the year it names
      !/^问[::]/.test(bare);
    const local = lookBack ? cue : null;
    if (lookBack) cue = null;
    // 预计(下同) holds until the section changes or a heading opens a new part
    if (heading || (cue && cue !== section)) carry = false;
    if (cue && cue !== section) term = cue === 'plan-5y' ? namedTerm(bare, year) : undefined;
    // a one-year paragraph opened inside a five-year review headed as such
    yearInTerm =
      cue === 'review-1y' && !heading ? section === 'review-5y' || yearInTerm : cue ? false : yearInTerm;
    if (heading && cue) termItems = false;
    if (cue) {
      // a plan heading, or a turn to the plan after the review (not a news page's headline about the targets)
      planEntered = isPlan(cue) && (planEntered || (heading && headingCue(bare) === cue) || reviewSeen);
      section = cue;
      if (!isPlan(cue) && cue !== 'notes') reviewSeen = true;
    }
    if (lineStart) opener = undefined;
    const spanOpener = opener;
    openerHere = lineStart ? SPAN_OPENER.exec(bare)?.[0] : undefined;
    const continues = /[;;]$/.test(bare) && !s.lineEnd;
    if (atHead) listCarry = opensEstimate(bare);
    const estimateCarried = carry || listCarry || ESTIMATE_NOTE_AFTER.test(bare);
    if (local) {
      // the clauses from the one that turns back to the plan (今年, 明年) on are the plan's
      const turn = planTurn(s.text, year);
      const pieces: Array<[number, number, SectionKind]> = turn
        ? [
            [0, turn, local],
            [turn, s.text.length, section],
          ]
        : [[0, s.text.length, local]];
      for (const [from, to, kind] of pieces) {
        const lead = s.text.slice(from, to).search(/\S/);
        const piece = s.text.slice(from, to).trim();
        const start = s.start + from + Math.max(0, lead);
        out.push({
          text: piece,
          start,
          end: start + piece.length,
          section: kind,
          heading,
          estimateCarried,
          term,
          spanOpener,
        });
      }
    } else
      out.push({
        text: s.text,
        start: s.start,
        end: s.end,
        section,
        heading,
        estimateCarried,
        term,
        spanOpener,
      });
    if (openerHere) opener = openerHere;
    if (ESTIMATE_NOTE.test(bare)) carry = true;
    if (!continues) listCarry = false;
    atHead = !continues;
    lineStart = s.lineEnd;
  }
  return out;
}
