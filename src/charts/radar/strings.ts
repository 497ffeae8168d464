/** The radar's own words in both languages (numbers, units, kinds and periods come from src/format). */
import type { Lang } from '../../format/lang.js';

const STRINGS = {
  notReported: { 'zh-CN': '未报告', en: 'not reported' },
  lowerIsBetter: { 'zh-CN': '越低越好（已反转）', en: 'lower is better (inverted)' },
  lowerIsBetterShort: { 'zh-CN': '越低越好', en: 'lower is better' },
  title: { 'zh-CN': '县域比较', en: 'Counties compared' },
  kindTarget: { 'zh-CN': '目标', en: 'targets' },
  kindActual: { 'zh-CN': '实绩', en: 'results' },
  kindLatest: { 'zh-CN': '最新数字', en: 'latest figures' },
  normalisedBest: {
    'zh-CN': '各轴以所示县中最好的数值为100%',
    en: 'each axis scaled so the best shown value is 100%',
  },
  normalisedCounty: { 'zh-CN': '各轴以{county}为100%', en: 'each axis scaled so {county} is 100%' },
  normalisedValue: {
    'zh-CN': '各轴以给定参考值为100%',
    en: 'each axis scaled so the stated reference is 100%',
  },
  legendLabel: { 'zh-CN': '县（点击显示或隐藏）', en: 'Counties (click to show or hide)' },
  gapKey: { 'zh-CN': '× 未报告', en: '× not reported' },
  kindKey: { 'zh-CN': '● 实际　○ 目标或预计', en: '● actual  ○ target or estimate' },
  mixedPeriods: { 'zh-CN': '各县年份或类型不同', en: 'years or kinds differ' },
  yearlyMean: { 'zh-CN': '按年均值比较', en: 'compared as a yearly mean' },
  annualised: { 'zh-CN': '折算为年均增速', en: 'compared as a per-year rate' },
  ofReference: { 'zh-CN': '相当于参考值的{pct}', en: '{pct} of the reference' },
} as const;

export type RadarStringKey = keyof typeof STRINGS;

export function radarText(
  key: RadarStringKey,
  lang: Lang,
  vars: Readonly<Record<string, string>> = {},
): string {
  let s: string = STRINGS[key][lang];
  for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, v);
  return s;
}
