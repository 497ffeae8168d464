/**
 * The pipeline: report text → Figure[] (src/data/types.ts). Numbers come from numbers.ts, sections and
 * sentences from segment.ts, kind/measure/period from classify.ts, subjects from subject.ts and the
 * indicator from the catalogue rules; a statistics table's cells from stat-table.ts; corrections.json then
 * fixes the few sentences no rule should cover.
 */
import type { Figure, Indicator } from '../data/types.js';
import { BLANK_RE, squeeze } from './blanks.js';
import { classify, clauseOf, isChangeFromBase } from './classify.js';
import { applyCorrections, type Correction } from './corrections.js';
import { matchIndicator } from './indicators.js';
import { findQuantities, type Quantity } from './numbers.js';
import { blankMarkup } from './markup.js';
import { foldFullWidth } from './punctuation.js';
import { readingCopy } from './reading-copy.js';
import { segment } from './segment.js';
import { readStatTables, type TableCell } from './stat-table.js';
import { clip, nounAfter, subjectOf } from './subject.js';

export interface ExtractOptions {
  readonly county: string;
  /** File name recorded as source.seed. */
  readonly seed: string;
  /** The year the report plans for. */
  readonly reportYear: number;
  /** The month the report was given, when known: from May to October its review is of the year so far. */
  readonly sessionMonth?: number;
  readonly catalogue: readonly Indicator[];
  readonly corrections?: readonly Correction[];
}

type Draft = Omit<Figure, 'id'>;

/** Two figures with nothing but blanks between them (2271户3979名贫困人口, or 2271 户 3979 名 in a scrape). */
const ONLY_BLANKS = new RegExp(`^${BLANK_RE.source}*$`);
const touching = (text: string, end: number, nextStart: number): boolean =>
  ONLY_BLANKS.test(text.slice(end, nextStart));

/** A label that opens a sentence and names the figures after its colon: 地区生产总值:, 规上工业增加值:增长8.2% */
const LABEL_BEFORE = /^[【\[]?([^,,。;;::【】\[\]]{2,20})[::]/;

/** The three parts of an industry structure ratio (三次产业结构5.1:46.2:48.7): each industry's share of GDP. */
const INDUSTRY_SHARE = [
  '第一产业增加值占地区生产总值比重',
  '第二产业增加值占地区生产总值比重',
  '第三产业增加值占地区生产总值比重',
];

/** Head nouns a 分别 list can swap: 规模以上工业总产值和增加值 → 规模以上工业增加值. */
const HEADS = ['总产值', '增加值', '产值', '总额', '收入', '产量', '投资'];

/** 分别增长11%、11.8% after 规模以上工业总产值和增加值: one subject per figure. */
function splitRespectively(subject: string, count: number): string[] | null {
  // 城乡居民人均可支配收入分别增长4.9%、7.2%: urban, then rural
  if (count === 2 && subject.startsWith('城乡')) return ['城镇', '农村'].map((w) => w + subject.slice(2));
  // 城镇居民和农民人均可支配收入: the people named first share the measure named last
  const shared = /^(城镇居民|城市居民|城镇常住居民)[和与及、](农民|农村居民|农村常住居民)(人均.+)$/.exec(
    subject,
  );
  if (count === 2 && shared) return [shared[1]! + shared[3]!, shared[2]! + shared[3]!];
  const parts = subject.split(/[、和及与]/).filter(Boolean);
  if (parts.length !== count) return null;
  const first = parts[0];
  const last = parts[parts.length - 1];
  return parts.map((part, i) => {
    // 刑事、治安、两抢警情 → 刑事警情; 城市、农村最低生活保障标准 → 城市最低生活保障标准
    if (i < parts.length - 1 && part.length <= 3 && last.length > part.length + 1)
      return part + last.slice(part.length);
    if (i > 0 && HEADS.includes(part)) {
      const head = HEADS.find((h) => first.endsWith(h));
      if (head) return first.slice(0, first.length - head.length) + part;
    }
    return part;
  });
}

export function extractFigures(report: string, options: ExtractOptions): Figure[] {
  // what the rules read; its offsets are the report's (reading-copy.ts)
  const text = readingCopy(report);
  const quantities = findQuantities(text);
  const drafts: Draft[] = [];
  let qi = 0;
  for (const sentence of segment(text, options.reportYear)) {
    const inSentence: Quantity[] = [];
    while (qi < quantities.length && quantities[qi].start < sentence.end) {
      if (quantities[qi].start >= sentence.start) inSentence.push(quantities[qi]);
      qi++;
    }
    if (sentence.section === 'notes' || inSentence.length === 0) continue;
    const sentenceDrafts: Draft[] = [];
    // indexes of sentenceDrafts that are changes from a base (比上年增加42亿元)
    const changes = new Set<number>();
    let consumedEnd = sentence.start;
    let previous: string | null = null;
    // figures whose subject came from the figure before them, for 分别 (respectively) lists
    let chain: number[] = [];
    // 城镇居民人均可支配收入42680元、农村居民人均可支配收入21350元,分别增长4.9%和6.8%: 分别 refers back to
    // the things the figures before it named, one each, in order
    const namedBefore = (at: number, count: number): string[] | null => {
      const named = sentenceDrafts.slice(Math.max(0, at - count), at).map((d) => d.subject);
      return named.length === count && named.every(Boolean) && new Set(named).size === count ? named : null;
    };
    const flushChain = () => {
      if (chain.length > 1) {
        const first = sentenceDrafts[chain[0]];
        // Without 分别 a list is still respectively when it joins as many things with 和 as it has
        // figures (一般公共预算收入和支出1.9亿元、1.2亿元), or names 城乡 (urban and rural): 增长4.3%、7.6%.
        // Not a 、 list: 存、贷款余额 shares one head, which only 分别 says to split.
        const clause = clauseOf(text.slice(sentence.start, first.source.start));
        const listed =
          /^城乡/.test(first.subject) || (/[和与及]/.test(first.subject) && !/、/.test(first.subject));
        const parts =
          /分别/.test(clause) || listed
            ? (splitRespectively(first.subject, chain.length) ?? namedBefore(chain[0]!, chain.length))
            : null;
        if (parts)
          chain.forEach((idx, k) => (sentenceDrafts[idx] = { ...sentenceDrafts[idx], subject: parts[k] }));
      }
      chain = [];
    };
    inSentence.forEach((q, k) => {
      // the three parts of an industry structure ratio are read from the words before the ratio
      const sentencePrefix = text.slice(sentence.start, q.industry?.ratioStart ?? q.start);
      const clausePrefix = clauseOf(sentencePrefix);
      const clauseStart = (q.industry?.ratioStart ?? q.start) - clausePrefix.length;
      const next = inSentence[k + 1];
      const clauseText = text.slice(Math.max(clauseStart, consumedEnd), q.start);
      const subjectInput = {
        text,
        figureEnd: q.end,
        previous,
        nextNoun: next && touching(text, q.end, next.start) ? nounAfter(text, next.end).noun : undefined,
      };
      let found = subjectOf({ ...subjectInput, before: clauseText });
      // 地区生产总值:218.6亿元, 规上工业增加值:增长8.2% (a 图解 page's label and its figure): when the clause
      // names nothing, the label before the colon does
      const label = found.subject === '' ? LABEL_BEFORE.exec(squeeze(sentencePrefix))?.[1] : undefined;
      if (label) found = subjectOf({ ...subjectInput, before: label });
      const subject = q.industry ? INDUSTRY_SHARE[q.industry.part - 1]! : found.subject;
      const used = found.consumedEnd;
      const inherited = previous !== null && subject === previous && consumedEnd > clauseStart;
      if (!inherited) flushChain();
      chain.push(sentenceDrafts.length);
      consumedEnd = Math.max(q.end, used);
      previous = subject;
      const classified = classify({
        quantity: q,
        sentencePrefix,
        clausePrefix,
        section: sentence.section,
        reportYear: options.reportYear,
        sessionMonth: options.sessionMonth,
        term: sentence.term,
        estimateCarried: sentence.estimateCarried,
        spanOpener: sentence.spanOpener,
        after: text.slice(q.end, Math.min(sentence.end, q.end + 12)),
      });
      const c = q.industry
        ? {
            ...classified,
            measure: 'share' as const,
            direction: undefined,
            rateBasis: undefined,
            cumulative: false,
          }
        : classified;
      // 存款余额586亿元,比上年增加42亿元: the change is no balance; no indicator would chart it honestly
      const change = c.measure === 'level' && isChangeFromBase(clausePrefix);
      if (change) changes.add(sentenceDrafts.length);
      const indicator = change
        ? null
        : matchIndicator(options.catalogue, {
            subject,
            measure: c.measure,
            baseUnit: q.baseUnit,
            unit: q.unit,
          });
      sentenceDrafts.push({
        county: options.county,
        indicator,
        subject,
        kind: c.kind,
        measure: c.measure,
        // a growth keeps its size and says it falls (direction); any other measure is signed
        value: q.negative && c.measure !== 'growth' ? -q.value : q.value,
        ...(q.valueHi !== undefined ? { valueHi: q.valueHi } : {}),
        unit: q.unit,
        baseValue: q.negative && c.measure !== 'growth' ? -q.baseValue : q.baseValue,
        ...(q.baseValueHi !== undefined ? { baseValueHi: q.baseValueHi } : {}),
        baseUnit: q.baseUnit,
        comparator: q.comparator,
        ...(c.direction ? { direction: c.direction } : {}),
        ...(c.rateBasis ? { rateBasis: c.rateBasis } : {}),
        cumulative: c.cumulative,
        period: c.period,
        source: {
          seed: options.seed,
          start: q.start,
          end: q.end,
          sentence: report.slice(sentence.start, sentence.end),
          sentenceStart: sentence.start,
        },
      });
    });
    flushChain();
    // the indicator follows the subject, so match again where 分别 changed it
    for (const [i, draft] of sentenceDrafts.entries()) {
      const d = { ...draft, subject: clip(draft.subject, 30) };
      const indicator = changes.has(i) ? null : matchIndicator(options.catalogue, d);
      drafts.push(indicator === d.indicator ? d : { ...d, indicator });
    }
  }
  // a statistics table's cells (stat-table.ts) in document order with the sentences' figures
  // (read line by line before a PDF's broken lines are joined: a table's rows are lines of their own)
  const cells = readStatTables(foldFullWidth(blankMarkup(report)), options.reportYear);
  const inTable = (start: number) => cells.some((c) => start >= c.rowStart && start < c.rowEnd);
  const all = [
    ...drafts.filter((d) => !inTable(d.source.start)),
    ...cells.map((cell) => tableDraft(cell, report, options)),
  ].sort((a, b) => a.source.start - b.source.start);
  const corrected = applyCorrections(all, text, options.seed, options.corrections ?? [], options.catalogue);
  const width = Math.max(4, String(corrected.length).length);
  return corrected.map((d, i) => ({ id: `${options.county}-${String(i + 1).padStart(width, '0')}`, ...d }));
}

/** A table cell as a figure: its row is its sentence, its subject the row's name. */
function tableDraft(cell: TableCell, report: string, options: ExtractOptions): Draft {
  const indicator = matchIndicator(options.catalogue, {
    subject: cell.subject,
    measure: cell.measure,
    baseUnit: cell.baseUnit,
    unit: cell.unit,
  });
  return {
    county: options.county,
    indicator,
    subject: clip(cell.subject, 30),
    kind: cell.kind,
    measure: cell.measure,
    value: cell.value,
    ...(cell.valueHi !== undefined ? { valueHi: cell.valueHi } : {}),
    ...(cell.baseValueHi !== undefined ? { baseValueHi: cell.baseValueHi } : {}),
    unit: cell.unit,
    baseValue: cell.baseValue,
    baseUnit: cell.baseUnit,
    comparator: cell.comparator,
    ...(cell.direction ? { direction: cell.direction, rateBasis: 'per-year' as const } : {}),
    cumulative: false,
    period: cell.period,
    source: {
      seed: options.seed,
      start: cell.start,
      end: cell.end,
      sentence: report.slice(cell.rowStart, cell.rowEnd),
      sentenceStart: cell.rowStart,
    },
  };
}
