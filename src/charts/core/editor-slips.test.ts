import { describe, expect, it, vi } from 'vitest';
import { pixelHeight, rejoinSplitValues, unquote } from './editor-slips.js';

const attributes = (...pairs: [string, string][]) => pairs.map(([name, value]) => ({ name, value }));

describe('unquote', () => {
  it('drops the quotation marks a word processor puts around a value', () => {
    expect(unquote('“tonghua”')).toBe('tonghua');
    expect(unquote('‘tonghua’')).toBe('tonghua');
    expect(unquote('„tonghua“')).toBe('tonghua');
    expect(unquote('「通化县」')).toBe('通化县');
    expect(unquote('＂gdp-growth＂')).toBe('gdp-growth');
    expect(unquote('«en»')).toBe('en');
    // a word processor that took the mark after = for a closing one
    expect(unquote('”tonghua”')).toBe('tonghua');
    expect(unquote('’en’')).toBe('en');
  });

  it('leaves values without them as they are, inner quotes included', () => {
    expect(unquote('tonghua')).toBe('tonghua');
    expect(unquote('a “quoted” word')).toBe('a “quoted” word');
    expect(unquote('')).toBe('');
  });
});

describe('rejoinSplitValues', () => {
  it('rejoins a list the parser split at its spaces', () => {
    // indicators=“gdp-growth retail-sales-growth fiscal-revenue”
    expect(
      rejoinSplitValues(
        attributes(
          ['county', '“tonghua”'],
          ['indicators', '“gdp-growth'],
          ['retail-sales-growth', ''],
          ['fiscal-revenue”', ''],
          ['height', '“320”'],
        ),
      ),
    ).toEqual([
      {
        name: 'indicators',
        value: 'gdp-growth retail-sales-growth fiscal-revenue',
        parts: ['retail-sales-growth', 'fiscal-revenue”'],
      },
    ]);
  });

  it('rejoins a list quoted with closing marks on both sides', () => {
    expect(
      rejoinSplitValues(attributes(['indicators', '”gdp'], ['budget-revenue”', ''])).map(
        ({ value }) => value,
      ),
    ).toEqual(['gdp budget-revenue']);
  });

  it('rejoins every split value of the element', () => {
    expect(
      rejoinSplitValues(
        attributes(['counties', '“a'], ['b”', ''], ['indicators', '‘x'], ['y', ''], ['z’', '']),
      ).map(({ name, value }) => [name, value]),
    ).toEqual([
      ['counties', 'a b'],
      ['indicators', 'x y z'],
    ]);
  });

  it('rejoins nothing that is not a split quotation', () => {
    expect(rejoinSplitValues(attributes(['county', '“tonghua”'], ['kind', 'target']))).toEqual([]);
    // No closing mark before the attributes end, or a valued attribute comes first: not a split.
    expect(rejoinSplitValues(attributes(['indicators', '“a'], ['b', '']))).toEqual([]);
    expect(rejoinSplitValues(attributes(['indicators', '“a'], ['kind', 'target'], ['b”', '']))).toEqual([]);
    expect(rejoinSplitValues(attributes(['indicators', '“a']))).toEqual([]);
    expect(rejoinSplitValues([])).toEqual([]);
  });
});

describe('pixelHeight', () => {
  it('reads pixels as editors write them', () => {
    for (const [value, px] of [
      ['400', 400],
      ['400px', 400],
      [' 400 PX ', 400],
      ['262.5', 262.5],
      ['“320”', 320],
    ] as const)
      expect(pixelHeight(value), value).toBe(px);
    expect(pixelHeight(null)).toBeUndefined();
  });

  it('ignores another unit, saying so, rather than drawing a chart of its number in pixels', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const value of ['40%', '30em', 'auto', '', '-5', '1e3', 'NaN'])
        expect(pixelHeight(value), value).toBeUndefined();
      expect(warn).toHaveBeenCalledTimes(7);
      expect(String(warn.mock.calls[0]![0])).toBe('height="40%" is not in pixels (height="400"), ignored');
    } finally {
      warn.mockRestore();
    }
  });
});
