/**
 * Stray blanks from PDF scrapes and web copies ("2021 年", "230.5 亿元", "1 月 27 日"). Cue matching reads a
 * compacted copy of the text; every offset found in the copy maps back to the original, which is never changed.
 */

/**
 * Horizontal blanks: ASCII space, tab, no-break space, ideographic (full-width) space, and the zero-width filler
 * that pads decoded markup (markup.ts), which no limit counts.
 */
export const BLANK_RE = /[ \t\u00a0\u3000\u200b]/;
const BLANK_RUN = /[ \t\u00a0\u3000\u200b]+/g;
const FILLER = '\u200b';
const ALNUM = /[A-Za-z0-9]/;

/** The longest blank run a figure may hold between its parts (number, multiplier, unit, qualifier). */
export const MAX_INNER_BLANKS = 3;

export interface Compacted {
  readonly text: string;
  /** offsets[i] is the index in the original text of the compacted text's i-th character; one more at the end. */
  readonly offsets: readonly number[];
}

/** A digit with a blank or a non-digit on each side (the 2 of 2 0 2 4, not of 2021). */
const singleDigitAt = (text: string, i: number): boolean =>
  /\d/.test(text[i] ?? '') && !/\d/.test(text[i - 1] ?? '') && !/\d/.test(text[i + 1] ?? '');

/**
 * Drops blank runs, except between two ASCII letters or digits (GDP 增速 → GDP增速, but "2021 2022" stays two
 * numbers). Line breaks are kept: they end sentences and headings.
 */
export function compact(text: string): Compacted {
  let out = '';
  const offsets: number[] = [];
  let last = 0;
  for (const m of text.matchAll(BLANK_RUN)) {
    const at = m.index ?? 0;
    for (let i = last; i < at; i++) offsets.push(i);
    out += text.slice(last, at);
    const end = at + m[0].length;
    // letter-spaced digits of a PDF (2 0 2 4 年, 1 2 日: single digits one blank apart) are one number
    const spacedDigits = m[0] === ' ' && singleDigitAt(text, at - 1) && singleDigitAt(text, end);
    if (!spacedDigits && ALNUM.test(text[at - 1] ?? '') && ALNUM.test(text[end] ?? '')) {
      for (let i = at; i < end; i++) offsets.push(i);
      out += m[0];
    }
    last = end;
  }
  for (let i = last; i < text.length; i++) offsets.push(i);
  out += text.slice(last);
  offsets.push(text.length);
  return { text: out, offsets };
}

/** The original text under the compacted span [start, end). */
export function originalSlice(original: string, c: Compacted, start: number, end: number): string {
  if (end <= start) return '';
  return original.slice(c.offsets[start], c.offsets[end - 1] + 1);
}

/** Blanks removed, for cue tests that only ask whether a word is there. */
export const squeeze = (text: string): string => compact(text).text;

/** Index after the blank run at `pos` (at most MAX_INNER_BLANKS long); `pos` itself when there is none or it is longer. */
export function skipBlanks(text: string, pos: number): number {
  let p = pos;
  let blanks = 0;
  for (; p < text.length && BLANK_RE.test(text[p]); p++) if (text[p] !== FILLER) blanks++;
  return blanks <= MAX_INNER_BLANKS ? p : pos;
}

/** Index of the blank run ending at `pos` (looking left), under the same limit. */
export function skipBlanksBack(text: string, pos: number): number {
  let p = pos;
  let blanks = 0;
  for (; p > 0 && BLANK_RE.test(text[p - 1]); p--) if (text[p - 1] !== FILLER) blanks++;
  return blanks <= MAX_INNER_BLANKS ? p : pos;
}
