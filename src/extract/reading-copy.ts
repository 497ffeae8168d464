/**
 * The copy of a report the extractor's rules read: a web page's entities and tags decoded (markup.ts),
 * full-width forms folded to ASCII (punctuation.ts)
 * and a PDF's broken lines joined (line-wraps.ts). Both replace one UTF-16 unit with one, so an offset
 * into the copy is an offset into the report, and every quote is taken from the report as written.
 */
import { joinWrappedLines } from './line-wraps.js';
import { blankMarkup } from './markup.js';
import { foldFullWidth } from './punctuation.js';

export const readingCopy = (report: string): string => joinWrappedLines(foldFullWidth(blankMarkup(report)));
