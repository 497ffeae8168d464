/**
 * Measures the extractor against the independent hand annotation in `fixtures/annotations/`.
 *
 * Seeds: the committed `data/figures.json`. Unseen texts: the extractor run on
 * `fixtures/unseen/*.txt` without their year (it must infer it from the text).
 * Only figures inside each file's covered ranges count. Run: npx tsx src/extract/evaluate.ts
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Comparator, FigureKind, Measure, Period } from '../data/types.js';
import type { Annotation, AnnotationFile } from './fixtures/annotations/annotation.js';

/** What the evaluation needs of an extracted figure (a subset of `Figure`, span flattened). */
export interface ExtractedFigure {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueHi?: number;
  readonly unit: string;
  readonly baseValue: number;
  readonly baseUnit: string;
  readonly comparator: Comparator;
  readonly kind: FigureKind;
  readonly measure: Measure;
  readonly period: Period;
}

export interface Match {
  readonly annotation: Annotation;
  readonly extracted: ExtractedFigure;
  readonly valueUnit: boolean;
  readonly kind: boolean;
  readonly period: boolean;
  readonly comparator: boolean;
  readonly measure: boolean;
}

export interface FileResult {
  readonly file: string;
  readonly set: 'seed' | 'unseen';
  /** Graded (non-optional) annotations. */
  readonly annotated: number;
  /** Extracted figures inside the covered text, less those matched to optional annotations. */
  readonly extracted: number;
  readonly matches: readonly Match[];
  readonly misses: readonly Annotation[];
  readonly falsePositives: readonly ExtractedFigure[];
  /** Unseen texts: the report year the extractor inferred (null: none, so nothing was extracted). */
  readonly inferredYear?: number | null;
}

export interface Scores {
  readonly annotated: number;
  readonly extracted: number;
  readonly found: number;
  readonly recall: number;
  readonly precision: number;
  readonly valueUnit: number;
  readonly kind: number;
  readonly kindPeriod: number;
  readonly comparator: number;
  readonly measure: number;
  /** Found with right value, unit, kind and period, over all graded annotations. */
  readonly allRight: number;
}

const EPS = 1e-9;

function close(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

const normUnit = (u: string): string => u.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

export function valueUnitRight(a: Annotation, e: ExtractedFigure): boolean {
  const readings = [a, ...(a.accept?.readings ?? [])];
  return readings.some(
    (r) =>
      close(e.value, r.value) &&
      close(e.valueHi, r.valueHi) &&
      normUnit(e.unit) === normUnit(r.unit) &&
      close(e.baseValue, r.baseValue) &&
      normUnit(e.baseUnit) === normUnit(r.baseUnit),
  );
}

export const kindRight = (a: Annotation, e: ExtractedFigure): boolean =>
  e.kind === a.kind || (a.accept?.kinds ?? []).includes(e.kind);

export const periodRight = (a: Annotation, e: ExtractedFigure): boolean =>
  [a.period, ...(a.accept?.periods ?? [])].some((p) => p.start === e.period.start && p.end === e.period.end);

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * One-to-one matching by overlapping spans: pairs with the largest overlap are taken first
 * (ties: closest starts), so 3.5亿元、1.5亿元 extracted as one span matches only one figure.
 */
export function evaluateFile(file: AnnotationFile, extractedAll: readonly ExtractedFigure[]): FileResult {
  const extracted = extractedAll.filter((e) => file.covered.some((c) => overlap(c, e) > 0));
  const pairs: { a: number; e: number; ov: number; gap: number }[] = [];
  file.annotations.forEach((a, ai) =>
    extracted.forEach((e, ei) => {
      const ov = overlap(a, e);
      if (ov > 0) pairs.push({ a: ai, e: ei, ov, gap: Math.abs(a.start - e.start) });
    }),
  );
  pairs.sort((x, y) => y.ov - x.ov || x.gap - y.gap || x.a - y.a || x.e - y.e);
  const aTaken = new Map<number, number>();
  const eTaken = new Set<number>();
  for (const p of pairs) {
    if (aTaken.has(p.a) || eTaken.has(p.e)) continue;
    aTaken.set(p.a, p.e);
    eTaken.add(p.e);
  }
  const matches: Match[] = [];
  const misses: Annotation[] = [];
  let optionalHits = 0;
  file.annotations.forEach((a, ai) => {
    const ei = aTaken.get(ai);
    if (ei === undefined) {
      if (!a.optional) misses.push(a);
      return;
    }
    if (a.optional) {
      optionalHits++;
      return;
    }
    const e = extracted[ei]!;
    matches.push({
      annotation: a,
      extracted: e,
      valueUnit: valueUnitRight(a, e),
      kind: kindRight(a, e),
      period: periodRight(a, e),
      comparator: e.comparator === a.comparator,
      measure: e.measure === a.measure,
    });
  });
  // An unmatched extraction lying on an optional annotation is not counted against precision.
  const falsePositives = extracted.filter(
    (e, ei) => !eTaken.has(ei) && !file.annotations.some((a) => a.optional && overlap(a, e) > 0),
  );
  const ignored = extracted.filter(
    (e, ei) => !eTaken.has(ei) && file.annotations.some((a) => a.optional && overlap(a, e) > 0),
  ).length;
  return {
    file: file.file,
    set: file.set,
    annotated: file.annotations.filter((a) => !a.optional).length,
    extracted: extracted.length - optionalHits - ignored,
    matches,
    misses,
    falsePositives,
  };
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

export function score(results: readonly FileResult[], only?: (a: Annotation) => boolean): Scores {
  const keep = only ?? (() => true);
  const matches = results.flatMap((r) => r.matches).filter((m) => keep(m.annotation));
  const annotated = only
    ? results.flatMap((r) => [...r.matches.map((m) => m.annotation), ...r.misses]).filter(keep).length
    : results.reduce((s, r) => s + r.annotated, 0);
  const extracted = results.reduce((s, r) => s + r.extracted, 0);
  const found = matches.length;
  const count = (f: (m: Match) => boolean): number => matches.filter(f).length;
  return {
    annotated,
    extracted,
    found,
    recall: ratio(found, annotated),
    precision: only ? NaN : ratio(found, extracted),
    valueUnit: ratio(
      count((m) => m.valueUnit),
      found,
    ),
    kind: ratio(
      count((m) => m.kind),
      found,
    ),
    kindPeriod: ratio(
      count((m) => m.kind && m.period),
      found,
    ),
    comparator: ratio(
      count((m) => m.comparator),
      found,
    ),
    measure: ratio(
      count((m) => m.measure),
      found,
    ),
    allRight: ratio(
      count((m) => m.valueUnit && m.kind && m.period),
      annotated,
    ),
  };
}

// ---------------------------------------------------------------- IO and report

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const annotationDir = join(here, 'fixtures/annotations');
const unseenDir = join(here, 'fixtures/unseen');

export function loadAnnotations(): AnnotationFile[] {
  return readdirSync(annotationDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(annotationDir, f), 'utf8')) as AnnotationFile);
}

export function fileText(file: AnnotationFile): string {
  return readFileSync(
    file.set === 'seed' ? join(root, 'seeds', file.file) : join(unseenDir, file.file),
    'utf8',
  );
}

interface FigureRecord {
  readonly value: number;
  readonly valueHi?: number;
  readonly unit: string;
  readonly baseValue: number;
  readonly baseUnit: string;
  readonly comparator: Comparator;
  readonly kind: FigureKind;
  readonly measure: Measure;
  readonly period: Period;
  readonly source: { readonly seed: string; readonly start: number; readonly end: number };
}

const flatten = (f: FigureRecord): ExtractedFigure => ({
  start: f.source.start,
  end: f.source.end,
  value: f.value,
  ...(f.valueHi === undefined ? {} : { valueHi: f.valueHi }),
  unit: f.unit,
  baseValue: f.baseValue,
  baseUnit: f.baseUnit,
  comparator: f.comparator,
  kind: f.kind,
  measure: f.measure,
  period: f.period,
});

/** The committed dataset's figures, by seed file. */
export function loadSeedFigures(): Map<string, ExtractedFigure[]> {
  const path = join(root, 'data/figures.json');
  if (!existsSync(path)) throw new Error('data/figures.json does not exist yet: run `npm run data`');
  const figures = JSON.parse(readFileSync(path, 'utf8')) as FigureRecord[];
  const bySeed = new Map<string, ExtractedFigure[]>();
  for (const f of figures) bySeed.set(f.source.seed, [...(bySeed.get(f.source.seed) ?? []), flatten(f)]);
  return bySeed;
}

interface ExtractApi {
  extractFigures(
    text: string,
    options: {
      seed: string;
      county: string;
      reportYear: number;
      sessionMonth?: number;
      catalogue: readonly unknown[];
    },
  ): readonly FigureRecord[];
}
interface YearApi {
  inferYear(text: string): { year: number } | null;
  sessionDate?(text: string): { year: number; month: number } | null;
}

/** An unseen text run through the extractor's exported API, with the year it inferred (null: none). */
export interface UnseenRun {
  readonly figures: ExtractedFigure[];
  readonly inferredYear: number | null;
}

/**
 * Runs the extractor on an unseen text the way a newsroom would: no year (inferred from the
 * text by the extractor's own `inferYear`), no corrections, the committed catalogue.
 */
export async function extractUnseen(file: AnnotationFile): Promise<UnseenRun> {
  // Computed specifiers: the extractor is written concurrently and may not exist yet.
  const extractPath = './extract.js';
  const yearPath = './year.js';
  const api = (await import(extractPath)) as Partial<ExtractApi>;
  const years = (await import(yearPath)) as Partial<YearApi>;
  if (typeof api.extractFigures !== 'function')
    throw new Error('src/extract/extract.ts exports no extractFigures');
  if (typeof years.inferYear !== 'function') throw new Error('src/extract/year.ts exports no inferYear');
  const text = fileText(file);
  const inferred = years.inferYear(text);
  if (!inferred) return { figures: [], inferredYear: null };
  const catalogue = JSON.parse(readFileSync(join(root, 'data/indicators.json'), 'utf8')) as unknown[];
  // as the CLI does: the session's month when the title block dates it in the year planned for
  const given = years.sessionDate?.(text);
  const figures = api.extractFigures(text, {
    seed: file.file,
    county: file.county,
    reportYear: inferred.year,
    ...(given?.year === inferred.year ? { sessionMonth: given.month } : {}),
    catalogue,
  });
  return { figures: figures.map(flatten), inferredYear: inferred.year };
}

export async function evaluateAll(): Promise<FileResult[]> {
  const files = loadAnnotations();
  const seedFigures = loadSeedFigures();
  const results: FileResult[] = [];
  for (const file of files) {
    if (file.set === 'seed') {
      results.push(evaluateFile(file, seedFigures.get(file.file) ?? []));
    } else {
      const run = await extractUnseen(file);
      results.push({ ...evaluateFile(file, run.figures), inferredYear: run.inferredYear });
    }
  }
  return results;
}

const pct = (x: number): string => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(1)}%`);

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 12), start)}【${text.slice(start, end)}】${text.slice(end, end + 6)}`.replace(
    /\s+/g,
    ' ',
  );
}

const showPeriod = (p: Period): string => (p.start === p.end ? `${p.start}` : `${p.start}–${p.end}`);

export function report(results: readonly FileResult[], files: readonly AnnotationFile[]): string {
  const texts = new Map(files.map((f) => [f.file, fileText(f)]));
  const seeds = results.filter((r) => r.set === 'seed');
  const unseen = results.filter((r) => r.set === 'unseen');
  const s = score(seeds);
  const u = score(unseen);
  const sample = score(seeds, (a) => a.sample);
  const lines: string[] = [];
  const row = (name: string, x: Scores): string =>
    `| ${name} | ${x.annotated} | ${x.extracted} | ${x.found} | ${pct(x.recall)} | ${pct(x.precision)} | ${pct(x.valueUnit)} | ${pct(x.kindPeriod)} | ${pct(x.kind)} | ${pct(x.comparator)} | ${pct(x.measure)} | ${pct(x.allRight)} |`;
  lines.push(
    '| file | annotated | extracted | found | recall | precision | value+unit | kind+period | kind | comparator | measure | all right |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) => row(r.file, score([r]))),
    row('**seeds**', s),
    row('**seed sample**', sample),
    row('**unseen**', u),
    '',
    'Bar: seeds recall ≥90%, precision ≥90%, value+unit ≥95%, kind+period ≥90%; unseen recall ≥90%, value+unit ≥95%, kind ≥90%.',
  );
  for (const r of results) {
    const text = texts.get(r.file)!;
    const wrongValue = r.matches.filter((m) => !m.valueUnit);
    const wrongKindPeriod = r.matches.filter((m) => !(m.kind && (r.set === 'unseen' || m.period)));
    const file = files.find((f) => f.file === r.file);
    const yearLine =
      r.inferredYear === undefined
        ? ''
        : `Report year inferred: ${r.inferredYear ?? 'none'} (annotated: ${file?.reportYear}).`;
    const clean =
      !r.misses.length &&
      !r.falsePositives.length &&
      !wrongValue.length &&
      !r.matches.some((m) => !m.kind || !m.period);
    if (clean) {
      if (yearLine) lines.push('', `## ${r.file}`, '', yearLine);
      continue;
    }
    lines.push('', `## ${r.file}`);
    if (yearLine) lines.push('', yearLine);
    if (r.misses.length) {
      lines.push('', `Missed (${r.misses.length}):`);
      for (const a of r.misses)
        lines.push(`- ${a.id} ${context(text, a.start, a.end)}${a.note ? ` (${a.note})` : ''}`);
    }
    if (r.falsePositives.length) {
      lines.push('', `Not a chartable figure (${r.falsePositives.length}):`);
      for (const e of r.falsePositives)
        lines.push(`- [${e.start},${e.end}) ${context(text, e.start, e.end)}`);
    }
    if (wrongValue.length) {
      lines.push('', `Wrong value or unit (${wrongValue.length}):`);
      for (const m of wrongValue) {
        const a = m.annotation;
        const e = m.extracted;
        lines.push(
          `- ${a.id} ${context(text, a.start, a.end)}: want ${a.value}${a.valueHi === undefined ? '' : `–${a.valueHi}`} ${a.unit} (${a.baseValue} ${a.baseUnit}), got ${e.value}${e.valueHi === undefined ? '' : `–${e.valueHi}`} ${e.unit} (${e.baseValue} ${e.baseUnit})`,
        );
      }
    }
    const wrongPeriodOnly = r.set === 'unseen' ? r.matches.filter((m) => m.kind && !m.period) : [];
    if (wrongPeriodOnly.length) {
      lines.push('', `Right kind, wrong period (${wrongPeriodOnly.length}; not graded for unseen texts):`);
      for (const m of wrongPeriodOnly)
        lines.push(
          `- ${m.annotation.id} ${context(text, m.annotation.start, m.annotation.end)}: want ${showPeriod(m.annotation.period)}, got ${showPeriod(m.extracted.period)}`,
        );
    }
    if (wrongKindPeriod.length) {
      lines.push('', `Wrong kind${r.set === 'seed' ? ' or period' : ''} (${wrongKindPeriod.length}):`);
      for (const m of wrongKindPeriod) {
        const a = m.annotation;
        const e = m.extracted;
        lines.push(
          `- ${a.id} ${context(text, a.start, a.end)}: want ${a.kind} ${showPeriod(a.period)}, got ${e.kind} ${showPeriod(e.period)}${a.note ? ` (${a.note})` : ''}`,
        );
      }
    }
  }
  return lines.join('\n');
}

const NOTES = '/work/notes/extract-misses.md';

function writeNotes(body: string): void {
  if (!existsSync(dirname(NOTES))) return;
  writeFileSync(
    NOTES,
    `# Extractor vs. the hand annotation (${new Date().toISOString()})\n\nGenerated by \`npx tsx src/extract/evaluate.ts\`; overwritten on each run. Annotation rules: src/extract/fixtures/README.md.\n\n${body}\n`,
  );
}

async function main(): Promise<void> {
  const files = loadAnnotations();
  let results: FileResult[];
  try {
    results = await evaluateAll();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    writeNotes(`Evaluation could not run: ${message}`);
    throw err;
  }
  const text = report(results, files);
  console.log(text);
  writeNotes(text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
