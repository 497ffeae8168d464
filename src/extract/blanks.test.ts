import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { County, Figure } from '../data/types.js';
import { compact, originalSlice, skipBlanks, skipBlanksBack, squeeze } from './blanks.js';
import { loadCatalogue } from './cli.js';
import { extractFigures } from './extract.js';

describe('compact', () => {
  it('drops blanks between Chinese words and numbers, keeps them between two ASCII words', () => {
    expect(squeeze(' 2021 年 1 月\u3000GDP 增长 5 %')).toBe('2021年1月GDP增长5%');
    expect(squeeze('2021 2022')).toBe('2021 2022');
    expect(squeeze('一行\n 二行')).toBe('一行\n二行');
  });

  it('maps every compacted offset back to the original text', () => {
    const text = '达到 230 亿元 ,增长';
    const c = compact(text);
    const at = c.text.indexOf('230亿元');
    expect(originalSlice(text, c, at, at + '230亿元'.length)).toBe('230 亿元');
    expect(c.offsets).toHaveLength(c.text.length + 1);
    [...c.text].forEach((ch, i) => expect(text[c.offsets[i]]).toBe(ch));
  });

  it('skips short blank runs only', () => {
    expect(skipBlanks('5 亿', 1)).toBe(2);
    expect(skipBlanks('5    亿', 1)).toBe(1);
    expect(skipBlanksBack('突破 5', 3)).toBe(2);
  });
});

/**
 * A seed as a PDF scrape would give it: blanks around every number ("2021 年", "29.93 万亩", "增长 5.2 %") and
 * before punctuation ("2.4亿元 ,").
 * The extractor must find the same figures, with spans that cover the same words.
 */
function scrape(text: string, blank: string): string {
  return text
    .replace(/(?<=[\u4e00-\u9fff])(?=\d)/g, blank)
    .replace(/(?<=\d)(?=[\u4e00-\u9fff%])/g, blank)
    .replace(/(?=[,,。;;、])/g, blank);
}

const counties = JSON.parse(readFileSync('seeds/counties.json', 'utf8')) as County[];
const catalogue = loadCatalogue();

const essentials = (f: Figure) => {
  const { id, county, source, ...rest } = f;
  void source;
  return { id, county, ...rest };
};

describe('seeds with blanks around every number', () => {
  it.each(
    counties.flatMap((c) => [[c.id, 'ASCII', ' ', c] as const, [c.id, 'full-width', '\u3000', c] as const]),
  )('%s with %s blanks yields the same figures', (_, _name, blank, county) => {
    const original = readFileSync(`seeds/${county.report.seed}`, 'utf8');
    const spaced = scrape(original, blank);
    expect(spaced.length).toBeGreaterThan(original.length);
    const options = {
      county: county.id,
      seed: county.report.seed,
      reportYear: county.report.year,
      catalogue,
    };
    const want = extractFigures(original, options);
    const got = extractFigures(spaced, options);
    // the rules alone (corrections.json quotes the seeds' own sentences, so it is left out on both sides)
    expect(got.map(essentials)).toEqual(want.map(essentials));
    got.forEach((f, i) => {
      const w = want[i];
      expect(squeeze(spaced.slice(f.source.start, f.source.end))).toBe(
        squeeze(original.slice(w.source.start, w.source.end)),
      );
      expect(/^[ \u3000]|[ \u3000]$/.test(spaced.slice(f.source.start, f.source.end))).toBe(false);
    });
  });
});
