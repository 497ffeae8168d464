/**
 * Text copied out of a PDF keeps the PDF's lines: a sentence runs over several lines, and page
 * numbers (— 2 —) stand between them. The extractor reads a line break as the end of a sentence
 * (and a short line without end punctuation as a heading), so such a report would come apart into
 * fragments with no subject, its date line unread. It reads a copy in which a line break inside a
 * sentence, and a page-number line, are blanks instead: one UTF-16 unit for one, so offsets and
 * quotes stay the report's own.
 *
 * A break is inside a sentence when the line before it is long (a full printed line: a heading is
 * short, or ends in 回顾/安排/任务…) and does not end a sentence, and the line after it is not blank
 * and does not open a heading, a list item or a paragraph (一、 (二) 3. —— 各位代表).
 */

/** How much longer the longest printed lines (90th percentile) may be than the shortest (10th). */
const MAX_BAND = 1.6;
/** A printed line of a report page is ~25–35 characters; headings and title lines are shorter. */
const FULL_LINE = 18;
// (full-width forms too, though the extractor hands this the folded copy)
const ENDS_SENTENCE = /[。!?;:！？；：…”’」』)）]$/;
// a line ending in the word a heading ends in stays a heading (一、过去五年工作回顾 without its 一、)
const ENDS_HEADING = /(回顾|安排|任务|目标|打算|总结|工作|建设|解释|报告)$/;
const OPENS_BLOCK =
  /^(?:第?[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|——|各位代表|[①-⑳]|【)/;
/** 规上工业增加值:增长8.2%: a line that names a figure before a colon, as a 图解 page lists them (a line of its own). */
const LABELLED_FIGURE = /^[^\s,,。;;::]{2,16}[::]\s*(?:\d|约|近|突破|增长|下降|达到)/;
/** — 2 —, - 12 -, 第3页, a bare 7: a page number on a line of its own. */
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,3}(?:\s*页)?[-—–\s]*$/;

const bare = (line: string): string => line.replace(/[\s\u3000]+/g, ' ').trim();

export function joinWrappedLines(text: string): string {
  const lines = text.split('\n');
  const pageNumber = lines.map((line) => PAGE_NUMBER.test(line) && /\d/.test(line));
  // A full line is as long as most of the text's lines: a PDF's printed lines are, a web page's
  // header lines (版次:03 作者:2023年01月12日) are much shorter than its one-line paragraphs.
  const length = (line: string): number => bare(line).replace(/ /g, '').length;
  const lengths = lines
    .filter((line, i) => !pageNumber[i] && length(line) > 0)
    .map(length)
    .sort((a, b) => a - b);
  const full = Math.max(FULL_LINE, 0.8 * (lengths[Math.floor(0.75 * (lengths.length - 1))] ?? 0));
  // A page's printed lines are all about as long as each other; the long lines of a page that lists one item a
  // line (an 一图读懂 page) range from a short item to a whole paragraph: nothing there is a broken line.
  const long = lengths.filter((n) => n >= full);
  const band =
    (long[Math.floor(0.9 * (long.length - 1))] ?? 0) / (long[Math.floor(0.1 * (long.length - 1))] ?? 1);
  if (band > MAX_BAND && !pageNumber.some(Boolean)) return text;
  const joins = new Set<number>(); // line indexes whose ending break becomes a blank
  for (let i = 0; i < lines.length - 1; i++) {
    if (pageNumber[i]) continue;
    const line = bare(lines[i]!);
    if (length(line) < full || ENDS_SENTENCE.test(line) || ENDS_HEADING.test(line)) continue;
    let j = i + 1;
    while (j < lines.length && pageNumber[j]) j++;
    const next = bare(lines[j] ?? '');
    if (!next || OPENS_BLOCK.test(next) || LABELLED_FIGURE.test(next)) continue;
    for (let k = i; k < j; k++) joins.add(k);
  }
  if (!joins.size && !pageNumber.some(Boolean)) return text;
  return (
    lines
      .map((line, i) => (pageNumber[i] ? ' '.repeat(line.length) : line))
      // a joined line's \r (CRLF files) becomes a blank too: numbers and units read across blanks only
      .map((line, i) =>
        joins.has(i) ? `${line.replace(/\r$/, ' ')} ` : line + (i < lines.length - 1 ? '\n' : ''),
      )
      .join('')
  );
}
