/**
 * Units and multipliers as Chinese county reports write them. Units are kept as written (个工作日, 万亩);
 * only the multiplier (万, 亿, 千…) is folded into `baseValue`.
 */

/** Multipliers, longest first so 千万 wins over 千. */
export const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/**
 * Base units a chartable figure can carry. Deliberately absent: 年/月/日 (time references and durations),
 * 位/强/名次 (rankings), 号/期/级/届/版 (names), 蒸吨/千伏 (equipment classes such as 35蒸吨锅炉, 500千伏工程).
 */
export const BASE_UNITS: readonly string[] = [
  '个百分点',
  '百分点',
  '个工作日',
  '工作日',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  // 微克/立方米: a concentration (PM2.5浓度控制在30微克/立方米以内)
  '微克',
  '毫克',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '公里',
  '千米',
  '公顷',
  '公斤',
  '千克',
  '美元',
  '人次',
  '场次',
  // 剂次: vaccine doses
  '剂次',
  // 例: cases (确诊病例2例); 袋: mushroom logs (香菇1800万袋)
  '例',
  '袋',
  // 家次: firms served, counted per visit; 本: certificates, books
  '家次',
  '户次',
  '本',
  // trips and treatments counted per visit: 万辆次 (vehicles crossing), 万亩次 (spraying), 架次, 车次
  '辆次',
  '亩次',
  '架次',
  '车次',
  '艘次',
  // 标箱/标准箱: TEU, a port's container throughput (1030万标箱)
  '标准箱',
  '标箱',
  '小时',
  '分钟',
  '%',
  '‰',
  '亩',
  '吨',
  '斤',
  '米',
  '元',
  '人',
  '名',
  '户',
  '家',
  '个',
  '座',
  '所',
  '项',
  '件',
  '条',
  '处',
  '台',
  '套',
  '辆',
  '栋',
  '幢',
  '间',
  // 列 (freight trains), 艘 (ships), 架 (aircraft), 箱 (beehives, boxes), 眼 (wells), 册 (books), 份 (contracts)
  '列',
  '艘',
  '架',
  '箱',
  '眼',
  '册',
  '份',
  '块',
  '场',
  '次',
  '批',
  '棵',
  '株',
  // 头只: livestock, large and small head together (牲畜存栏186.5万头只)
  '头只',
  '头',
  '只',
  // 羽: poultry (家禽出栏460万羽)
  '羽',
  '张',
  '支',
  '宗',
  '起',
  '盏',
  '种',
  '部',
  '天',
  '倍',
].sort((a, b) => b.length - a.length);

/** Units that count things: the only ones accepted after a Chinese numeral (四条, 十个), which is rarer and riskier. */
export const COUNT_UNITS: readonly string[] = [
  '个',
  '条',
  '座',
  '所',
  '家',
  '项',
  '处',
  '户',
  '名',
  '栋',
  '幢',
  '台',
  '辆',
  '块',
];

export const MONEY_UNITS: readonly string[] = ['元', '美元'];

/** Longest base unit at `pos` in `text`, or null. */
export function unitAt(text: string, pos: number): string | null {
  for (const unit of BASE_UNITS) if (text.startsWith(unit, pos)) return unit;
  return null;
}

/** Longest multiplier at `pos`, or null. */
export function multiplierAt(text: string, pos: number): readonly [string, number] | null {
  for (const m of MULTIPLIERS) if (text.startsWith(m[0], pos)) return m;
  return null;
}

/** Units that cannot take a denominator: a share or a change is already a ratio. */
const NO_DENOMINATOR = ['%', '‰', '个百分点', '百分点', '倍'];

/**
 * The denominator of a per-unit figure at `pos`, slash included: "/平方公里" of 亿元/平方公里, "/人" of 元/人,
 * "/万元" of 吨/万元 (a denominator keeps its multiplier: it is part of what the figure is per). Null when none.
 */
export function perUnitAt(text: string, pos: number, unit: string): string | null {
  if (NO_DENOMINATOR.includes(unit) || (text[pos] !== '/' && text[pos] !== '\uff0f')) return null;
  const from = pos + 1;
  // 5100元/年, 元/月: per year, per month
  let denominator = unitAt(text, from) ?? /^[年月天日]/.exec(text.slice(from, from + 1))?.[0] ?? null;
  if (!denominator) {
    const m = multiplierAt(text, from);
    const after = m && unitAt(text, from + m[0].length);
    if (m && after) denominator = m[0] + after;
  }
  if (!denominator || NO_DENOMINATOR.includes(denominator)) return null;
  // 元/人·月: per person and month
  const time = /^[·•・](?:月|年|天|日)/.exec(
    text.slice(from + denominator.length, from + denominator.length + 2),
  );
  return '/' + denominator + (time?.[0] ?? '');
}
