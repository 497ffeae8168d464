import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { County, Figure } from '../data/types.js';
import { loadCatalogue, loadCorrections } from './cli.js';
import { extractFigures } from './extract.js';
import { foldFullWidth } from './punctuation.js';
import { inferYear } from './year.js';

/**
 * County websites publish reports with full-width punctuation and often full-width digits
 * (地区生产总值增长６．２％；…); the seeds and stored page texts use ASCII forms. The same report in
 * either form must give the same figures, quoted from the form it came in.
 */
const WIDENED = /[0-9.,;:()%!?]/g;
const widen = (text: string): string =>
  text.replace(WIDENED, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const catalogue = loadCatalogue();
const corrections = loadCorrections();
const counties = JSON.parse(readFileSync('seeds/counties.json', 'utf8')) as County[];
const unseenDir = 'src/extract/fixtures/unseen';
const unseen = readdirSync(unseenDir)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => ({ file, text: readFileSync(`${unseenDir}/${file}`, 'utf8') }));

const run = (text: string, seed: string, reportYear: number): Figure[] =>
  extractFigures(text, { county: 'x', seed, reportYear, catalogue, corrections });

/** What a figure says, apart from the sentence quoted (which is in the text's own form). */
const meaning = ({ source: { sentence: _quoted, ...place }, ...figure }: Figure) => ({ ...figure, place });

describe('full-width punctuation and digits', () => {
  it('folds full-width ASCII forms and the ideographic space one unit for one', () => {
    expect(foldFullWidth('增长６．２％；控制在４．５％以内（预计）\u3000，')).toBe(
      '增长6.2%;控制在4.5%以内(预计) ,',
    );
    expect(foldFullWidth('、。“”——')).toBe('、。“”——');
  });

  it('a standard review and target paragraph: each figure names its own indicator', () => {
    const text = [
      '2024年，全县地区生产总值完成128.6亿元，同比增长5.8%；规模以上工业增加值增长7.1%；固定资产投资完成46.3亿元，增长9.2%。',
      '2025年主要预期目标是：地区生产总值增长6%左右，固定资产投资增长10%以上，城镇登记失业率控制在4.5%以内。',
    ].join('\n');
    const figures = run(text, 'r.txt', 2025);
    expect(figures.map((f) => [f.kind, f.indicator, f.value, f.comparator])).toEqual([
      ['actual', 'gdp', 128.6, '='],
      ['actual', 'gdp-growth', 5.8, '='],
      ['actual', 'industrial-value-added-growth', 7.1, '='],
      ['actual', 'fixed-asset-investment', 46.3, '='],
      ['actual', 'fixed-asset-investment-growth', 9.2, '='],
      ['target', 'gdp-growth', 6, '~'],
      ['target', 'fixed-asset-investment-growth', 10, '>='],
      ['target', 'urban-unemployment-rate', 4.5, '<='],
    ]);
    for (const f of figures)
      expect(text.slice(f.source.start, f.source.end)).toMatch(/[\d.]+(亿元|%)(左右|以上|以内)?$/);
  });

  for (const county of counties) {
    it(`seed ${county.id}: the same figures in full-width form, quoted as written`, () => {
      const ascii = readFileSync(`seeds/${county.report.seed}`, 'utf8');
      const wide = widen(ascii);
      const asWritten = run(ascii, county.report.seed, county.report.year);
      const fromWide = run(wide, county.report.seed, county.report.year);
      expect(asWritten.length).toBeGreaterThan(5);
      expect(fromWide.map(meaning)).toEqual(asWritten.map(meaning));
      for (const f of fromWide) {
        expect(f.source.sentence).toBe(
          wide.slice(f.source.sentenceStart, f.source.sentenceStart + f.source.sentence.length),
        );
        expect(f.source.sentence).not.toMatch(/[0-9.,;:()%!?]/);
      }
    });
  }

  it('every unseen text: the same inferred year and the same figures in full-width form', () => {
    expect(unseen.length).toBeGreaterThan(20);
    for (const { file, text } of unseen) {
      const year = inferYear(text);
      expect(inferYear(widen(text))?.year, file).toBe(year?.year);
      if (!year) continue;
      expect(run(widen(text), file, year.year).map(meaning), file).toEqual(
        run(text, file, year.year).map(meaning),
      );
    }
  });
});
