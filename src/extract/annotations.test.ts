import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from './fixtures/annotations/build.js';
import { evaluateAll, fileText, loadAnnotations, report, score, type FileResult } from './evaluate.js';

const files = loadAnnotations();
const sourceDir = 'src/extract/fixtures/annotations/src';

describe('hand annotation (the annotation itself is honest)', () => {
  it('covers all five seeds and at least two unseen counties', () => {
    const seeds = files.filter((f) => f.set === 'seed').map((f) => f.file);
    expect(seeds).toEqual(
      readdirSync('seeds')
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    const unseen = files.filter((f) => f.set === 'unseen');
    expect(new Set(unseen.map((f) => f.county)).size).toBeGreaterThanOrEqual(2);
    for (const f of unseen) {
      const meta = JSON.parse(
        readFileSync(`src/extract/fixtures/unseen/${f.file.replace(/\.txt$/, '.json')}`, 'utf8'),
      ) as {
        url: string;
        county: { zh: string };
      };
      expect(meta.url).toMatch(/^https?:\/\//);
      expect(meta.county.zh).toMatch(/[县区旗]$/);
    }
  });

  it('every annotated text stands at its stated occurrence and span', () => {
    for (const f of files) {
      const text = fileText(f);
      for (const a of f.annotations) {
        expect(text.slice(a.start, a.end), a.id).toBe(a.text);
        const positions: number[] = [];
        for (let i = text.indexOf(a.text); i !== -1; i = text.indexOf(a.text, i + 1)) positions.push(i);
        expect(positions[a.occurrence], `${a.id} ${a.text} occurrence ${a.occurrence}`).toBe(a.start);
        expect(
          f.covered.some((c) => a.start >= c.start && a.end <= c.end),
          a.id,
        ).toBe(true);
        expect(a.unit.endsWith(a.baseUnit), a.id).toBe(true);
        expect(a.period.start).toBeLessThanOrEqual(a.period.end);
      }
      const starts = f.annotations.map((a) => a.start);
      expect(starts, f.file).toEqual([...starts].sort((x, y) => x - y));
    }
  });

  it('the committed JSON is what the hand-written sources compile to', () => {
    for (const name of readdirSync(sourceDir).filter((n) => n.endsWith('.ann.txt'))) {
      const compiled = compile(readFileSync(`${sourceDir}/${name}`, 'utf8'), name);
      const committed = files.find((f) => f.file === compiled.file);
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(compiled)));
    }
  });

  it('is large enough: ≥200 graded figures, ≥80 tricky or typical in the sample', () => {
    const graded = files.flatMap((f) => f.annotations).filter((a) => !a.optional);
    expect(graded.length).toBeGreaterThanOrEqual(200);
    const sample = files
      .filter((f) => f.set === 'seed')
      .flatMap((f) => f.annotations.filter((a) => a.sample));
    expect(sample.length).toBeGreaterThanOrEqual(80);
    // every report contributes to the sample
    for (const f of files.filter((x) => x.set === 'seed'))
      expect(
        f.annotations.some((a) => a.sample),
        f.file,
      ).toBe(true);
  });
});

/** The unseen set a text belongs to, by its metadata: first (no heldOut), second, third, fourth, fifth or sixth. */
function setOf(file: string): string {
  const meta = JSON.parse(
    readFileSync(`src/extract/fixtures/unseen/${file.replace(/\.txt$/, '.json')}`, 'utf8'),
  ) as { heldOut?: string };
  return /^(second|third|fourth|fifth|sixth)/.exec(meta.heldOut ?? '')?.[1] ?? 'first';
}

describe('extractor reaches the bar on the independent annotation', () => {
  let results: FileResult[] = [];
  let failure: unknown;

  it('runs (data/figures.json exists, extract.ts exports the API)', async () => {
    try {
      results = await evaluateAll();
    } catch (err) {
      failure = err;
    }
    expect(failure === undefined ? 'ok' : String(failure)).toBe('ok');
    // the report is what npx tsx src/extract/evaluate.ts prints
    console.log(report(results, files));
  }, 120_000);

  it('seeds: ≥90% recall, ≥90% precision, ≥95% value+unit and ≥90% kind+period among found', () => {
    const s = score(results.filter((r) => r.set === 'seed'));
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.valueUnit).toBeGreaterThanOrEqual(0.95);
    expect(s.kindPeriod).toBeGreaterThanOrEqual(0.9);
  });

  it('unseen counties: ≥90% recall, ≥95% value+unit, ≥90% kind', () => {
    const u = score(results.filter((r) => r.set === 'unseen'));
    expect(u.recall).toBeGreaterThanOrEqual(0.9);
    expect(u.valueUnit).toBeGreaterThanOrEqual(0.95);
    expect(u.kind).toBeGreaterThanOrEqual(0.9);
  });

  it('each unseen set on its own: ≥90% recall, ≥95% value+unit, ≥90% kind', () => {
    // sets by their metadata: first unseen set (no heldOut), second to sixth held-out sets
    const unseen = results.filter((r) => r.set === 'unseen');
    const sets = new Map<string, FileResult[]>();
    for (const r of unseen) sets.set(setOf(r.file), [...(sets.get(setOf(r.file)) ?? []), r]);
    expect([...sets.keys()].sort()).toEqual(['fifth', 'first', 'fourth', 'second', 'sixth', 'third']);
    for (const [name, rs] of sets) {
      const u = score(rs);
      expect(u.recall, `${name} set recall`).toBeGreaterThanOrEqual(0.9);
      expect(u.valueUnit, `${name} set value+unit`).toBeGreaterThanOrEqual(0.95);
      expect(u.kind, `${name} set kind`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('unseen counties: the report year is inferred right for every text, and kind+period ≥90%', () => {
    // a wrong year shifts every period of a text (the fourth set's first measurement: 3 of 8 wrong)
    const unseen = results.filter((r) => r.set === 'unseen');
    for (const r of unseen)
      expect(r.inferredYear, r.file).toBe(files.find((f) => f.file === r.file)?.reportYear);
    expect(score(unseen).kindPeriod).toBeGreaterThanOrEqual(0.9);
  });

  it('unseen targets (今年主要预期目标, 力争, ranges, 今后五年 goals): ≥90% found, kind ≥90%, kind+period ≥90%', () => {
    // the fifth set was gathered for its target sections; its first measurement read 11 of 44 as actual
    const unseen = results.filter((r) => r.set === 'unseen');
    const targets = score(unseen, (a) => a.kind === 'target');
    expect(targets.annotated).toBeGreaterThanOrEqual(80);
    expect(targets.recall).toBeGreaterThanOrEqual(0.9);
    expect(targets.valueUnit).toBeGreaterThanOrEqual(0.95);
    expect(targets.kind).toBeGreaterThanOrEqual(0.9);
    expect(targets.kindPeriod).toBeGreaterThanOrEqual(0.9);
    const fifth = score(
      unseen.filter((r) => setOf(r.file) === 'fifth'),
      (a) => a.kind === 'target',
    );
    expect(fifth.annotated).toBeGreaterThanOrEqual(40);
    expect(fifth.kind).toBeGreaterThanOrEqual(0.9);
  });

  it('sixth set (report openings: title block, date line, 预计(下同) reviews): ≥90% recall, kind ≥90%, kind+period ≥90%', () => {
    // gathered as the beginnings of whole reports; its blind measurement had every figure right
    const sixth = results.filter((r) => r.set === 'unseen' && setOf(r.file) === 'sixth');
    const s = score(sixth);
    expect(s.annotated).toBeGreaterThanOrEqual(50);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.valueUnit).toBeGreaterThanOrEqual(0.95);
    expect(s.kind).toBeGreaterThanOrEqual(0.9);
    expect(s.kindPeriod).toBeGreaterThanOrEqual(0.9);
    // the reviews under 预计(下同)/(预计数,下同) are estimates of the year reviewed
    const estimates = score(sixth, (a) => a.kind === 'estimate');
    expect(estimates.annotated).toBeGreaterThanOrEqual(15);
    expect(estimates.kindPeriod).toBeGreaterThanOrEqual(0.9);
  });

  it('the tricky/typical sample is extracted with the right value, unit, kind and period', () => {
    const s = score(
      results.filter((r) => r.set === 'seed'),
      (a) => a.sample,
    );
    expect(s.annotated).toBeGreaterThanOrEqual(80);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.valueUnit).toBeGreaterThanOrEqual(0.95);
    expect(s.kindPeriod).toBeGreaterThanOrEqual(0.9);
  });
});
