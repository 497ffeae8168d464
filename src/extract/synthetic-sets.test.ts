import { describe, expect, it } from 'vitest';
import type { Totals } from './fixtures/synthetic-kit/evaluate.js';
import { evaluateSynthetic } from './fixtures/synthetic/evaluate.js';
import { evaluateSynthetic2 } from './fixtures/synthetic-2/evaluate.js';
import { evaluateSynthetic3 } from './fixtures/synthetic-3/evaluate.js';
import { evaluateSynthetic4 } from './fixtures/synthetic-4/evaluate.js';
import { evaluateSynthetic5 } from './fixtures/synthetic-5/evaluate.js';
import { evaluateSynthetic6 } from './fixtures/synthetic-6/evaluate.js';
import { evaluateSynthetic7 } from './fixtures/synthetic-7/evaluate.js';
import { evaluateSynthetic8 } from './fixtures/synthetic-8/evaluate.js';
import { evaluateSynthetic9 } from './fixtures/synthetic-9/evaluate.js';

/**
 * The nine blind synthetic sets (fixtures/synthetic*, README "Accuracy of the extraction"): report texts in
 * the forms real reports take, written and annotated before the extractor ran on them.
 * - set 1 (full-width punctuation, a PDF scrape, a December session, Chinese-numeral dates, a news page, a
 *   long task list, pre-2014 names): first years 7/8, recall 98.2%, all fields 86.0% of matched; tuned since.
 * - set 2 (a whole district report, a banner, a mid-year report, Chinese numerals, a table as text, a
 *   plan-only excerpt, a report for 2027, traps): first years 8/8, recall 96.0%, precision 99.5%, all fields
 *   94.6% of matched; tuned since (what is left: a table's cells, “十五五” goals in its second year).
 * - set 3 (2016–2026, eight more forms): first years 8/8, recall 99.3%, precision 99.9%, all fields 95.2% of
 *   matched; held out for one session, then its misses fixed by general rules (a “十二五”时期和2015年 review,
 *   units 幢/列/箱/辆次/亩次, subjects of 由…提升到, 到年底累计, 其中, 涉及): 100%, 100%, 99.9%.
 * - set 4 (2017–2026: a mid-year new-term banner, a PDF copy, a web scrape, a December session, ethnic
 *   counties): first years 8/8, recall 99.9%, precision 99.9%, all fields 93.2% of matched (the README's honest
 *   number); fixed since by general rules: 100%, 99.9%, 100%.
 * - set 5 (eight whole reports, 2018–2026, a statistics table, a PDF scrape, a December session): first years
 *   8/8, recall 99.8%, precision 99.8%, all fields 95.6% of matched (the README's honest number, measured after
 *   set 4's fixes); fixed since: 99.9%, 100%, 98.9%.
 * - set 6 (older and rarer forms, 2013–2020 and 2025–2026: structure ratios, Chinese-numeral amounts, a spring
 *   session): first years 8/8, recall 97.5%, precision 98.8%, all fields 94.8% of matched (the README's honest
 *   number, measured after set 5's fixes); fixed since: 100%, 100%, 98.8%.
 * - set 7 (texts as people copy them: a web page's markup, Word bullets, a newspaper abstract, an urban district,
 *   forestry, pastoral, industrial and tourism counties): first years 8/8, recall 99.8%, precision 100%, all
 *   fields 98.0% of matched (measured after set 6's fixes); fixed since: 100%, 100%, 99.5%.
 * - set 8 (news pages of the session, a 一图读懂 page, a plan excerpt with its table, 2011–2026): first years 8/8,
 *   recall 98.1%, precision 99.9%, all fields 89.7% of matched (the README's honest number for those forms,
 *   measured after set 7's fixes); fixed since: 99.1%, 100%, 95.2%.
 * - set 9 (five long whole reports of ordinary counties, 2019–2026): first years 5/5, recall 100%, precision
 *   99.7%, all fields 93.9% of matched (measured after set 8's fixes); fixed since: 100%, 99.7%, 97.2%.
 */
interface Bar {
  readonly recall: number;
  /** Share of what it extracts that is a figure; undefined: no false positive at all. */
  readonly precision?: number;
  /** Each field right among matched figures. */
  readonly fields?: number;
  readonly allRightOfMatched?: number;
  readonly allRightOfGraded?: number;
  /** Texts in the set (8 unless said). */
  readonly texts?: number;
}

const sets: ReadonlyArray<readonly [string, () => { totals: Totals }, Bar]> = [
  ['the blind synthetic set', evaluateSynthetic, { recall: 0.99, fields: 0.98, allRightOfGraded: 0.98 }],
  [
    'the second blind synthetic set',
    evaluateSynthetic2,
    { recall: 0.96, fields: 0.96, allRightOfMatched: 0.96 },
  ],
  [
    'the third blind synthetic set',
    evaluateSynthetic3,
    { recall: 0.99, fields: 0.99, allRightOfMatched: 0.99 },
  ],
  [
    'the fourth blind synthetic set',
    evaluateSynthetic4,
    { recall: 0.99, precision: 0.99, fields: 0.99, allRightOfMatched: 0.99 },
  ],
  [
    'the fifth blind synthetic set',
    evaluateSynthetic5,
    { recall: 0.99, fields: 0.98, allRightOfMatched: 0.98 },
  ],
  [
    'the sixth blind synthetic set',
    evaluateSynthetic6,
    { recall: 0.99, fields: 0.98, allRightOfMatched: 0.98 },
  ],
  [
    'the seventh blind synthetic set',
    evaluateSynthetic7,
    { recall: 0.99, fields: 0.99, allRightOfMatched: 0.99 },
  ],
  [
    'the eighth blind synthetic set',
    evaluateSynthetic8,
    { recall: 0.99, fields: 0.96, allRightOfMatched: 0.95 },
  ],
  [
    'the ninth blind synthetic set',
    evaluateSynthetic9,
    { recall: 0.99, precision: 0.99, fields: 0.97, allRightOfMatched: 0.97, texts: 5 },
  ],
];

const share = (n: number, of: number): number => n / of;

for (const [name, evaluate, bar] of sets) {
  describe(`extractor on ${name}`, () => {
    const { totals } = evaluate();

    it(`infers every report year (or asks for it), finds ≥${bar.recall * 100}% of figures`, () => {
      expect(totals.texts).toBe(bar.texts ?? 8);
      expect(totals.yearsRight).toBe(totals.texts);
      expect(share(totals.matched, totals.graded)).toBeGreaterThanOrEqual(bar.recall);
      if (bar.precision === undefined) expect(totals.fp).toBe(0);
      else expect(share(totals.matched, totals.matched + totals.fp)).toBeGreaterThanOrEqual(bar.precision);
    });

    it('reads the figures it finds right', () => {
      if (bar.fields !== undefined)
        for (const field of Object.keys(totals.fieldsRight) as (keyof typeof totals.fieldsRight)[])
          expect(share(totals.fieldsRight[field], totals.matched), field).toBeGreaterThanOrEqual(bar.fields);
      if (bar.allRightOfMatched !== undefined)
        expect(share(totals.allRight, totals.matched)).toBeGreaterThanOrEqual(bar.allRightOfMatched);
      if (bar.allRightOfGraded !== undefined)
        expect(share(totals.allRight, totals.graded)).toBeGreaterThanOrEqual(bar.allRightOfGraded);
    });
  });
}
