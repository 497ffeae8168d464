/**
 * Reports on county websites write their punctuation, and often their digits and 百分号, in
 * full-width forms (，；：（）％０-９．); the seeds and the page texts the rules were written against
 * use the ASCII forms. The extractor reads a copy with every full-width ASCII form (U+FF01–FF5E)
 * and the ideographic space folded to ASCII: one UTF-16 unit for one, so every offset into the copy
 * is an offset into the report, and quotes are taken from the report itself.
 */
export function foldFullWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
