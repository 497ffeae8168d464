/**
 * China's five-year plans by their names in reports (“十四五” is the 14th, 2021–2025). Shared by the
 * sections (is a named plan still to come?) and the periods (what span does a named plan give?).
 */

/** The plan's name as reports write it, with or without quotes and 规划: “十四五”, 十三五规划. The group is 十X. */
export const PLAN_NAME = '“?(十[一二三四五])五”?(?:规划)?';

const PLAN_END_YEAR: Readonly<Record<string, number>> = {
  十一: 2010,
  十二: 2015,
  十三: 2020,
  十四: 2025,
  十五: 2030,
};

/** The years of the plan named 十X五 (`name` is the 十X group of PLAN_NAME), or undefined. */
export function planSpan(name: string | undefined): { start: number; end: number } | undefined {
  const end = name === undefined ? undefined : PLAN_END_YEAR[name];
  return end === undefined ? undefined : { start: end - 4, end };
}
