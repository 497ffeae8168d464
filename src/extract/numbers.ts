/**
 * The number parser: finds every quantity a reader could chart in a report text and reads it as written
 * ("29.93万亩" → 29.93 万亩 = 299,300 亩), leaving out list numbers, footnote marks, dates, rankings and names.
 * Offsets are JS string indices into the text given.
 */
import type { Comparator } from '../data/types.js';
import { skipBlanks, skipBlanksBack } from './blanks.js';
import {
  BASE_UNITS,
  COUNT_UNITS,
  MONEY_UNITS,
  MULTIPLIERS,
  multiplierAt,
  perUnitAt,
  unitAt,
} from './units.js';

export interface Quantity {
  /** Span of the figure as written, qualifiers included (突破1600万元, 2000人以上). */
  readonly start: number;
  readonly end: number;
  /** Span of the number alone. */
  readonly numStart: number;
  readonly numEnd: number;
  readonly value: number;
  readonly valueHi?: number;
  /** Unit as written with its multiplier: 万亩. */
  readonly unit: string;
  readonly baseValue: number;
  readonly baseValueHi?: number;
  readonly baseUnit: string;
  readonly comparator: Comparator;
  /** True when the unit is borrowed from a later number: the 81 of 压缩至81、64和13个工作日. */
  readonly sharedUnit: boolean;
  /** 翻一番 "double": a growth of 100% written without digits. */
  readonly doubling?: boolean;
  /** 增长-2.3%: a minus sign before the number (in the span; `value` stays the number as written). */
  readonly negative?: boolean;
  /**
   * 三次产业结构调整为4.2:48.6:47.2: the share (%) of the first, second or third industry, one of the three parts of
   * a structure ratio that starts at `ratioStart` (its words before the ratio say what all three are).
   */
  readonly industry?: { readonly part: 1 | 2 | 3; readonly ratioStart: number };
}

/** Full-width digits and signs to ASCII, one UTF-16 unit for one, so offsets stay valid. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９％．～－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// Qualifiers. 以上/突破/超过: "at least"; 以内/控制在: "at most"; 余/多/约/左右/近: "approximately".
const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Comparator]> = (
  [
    ['不低于', '>='],
    ['不少于', '>='],
    ['超过', '>='],
    ['突破', '>='],
    ['至少', '>='],
    ['高于', '>='],
    ['超', '>='],
    ['逾', '>='],
    ['控制在', '<='],
    ['不超过', '<='],
    ['不高于', '<='],
    ['低于', '<='],
    ['不足', '<='],
    ['不到', '<='],
    ['少于', '<='],
    ['大约', '~'],
    ['接近', '~'],
    ['约', '~'],
    ['近', '~'],
  ] as Array<readonly [string, Comparator]>
).sort((a, b) => b[0].length - a[0].length); // the longest word first: 不超过 is "at most", the 超过 inside it "at least"
const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='],
  ['以上', '>='],
  ['以内', '<='],
  ['以下', '<='],
  ['左右', '~'],
  // 1个工作日内办结
  ['内', '<='],
];
const APPROX_MARKS = '余多';
/**
 * A noun for people after a multiplier carries the unit 人: 6.5万居民, and with a short modifier before the
 * noun, 14.21万贫困人口, 3.97万易搬群众 (no digit, punctuation or unit between).
 */
const PEOPLE_NOUN = /^[^\d\s,,。;;、::()()“”"]{0,4}?(居民|人口|群众|农民|村民|市民|职工|学生|游客|老人|儿童)/;
const RANGE_MARKS = '-~—–至到';
const SHARE_SEPARATORS = '、和及与';
/**
 * Words after a Chinese-numeral count that make it a slogan, not a quantity (九个方面, 两个市场), or the
 * outline of the report itself (报告共分三个部分).
 */
const SLOGAN_FOLLOWERS = [
  '方面',
  '部分',
  '意识',
  '自信',
  '维护',
  '确立',
  '不摘',
  '务必',
  '市场',
  '资源',
  '层面',
  '环节',
  '原则',
  '优先',
  '一批',
  '代表',
  '规定',
  // 两条底线, 连跨两个百亿台阶: principles and milestones, not counts
  '底线',
  '台阶',
  '百亿',
  '千亿',
  '万亿',
];

interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueHi?: number;
}

interface Tail {
  readonly end: number;
  readonly unit: string;
  readonly baseUnit: string;
  readonly factor: number;
  readonly approx: boolean;
  readonly suffix: Comparator | null;
}

// 1,234.5 and 12,345 with thousands separators (groups of three, not followed by a digit); a PDF's
// letter-spaced digits (6 . 5, 1 2 8: single digits one blank apart); or plain digits
const NUMBER_RE =
  /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d(?: \d)* \. \d(?: \d)*(?!\d)|\d(?: \d)+(?![\d.])|\d+(?:\.\d+)?/y;

function readNumber(s: string, pos: number): { end: number; value: number } | null {
  NUMBER_RE.lastIndex = pos;
  const m = NUMBER_RE.exec(s);
  return m ? { end: pos + m[0].length, value: Number(m[0].replace(/[, ]/g, '')) } : null;
}

/** 增长-2.3%: a minus sign right before the number, not the dash of a range (1-2, 5%-6%) or a name (G-20). */
const minusBefore = (s: string, at: number): boolean =>
  /[-−]/.test(s[at - 1] ?? '') && !/[\d%‰.A-Za-z]/.test(s[at - 2] ?? '');

/** A number or a range (1-2, 1至2). */
function readNumberToken(s: string, pos: number): NumberToken | null {
  const first = readNumber(s, pos);
  if (!first) return null;
  const mark = skipBlanks(s, first.end);
  const from = skipBlanks(s, mark + 1);
  if (RANGE_MARKS.includes(s[mark] ?? '') && /\d/.test(s[from] ?? '')) {
    const second = readNumber(s, from);
    if (second && second.value > first.value) {
      return { start: pos, end: second.end, value: first.value, valueHi: second.value };
    }
  }
  return { start: pos, end: first.end, value: first.value };
}

/**
 * Nouns that make a bare 亿 an amount of money (社会消费品零售总额突破千亿, 营业收入达120亿): the unit 元 is
 * implied. Only 亿 and 万亿 qualify: a bare 万 is as often people or households.
 */
const MONEY_NOUNS =
  /(总额|总值|总产值|生产总值|GDP|增加值|收入|营收|产值|投资|税收|营业额|销售额|成交额|交易额|存款|贷款|融资|资金|金额|资产|利润|经济总量|产业规模|经济规模|市场规模)/;
/** What follows an amount and makes it a class of things (5000万元以上项目, 千亿级产业): a size, not a figure. */
const SIZE_CLASS = /^(的)?[^,,。;;、]{0,3}?(项目|企业|工程|级)/;

/** Whether the clause before `pos` names money, so a bare 亿 there means 亿元. */
function moneyClause(s: string, pos: number): boolean {
  const head = s.slice(Math.max(0, pos - 40), pos);
  const clause = head.slice(head.search(/[^,,;;。::\n]*$/));
  return MONEY_NOUNS.test(clause);
}

/** 余/多 "odd, more" at `pos` (not the 多 that opens a unit). */
const approxAt = (s: string, pos: number): boolean =>
  pos < s.length && APPROX_MARKS.includes(s[pos]) && !unitAt(s, pos);

/** 以上/以内/… right after a figure: its comparator and where the figure ends. */
function suffixAt(s: string, pos: number): { end: number; comparator: Comparator } | null {
  const q = skipBlanks(s, pos);
  for (const [word, comparator] of SUFFIX_QUALIFIERS)
    if (s.startsWith(word, q)) return { end: q + word.length, comparator };
  return null;
}

/**
 * 岁 is a figure's unit only for a life expectancy or an age (人均预期寿命达到81岁, 平均年龄); elsewhere it names
 * an age class (3岁以下婴幼儿, 60岁以上老年人), not a quantity.
 */
function lifeYears(s: string, numberStart: number, unitPos: number): string | null {
  if (s[unitPos] !== '岁') return null;
  const clause =
    s
      .slice(Math.max(0, numberStart - 16), numberStart)
      .split(/[,,;;。]/)
      .pop() ?? '';
  return /寿命|年龄/.test(clause) ? '岁' : null;
}

/** What follows a number: [余/多] [multiplier] [余/多] unit[/unit] [以上/以内/…], blanks allowed between parts. */
function readTail(s: string, pos: number): Tail | null {
  let p = skipBlanks(s, pos);
  let approx = false;
  let unitText = '';
  let factor = 1;
  if (approxAt(s, p)) {
    approx = true;
    p++;
  }
  if (!unitAt(s, p)) {
    const m = multiplierAt(s, p);
    if (m) {
      unitText += m[0];
      factor = m[1];
      p += m[0].length;
      if (approxAt(s, p)) {
        approx = true;
        p++;
      }
    }
  }
  const unitPos = skipBlanks(s, p);
  const unit = unitAt(s, unitPos) ?? lifeYears(s, pos, unitPos);
  if (!unit) {
    // 6.5万居民: after a multiplier, a noun for people carries the unit 人 (the span stops before it)
    if (unitText && PEOPLE_NOUN.test(s.slice(unitPos, unitPos + 6))) {
      return { end: p, unit: unitText + '人', baseUnit: '人', factor, approx, suffix: null };
    }
    // 零售总额达120亿: 元 implied by the money the clause names (the span stops at 亿)
    if (
      (unitText === '亿' || unitText === '万亿') &&
      moneyClause(s, pos) &&
      !SIZE_CLASS.test(s.slice(p, p + 8))
    ) {
      return { end: p, unit: unitText + '元', baseUnit: '元', factor, approx, suffix: null };
    }
    return null;
  }
  p = unitPos + unit.length;
  // 3个月 is a duration; 个 alone counts things. 2023元旦 is a holiday.
  if ((unit === '个' && s[p] === '月') || (unit === '元' && s[p] === '旦')) return null;
  // 亿元/平方公里, 元/人, 万元/亩: a figure per unit keeps its denominator as written
  const per = perUnitAt(s, p, unit);
  if (per) p += per.length;
  const suffix = suffixAt(s, p);
  const baseUnit = unit + (per ?? '');
  return {
    end: suffix?.end ?? p,
    unit: unitText + baseUnit,
    baseUnit,
    factor,
    approx,
    suffix: suffix?.comparator ?? null,
  };
}

/** The qualifier before a number (突破1600万元, 突破 2300 户) and where it starts. */
function prefixQualifier(s: string, numStart: number): { start: number; comparator: Comparator } | null {
  const at = skipBlanksBack(s, numStart);
  for (const [word, comparator] of PREFIX_QUALIFIERS) {
    if (s.slice(at - word.length, at) === word) return { start: at - word.length, comparator };
  }
  return null;
}

/** Clause punctuation: a quotation holding it is a passage quoted from the report, not a name. */
const CLAUSE_MARKS = /[,,;;::。]/;

/**
 * Whether `pos` stands inside a name in “…” within its sentence: “3570”送文化下乡, “1234”产业体系. A news
 * report that quotes the report's own sentences (“2018年…主要预期目标是:生产总值增长8.5%以上,…”) is a quoted
 * passage, not a name: its figures count. Told apart by clause punctuation inside the quotation marks.
 */
function insideQuotes(s: string, pos: number): boolean {
  let open = 0;
  let opening = -1;
  for (let i = pos - 1; i >= 0 && pos - i < 200; i--) {
    const c = s[i];
    if (c === '。' || c === '\n' || c === ';' || c === ';') break;
    if (c === '“') {
      open++;
      if (open > 0 && opening === -1) opening = i;
    } else if (c === '”') open--;
  }
  if (open <= 0) return false;
  // the quotation runs to its closing mark (or the end of the line when it has none)
  const close = s.slice(opening + 1).search(/[”\n]/);
  const quoted = close === -1 ? s.slice(opening + 1) : s.slice(opening + 1, opening + 1 + close);
  return !CLAUSE_MARKS.test(quoted);
}

/** Context that makes a number no figure: footnotes, ordinals, rankings, dates, times, population of a ranking. */
function excludedByContext(s: string, tok: NumberToken, tail: Tail | null): boolean {
  // the character before the number, across stray blanks (第 3 名)
  const before = skipBlanksBack(s, tok.start);
  const prev = s[before - 1] ?? '';
  const prev2 = s.slice(Math.max(0, before - 2), before);
  if ('【[第'.includes(prev) && prev !== '') return true; // 【25】 footnote, 第3名 ordinal
  if (/[-:/.]/.test(prev) && /\d/.test(s[skipBlanksBack(s, before - 1) - 1] ?? '')) return true; // 2022-07-14, 23:23
  if (/^(全省|全市|全国|全县|全区)$/.test(prev2) && /\d/.test(s[tok.start] ?? '')) {
    // 在全省50个市县…中位列第2位: the field of a ranking
    if (/第|位列|排名|前列/.test(s.slice(tok.end, tok.end + 30))) return true;
  }
  if (insideQuotes(s, tok.start)) return true;
  if (!tail) return false;
  if (prev === '前' && (tail.baseUnit === '名' || tail.baseUnit === '个')) return true; // 前10名
  const after = s.slice(tail.end, tail.end + 12);
  // 15分钟生活圈, 1小时经济圈: names of a concept
  if (
    (tail.baseUnit === '分钟' || tail.baseUnit === '小时' || tail.baseUnit === '公里') &&
    /^[^,,。;]{0,4}圈/.test(after)
  )
    return true;
  // 24小时政务服务自助区, 24小时不打烊: a service's hours as part of its name (缩短至24小时 stays a figure)
  if (tail.baseUnit === '小时' && !tail.suffix && /^(?:不打烊|[政自值营服便图书城])/.test(after)) return true;
  // 5000万元以上项目, 超5000万元企业: a size class, not an amount
  if (MONEY_UNITS.includes(tail.baseUnit)) {
    const atLeast = tail.suffix === '>=' || /[超过]$/.test(prev);
    if (atLeast && SIZE_CLASS.test(after)) return true;
  }
  return false;
}

function build(
  tok: NumberToken,
  tail: Tail,
  start: number,
  end: number,
  comparator: Comparator,
  sharedUnit: boolean,
): Quantity {
  const round = (x: number) => Number(x.toPrecision(12));
  return {
    start,
    end,
    numStart: tok.start,
    numEnd: tok.end,
    value: tok.value,
    ...(tok.valueHi !== undefined ? { valueHi: tok.valueHi } : {}),
    unit: tail.unit,
    baseValue: round(tok.value * tail.factor),
    ...(tok.valueHi !== undefined ? { baseValueHi: round(tok.valueHi * tail.factor) } : {}),
    baseUnit: tail.baseUnit,
    comparator,
    sharedUnit,
  };
}

/** The upper end of a range after a number with its unit (5%至6%, 8亿元-10亿元): same unit, larger value. */
function rangeEnd(s: string, first: NumberToken, tail: Tail): { token: NumberToken; tail: Tail } | null {
  if (tail.suffix || tail.approx) return null;
  const mark = skipBlanks(s, tail.end);
  if (!RANGE_MARKS.includes(s[mark] ?? '')) return null;
  const second = readNumber(s, skipBlanks(s, mark + 1));
  if (!second || second.value <= first.value) return null;
  const secondTail = readTail(s, second.end);
  if (!secondTail || secondTail.unit !== tail.unit) return null;
  return { token: { ...first, end: second.end, valueHi: second.value }, tail: secondTail };
}

/** Digits: a number, a range, or a chain sharing one unit (81、64和13个工作日). */
function readDigitFigures(s: string, pos: number): { quantities: Quantity[]; next: number } {
  const chain: NumberToken[] = [];
  let p = pos;
  for (;;) {
    let tok = readNumberToken(s, p);
    if (!tok) break;
    let tail = readTail(s, tok.end);
    // 增长5%至6%, 6%—7%: a range that writes its unit at both ends
    const upper = tail && !chain.length && tok.valueHi === undefined ? rangeEnd(s, tok, tail) : null;
    if (upper) [tok, tail] = [upper.token, upper.tail];
    chain.push(tok);
    if (tail) {
      const quantities: Quantity[] = [];
      chain.forEach((t, i) => {
        const last = i === chain.length - 1;
        const tTail = last ? tail : { ...tail, suffix: null, approx: false };
        if (excludedByContext(s, t, tTail)) return;
        const negative = t.valueHi === undefined && minusBefore(s, t.start);
        const pre = i === 0 ? prefixQualifier(s, negative ? t.start - 1 : t.start) : null;
        let comparator: Comparator = '=';
        if (pre) comparator = pre.comparator;
        if (tTail.approx) comparator = '~';
        if (tTail.suffix) comparator = tTail.suffix;
        const start = pre ? pre.start : negative ? t.start - 1 : t.start;
        const end = last ? tail.end : t.end;
        const quantity = build(t, tTail, start, end, comparator, !last);
        quantities.push(negative ? { ...quantity, negative } : quantity);
      });
      return { quantities, next: tail.end };
    }
    const sepAt = skipBlanks(s, tok.end);
    const nextAt = skipBlanks(s, sepAt + 1);
    if (SHARE_SEPARATORS.includes(s[sepAt] ?? '') && /\d/.test(s[nextAt] ?? '')) {
      p = nextAt;
      continue;
    }
    break;
  }
  return { quantities: [], next: chain.length ? chain[0].end : pos + 1 };
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十二 → 12, 二十五 → 25, 三百 → 300; null when not a plain numeral. */
export function chineseNumeral(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in CN_DIGITS) {
      if (digit !== null) return null;
      digit = CN_DIGITS[c];
    } else if (c === '十' || c === '百' || c === '千') {
      const mult = c === '十' ? 10 : c === '百' ? 100 : 1000;
      total += (digit ?? 1) * mult;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

const CN_RE = /[一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?/y;
const CN_DIGIT_CHARS = '〇○零一二三四五六七八九';

/** Digit by digit, as years and decimals are written: 二〇二五 → "2025", 零五 → "05". */
export const chineseDigits = (text: string): string =>
  [...text].map((c) => Math.max(0, CN_DIGIT_CHARS.indexOf(c) - 2)).join('');

/** 一点五 → 1.5, 三点零五 → 3.05; a plain numeral as chineseNumeral reads it; null when not a numeral. */
function chineseDecimal(text: string): number | null {
  const [whole, fraction] = text.split('点');
  const integer = chineseNumeral(whole!);
  if (integer === null || fraction === undefined) return integer;
  return Number(`${integer}.${chineseDigits(fraction)}`);
}

/** Whether the text before `pos` ends with a figure: a digit, then maybe a multiplier and a unit (300亿元). */
function afterFigure(s: string, pos: number): boolean {
  let p = skipBlanksBack(s, pos);
  const unit = BASE_UNITS.find((u) => s.startsWith(u, p - u.length));
  if (unit) p -= unit.length;
  const multiplier = MULTIPLIERS.find(([m]) => s.startsWith(m, p - m.length));
  if (multiplier) p -= multiplier[0].length;
  return /\d/.test(s[p - 1] ?? '');
}

/** A figure written in Chinese numerals, from its numeral [start, end) and what follows. */
function chineseTail(s: string, start: number, end: number, value: number): Tail | null {
  const plain = (unit: string, length = unit.length): Tail => {
    const suffix = suffixAt(s, end + length);
    return {
      end: suffix?.end ?? end + length,
      unit,
      baseUnit: unit,
      factor: 1,
      approx: false,
      suffix: suffix?.comparator ?? null,
    };
  };
  // 两个百分点, 一点五个百分点: a change in percentage points; 增长一倍: a doubling (+100%)
  const points = /^个?百分点/.exec(s.slice(end, end + 4));
  if (points) return plain('个百分点', points[0].length);
  if (s[end] === '倍' && value >= 1) return plain('倍');
  // 十个民生项目, 四条示范带: counted things (one is no count: 一个, 一条 are articles)
  const unit = COUNT_UNITS.find((u) => s.startsWith(u, end));
  if (unit) {
    if (value < 2 || !Number.isInteger(value)) return null;
    // 跨越250亿元、300亿元两个台阶: the count of the figures just listed, not a figure of its own
    if (afterFigure(s, start)) return null;
    const after = s.slice(end + unit.length, end + unit.length + 4);
    if (SLOGAN_FOLLOWERS.some((w) => after.startsWith(w)) || /^[”"]/.test(after)) return null;
    return plain(unit);
  }
  // 两千亿元, 三百万吨: an amount with a multiplier (a bare 三元 or 五吨 stays a word)
  const tail = readTail(s, end);
  return tail && tail.factor > 1 ? tail : null;
}

/**
 * Figures in Chinese numerals: counts (十个民生项目, 四条示范带), percentage points (两个百分点), 增长一倍 and
 * amounts with a multiplier (突破两千亿元). Slogans, ordinals and names are left out.
 */
function readChineseFigure(s: string, pos: number): { quantity: Quantity | null; next: number } {
  const compound = readCompoundAmount(s, pos);
  if (compound) return { quantity: compound, next: compound.end };
  CN_RE.lastIndex = pos;
  const m = CN_RE.exec(s);
  if (!m) return { quantity: null, next: pos + 1 };
  const end = pos + m[0].length;
  const value = chineseDecimal(m[0]);
  const prev = s[pos - 1] ?? '';
  if (value === null || '第前“"周星届'.includes(prev) || insideQuotes(s, pos))
    return { quantity: null, next: end };
  const tail = chineseTail(s, pos, end, value);
  if (!tail) return { quantity: null, next: end };
  const pre = prefixQualifier(s, pos);
  const comparator: Comparator = tail.suffix ?? (tail.approx ? '~' : (pre?.comparator ?? '='));
  const tok: NumberToken = { start: pos, end, value };
  return { quantity: build(tok, tail, pre?.start ?? pos, tail.end, comparator, false), next: tail.end };
}

const COMPOUND_RE = /[零一二两三四五六七八九十百千万亿]+/y;

/** 二千, 零六百 → 2000, 600 (the part of a compound numeral between its 亿 and 万); null when not a numeral. */
const numeralPart = (text: string): number | null =>
  text === '' ? 0 : chineseNumeral(text.replace(/^零/, ''));

/**
 * 一亿二千万元, 一亿零六百万元, 一万二千元: an amount in Chinese numerals with 亿 or 万 inside it (a plain 三千万元 is
 * read by readChineseFigure). Written in the unit its numeral ends with: 一亿二千万元 is 12000万元, 一万二千元 12000元.
 */
function readCompoundAmount(s: string, pos: number): Quantity | null {
  COMPOUND_RE.lastIndex = pos;
  const numeral = COMPOUND_RE.exec(s)?.[0];
  // compound: a 亿 or 万 with more numeral after it (not 三千万, 两万, 五亿)
  if (!numeral || !/[亿万][零一二两三四五六七八九十百千]/.test(numeral)) return null;
  const [high, rest = ''] = numeral.includes('亿') ? numeral.split('亿') : ['', numeral];
  const [middle, low = ''] = rest.includes('万') ? rest.split('万') : ['', rest];
  if (numeral.split('亿').length > 2 || rest.split('万').length > 2) return null;
  const parts = [high, middle, low].map(numeralPart);
  if (parts.some((p) => p === null)) return null;
  const [a, b, c] = parts as number[];
  const total = a * 1e8 + b * 1e4 + c;
  const end = pos + numeral.length;
  const unit = unitAt(s, end);
  if (!total || !unit || '第前“"周星届'.includes(s[pos - 1] ?? '') || insideQuotes(s, pos)) return null;
  const multiplier = numeral.endsWith('亿') ? '亿' : numeral.endsWith('万') ? '万' : '';
  const factor = multiplier === '亿' ? 1e8 : multiplier === '万' ? 1e4 : 1;
  const suffix = suffixAt(s, end + unit.length);
  const tail: Tail = {
    end: suffix?.end ?? end + unit.length,
    unit: multiplier + unit,
    baseUnit: unit,
    factor,
    approx: false,
    suffix: suffix?.comparator ?? null,
  };
  const pre = prefixQualifier(s, pos);
  const tok: NumberToken = { start: pos, end, value: total / factor };
  return build(tok, tail, pre?.start ?? pos, tail.end, tail.suffix ?? pre?.comparator ?? '=', false);
}

/** 百分之五, 百分之三点五, 百分之十以上: a percentage written in words. */
function readPercentWords(s: string, pos: number): Quantity | null {
  const from = pos + '百分之'.length;
  CN_RE.lastIndex = from;
  const m = CN_RE.exec(s);
  const value = m ? chineseDecimal(m[0]) : null;
  if (!m || value === null) return null;
  let end = from + m[0].length;
  // 百分之六到百分之七: a range in words
  let valueHi: number | undefined;
  const upper = /^(?:到|至|—+|-)百分之/.exec(s.slice(end, end + 6));
  if (upper) {
    CN_RE.lastIndex = end + upper[0].length;
    const hi = CN_RE.exec(s);
    const hiValue = hi ? chineseDecimal(hi[0]) : null;
    if (hi && hiValue !== null && hiValue > value) {
      valueHi = hiValue;
      end = end + upper[0].length + hi[0].length;
    }
  }
  const suffix = suffixAt(s, end);
  const pre = prefixQualifier(s, pos);
  const tok: NumberToken = { start: pos, end, value, ...(valueHi !== undefined ? { valueHi } : {}) };
  const tail: Tail = {
    end: suffix?.end ?? end,
    unit: '%',
    baseUnit: '%',
    factor: 1,
    approx: false,
    suffix: null,
  };
  return build(tok, tail, pre?.start ?? pos, tail.end, suffix?.comparator ?? pre?.comparator ?? '=', false);
}

const DOUBLING_RE = /翻了?(一|两|二|三)?番|翻倍/y;

/** 翻一番 / 翻了一番 / 翻番 / 翻倍 "double": growth of 100% (翻两番: ×4, 300%). */
function readDoubling(s: string, pos: number): Quantity | null {
  DOUBLING_RE.lastIndex = pos;
  const m = DOUBLING_RE.exec(s);
  if (!m) return null;
  const n = m[1] ? (CN_DIGITS[m[1]] ?? 1) : 1;
  const percent = (2 ** n - 1) * 100;
  // 翻一番以上: at least doubled
  const suffix = suffixAt(s, pos + m[0].length);
  return {
    start: pos,
    end: suffix?.end ?? pos + m[0].length,
    numStart: pos,
    numEnd: pos + m[0].length,
    value: percent,
    unit: '%',
    baseValue: percent,
    baseUnit: '%',
    comparator: suffix?.comparator ?? '=',
    sharedUnit: false,
    doubling: true,
  };
}

// Qualifiers that open a number written as a magnitude word: 突破千亿, 超百亿元, 近万人, 逾千户, 上百家.
const IMPLICIT_QUALIFIERS: ReadonlyArray<readonly [string, Comparator]> = [
  ['超过', '>='],
  ['突破', '>='],
  ['超', '>='],
  ['过', '>='],
  ['逾', '>='],
  ['上', '>='],
  ['近', '~'],
];
// 通过/经过/以上/线上 are words of their own, not a qualifier before a magnitude (通过百家…, 以上百姓).
const NOT_QUALIFIED: Readonly<Record<string, string>> = {
  过: '通经越跨穿走度闯不',
  上: '以线马向之路街镇会',
};
const MAGNITUDES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Numbers written without digits after a qualifier: 超亿元 (≥ 1亿元), 突破百亿元 (≥ 100亿元), 近万人 (~1万人),
 * 近千人 (~1000人), 突破千亿 (≥ 1000亿, 元 implied by a money noun). Blanks may stand between the parts.
 */
function readImplicit(s: string, pos: number): Quantity | null {
  const q = IMPLICIT_QUALIFIERS.find(([word]) => s.startsWith(word, pos));
  if (!q || (NOT_QUALIFIED[q[0]] ?? '').includes(s[pos - 1] ?? '') || insideQuotes(s, pos)) return null;
  const numStart = skipBlanks(s, pos + q[0].length);
  let p = numStart;
  let value = 1;
  if (s[p] in MAGNITUDES) {
    value = MAGNITUDES[s[p]];
    p++;
  }
  const multiplier = /^(万亿|千万|百万|亿|万)/.exec(s.slice(p, p + 2))?.[0];
  if (!multiplier && p === numStart) return null;
  const tok: NumberToken = { start: numStart, end: p, value };
  let tail: Tail | null;
  if (multiplier) {
    tail = readTail(s, p);
  } else {
    // 近千人, 上百家: a magnitude word counting things straight away (百年, 千家万户 have no qualifier)
    const unit = unitAt(s, skipBlanks(s, p));
    tail = unit ? readTail(s, p) : null;
    if (tail && s.startsWith('万户', tail.end)) return null; // 千家万户, "every household"
  }
  if (!tail || tail.baseUnit === '个' || tail.baseUnit === '%' || tail.baseUnit.endsWith('百分点'))
    return null;
  // 超亿元企业, 过亿元项目, 超万吨级: a size class (上百家企业 is a count of firms)
  const sizeClass = MONEY_UNITS.includes(tail.baseUnit) ? SIZE_CLASS : /^级/;
  if (sizeClass.test(s.slice(tail.end, tail.end + 8))) return null;
  let comparator: Comparator = q[1];
  if (tail.approx) comparator = '~';
  if (tail.suffix) comparator = tail.suffix;
  return build(tok, tail, pos, tail.end, comparator, false);
}

/** A qualifier written after the number (8%以上, 3%以内, 6%左右). */
const SUFFIX_QUALIFIED = /(以上|以内|以下|左右)$/;
const LIST_SEPARATOR = /^[ \t\u00a0\u3000]*[、和及与][ \t\u00a0\u3000]*$/;

/**
 * In a list of figures with the same unit, the qualifier written after the last one is read for all of them:
 * 城乡居民人均可支配收入分别增长8%、9%以上 (both at least), 分别增长7%、8%左右 (both about), and one written before
 * the first for those after it (分别突破300亿元和150亿元). Only figures joined by nothing but a separator (、和及与)
 * and with no qualifier of their own take it.
 */
function shareListQualifier(s: string, quantities: Quantity[]): Quantity[] {
  const out = [...quantities];
  let carried: Quantity | null = null;
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i];
    const next = out[i + 1];
    if (
      carried &&
      next &&
      q.comparator === '=' &&
      !q.sharedUnit &&
      q.unit === carried.unit &&
      LIST_SEPARATOR.test(s.slice(q.end, next.start))
    ) {
      out[i] = { ...q, comparator: carried.comparator };
      continue;
    }
    carried = q.comparator !== '=' && SUFFIX_QUALIFIED.test(s.slice(q.start, q.end).trimEnd()) ? q : null;
  }
  // and the qualifier written before the first one for those after it: 分别突破300亿元和150亿元 (both at least)
  let opened: Quantity | null = null;
  for (let i = 0; i < out.length; i++) {
    const q = out[i]!;
    const previous = out[i - 1];
    if (
      opened &&
      previous &&
      q.comparator === '=' &&
      q.unit === opened.unit &&
      q.start === q.numStart &&
      LIST_SEPARATOR.test(s.slice(previous.end, q.start))
    ) {
      out[i] = { ...q, comparator: opened.comparator };
      continue;
    }
    opened =
      q.comparator !== '=' && q.start < q.numStart && !SUFFIX_QUALIFIED.test(s.slice(q.start, q.end))
        ? q
        : null;
  }
  return out;
}

/** 1户1人以上就业, 每户1人: a rule per household (one job for each), not a count of households or people. */
function perHousehold(s: string, q: Quantity): boolean {
  if (q.value !== 1) return false;
  if (q.baseUnit === '户') return /^[ \t]*1[ \t]*人/.test(s.slice(q.end, q.end + 4));
  return q.baseUnit === '人' && /(?:1[ \t]*户|每户)[ \t]*$/.test(s.slice(Math.max(0, q.start - 4), q.start));
}

/** Every chartable quantity in `text`, in document order. */
/** Three parts of 100 apart by ratio colons: 5.1:46.2:48.7, 6.8∶71.2∶22.0. */
const STRUCTURE_RATIO =
  /(?<![\d.])(\d{1,2}(?:\.\d+)?)[:∶](\d{1,2}(?:\.\d+)?)[:∶](\d{1,2}(?:\.\d+)?)(?![\d.:∶])/g;
/** Words that make such a ratio the shares of the three industries in GDP. */
const INDUSTRY_STRUCTURE = /产业(?:结构|比例|比重|之比)/;

/**
 * The shares of the three industries a structure ratio gives (三次产业结构由5.1:46.2:48.7调整为4.2:48.6:47.2): a
 * share each, in %, when the clause names the industries' structure and the parts add up to 100.
 */
function industryShares(s: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of s.matchAll(STRUCTURE_RATIO)) {
    const parts = [m[1]!, m[2]!, m[3]!];
    const clause =
      s
        .slice(Math.max(0, m.index - 30), m.index)
        .split(/[。;;!?]/)
        .pop() ?? '';
    if (!INDUSTRY_STRUCTURE.test(clause) || Math.abs(parts.reduce((t, p) => t + Number(p), 0) - 100) > 0.5)
      continue;
    let at = m.index;
    parts.forEach((part, k) => {
      const start = s.indexOf(part, at);
      at = start + part.length;
      const value = Number(part);
      out.push({
        start,
        end: at,
        numStart: start,
        numEnd: at,
        value,
        unit: '%',
        baseValue: value,
        baseUnit: '%',
        comparator: '=',
        sharedUnit: false,
        industry: { part: (k + 1) as 1 | 2 | 3, ratioStart: m.index },
      });
    });
  }
  return out;
}

export function findQuantities(text: string): Quantity[] {
  const s = normalizeDigits(text);
  const shares = industryShares(s);
  const out: Quantity[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const share = shares.find((q) => q.start === i);
    if (share) {
      out.push(share);
      i = share.end;
    } else if (c >= '0' && c <= '9') {
      const { quantities, next } = readDigitFigures(s, i);
      out.push(...quantities);
      i = Math.max(next, i + 1);
    } else if ('超突过逾近上'.includes(c) && readImplicit(s, i)) {
      const q = readImplicit(s, i) as Quantity;
      out.push(q);
      i = q.end;
    } else if (c === '翻') {
      const q = readDoubling(s, i);
      if (q) out.push(q);
      i = q ? q.end : i + 1;
    } else if (c === '百' && s.startsWith('百分之', i)) {
      const q = readPercentWords(s, i);
      if (q) out.push(q);
      i = q ? q.end : i + 3;
    } else if (c in CN_DIGITS || c === '十') {
      const { quantity, next } = readChineseFigure(s, i);
      if (quantity) out.push(quantity);
      i = Math.max(next, i + 1);
    } else i++;
  }
  return shareListQualifier(s, out).filter((q) => !perHousehold(s, q));
}
