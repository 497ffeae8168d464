import type { Dataset } from '../data/types.js';
import type { ChartKind } from './render.js';

/**
 * What each static chart shows for a county: its targets against results; the trend of its GDP
 * (else of the indicator it reports most often); one radar of all counties with it highlighted (small multiples would be several screens tall at 640 px).
 */
export function chartAttributes(dataset: Dataset, chart: ChartKind, county: string): Record<string, string> {
  if (chart === 'target-bars') return { county };
  if (chart === 'radar') return { highlight: county, 'small-multiples': 'never' };
  const counts = new Map<string, number>();
  for (const f of dataset.figures)
    if (f.county === county && f.indicator) counts.set(f.indicator, (counts.get(f.indicator) ?? 0) + 1);
  const preferred = ['gdp', 'gdp-growth'].find((id) => counts.has(id));
  const most = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { county, indicator: preferred ?? most ?? 'gdp' };
}
