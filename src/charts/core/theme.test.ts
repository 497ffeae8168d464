import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.js';
import { DARK, LIGHT, type ThemeColors } from './theme.js';

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as [string, ThemeColors][])('%s theme', (_name, t) => {
  it('text meets WCAG AA (4.5:1) on the background', () => {
    expect(contrastRatio(t.text, t.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t.textMuted, t.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t.tooltipText, t.tooltipBackground)).toBeGreaterThanOrEqual(4.5);
  });
  it('marks and focus ring meet the 3:1 non-text contrast', () => {
    for (const c of [t.actual, t.target, t.focus, t.error, t.axis, ...t.series])
      expect(contrastRatio(c, t.background), c).toBeGreaterThanOrEqual(3);
  });
  it('has at least five series colours, apart in greyscale', () => {
    expect(t.series.length).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < t.series.length; i++)
      for (let j = i + 1; j < t.series.length; j++)
        expect(
          contrastRatio(t.series[i], t.series[j]),
          `${t.series[i]} vs ${t.series[j]}`,
        ).toBeGreaterThanOrEqual(1.3);
  });
  it('keeps actual and target apart in greyscale', () => {
    expect(contrastRatio(t.actual, t.target)).toBeGreaterThanOrEqual(1.4);
  });
});
