import type { Comparator, Figure } from '../data/types.js';
import { decimalParts } from './decimal.js';
import { comparatorMark } from './labels.js';
import type { Lang } from './lang.js';
import { unitSpelling } from './units.js';

export interface NumberFormatOptions {
  /**
   * 'auto' (default): zh groups by 万/亿 from 10,000 up (29.93万); en writes digits in full below a
   * million (299,300) and words from a million up (120 million). 'full' never abbreviates;
   * 'compact' always does (en: 299.3 thousand).
   */
  readonly notation?: 'auto' | 'full' | 'compact';
  /** Round to this many significant digits (use the precision the report wrote). Wins over fraction digits. */
  readonly significantDigits?: number;
  /** Default 2. */
  readonly maximumFractionDigits?: number;
  /** 'always' shows + on positive numbers (+8.45%), for changes; negatives always get a minus sign (−). */
  readonly sign?: 'auto' | 'always';
}

export interface ValueFormatOptions extends NumberFormatOptions {
  /** `>=` draws ≥, `<=` ≤, `~` ~. Default `=` (no mark). */
  readonly comparator?: Comparator;
  /** High end of a range, in the same base unit: 1–2家, 1–2 firms. */
  readonly baseValueHi?: number;
  /** Leave the unit out (axis ticks that carry the unit in the axis title). Default true. */
  readonly unit?: boolean;
}

/** A formatted value split into its pieces, so a chart can style the mark or unit apart. */
export interface FormattedValue {
  /** ≥, ≤, ~ or ''. */
  readonly mark: string;
  /** The number (or range) with its 万/亿 or million word, without the unit: "29.93万", "1–2", "120 million". */
  readonly number: string;
  /** The unit as shown ('' when omitted or when the number stands alone, as for 个 in English). */
  readonly unit: string;
  /** Everything together: "≥29.93万亩", "CNY 120 million", "8.45%". */
  readonly text: string;
}

/**
 * `n` as [sign and digits, compact word with its separator]: ["−29.93", "万"], ["120", " million"],
 * ["1,234", ""]. zh groups by 万/亿 from 10,000 up; en from a million up (see NumberFormatOptions).
 */
function pieces(n: number, lang: Lang, options: NumberFormatOptions): [string, string] {
  const { notation, significantDigits, maximumFractionDigits, sign } = options;
  return decimalParts(n, lang, {
    compact: notation === 'compact' || (notation !== 'full' && Math.abs(n) >= (lang === 'en' ? 1e6 : 1e4)),
    significantDigits,
    fractionDigits: maximumFractionDigits,
    plusSign: sign === 'always',
  });
}

/** A bare number: zh 29.93万, 1.2亿, 1234; en 299,300, 120 million. Non-finite numbers render as "–". */
export function formatNumber(n: number, lang: Lang, options: NumberFormatOptions = {}): string {
  return Number.isFinite(n) ? pieces(n, lang, options).join('') : '–';
}

function numberOrRange(lo: number, hi: number | undefined, lang: Lang, options: NumberFormatOptions): string {
  const [a, aScale] = pieces(lo, lang, options);
  if (hi === undefined || hi === lo) return a + aScale;
  const [b, bScale] = pieces(hi, lang, options);
  // 1–2万 and 1–2 million rather than 1万–2万: one scale word when both ends share it.
  return `${a}${aScale === bScale ? '' : aScale}–${b}${bScale}`;
}

/** A value in its base unit, with comparator mark and range, split into pieces. */
export function formatValueParts(
  baseValue: number,
  baseUnit: string,
  lang: Lang,
  options: ValueFormatOptions = {},
): FormattedValue {
  const mark = comparatorMark(options.comparator ?? '=');
  const hi = options.baseValueHi;
  const number =
    Number.isFinite(baseValue) && (hi === undefined || Number.isFinite(hi))
      ? numberOrRange(baseValue, hi, lang, options)
      : '–';
  const spelling = unitSpelling(baseUnit, lang);
  // English cardinal plurals: "one" is exactly 1 as written (1 firm, 1.5 firms, 0 firms, −1 firm).
  const plural =
    (hi !== undefined && hi !== baseValue) ||
    /[a-z]/i.test(number) || // "1 million people"
    number.replace(/[^0-9.]/g, '') !== '1';
  const unit = options.unit === false ? '' : plural ? spelling.other : spelling.one;
  const gap = unit && spelling.space ? ' ' : '';
  return {
    mark,
    number,
    unit,
    text: spelling.position === 'prefix' ? mark + unit + gap + number : mark + number + gap + unit,
  };
}

/**
 * A value in its base unit as text: formatValue(299300, '亩', 'zh-CN') → "29.93万亩";
 * formatValue(120000000, '元', 'en') → "CNY 120 million"; with `{ comparator: '>=' }` → "≥1.2亿元".
 */
export function formatValue(
  baseValue: number,
  baseUnit: string,
  lang: Lang,
  options: ValueFormatOptions = {},
): string {
  return formatValueParts(baseValue, baseUnit, lang, options).text;
}

/** Significant digits in a number as the report wrote it: 29.93 → 4, 1.2 → 2, 300 → 1, 2362 → 4. */
export function significantDigits(written: number): number {
  if (!Number.isFinite(written) || written === 0) return 1;
  const s = Math.abs(written).toString();
  if (s.includes('e')) return 15;
  const digits = s.replace('.', '').replace(/^0+/, '');
  const trimmed = s.includes('.') ? digits : digits.replace(/0+$/, '');
  return Math.max(1, trimmed.length);
}

type FigureLike = Pick<Figure, 'value' | 'baseValue' | 'baseUnit' | 'comparator' | 'measure'> &
  Partial<Pick<Figure, 'valueHi' | 'baseValueHi' | 'direction'>>;

/**
 * A figure's value as the report states it, with the precision it was written in:
 * "≥29.93万亩" / "≥299,300 mu", "1–2家" / "1–2 firms", "4.2个百分点", and for a fall (下降) "−3%".
 */
export function formatFigureValue(figure: FigureLike, lang: Lang, options: NumberFormatOptions = {}): string {
  return formatFigureValueParts(figure, lang, options).text;
}

/** {@link formatFigureValue} split into mark, number and unit. */
export function formatFigureValueParts(
  figure: FigureLike,
  lang: Lang,
  options: NumberFormatOptions = {},
): FormattedValue {
  // Growth figures store the size of a fall with direction 'decrease' (下降3% → value 3).
  const negate = figure.measure === 'growth' && figure.direction === 'decrease' && figure.baseValue > 0;
  // A range is written as precisely as its more precise end (1 has one digit: no range, no effect).
  const sig = Math.max(significantDigits(figure.value), significantDigits(figure.valueHi ?? 1));
  const lo = negate ? -figure.baseValue : figure.baseValue;
  const hi = figure.baseValueHi === undefined ? undefined : negate ? -figure.baseValueHi : figure.baseValueHi;
  return formatValueParts(lo, figure.baseUnit, lang, {
    significantDigits: sig,
    ...options,
    comparator: figure.comparator,
    baseValueHi: hi,
  });
}
