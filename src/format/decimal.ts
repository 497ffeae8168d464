/**
 * Numbers written the way Intl.NumberFormat writes them for the options the charts use, without
 * Intl: the first Intl.NumberFormat of a page costs 35–55 ms in Chromium (ICU's locale data), more
 * than drawing several charts, and it delayed every page's first chart by that much.
 *
 * Same rules as ICU for these options: the shortest decimal that reads back as the double
 * (1.005 is "1.005", so it rounds to 1.01), rounding half away from zero, trailing fraction zeros
 * dropped, compact words chosen after rounding (999,999 → "1 million", not "1000 thousand"),
 * grouping by thousands (en from 1,000; zh, and en in compact notation, from 10,000, as 'min2' does).
 */
import type { Lang } from './lang.js';

export interface DecimalOptions {
  /** Write large numbers with a scale word: zh 万/亿/万亿, en thousand/million/billion/trillion. */
  readonly compact: boolean;
  /** Round to this many significant digits (1–21); otherwise to `fractionDigits`. */
  readonly significantDigits?: number;
  /** Digits after the point at most (default 2). */
  readonly fractionDigits?: number;
  /** '+' before a number that does not round to zero. */
  readonly plusSign?: boolean;
}

/** Scale words by power of ten, largest first. */
const SCALES: Record<Lang, readonly [number, string][]> = {
  'zh-CN': [
    [12, '万亿'],
    [8, '亿'],
    [4, '万'],
  ],
  en: [
    [12, ' trillion'],
    [9, ' billion'],
    [6, ' million'],
    [3, ' thousand'],
  ],
};

const MINUS = '\u2212'; // a true minus sign: the same width as + in tabular figures

interface Decimal {
  /** Significant digits, no leading or trailing zeros ("0" for zero). */
  readonly digits: string;
  /** Digits before the decimal point (123.4 → 3; 0.05 → −1). */
  readonly point: number;
}

const ZERO: Decimal = { digits: '0', point: 1 };

/** |n| as its shortest round-trip digits (what ICU formats, so 1.005 stays 1.005). */
function shortestDecimal(n: number): Decimal {
  if (n === 0) return ZERO;
  const [mantissa, exponent] = Math.abs(n).toExponential().split('e') as [string, string];
  return { digits: mantissa.replace('.', '').replace(/0+$/, ''), point: Number(exponent) + 1 };
}

/** Keep the first `keep` digits, rounding half away from zero (a carry may add a digit in front). */
function roundDigits({ digits, point }: Decimal, keep: number): Decimal {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return ZERO;
  let kept = digits.slice(0, keep);
  if (digits[keep]! >= '5') {
    // Add one in the last kept place: trailing 9s become 0s, the digit before them goes up.
    const head = kept.replace(/9+$/, '');
    if (head === '') {
      kept = '1';
      point += 1;
    } else kept = head.slice(0, -1) + (Number(head.slice(-1)) + 1);
  }
  kept = kept.replace(/0+$/, '');
  return kept ? { digits: kept, point } : ZERO;
}

/** Digits grouped by thousands once the integer part has `minimum` digits. */
const group = (integer: string, minimum: number): string =>
  integer.length < minimum ? integer : integer.replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * `n` (finite) as [sign and digits, scale word with its separator]: ["−29.93", "万"],
 * ["120", " million"], ["1,234", ""].
 */
export function decimalParts(n: number, lang: Lang, options: DecimalOptions): [string, string] {
  const exact = shortestDecimal(n);
  const sig = options.significantDigits;
  // Rounded as written at 10^power: to significant digits, or to fraction digits of that scale.
  const rounded = (power: number): Decimal => {
    const point = exact.point - power;
    const keep =
      sig === undefined
        ? point + (options.fractionDigits ?? 2)
        : Math.min(21, Math.max(1, Math.round(sig) || 1));
    return exact === ZERO ? ZERO : roundDigits({ digits: exact.digits, point }, keep);
  };
  // The scale of the number's magnitude, as ICU chooses it: then, if rounding carried it into a new
  // digit (999,999.7 → 1,000,000), the scale of that magnitude (1 million, not 1000 thousand).
  const scaleAt = (magnitude: number): readonly [number, string] =>
    (options.compact && SCALES[lang].find(([power]) => power <= magnitude)) || [0, ''];
  const magnitude = exact.point - 1;
  const [power, word] = scaleAt(magnitude);
  let scale = word;
  let value = rounded(power);
  if (value !== ZERO && value.point - 1 + power !== magnitude) {
    const [carried, carriedWord] = scaleAt(magnitude + 1);
    // The carried value is a power of ten: moving its point is all the re-rounding it needs.
    value = { digits: value.digits, point: value.point + power - carried };
    scale = carriedWord;
  }
  const { digits, point } = value;
  const integer = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction =
    point >= digits.length ? '' : '0'.repeat(Math.max(0, -point)) + digits.slice(Math.max(0, point));
  // en groups from 1,000, except in compact notation ("1000 trillion"), which groups as zh does.
  const text = group(integer, lang === 'en' && !options.compact ? 4 : 5) + (fraction && '.' + fraction);
  // Negative numbers (and −0) keep their minus even when they round to 0, as Intl does; a plus
  // only before a number that does not round to zero.
  const negative = n < 0 || Object.is(n, -0);
  const sign = negative
    ? options.plusSign && value === ZERO
      ? ''
      : MINUS
    : options.plusSign && value !== ZERO
      ? '+'
      : '';
  return [sign + text, scale];
}
