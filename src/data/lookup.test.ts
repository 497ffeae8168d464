import { describe, expect, it } from 'vitest';
import counties from '../../data/counties.json' with { type: 'json' };
import indicators from '../../data/indicators.json' with { type: 'json' };
import { canonicalIds, closestId, findNamed, splitIds } from './lookup.js';
import type { County, Indicator } from './types.js';

const allCounties = counties as unknown as County[];
const allIndicators = indicators as unknown as Indicator[];
const county = (typed: string) => findNamed(allCounties, typed)?.id;
const countyIds = allCounties.map((c) => c.id);
const indicatorIds = allIndicators.map((i) => i.id);

describe('findNamed: what an editor types, resolved to an id', () => {
  it('takes the id in any case, with stray spaces or full-width letters', () => {
    expect(county('tonghua')).toBe('tonghua');
    expect(county('Tonghua')).toBe('tonghua');
    expect(county('  HULAN ')).toBe('hulan');
    expect(county('ｔｏｎｇｈｕａ')).toBe('tonghua');
    expect(findNamed(allIndicators, 'GDP_growth')?.id).toBe('gdp-growth');
    expect(findNamed(allIndicators, 'gdp growth')?.id).toBe('gdp-growth');
  });

  it('takes full and short Chinese names and English names', () => {
    expect(county('通化县')).toBe('tonghua');
    expect(county('通化')).toBe('tonghua');
    expect(county('呼兰区')).toBe('hulan');
    expect(county('呼兰')).toBe('hulan');
    expect(county('哈尔滨市呼兰区')).toBe('hulan');
    expect(county('伊通满族自治县')).toBe('yitong');
    expect(county('伊通县')).toBe('yitong');
    expect(county('伊通')).toBe('yitong');
    expect(county('长白')).toBe('changbai');
    expect(county('阜新')).toBe('fuxin');
    expect(county('Tonghua County')).toBe('tonghua');
    expect(findNamed(allIndicators, '地区生产总值')?.id).toBe('gdp');
    expect(findNamed(allIndicators, 'GDP growth')?.id).toBe('gdp-growth');
  });

  it('does not guess a misspelling, an empty value or a name that fits several', () => {
    expect(county('tonghau')).toBeUndefined();
    expect(county('')).toBeUndefined();
    expect(county('   ')).toBeUndefined();
    expect(county('县')).toBeUndefined();
    expect(county('吉林')).toBeUndefined();
    const twins = [
      { id: 'a', name: { zh: '东山县', en: 'A' } },
      { id: 'b', name: { zh: '西东山区', en: 'B' } },
    ];
    expect(findNamed(twins, '东山')).toBeUndefined();
    expect(findNamed(twins, '东山县')?.id).toBe('a');
  });
});

describe('closestId: a suggestion for a misspelling', () => {
  it('finds swapped, missing, extra and wrong letters', () => {
    expect(closestId(countyIds, 'tonghau')).toBe('tonghua');
    expect(closestId(countyIds, 'tongua')).toBe('tonghua');
    expect(closestId(countyIds, 'huulan')).toBe('hulan');
    expect(closestId(countyIds, 'yitang')).toBe('yitong');
    expect(closestId(indicatorIds, 'gdp-grwoth')).toBe('gdp-growth');
  });

  it('suggests nothing for something else entirely', () => {
    expect(closestId(countyIds, 'beijing')).toBeUndefined();
    expect(closestId(countyIds, 'x')).toBeUndefined();
    expect(closestId(indicatorIds, 'weather')).toBeUndefined();
  });
});

describe('splitIds', () => {
  it('splits on spaces, commas and 、 as editors type lists', () => {
    expect(splitIds('hulan tonghua')).toEqual(['hulan', 'tonghua']);
    expect(splitIds(' hulan,tonghua , yitong ')).toEqual(['hulan', 'tonghua', 'yitong']);
    expect(splitIds('呼兰、通化，伊通')).toEqual(['呼兰', '通化', '伊通']);
    expect(splitIds(null)).toEqual([]);
    expect(splitIds('')).toEqual([]);
  });
});

describe('canonicalIds', () => {
  it('maps names and odd spellings to ids and keeps what it cannot resolve as typed', () => {
    expect(canonicalIds(allCounties, 'Tonghua, 呼兰区 tonghau')).toEqual(['tonghua', 'hulan', 'tonghau']);
    expect(canonicalIds(undefined, 'a b')).toEqual(['a', 'b']);
  });

  it('reads an English name of several words as one entry, the longest that names an item', () => {
    const en = (id: string) => allCounties.find((c) => c.id === id)!.name.en;
    expect(canonicalIds(allCounties, en('tonghua'))).toEqual(['tonghua']);
    expect(canonicalIds(allCounties, `${en('tonghua')} ${en('hulan')}, yitong`)).toEqual([
      'tonghua',
      'hulan',
      'yitong',
    ]);
    expect(canonicalIds(allIndicators, 'GDP growth')).toEqual(['gdp-growth']);
    expect(canonicalIds(allIndicators, 'gdp GDP growth')).toEqual(['gdp', 'gdp-growth']);
    // what names nothing stays as typed, word by word
    expect(canonicalIds(allCounties, 'Atlantis County')).toEqual(['Atlantis', 'County']);
  });
});
