import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './cli.js';
import { extractFigures } from './extract.js';
import { blankMarkup, FILLER } from './markup.js';

describe('web-page markup in a report', () => {
  it('reads entities as their characters and tags as line breaks, one unit for one', () => {
    const text = '生产总值286.4&nbsp;亿元<br>&ldquo;十四五&rdquo;&#12290;&unknown;';
    const copy = blankMarkup(text);
    expect(copy).toHaveLength(text.length);
    expect(copy.replaceAll(FILLER, '')).toBe('生产总值286.4 亿元\n“十四五”。&unknown;');
  });

  it('extracts figures across entities, quoting the page as written', () => {
    const text =
      '一、2018年工作回顾\n经初步核算,全县实现地区生产总值286.4&nbsp;亿元,增长7.3%;<br>财政收入12.6亿元。';
    const figures = extractFigures(text, {
      county: 'test',
      seed: 'test.txt',
      reportYear: 2019,
      catalogue: loadCatalogue(),
    });
    expect(figures.map((f) => [text.slice(f.source.start, f.source.end), f.indicator])).toEqual([
      ['286.4&nbsp;亿元', 'gdp'],
      ['7.3%', 'gdp-growth'],
      ['12.6亿元', 'budget-revenue'],
    ]);
  });
});
