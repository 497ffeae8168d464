import { describe, expect, it } from 'vitest';
import { contrastRatio, mostContrasting, parseHex, relativeLuminance } from './contrast.js';

describe('contrast', () => {
  it('parses short and long hex', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('0d3a76')).toEqual([13, 58, 118]);
    expect(() => parseHex('red')).toThrow(/not a hex colour/);
  });
  it('matches the WCAG reference values', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    // #767676 on white is the classic just-passing AA grey (4.54:1)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
  it('is symmetric and picks the more contrasting label colour', () => {
    expect(contrastRatio('#27548c', '#fff')).toBe(contrastRatio('#fff', '#27548c'));
    expect(mostContrasting('#27548c', ['#1a1c20', '#ffffff'])).toBe('#ffffff');
    expect(mostContrasting('#f9d896', ['#1a1c20', '#ffffff'])).toBe('#1a1c20');
  });
});
