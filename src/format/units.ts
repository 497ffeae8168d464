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

const suffix = (one: string, other = one, name = other): UnitSpelling => ({
  one,
  other,
  position: 'suffix',
  space: true,
  name,
});
const prefix = (code: string, name: string): UnitSpelling => ({
  one: code,
  other: code,
  position: 'prefix',
  space: true,
  name,
});
const bare = (name: string): UnitSpelling => ({ one: '', other: '', position: 'suffix', space: false, name });
const tight = (mark: string, name: string): UnitSpelling => ({
  one: mark,
  other: mark,
  position: 'suffix',
  space: false,
  name,
});

/** English for the base units the reports use. Unknown units fall back to the Chinese as written. */
export const UNIT_SPELLINGS: Readonly<Record<string, UnitSpelling>> = {
  '%': tight('%', 'percent'),
  个百分点: suffix('percentage point', 'percentage points'),
  百分点: suffix('percentage point', 'percentage points'),
  元: prefix('CNY', 'yuan (CNY)'),
  人民币: prefix('CNY', 'yuan (CNY)'),
  美元: prefix('USD', 'US dollars'),
  亩: suffix('mu'),
  公顷: suffix('ha', 'ha', 'hectares'),
  平方公里: suffix('km²', 'km²', 'square kilometres'),
  平方千米: suffix('km²', 'km²', 'square kilometres'),
  平方米: suffix('m²', 'm²', 'square metres'),
  立方米: suffix('m³', 'm³', 'cubic metres'),
  公里: suffix('km', 'km', 'kilometres'),
  千米: suffix('km', 'km', 'kilometres'),
  米: suffix('m', 'm', 'metres'),
  吨: suffix('t', 't', 'tonnes'),
  公斤: suffix('kg', 'kg', 'kilograms'),
  千克: suffix('kg', 'kg', 'kilograms'),
  斤: suffix('jin'),
  千瓦: suffix('kW', 'kW', 'kilowatts'),
  千瓦时: suffix('kWh', 'kWh', 'kilowatt-hours'),
  度: suffix('kWh', 'kWh', 'kilowatt-hours'),
  兆瓦: suffix('MW', 'MW', 'megawatts'),
  标准箱: suffix('TEU', 'TEU', 'containers (TEU)'),
  人: suffix('person', 'people'),
  名: suffix('person', 'people'),
  人次: suffix('person-time', 'person-times'),
  户: suffix('household', 'households'),
  家: suffix('firm', 'firms'),
  个: bare('count'),
  座: bare('count'),
  项: bare('count'),
  处: suffix('site', 'sites'),
  所: suffix('institution', 'institutions'),
  条: bare('count'),
  套: suffix('unit', 'units'),
  间: suffix('room', 'rooms'),
  张: bare('count'),
  床: suffix('bed', 'beds'),
  张床位: suffix('bed', 'beds'),
  台: suffix('unit', 'units'),
  辆: suffix('vehicle', 'vehicles'),
  头: suffix('head', 'head'),
  只: bare('count'),
  株: suffix('plant', 'plants'),
  棵: suffix('tree', 'trees'),
  件: suffix('case', 'cases'),
  次: suffix('time', 'times'),
  场: suffix('event', 'events'),
  批: suffix('batch', 'batches'),
  村: suffix('village', 'villages'),
  天: suffix('day', 'days'),
  日: suffix('day', 'days'),
  个工作日: suffix('working day', 'working days'),
  工作日: suffix('working day', 'working days'),
  小时: suffix('hour', 'hours'),
  分钟: suffix('minute', 'minutes'),
  年: suffix('year', 'years'),
  个月: suffix('month', 'months'),
  倍: tight('×', 'times'),
};

/** The spelling of a base unit in `lang`; compound units (元/亩) are spelt part by part. */
export function unitSpelling(baseUnit: string, lang: Lang): UnitSpelling {
  if (lang === 'zh-CN') {
    // Chinese writes the unit straight after the number: 29.93万亩, 8.45%, 4.2个百分点.
    return { one: baseUnit, other: baseUnit, position: 'suffix', space: false, name: baseUnit };
  }
  const known = UNIT_SPELLINGS[baseUnit];
  if (known) return known;
  if (baseUnit.includes('/')) {
    const parts = baseUnit.split('/').map((part) => UNIT_SPELLINGS[part]);
    if (parts.every((p): p is UnitSpelling => p !== undefined && p.one !== '')) {
      // "CNY/mu": a rate reads as a suffix even when its numerator is a currency.
      const text = parts.map((p) => p.one).join('/');
      return {
        one: text,
        other: text,
        position: 'suffix',
        space: true,
        name: parts.map((p) => p.name).join(' per '),
      };
    }
  }
  // Fallback: the unit as written, so no reader is shown a wrong translation.
  return suffix(baseUnit);
}

/** The unit text for a quantity: plural-aware in English ("1 day", "2 days"). */
export function unitText(baseUnit: string, lang: Lang, plural: boolean): string {
  const spelling = unitSpelling(baseUnit, lang);
  return plural ? spelling.other : spelling.one;
}

/** A unit's name for axis titles and table headers: "亩" / "mu", "元" / "yuan (CNY)". */
export function unitName(baseUnit: string, lang: Lang): string {
  return unitSpelling(baseUnit, lang).name;
}
