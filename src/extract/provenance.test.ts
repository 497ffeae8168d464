import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { County, Figure } from '../data/types.js';
import { findQuantities } from './numbers.js';

const figures = JSON.parse(readFileSync('data/figures.json', 'utf8')) as Figure[];
const counties = JSON.parse(readFileSync('data/counties.json', 'utf8')) as County[];
const seeds = new Map(counties.map((c) => [c.report.seed, readFileSync(`seeds/${c.report.seed}`, 'utf8')]));
const quantities = new Map([...seeds].map(([seed, text]) => [seed, findQuantities(text)]));

describe('provenance of data/figures.json', () => {
  it('has figures for every county, ids in document order', () => {
    for (const county of counties) {
      const own = figures.filter((f) => f.county === county.id);
      expect(own.length, county.id).toBeGreaterThan(5);
      own.forEach((f, i) => {
        expect(f.id).toBe(`${county.id}-${String(i + 1).padStart(4, '0')}`);
        expect(f.source.seed).toBe(county.report.seed);
        if (i > 0) expect(f.source.start).toBeGreaterThan(own[i - 1].source.start);
      });
    }
  });

  it('every figure stands at its span, inside its sentence, as written', () => {
    for (const f of figures) {
      const text = seeds.get(f.source.seed) as string;
      const written = text.slice(f.source.start, f.source.end);
      // the span holds the number as written (digits, a Chinese numeral, 超亿元, 翻一番) and its unit, except a
      // unit borrowed from the next number (81、64和13个工作日) or carried by a noun (6.5万居民)
      expect(written, f.id).toMatch(/[\d一二两三四五六七八九十百亿万]|翻.?番/);
      const borrowed = /^\d+(\.\d+)?$/.test(written);
      const byNoun =
        f.baseUnit === '人' && /^(居民|人口|群众|农民|村民|市民|职工)/.test(text.slice(f.source.end));
      if (!borrowed && !byNoun && !written.startsWith('翻'))
        expect(written.replace(/(?<=[万亿千百\d])[余多]/g, ''), f.id).toContain(f.unit);
      expect(
        text.slice(f.source.sentenceStart, f.source.sentenceStart + f.source.sentence.length),
        f.id,
      ).toBe(f.source.sentence);
      expect(f.source.start, f.id).toBeGreaterThanOrEqual(f.source.sentenceStart);
      expect(f.source.end, f.id).toBeLessThanOrEqual(f.source.sentenceStart + f.source.sentence.length);
    }
  });

  it('re-reading each span gives back the recorded value, unit and comparator', () => {
    for (const f of figures) {
      const q = (quantities.get(f.source.seed) ?? []).find(
        (x) => x.start === f.source.start && x.end === f.source.end,
      );
      expect(q, f.id).toBeDefined();
      expect([q?.value, q?.unit, q?.baseValue, q?.baseUnit, q?.comparator], f.id).toEqual([
        f.value,
        f.unit,
        f.baseValue,
        f.baseUnit,
        f.comparator,
      ]);
    }
  });

  it('periods are ordered and near the report year; growth carries direction and basis', () => {
    const year = new Map(counties.map((c) => [c.id, c.report.year]));
    for (const f of figures) {
      const y = year.get(f.county) as number;
      expect(f.period.start, f.id).toBeLessThanOrEqual(f.period.end);
      expect(f.period.start, f.id).toBeGreaterThanOrEqual(y - 6);
      expect(f.period.end, f.id).toBeLessThanOrEqual(y + 5);
      if (f.measure === 'growth') {
        expect(f.direction, f.id).toBeDefined();
        expect(f.rateBasis, f.id).toBeDefined();
      }
      if (f.kind === 'target') expect(f.period.end, f.id).toBeGreaterThanOrEqual(y);
    }
  });
});
