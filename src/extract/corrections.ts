/**
 * Corrections for the few sentences no general rule should cover (corrections.json). Each entry names its
 * seed, the figure as written and a longer quote of its sentence, and gives its reason. An entry that no
 * longer finds its figure throws, so a stale correction cannot silently linger.
 */
import type { Figure, Indicator } from '../data/types.js';
import { matchIndicator } from './indicators.js';

type Draft = Omit<Figure, 'id'>;

export interface Correction {
  readonly seed: string;
  /** The figure as written: text at [source.start, source.end). */
  readonly quote: string;
  /** A longer exact excerpt of the sentence that pins which occurrence is meant. */
  readonly context: string;
  readonly drop?: boolean;
  readonly set?: Partial<Pick<Draft, 'kind' | 'measure' | 'period' | 'subject' | 'indicator' | 'cumulative'>>;
  readonly reason: string;
}

export function applyCorrections(
  drafts: readonly Draft[],
  text: string,
  seed: string,
  corrections: readonly Correction[],
  catalogue: readonly Indicator[],
): Draft[] {
  const out: Array<Draft | null> = [...drafts];
  for (const c of corrections.filter((c) => c.seed === seed)) {
    if (!c.reason) throw new Error(`corrections.json: the entry for ${c.quote} in ${seed} gives no reason`);
    const idx = out.findIndex((d) => {
      if (!d || text.slice(d.source.start, d.source.end) !== c.quote) return false;
      const at = text.indexOf(c.context, d.source.sentenceStart);
      return at >= 0 && at <= d.source.start && at + c.context.length >= d.source.end;
    });
    if (idx < 0) throw new Error(`corrections.json: ${c.quote} (${c.context}) not found in ${seed}`);
    const d = out[idx] as Draft;
    if (c.drop) {
      out[idx] = null;
      continue;
    }
    const patched: Draft = { ...d, ...c.set };
    const indicator =
      c.set && 'indicator' in c.set ? (c.set.indicator ?? null) : matchIndicator(catalogue, patched);
    out[idx] = { ...patched, indicator };
  }
  return out.filter((d): d is Draft => d !== null);
}
