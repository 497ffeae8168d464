import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationFile } from './fixtures/annotations/annotation.js';
import { evaluateFile, score, type ExtractedFigure } from './evaluate.js';

// Synthetic text: "建设农田29.93万亩,压缩至81、64和13个工作日。(3)第3名"
function ann(id: number, start: number, text: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id: `t.txt#${id}`,
    text,
    occurrence: 0,
    start,
    end: start + text.length,
    value: 1,
    unit: '个',
    baseValue: 1,
    baseUnit: '个',
    comparator: '=',
    kind: 'actual',
    measure: 'level',
    period: { start: 2021, end: 2021 },
    cumulative: false,
    optional: false,
    tags: [],
    sample: false,
    ...over,
  };
}

const file: AnnotationFile = {
  file: 't.txt',
  set: 'seed',
  county: 'test',
  reportYear: 2022,
  covered: [{ lines: [1, 1], start: 0, end: 40 }],
  annotations: [
    ann(1, 4, '29.93万亩', { value: 29.93, unit: '万亩', baseValue: 299300, baseUnit: '亩', sample: true }),
    ann(2, 17, '81', { value: 81, unit: '个工作日', baseValue: 81, baseUnit: '个工作日' }),
    ann(3, 20, '64', { value: 64, unit: '个工作日', baseValue: 64, baseUnit: '个工作日' }),
    ann(4, 23, '13个工作日', {
      value: 13,
      unit: '个工作日',
      baseValue: 13,
      baseUnit: '个工作日',
      kind: 'target',
      period: { start: 2022, end: 2026 },
      accept: { periods: [{ start: 2026, end: 2026 }] },
    }),
    ann(5, 33, '3名', { optional: true }),
  ],
};

function fig(start: number, end: number, over: Partial<ExtractedFigure> = {}): ExtractedFigure {
  return {
    start,
    end,
    value: 1,
    unit: '个',
    baseValue: 1,
    baseUnit: '个',
    comparator: '=',
    kind: 'actual',
    measure: 'level',
    period: { start: 2021, end: 2021 },
    ...over,
  };
}

describe('evaluateFile', () => {
  it('matches overlapping spans one to one, ignores uncovered text and optional figures', () => {
    const extracted = [
      // wider span than annotated, right value
      fig(2, 11, { value: 29.93, unit: '万亩', baseValue: 299300, baseUnit: '亩' }),
      // one span over "81、64": matches only one of the two
      fig(17, 22, { value: 81, unit: '个工作日', baseValue: 81, baseUnit: '个工作日' }),
      // right span, wrong base value; kind right, period accepted as 2026
      fig(23, 30, {
        value: 13,
        unit: '个工作日',
        baseValue: 130,
        baseUnit: '个工作日',
        kind: 'target',
        period: { start: 2026, end: 2026 },
      }),
      fig(29, 31), // "(3)" list number: false positive
      fig(33, 35), // on the optional "3名": neither hit nor false positive
      fig(45, 47), // outside the covered range: ignored
    ];
    const r = evaluateFile(file, extracted);
    expect(r.annotated).toBe(4);
    expect(r.extracted).toBe(4);
    expect(r.matches.map((m) => m.annotation.id)).toEqual(['t.txt#1', 't.txt#2', 't.txt#4']);
    expect(r.misses.map((a) => a.text)).toEqual(['64']);
    expect(r.falsePositives.map((e) => [e.start, e.end])).toEqual([[29, 31]]);
    expect(r.matches.map((m) => m.valueUnit)).toEqual([true, true, false]);
    expect(r.matches[2]!.kind && r.matches[2]!.period).toBe(true);
    expect(r.matches[0]!.period).toBe(true);

    const s = score([r]);
    expect(s.recall).toBeCloseTo(3 / 4);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.valueUnit).toBeCloseTo(2 / 3);
    expect(s.kindPeriod).toBeCloseTo(1);
    expect(s.allRight).toBeCloseTo(2 / 4);
    const sample = score([r], (a) => a.sample);
    expect([sample.annotated, sample.found, sample.allRight]).toEqual([1, 1, 1]);
  });

  it('prefers the larger overlap when two extractions touch one figure', () => {
    const r = evaluateFile(file, [
      fig(10, 18, { value: 9 }),
      fig(17, 19, { value: 81, unit: '个工作日', baseValue: 81, baseUnit: '个工作日' }),
    ]);
    const m = r.matches.find((x) => x.annotation.id === 't.txt#2');
    expect(m?.extracted.value).toBe(81);
    // the first span overlaps 29.93万亩 by 3 characters and matches it, with the wrong value
    expect(r.matches.find((x) => x.annotation.id === 't.txt#1')?.valueUnit).toBe(false);
  });

  it('counts a wrong kind and a wrong period', () => {
    const r = evaluateFile(file, [
      fig(23, 30, {
        value: 13,
        unit: '个工作日',
        baseValue: 13,
        baseUnit: '个工作日',
        period: { start: 2022, end: 2026 },
      }),
    ]);
    expect(r.matches[0]!.valueUnit).toBe(true);
    expect(r.matches[0]!.kind).toBe(false);
    expect(r.matches[0]!.period).toBe(true);
    expect(score([r]).kindPeriod).toBe(0);
  });
});
