/**
 * CJK-aware label wrapping for axis labels, by estimated advance width (no DOM, so layout stays pure).
 * Chinese breaks between any two characters (but not before closing punctuation); Latin at spaces.
 */

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NO_LINE_START = /^[，。、；：？！）》」』】〕,.;:?!)\]%]/;

/** Estimated advance of one character in ems: CJK and full-width 1em, Latin by rough class. */
export function charWidthEm(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (ch === ' ') return 0.28;
  if (/[0-9]/.test(ch)) return 0.56;
  if (/[il.,:;'|!]/.test(ch)) return 0.28;
  if (/[mwMW]/.test(ch)) return 0.85;
  if (/[A-Z]/.test(ch)) return 0.66;
  return 0.53;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

/** Break into tokens that may not be split: CJK characters one by one, Latin words with their trailing space. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (word) out.push(word);
      word = '';
      // Closing punctuation sticks to the character before it.
      if (NO_LINE_START.test(ch) && out.length > 0) out[out.length - 1] += ch;
      else out.push(ch);
    } else if (ch === ' ') {
      out.push(word + ' ');
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out.filter((t) => t.length > 0);
}

export interface FittedLabel {
  readonly lines: readonly string[];
  /** True when the text did not fit in maxLines and was cut with an ellipsis. */
  readonly truncated: boolean;
  /** Width of the widest line. */
  readonly width: number;
}

/** Wrap `text` into at most `maxLines` lines of at most `maxWidth` px; the last line ends in … when cut. */
export function fitLabel(text: string, maxWidth: number, fontSize: number, maxLines = 2): FittedLabel {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    if (line && textWidth((line + token).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (!line && textWidth(token.trimEnd(), fontSize) > maxWidth) {
      // A word wider than the line: split it by characters.
      for (const ch of token) {
        if (line && textWidth(line + ch, fontSize) > maxWidth) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  const truncated = lines.length > maxLines;
  const kept = lines.slice(0, maxLines);
  if (truncated) {
    let last = kept[maxLines - 1];
    while (last.length > 0 && textWidth(last + '…', fontSize) > maxWidth)
      last = [...last].slice(0, -1).join('');
    kept[maxLines - 1] = last.trimEnd() + '…';
  }
  const width = Math.max(0, ...kept.map((l) => textWidth(l, fontSize)));
  return { lines: kept, truncated, width };
}
