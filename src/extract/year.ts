/**
 * Infers the year a report plans for from its text, for reports we have never seen (the CLI without --year).
 * Evidence, strongest first: a title year (2022年…政府工作报告), the plan heading (2022年工作安排), the review
 * heading (过去五年和2021年 → 2022), Party meetings the text cites, an anniversary the text celebrates.
 */

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

/** Party meetings: a report that cites one (as its guide) plans for the year after it met. */
const PARTY_MEETINGS: ReadonlyArray<readonly [RegExp, number, string]> = [
  [/二十届三中全会/, 2025, '二十届三中全会 (July 2024)'],
  [/二十届二中全会/, 2024, '二十届二中全会 (February 2023)'],
  [/党的二十大|二十大精神/, 2023, '党的二十大 (October 2022): 2023 or later'],
  [/十九届六中全会/, 2022, '十九届六中全会 (November 2021)'],
  [/十九届五中全会/, 2021, '十九届五中全会 (October 2020)'],
  [/十九届四中全会/, 2020, '十九届四中全会 (October 2019)'],
];

function numeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const digits: Record<string, number> = {
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
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? digits[m[1]] : 1) * 10 + (m[2] ? digits[m[2]] : 0);
  return s.length === 1 && s in digits ? digits[s] : null;
}

export function inferYear(text: string): YearInference | null {
  const head = text.slice(0, 300);
  let m = /(20\d{2})年[^\n。]{0,30}?(政府工作报告|政府工作计划|工作报告|工作计划)/.exec(head);
  if (m) return { year: Number(m[1]), confidence: 'stated', evidence: `title: “${m[0]}”` };
  m =
    /做好(20\d{2})年(?:政府)?工作|(20\d{2})年(?:主要)?工作(?:安排|任务)|(20\d{2})年(?:经济社会发展的)?主要预期目标/.exec(
      text,
    );
  if (m)
    return { year: Number(m[1] ?? m[2] ?? m[3]), confidence: 'stated', evidence: `plan heading: “${m[0]}”` };
  m = /过去五年和(20\d{2})年|(20\d{2})年(?:工作)?回顾|(20\d{2})年工作总结/.exec(text);
  if (m) {
    const reviewed = Number(m[1] ?? m[2] ?? m[3]);
    return { year: reviewed + 1, confidence: 'inferred', evidence: `reviews ${reviewed}: “${m[0]}”` };
  }
  m = /(自治县|自治旗|自治州)成立([一二三四五六七八九十\d]+)周年/.exec(text);
  if (m) {
    const n = numeral(m[2]);
    const founded = FOUNDED.find(([name]) => text.includes(name));
    if (n !== null && founded) {
      return {
        year: founded[1] + n,
        confidence: 'inferred',
        evidence: `“${m[0]}”: ${founded[0]} was founded in ${founded[1]}, so the anniversary falls in ${founded[1] + n}`,
      };
    }
  }
  for (const [re, year, why] of PARTY_MEETINGS) {
    if (re.test(text)) return { year, confidence: 'inferred', evidence: `cites ${why}` };
  }
  // last resort: the latest year the text names, as the year just reviewed
  const years = [...text.matchAll(/(?<![到至])(20\d{2})年(?!\d*月)/g)].map((x) => Number(x[1]));
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
