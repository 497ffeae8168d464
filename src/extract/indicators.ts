/**
 * The catalogue matcher. Rules live in data/indicators.json (keywords, excludeKeywords, units, measure);
 * this file only applies them: the longest keyword found in the subject wins, among indicators whose
 * measure and units fit the figure.
 */
import type { Indicator, Measure } from '../data/types.js';

export interface MatchInput {
  readonly subject: string;
  readonly measure: Measure;
  readonly baseUnit: string;
  /** The unit as written; 番 (doubling) is matched as %. */
  readonly unit: string;
}

export function matchIndicator(catalogue: readonly Indicator[], figure: MatchInput): string | null {
  let best: { id: string; score: number } | null = null;
  for (const indicator of catalogue) {
    if (indicator.measure !== figure.measure) continue;
    // 名 counts people as 人 does (1.8万名农牧民)
    const unit = figure.baseUnit === '名' && !indicator.units.includes('名') ? '人' : figure.baseUnit;
    if (!indicator.units.includes(unit)) continue;
    if (indicator.excludeKeywords?.some((k) => figure.subject.includes(k))) continue;
    for (const keyword of indicator.keywords) {
      if (figure.subject.includes(keyword) && (!best || keyword.length > best.score)) {
        best = { id: indicator.id, score: keyword.length };
      }
    }
  }
  return best?.id ?? null;
}

/** Checks a catalogue read from JSON: unique ids, conversions that name the indicator's unit. */
export function checkCatalogue(catalogue: readonly Indicator[]): void {
  const ids = new Set<string>();
  for (const indicator of catalogue) {
    if (ids.has(indicator.id)) throw new Error(`indicators.json: duplicate id ${indicator.id}`);
    ids.add(indicator.id);
    if (!indicator.units.length || !indicator.keywords.length) {
      throw new Error(`indicators.json: ${indicator.id} needs keywords and units`);
    }
    for (const c of indicator.conversions) {
      if (c.to !== indicator.unit && c.from !== indicator.unit) {
        throw new Error(
          `indicators.json: ${indicator.id} converts ${c.from}→${c.to}, neither is its unit ${indicator.unit}`,
        );
      }
    }
  }
}
