import type { FigureKind, Period } from '../data/types.js';
import type { Lang } from './lang.js';
import { kindLabel } from './labels.js';

export interface PeriodFormatOptions {
  /**
   * How a multi-year target reads: 'by' (default) → "到2026年目标" / "target for 2026";
   * 'span' → "2022–2026 目标" / "2022–2026 target".
   */
  readonly targetStyle?: 'by' | 'span';
  /** Leave out the kind word and give only the years ("2017–2021"). */
  readonly yearsOnly?: boolean;
}

/** "2021" or "2017–2021" (en dash, as in tables). */
export const formatYears = ({ start, end }: Period): string => (start === end ? `${end}` : `${start}–${end}`);

/**
 * A figure's period with its kind: "2021 预计", "2022 目标", "2017–2021 实际", "到2026年目标";
 * en: "2021 estimate", "2022 target", "2017–2021 actual", "target for 2026".
 */
export function formatPeriod(
  period: Period,
  kind: FigureKind,
  lang: Lang,
  { targetStyle, yearsOnly }: PeriodFormatOptions = {},
): string {
  const years = formatYears(period);
  return yearsOnly
    ? years
    : kind === 'target' && period.start !== period.end && targetStyle !== 'span'
      ? lang === 'en'
        ? `target for ${period.end}`
        : `到${period.end}年目标`
      : `${years} ${kindLabel(kind, lang)}`;
}
