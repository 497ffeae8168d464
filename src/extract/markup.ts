/**
 * Text copied out of a web page's source keeps some of its markup: character entities (286.4&nbsp;亿元,
 * &ldquo;十四五&rdquo;) and tags (<br>, <p>). The `;` of an entity would end a sentence, and its letters would
 * stand between a number and its unit. The extractor reads a copy in which each entity is the character it
 * names and each tag a line break or nothing, padded with zero-width fillers to the same length: one UTF-16
 * unit for one, so offsets and quotes stay the report's own (the quote of 286.4&nbsp;亿元 is what the page had).
 */

/** A zero-width space: pads a decoded entity or tag to its length; blanks.ts skips it and never counts it. */
export const FILLER = '\u200b';

const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: '\u3000',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  times: '×',
  permil: '‰',
};

const MARKUP = /&(?:[a-z]+|#\d{1,6}|#x[0-9a-f]{1,5});|<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
/** Tags that break a line where they stand. */
const LINE_TAGS = /^<\/?(?:br|p|div|li|tr|h[1-6])\b/i;

/** The character an entity names, or null for one it does not know (left as written). */
function decode(entity: string): string | null {
  const body = entity.slice(1, -1).toLowerCase();
  if (body.startsWith('#')) {
    const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // one UTF-16 unit only: an astral character would need two
    return code > 0 && code <= 0xffff ? String.fromCharCode(code) : null;
  }
  return NAMED[body] ?? null;
}

export function blankMarkup(text: string): string {
  if (!/[&<]/.test(text)) return text;
  return text.replace(MARKUP, (found) => {
    const plain = found.startsWith('&') ? decode(found) : LINE_TAGS.test(found) ? '\n' : '';
    return plain === null ? found : plain + FILLER.repeat(found.length - plain.length);
  });
}
