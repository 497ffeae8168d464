/**
 * Validate untrusted JSON against the dataset contract (`types.ts`) and load it over HTTP.
 * Runs in browsers and node (fetch, AbortController); no DOM, no node-only modules.
 *
 * The contract is written down once, as data (`COUNTY`, `INDICATOR`, `FIGURE` below), and checked
 * by one small walker; what a schema cannot say (known ids, base value = written value × 万/亿,
 * spans inside their sentence) is checked after it, record by record.
 */
import type { Category, Comparator, Dataset, FigureKind, Measure } from './types.js';

/** One problem found in a dataset: where it is, which record, what is wrong. */
export interface DatasetIssue {
  /** JSON path of the offending field: `figures[12].value`. */
  readonly path: string;
  /** The record's id when it has a usable one (`tonghua-0012`). */
  readonly recordId?: string;
  /** `figures[12] (tonghua-0012): value must be a finite number, got "NaN"`. */
  readonly message: string;
}

/** Thrown by {@link parseDataset}: the message names the first bad record; `issues` lists up to 50. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(readonly issues: readonly DatasetIssue[]) {
    const n = issues.length - 1;
    super(
      `Invalid dataset: ${issues[0]?.message ?? 'unknown problem'}${n > 0 ? ` (and ${n} more problem${n > 1 ? 's' : ''})` : ''}`,
    );
  }
}

/** The catalogue's categories, in catalogue order (sort 'category' uses it). */
export const CATEGORIES: readonly Category[] = [
  'economy',
  'industry',
  'agriculture',
  'infrastructure',
  'environment',
  'livelihood',
  'social',
  'governance',
];
export const KINDS: readonly FigureKind[] = ['target', 'actual', 'estimate'];
export const MEASURES: readonly Measure[] = ['level', 'growth', 'share'];
export const COMPARATORS: readonly Comparator[] = ['=', '>=', '<=', '~'];

/**
 * What a field must hold. A code: s non-empty string, k list item (non-empty string), n finite
 * number, p positive finite number, i non-negative integer, y year (1949–2100: reviews back to the
 * founding, goals up to 2050), b boolean. A list of strings: one of them. An object: a record with
 * these fields; `{ '*': rule }`: an array whose every item follows the rule.
 */
type Rule = string | readonly string[] | { readonly [field: string]: Rule };

const TEXT = { zh: 's', en: 's' };
const WORDS = { '*': 'k' };
const COUNTY: Rule = {
  id: 's',
  name: TEXT,
  province: TEXT,
  prefecture: TEXT,
  level: ['county', 'autonomous-county', 'district'],
  report: {
    year: 'y',
    title: 's',
    seed: 's',
    completeness: ['whole', 'excerpt'],
    yearEvidence: 's',
    yearConfidence: ['stated', 'inferred'],
  },
};
const INDICATOR: Rule = {
  id: 's',
  name: TEXT,
  category: CATEGORIES,
  measure: MEASURES,
  unit: 's',
  unitName: TEXT,
  higherIsBetter: 'b',
  comparable: 'b',
  conversions: { '*': { from: 's', to: 's', factor: 'p' } },
  keywords: WORDS,
  excludeKeywords: WORDS,
  units: WORDS,
};
// `indicator` (an id or null) is checked against the catalogue below.
const FIGURE: Rule = {
  id: 's',
  county: 's',
  subject: 's',
  kind: KINDS,
  measure: MEASURES,
  value: 'n',
  valueHi: 'n',
  unit: 's',
  baseValue: 'n',
  baseValueHi: 'n',
  baseUnit: 's',
  comparator: COMPARATORS,
  direction: ['increase', 'decrease'],
  rateBasis: ['per-year', 'over-period'],
  cumulative: 'b',
  period: { start: 'y', end: 'y' },
  source: { seed: 's', sentence: 's', start: 'i', end: 'i', sentenceStart: 'i' },
};
const OPTIONAL = ['valueHi', 'baseValueHi', 'direction', 'rateBasis', 'excludeKeywords'];

// 万亩 = 万 × 亩: the multipliers a written unit may carry in front of its base unit (十万, 亿, 万亿…).
const DIGITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

type Json = Record<string, unknown>;
type Fail = (field: string, problem: string) => void;
/** Ids seen so far in a list, with the record that first had each. */
type Ids = Map<unknown, string>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A value as an error message quotes it: "NaN", nothing, null, an array, 2021.5. */
function got(value: unknown): string {
  return `got ${
    value === undefined
      ? 'nothing'
      : typeof value === 'string'
        ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
        : Array.isArray(value)
          ? 'an array'
          : value && typeof value === 'object'
            ? 'an object'
            : String(value)
  }`;
}

/** The problem with `v` under a code rule, or '' when it passes. */
function codeProblem(v: unknown, code: string): string {
  if (code === 's')
    return typeof v !== 'string' ? `must be a string, ${got(v)}` : v.trim() ? '' : 'must not be empty';
  if (code === 'k') return typeof v === 'string' && v ? '' : `must be a non-empty string, ${got(v)}`;
  if (code === 'b') return typeof v === 'boolean' ? '' : `must be true or false, ${got(v)}`;
  if (code === 'p') return isNumber(v) && v > 0 ? '' : `must be a positive finite number, ${got(v)}`;
  if (!isNumber(v)) return `must be a finite number, ${got(v)}`;
  if (code === 'n') return '';
  if (!Number.isInteger(v)) return `must be an integer, ${got(v)}`;
  if (code === 'i') return v < 0 ? `must not be negative, ${got(v)}` : '';
  return v < 1949 || v > 2100 ? `must be a year between 1949 and 2100, ${got(v)}` : '';
}

/** Check `v` against `rule`, reporting each problem under `field` (a path inside the record). */
function walk(v: unknown, rule: Rule, field: string, fail: Fail): void {
  if (typeof rule === 'string') {
    const problem = codeProblem(v, rule);
    if (problem) fail(field, problem);
  } else if (Array.isArray(rule)) {
    if (!rule.includes(v as string))
      fail(field, `must be one of ${rule.map((a) => JSON.stringify(a)).join(', ')}, ${got(v)}`);
  } else if ('*' in rule) {
    if (!Array.isArray(v)) fail(field, `must be an array, ${got(v)}`);
    else v.forEach((item, i) => walk(item, rule['*'], `${field}[${i}]`, fail));
  } else if (!isRecord(v)) fail(field, `must be an object, ${got(v)}`);
  else
    for (const [key, inner] of Object.entries(rule))
      if (v[key] !== undefined || !OPTIONAL.includes(key))
        walk(v[key], inner, field ? `${field}.${key}` : key, fail);
}

/**
 * The first problem of one figure given by code (not through {@link parseDataset}), as
 * `value must be a finite number, got NaN`; '' when it has the dataset's shape. Ids it names and
 * spans are not checked (there is no dataset to check them against).
 */
export function figureProblem(figure: unknown): string {
  let first = '';
  walk(figure, FIGURE, '', (field, problem) => (first ||= `${field} ${problem}`.trim()));
  return first;
}

/** What the schema cannot say about a figure: ids it names, ranges, units, periods, spans. */
function checkFigure(f: Json, fail: Fail, counties: Ids, indicators: Ids): void {
  const { id, county, indicator, value, valueHi, baseValue, baseValueHi, unit, baseUnit, measure } = f;
  if (typeof county === 'string' && !counties.has(county))
    fail('county', `names unknown county ${JSON.stringify(county)}`);
  if (typeof id === 'string' && typeof county === 'string' && !id.startsWith(`${county}-`))
    fail('id', `must start with its county ("${county}-"), ${got(id)}`);
  if (indicator !== null)
    fail(
      'indicator',
      typeof indicator !== 'string'
        ? `must be an indicator id or null, ${got(indicator)}`
        : indicators.has(indicator)
          ? ''
          : `names unknown indicator ${JSON.stringify(indicator)}`,
    );
  for (const [lo, hi, field] of [
    [value, valueHi, 'value'],
    [baseValue, baseValueHi, 'baseValue'],
  ] as const)
    if (isNumber(lo) && isNumber(hi) && hi < lo)
      fail(`${field}Hi`, `must not be below ${field} (${lo}), got ${hi}`);
  if ((valueHi === undefined) !== (baseValueHi === undefined))
    fail('baseValueHi', 'and valueHi must be given together (a range has both ends in both units)');
  for (const field of ['direction', 'rateBasis'])
    if (f[field] !== undefined && measure !== 'growth' && MEASURES.includes(measure as Measure))
      fail(field, `only applies to growth figures, not ${measure as string}`);
  // The base value must be the written value times the unit's multiplier (29.93万亩 → 299300亩).
  const factor =
    typeof unit === 'string' && typeof baseUnit === 'string' && unit.endsWith(baseUnit)
      ? [...unit.slice(0, unit.length - baseUnit.length)].reduce((f, c) => f * (DIGITS[c] ?? NaN), 1)
      : NaN;
  for (const [written, base, field] of [
    [value, baseValue, 'baseValue'],
    [valueHi, baseValueHi, 'baseValueHi'],
  ] as const) {
    if (!isNumber(factor) || !isNumber(written) || !isNumber(base)) continue;
    const expected = written * factor;
    if (Math.abs(expected - base) > 1e-9 * Math.max(1, Math.abs(expected)))
      fail(field, `must be ${expected} (${written}${unit as string} in ${baseUnit as string}), got ${base}`);
  }
  const period = (f.period ?? {}) as Json;
  if (isNumber(period.start) && isNumber(period.end) && period.start > period.end)
    fail('period', `start ${period.start} is after end ${period.end}`);
  const { start, end, sentence, sentenceStart } = (f.source ?? {}) as Json;
  if (isNumber(start) && isNumber(end)) {
    const sentenceEnd =
      isNumber(sentenceStart) && typeof sentence === 'string' ? sentenceStart + sentence.length : NaN;
    if (end <= start) fail('source', `span [${start}, ${end}) is empty or reversed`);
    else if (start < (sentenceStart as number) || end > sentenceEnd)
      fail(
        'source',
        `span [${start}, ${end}) lies outside its sentence [${sentenceStart as number}, ${sentenceEnd})`,
      );
  }
}

/**
 * Validate untrusted JSON (`{ counties, indicators, figures }`) as a {@link Dataset}.
 * Checks types, finite numbers, enumerations, unique ids, known county and indicator ids,
 * base values against their written units, periods (start ≤ end) and source spans (inside their sentence).
 * @throws DatasetError naming the first bad record: `figures[12] (tonghua-0012): value must be a finite number, got "NaN"`.
 */
export function parseDataset(json: unknown): Dataset {
  if (!isRecord(json))
    throw new DatasetError([
      { path: '', message: `dataset must be an object with counties, indicators and figures, ${got(json)}` },
    ]);
  const issues: DatasetIssue[] = [];
  const ids: Ids[] = [];
  (['counties', 'indicators', 'figures'] as const).forEach((key, n) => {
    const list = json[key];
    const seen: Ids = new Map();
    ids.push(seen);
    if (!Array.isArray(list)) issues.push({ path: key, message: `${key}: must be an array, ${got(list)}` });
    else
      list.forEach((item: unknown, i) => {
        // A hopeless input stops being walked once 50 problems are known.
        if (issues.length >= 50) return;
        const record = `${key}[${i}]`;
        const id = isRecord(item) && typeof item.id === 'string' && item.id ? item.id : undefined;
        const fail: Fail = (field, problem) => {
          if (problem && issues.length < 50)
            issues.push({
              path: field ? `${record}.${field}` : record,
              recordId: id,
              message: `${id ? `${record} (${id})` : record}: ${field ? `${field} ` : ''}${problem}`,
            });
        };
        walk(item, [COUNTY, INDICATOR, FIGURE][n]!, '', fail);
        if (!isRecord(item)) return;
        if (n === 0 && id !== undefined && !/^[a-z][a-z0-9-]*$/.test(id))
          fail('id', `must be lower-case ASCII (a-z, 0-9, -), ${got(id)}`);
        if (n === 1 && Array.isArray(item.conversions))
          item.conversions.forEach((c: Json, j) => {
            if (isRecord(c) && typeof c.from === 'string' && c.from === c.to)
              fail(`conversions[${j}]`, `converts ${c.from} to itself`);
          });
        if (n === 2) checkFigure(item, fail, ids[0]!, ids[1]!);
        const earlier = seen.get(id);
        if (earlier) fail('id', `duplicates the id of ${earlier}`);
        else if (id !== undefined) seen.set(id, record);
      });
  });
  if (issues.length > 0) throw new DatasetError(issues);
  const { counties, indicators, figures } = json;
  return { counties, indicators, figures } as Dataset;
}

/** Why loading failed: the chart's error state can say which. */
export type DatasetLoadErrorReason = 'network' | 'http' | 'timeout' | 'aborted' | 'invalid-json' | 'schema';

/** Thrown by {@link loadDataset}. `cause` holds the underlying error (a {@link DatasetError} for 'schema'). */
export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError';
  /** HTTP status for reason 'http'. */
  readonly status?: number;
  constructor(
    readonly reason: DatasetLoadErrorReason,
    readonly url: string,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, options);
    this.status = options.status;
  }
}

export interface LoadDatasetOptions {
  /** Cancels the request (reason 'aborted'). */
  readonly signal?: AbortSignal;
  /** Give up after this many milliseconds (reason 'timeout'). Default 15000; 0 disables. */
  readonly timeoutMs?: number;
  /** The fetch to use (tests, node without global fetch, custom headers). Default `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
}

/** Where the dataset lives: one JSON file with all three arrays, or the three files `npm run data` writes. */
export type DatasetSource =
  | string
  | URL
  | { readonly counties: string | URL; readonly indicators: string | URL; readonly figures: string | URL };

/**
 * Fetch and validate a dataset. Every failure is a {@link DatasetLoadError} with a `reason`:
 * network, http (with `status`), timeout, aborted, invalid-json, schema (cause: {@link DatasetError}).
 */
export async function loadDataset(source: DatasetSource, options: LoadDatasetOptions = {}): Promise<Dataset> {
  const { fetch: fetchImpl = globalThis.fetch, timeoutMs = 15000, signal } = options;
  const one = typeof source === 'string' || source instanceof URL;
  const label = String(one ? source : source.figures);
  if (typeof fetchImpl !== 'function')
    throw new DatasetLoadError('network', label, 'No fetch available to load the dataset');
  const controller = new AbortController();
  let timedOut = false;
  // Timeout and abort settle the load at once, even when the fetch in use ignores its signal.
  const halted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () =>
      reject(
        timedOut
          ? new DatasetLoadError('timeout', label, `Loading ${label} timed out after ${timeoutMs} ms`)
          : new DatasetLoadError('aborted', label, `Loading ${label} was aborted`),
      ),
    ),
  );
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const onAbort = (): void => controller.abort();
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const get = async (at: string | URL): Promise<unknown> => {
    const url = String(at);
    let step = 'reach';
    let text: string;
    try {
      const response = await fetchImpl(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      const { ok, status, statusText } = response;
      if (!ok)
        throw new DatasetLoadError(
          'http',
          url,
          `Loading ${url} failed: HTTP ${status}${statusText ? ` ${statusText}` : ''}`,
          {
            status,
          },
        );
      step = 'read';
      text = await response.text();
    } catch (error) {
      // (After a timeout or abort, `halted` has settled the load already.)
      throw error instanceof DatasetLoadError
        ? error
        : new DatasetLoadError(
            'network',
            url,
            `Could not ${step} ${url}: ${(error as Error)?.message ?? String(error)}`,
            {
              cause: error,
            },
          );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new DatasetLoadError(
        'invalid-json',
        url,
        `${url} is not valid JSON: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  };
  const work = one
    ? get(source)
    : Promise.all([get(source.counties), get(source.indicators), get(source.figures)]).then(
        ([counties, indicators, figures]) => ({ counties, indicators, figures }),
      );
  halted.catch(() => undefined);
  work.catch(() => undefined);
  try {
    const json = await Promise.race([work, halted]);
    try {
      return parseDataset(json);
    } catch (error) {
      throw new DatasetLoadError('schema', label, (error as Error).message, { cause: error });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
