/**
 * Label fitting without measuring the DOM (so layouts stay pure and testable in node).
 * Width estimate per character: CJK ideographs, kana, hangul, full-width forms and … ≈ 1em;
 * digits ≈ 0.56em; other Latin ≈ 0.55em; narrow punctuation ≈ 0.3em; space ≈ 0.28em.
 * Deliberately a little generous so estimated labels do not overrun.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NARROW = /[.,:;!|'"()[\]{}ilIjft·]/;

/** Estimated advance of one character, in em. */
export function charWidthEm(ch: string): number {
  if (WIDE.test(ch) || ch === '…') return 1;
  if (ch === ' ') return 0.28;
  if (/[0-9]/.test(ch)) return 0.56;
  if (NARROW.test(ch)) return 0.3;
  if (/[A-Z%@mwMW]/.test(ch)) return 0.7;
  const code = ch.codePointAt(0) ?? 0;
  // Astral-plane ideographs (CJK extension B+) are full width too.
  return code >= 0x20000 ? 1 : 0.55;
}

/** Estimated width of `text` in px at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

const ELLIPSIS = '…';

/**
 * `text` if it fits in `maxWidth` px, else the longest prefix that fits followed by "…".
 * Never cuts inside a surrogate pair. Returns '' when not even "…" fits.
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const budget = maxWidth - charWidthEm(ELLIPSIS) * fontSize;
  if (budget < 0) return '';
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = charWidthEm(ch) * fontSize;
    if (used + w > budget) break;
    used += w;
    out += ch;
  }
  return out.trimEnd() + ELLIPSIS;
}

/**
 * Break `text` into at most `maxLines` lines of `maxWidth` px. Latin text breaks at spaces,
 * CJK between any two characters (as browsers do). The last line is truncated with "…" if needed.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  // Tokens: runs of Latin letters/digits (kept whole), single spaces, or single other characters.
  const tokens = text.match(/[A-Za-z0-9.,%'’\-–/()+]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = /^\s+$/.test(tokens[i]) ? ' ' : tokens[i];
    const candidate = line + token;
    if (estimateTextWidth(candidate.trimEnd(), fontSize) <= maxWidth || line.trim() === '') {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = token === ' ' ? '' : token;
    if (lines.length === maxLines - 1) {
      const rest = line + tokens.slice(i + 1).join('');
      lines.push(truncateToWidth(rest.trim(), maxWidth, fontSize));
      return lines;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.map((l) =>
    estimateTextWidth(l, fontSize) > maxWidth ? truncateToWidth(l, maxWidth, fontSize) : l,
  );
}
