import { describe, expect, it } from 'vitest';
import { charWidthEm, estimateTextWidth, truncateToWidth, wrapText } from './text-fit.js';

describe('estimateTextWidth', () => {
  it('counts CJK as 1em and Latin narrower', () => {
    expect(estimateTextWidth('地区生产总值', 12)).toBe(72);
    expect(charWidthEm('a')).toBe(0.55);
    expect(charWidthEm('8')).toBe(0.56);
    expect(charWidthEm('\uff0c')).toBe(1); // full-width comma
    expect(charWidthEm('…')).toBe(1); // CJK fonts draw the ellipsis full width
    expect(estimateTextWidth('GDP', 10)).toBeCloseTo(21, 5);
    expect(charWidthEm('𠀋')).toBe(1); // astral ideograph
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and cuts with an ellipsis', () => {
    expect(truncateToWidth('增速', 100, 12)).toBe('增速');
    expect(truncateToWidth('规模以上工业增加值增速', 60, 12)).toBe('规模以上…');
    expect(estimateTextWidth(truncateToWidth('规模以上工业增加值增速', 60, 12), 12)).toBeLessThanOrEqual(60);
    expect(truncateToWidth('abc', 2, 12)).toBe('');
  });
  it('never splits a surrogate pair', () => {
    const out = truncateToWidth('𠀋𠀋𠀋𠀋𠀋', 40, 12);
    expect(out).toBe('𠀋𠀋…');
  });
});

describe('wrapText', () => {
  it('breaks Latin at spaces', () => {
    expect(wrapText('Urban jobs created in the year', 120, 12)).toEqual([
      'Urban jobs created',
      'in the year',
    ]);
  });
  it('breaks CJK anywhere and truncates the last line', () => {
    const lines = wrapText('城镇新增就业人数和城镇调查失业率控制目标', 96, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('城镇新增就业人数');
    expect(lines[1].endsWith('…')).toBe(true);
    for (const l of lines) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(96);
  });
  it('returns one line when it fits, none for empty text', () => {
    expect(wrapText('GDP growth', 200, 12)).toEqual(['GDP growth']);
    expect(wrapText('', 200, 12)).toEqual([]);
  });
});
