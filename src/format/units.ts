import type { Lang } from './lang.js';

/**
 * How a base unit (the unit without 万/亿 multiplier) is written next to a number.
 * `one`/`other` are English plural forms; `prefix` units go before the number (CNY 1.2 million);
 * an empty string means the number stands alone (个 and 座 count things the label already names).
 */
export interface UnitSpelling {
  readonly one: string;
  readonly other: string;
  readonly position: 'prefix' | 'suffix';
  /** Whether a space separates number and unit in English ("299,300 mu" but "8.45%"). */
  readonly space: boolean;
  /** A name for axis titles and table headers ("yuan (CNY)", "count"). */
  readonly name: string;
}

const suffix = (one: string, other = one, name = other, space = true): UnitSpelling => ({
  one,
  other,
  position: 'suffix',
  space,
  name,
});

/** Nouns counted with a regular English plural: 户 household / households. */
const NOUNS: Readonly<Record<string, string>> = {
  个百分点: 'percentage point',
  百分点: 'percentage point',
  人次: 'person-time',
  户: 'household',
  家: 'firm',
  处: 'site',
  所: 'institution',
  套: 'unit',
  间: 'room',
  床: 'bed',
  张床位: 'bed',
  台: 'unit',
  辆: 'vehicle',
  株: 'plant',
  棵: 'tree',
  件: 'case',
  次: 'time',
  场: 'event',
  村: 'village',
  天: 'day',
  日: 'day',
  个工作日: 'working day',
  工作日: 'working day',
  小时: 'hour',
  分钟: 'minute',
  年: 'year',
  个月: 'month',
};

/** Symbols, the same for one and many, and their names: 公里 km, "kilometres". */
const SYMBOLS: Readonly<Record<string, readonly [string, string]>> = {
  公顷: ['ha', 'hectares'],
  平方公里: ['km²', 'square kilometres'],
  平方千米: ['km²', 'square kilometres'],
  平方米: ['m²', 'square metres'],
  立方米: ['m³', 'cubic metres'],
  公里: ['km', 'kilometres'],
  千米: ['km', 'kilometres'],
  米: ['m', 'metres'],
  吨: ['t', 'tonnes'],
  公斤: ['kg', 'kilograms'],
  千克: ['kg', 'kilograms'],
  千瓦: ['kW', 'kilowatts'],
  千瓦时: ['kWh', 'kilowatt-hours'],
  度: ['kWh', 'kilowatt-hours'],
  兆瓦: ['MW', 'megawatts'],
  标准箱: ['TEU', 'containers (TEU)'],
};

const CNY: UnitSpelling = { one: 'CNY', other: 'CNY', position: 'prefix', space: true, name: 'yuan (CNY)' };
const COUNT = suffix('', '', 'count', false);

/** English for the base units the reports use. Unknown units fall back to the Chinese as written. */
export const UNIT_SPELLINGS: Readonly<Record<string, UnitSpelling>> = {
  '%': suffix('%', '%', 'percent', false),
  倍: suffix('×', '×', 'times', false),
  元: CNY,
  人民币: CNY,
  美元: { ...CNY, one: 'USD', other: 'USD', name: 'US dollars' },
  亩: suffix('mu'),
  斤: suffix('jin'),
  人: suffix('person', 'people'),
  名: suffix('person', 'people'),
  头: suffix('head'),
  批: suffix('batch', 'batches'),
  // 个 and 座 count things the label already names: the number stands alone.
  个: COUNT,
  座: COUNT,
  项: COUNT,
  条: COUNT,
  张: COUNT,
  只: COUNT,
  ...Object.fromEntries(Object.entries(NOUNS).map(([zh, one]) => [zh, suffix(one, `${one}s`)])),
  ...Object.fromEntries(
    Object.entries(SYMBOLS).map(([zh, [symbol, name]]) => [zh, suffix(symbol, symbol, name)]),
  ),
};

/** The spelling of a base unit in `lang`; compound units (元/亩) are spelt part by part. */
export function unitSpelling(baseUnit: string, lang: Lang): UnitSpelling {
  // Chinese writes the unit straight after the number: 29.93万亩, 8.45%, 4.2个百分点.
  if (lang !== 'en') return suffix(baseUnit, baseUnit, baseUnit, false);
  const known = UNIT_SPELLINGS[baseUnit];
  if (known) return known;
  const parts = baseUnit.split('/').map((part) => UNIT_SPELLINGS[part]);
  // "CNY/mu": a rate reads as a suffix even when its numerator is a currency.
  return parts.length > 1 && parts.every((p) => p?.one)
    ? suffix(parts.map((p) => p!.one).join('/'), undefined, parts.map((p) => p!.name).join(' per '))
    : // Fallback: the unit as written, so no reader is shown a wrong translation.
      suffix(baseUnit);
}

/** The unit text for a quantity: plural-aware in English ("1 day", "2 days"). */
export function unitText(baseUnit: string, lang: Lang, plural: boolean): string {
  const spelling = unitSpelling(baseUnit, lang);
  return plural ? spelling.other : spelling.one;
}

/** A unit's name for axis titles and table headers: "亩" / "mu", "元" / "yuan (CNY)". */
export const unitName = (baseUnit: string, lang: Lang): string => unitSpelling(baseUnit, lang).name;
