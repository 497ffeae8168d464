import { describe, expect, it } from 'vitest';
import { meantChartTag } from './misspelt-tags.js';

describe('meantChartTag', () => {
  it('reads a mistyped chart tag as the chart its kind names', () => {
    const cases: [string, string][] = [
      ['county-target-bar', 'county-target-bars'],
      ['county-bars', 'county-target-bars'],
      ['county-targets', 'county-target-bars'],
      ['county-trendline', 'county-trend-line'],
      ['county-trend-lines', 'county-trend-line'],
      ['county-line', 'county-trend-line'],
      ['county-radar-chart', 'county-radar'],
      ['county-radars', 'county-radar'],
      ['countie-radar', 'county-radar'],
    ];
    for (const [tag, meant] of cases) expect(meantChartTag(tag), tag).toBe(meant);
  });

  it('leaves other tags alone', () => {
    for (const tag of ['county-map', 'county-chart', 'my-bar-chart', 'x-radar', 'div', 'trend-line'])
      expect(meantChartTag(tag), tag).toBeUndefined();
  });
});
