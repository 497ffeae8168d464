/**
 * Validate untrusted JSON against the dataset contract (`types.ts`) and load it over HTTP.
 * Runs in browsers and node (fetch, AbortController); no DOM, no node-only modules.
 */
import type {
  Category,
  Comparator,
  County,
  Dataset,
  Figure,
  FigureKind,
  Indicator,
  Measure,
} from './types.js';

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
  readonly issues: readonly DatasetIssue[];
  constructor(issues: readonly DatasetIssue[]) {
    const [first] = issues;
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(`Invalid dataset: ${first?.message ?? 'unknown problem'}${more}`);
    this.name = 'DatasetError';
    this.issues = issues;
  }
}

const MAX_ISSUES = 50;
const CATEGORIES: readonly Category[] = [
  'economy',
  'industry',
  'agriculture',
  'infrastructure',
  'environment',
  'livelihood',
  'social',
  'governance',
];
const KINDS: readonly FigureKind[] = ['target', 'actual', 'estimate'];
const MEASURES: readonly Measure[] = ['level', 'growth', 'share'];
const COMPARATORS: readonly Comparator[] = ['=', '>=', '<=', '~'];
const LEVELS = ['county', 'autonomous-county', 'district'] as const;
// Years a county work report can plausibly speak of (reviews back to the 1990s, goals up to 2050).
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;
// 万亩 = 万 × 亩: multipliers a written unit may carry in front of its base unit.
const MULTIPLIERS: Readonly<Record<string, number>> = {
  '': 1,
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};

type Json = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Collects issues while walking one record; stops the walk once there are too many. */
class Checker {
  readonly issues: DatasetIssue[] = [];

  full(): boolean {
    return this.issues.length >= MAX_ISSUES;
  }

  report(record: string, recordId: string | undefined, field: string, problem: string): void {
    if (this.full()) return;
    const where = recordId ? `${record} (${recordId})` : record;
    const path = field ? `${record}.${field}` : record;
    this.issues.push({ path, recordId, message: `${where}: ${field ? `${field} ` : ''}${problem}` });
  }
}

/** A view on one record that reports every problem under that record's name. */
class RecordCheck {
  constructor(
    private readonly checker: Checker,
    private readonly record: string,
    readonly json: Json,
    private readonly recordId: string | undefined,
  ) {}

  fail(field: string, problem: string): void {
    this.checker.report(this.record, this.recordId, field, problem);
  }

  private at(path: string): unknown {
    let v: unknown = this.json;
    for (const key of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Json)[key] : undefined;
    return v;
  }

  string(path: string, { optional = false, nonEmpty = true } = {}): string | undefined {
    const v = this.at(path);
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string') this.fail(path, `must be a string, got ${describe(v)}`);
    else if (nonEmpty && v.trim() === '') this.fail(path, 'must not be empty');
    else return v;
    return undefined;
  }

  number(path: string, { optional = false, integer = false } = {}): number | undefined {
    const v = this.at(path);
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v))
      this.fail(path, `must be a finite number, got ${describe(v)}`);
    else if (integer && !Number.isInteger(v)) this.fail(path, `must be an integer, got ${v}`);
    else return v;
    return undefined;
  }

  boolean(path: string, { optional = false } = {}): boolean | undefined {
    const v = this.at(path);
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'boolean') this.fail(path, `must be true or false, got ${describe(v)}`);
    else return v;
    return undefined;
  }

  oneOf<T extends string>(path: string, allowed: readonly T[], { optional = false } = {}): T | undefined {
    const v = this.at(path);
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(
        path,
        `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(v)}`,
      );
      return undefined;
    }
    return v as T;
  }

  object(path: string): boolean {
    const v = this.at(path);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      this.fail(path, `must be an object, got ${describe(v)}`);
      return false;
    }
    return true;
  }

  localized(path: string): void {
    if (this.object(path)) {
      this.string(`${path}.zh`);
      this.string(`${path}.en`);
    }
  }

  stringArray(path: string, { optional = false } = {}): void {
    const v = this.at(path);
    if (v === undefined && optional) return;
    if (!Array.isArray(v)) return this.fail(path, `must be an array of strings, got ${describe(v)}`);
    v.forEach((item, i) => {
      if (typeof item !== 'string' || item === '')
        this.fail(`${path}[${i}]`, `must be a non-empty string, got ${describe(item)}`);
    });
  }

  year(path: string): number | undefined {
    const y = this.number(path, { integer: true });
    if (y !== undefined && (y < MIN_YEAR || y > MAX_YEAR)) {
      this.fail(path, `must be a year between ${MIN_YEAR} and ${MAX_YEAR}, got ${y}`);
      return undefined;
    }
    return y;
  }
}

function records(
  checker: Checker,
  root: Json,
  key: keyof Dataset,
): { json: Json; name: string; id?: string }[] {
  const list = root[key];
  if (!Array.isArray(list)) {
    checker.report(key, undefined, '', `must be an array, got ${describe(list)}`);
    return [];
  }
  const out: { json: Json; name: string; id?: string }[] = [];
  list.forEach((item, i) => {
    const name = `${key}[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      checker.report(name, undefined, '', `must be an object, got ${describe(item)}`);
      return;
    }
    const json = item as Json;
    const id = typeof json.id === 'string' && json.id !== '' ? json.id : undefined;
    out.push({ json, name, id });
  });
  return out;
}

function uniqueIds(checker: Checker, list: { name: string; id?: string }[]): Set<string> {
  const seen = new Map<string, string>();
  for (const r of list) {
    if (r.id === undefined) continue;
    const earlier = seen.get(r.id);
    if (earlier) checker.report(r.name, r.id, 'id', `duplicates the id of ${earlier}`);
    else seen.set(r.id, r.name);
  }
  return new Set(seen.keys());
}

function checkCounty(c: RecordCheck): void {
  const id = c.string('id');
  if (id !== undefined && !/^[a-z][a-z0-9-]*$/.test(id))
    c.fail('id', `must be lower-case ASCII (a-z, 0-9, -), got ${describe(id)}`);
  c.localized('name');
  c.localized('province');
  c.localized('prefecture');
  c.oneOf('level', LEVELS);
  if (c.object('report')) {
    c.year('report.year');
    c.string('report.title');
    c.string('report.seed');
    c.oneOf('report.completeness', ['whole', 'excerpt'] as const);
    c.string('report.yearEvidence');
    c.oneOf('report.yearConfidence', ['stated', 'inferred'] as const);
  }
}

function checkIndicator(c: RecordCheck): void {
  c.string('id');
  c.localized('name');
  c.oneOf('category', CATEGORIES);
  c.oneOf('measure', MEASURES);
  c.string('unit');
  c.localized('unitName');
  c.boolean('higherIsBetter');
  c.boolean('comparable');
  const conversions = c.json.conversions;
  if (!Array.isArray(conversions)) c.fail('conversions', `must be an array, got ${describe(conversions)}`);
  else
    conversions.forEach((_, i) => {
      const p = `conversions.${i}`;
      const label = `conversions[${i}]`;
      if (!c.object(p)) return;
      const conv = conversions[i] as Json;
      if (typeof conv.from !== 'string' || conv.from === '')
        c.fail(`${label}.from`, `must be a non-empty string, got ${describe(conv.from)}`);
      if (typeof conv.to !== 'string' || conv.to === '')
        c.fail(`${label}.to`, `must be a non-empty string, got ${describe(conv.to)}`);
      if (typeof conv.factor !== 'number' || !Number.isFinite(conv.factor) || conv.factor <= 0)
        c.fail(`${label}.factor`, `must be a positive finite number, got ${describe(conv.factor)}`);
      if (conv.from === conv.to && typeof conv.from === 'string')
        c.fail(label, `converts ${conv.from} to itself`);
    });
  c.stringArray('keywords');
  c.stringArray('excludeKeywords', { optional: true });
  c.stringArray('units');
}

function checkFigure(c: RecordCheck, counties: Set<string>, indicators: Map<string, Json>): void {
  const id = c.string('id');
  const county = c.string('county');
  if (county !== undefined && !counties.has(county))
    c.fail('county', `names unknown county ${describe(county)}`);
  if (id !== undefined && county !== undefined && !id.startsWith(`${county}-`))
    c.fail('id', `must start with its county ("${county}-"), got ${describe(id)}`);
  const indicator = c.json.indicator;
  if (indicator !== null) {
    if (typeof indicator !== 'string')
      c.fail('indicator', `must be an indicator id or null, got ${describe(indicator)}`);
    else if (!indicators.has(indicator))
      c.fail('indicator', `names unknown indicator ${describe(indicator)}`);
  }
  c.string('subject');
  c.oneOf('kind', KINDS);
  const measure = c.oneOf('measure', MEASURES);
  const value = c.number('value');
  const valueHi = c.number('valueHi', { optional: true });
  const unit = c.string('unit');
  const baseValue = c.number('baseValue');
  const baseValueHi = c.number('baseValueHi', { optional: true });
  const baseUnit = c.string('baseUnit');
  c.oneOf('comparator', COMPARATORS);
  const direction = c.oneOf('direction', ['increase', 'decrease'] as const, { optional: true });
  const rateBasis = c.oneOf('rateBasis', ['per-year', 'over-period'] as const, { optional: true });
  c.boolean('cumulative');

  if (value !== undefined && valueHi !== undefined && valueHi < value)
    c.fail('valueHi', `must not be below value (${value}), got ${valueHi}`);
  if (baseValue !== undefined && baseValueHi !== undefined && baseValueHi < baseValue)
    c.fail('baseValueHi', `must not be below baseValue (${baseValue}), got ${baseValueHi}`);
  if ((c.json.valueHi === undefined) !== (c.json.baseValueHi === undefined))
    c.fail('baseValueHi', 'and valueHi must be given together (a range has both ends in both units)');
  if (measure !== undefined && measure !== 'growth' && (direction !== undefined || rateBasis !== undefined))
    c.fail(
      direction !== undefined ? 'direction' : 'rateBasis',
      `only applies to growth figures, not ${measure}`,
    );

  // The base value must be the written value times the unit's multiplier (29.93万亩 → 299300亩).
  if (unit !== undefined && baseUnit !== undefined && unit.endsWith(baseUnit)) {
    const factor = MULTIPLIERS[unit.slice(0, unit.length - baseUnit.length)];
    const pairs: [number | undefined, number | undefined, string][] = [
      [value, baseValue, 'baseValue'],
      [valueHi, baseValueHi, 'baseValueHi'],
    ];
    for (const [written, base, field] of pairs) {
      if (factor === undefined || written === undefined || base === undefined) continue;
      const expected = written * factor;
      if (Math.abs(expected - base) > 1e-9 * Math.max(1, Math.abs(expected)))
        c.fail(field, `must be ${expected} (${written}${unit} in ${baseUnit}), got ${base}`);
    }
  }

  if (c.object('period')) {
    const start = c.year('period.start');
    const end = c.year('period.end');
    if (start !== undefined && end !== undefined && start > end)
      c.fail('period', `start ${start} is after end ${end}`);
  }

  if (c.object('source')) {
    c.string('source.seed');
    const sentence = c.string('source.sentence');
    const start = c.number('source.start', { integer: true });
    const end = c.number('source.end', { integer: true });
    const sentenceStart = c.number('source.sentenceStart', { integer: true });
    if (start !== undefined && start < 0) c.fail('source.start', `must not be negative, got ${start}`);
    if (sentenceStart !== undefined && sentenceStart < 0)
      c.fail('source.sentenceStart', `must not be negative, got ${sentenceStart}`);
    if (start !== undefined && end !== undefined && end <= start)
      c.fail('source', `span [${start}, ${end}) is empty or reversed`);
    else if (
      start !== undefined &&
      end !== undefined &&
      sentence !== undefined &&
      sentenceStart !== undefined
    ) {
      const sentenceEnd = sentenceStart + sentence.length;
      if (start < sentenceStart || end > sentenceEnd)
        c.fail(
          'source',
          `span [${start}, ${end}) lies outside its sentence [${sentenceStart}, ${sentenceEnd})`,
        );
    }
  }
}

/**
 * Validate untrusted JSON (`{ counties, indicators, figures }`) as a {@link Dataset}.
 * Checks types, finite numbers, enumerations, unique ids, known county and indicator ids,
 * base values against their written units, periods (start ≤ end) and source spans (inside their sentence).
 * @throws DatasetError naming the first bad record: `figures[12] (tonghua-0012): value must be a finite number, got "NaN"`.
 */
export function parseDataset(json: unknown): Dataset {
  const checker = new Checker();
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new DatasetError([
      {
        path: '',
        message: `dataset must be an object with counties, indicators and figures, got ${describe(json)}`,
      },
    ]);
  }
  const root = json as Json;
  const counties = records(checker, root, 'counties');
  const indicators = records(checker, root, 'indicators');
  const figures = records(checker, root, 'figures');

  for (const r of counties) if (!checker.full()) checkCounty(new RecordCheck(checker, r.name, r.json, r.id));
  for (const r of indicators)
    if (!checker.full()) checkIndicator(new RecordCheck(checker, r.name, r.json, r.id));
  const countyIds = uniqueIds(checker, counties);
  uniqueIds(checker, indicators);
  const indicatorById = new Map(
    indicators.filter((r) => r.id !== undefined).map((r) => [r.id as string, r.json]),
  );
  for (const r of figures)
    if (!checker.full())
      checkFigure(new RecordCheck(checker, r.name, r.json, r.id), countyIds, indicatorById);
  uniqueIds(checker, figures);

  if (checker.issues.length > 0) throw new DatasetError(checker.issues);
  return {
    counties: root.counties as County[],
    indicators: root.indicators as Indicator[],
    figures: root.figures as Figure[],
  };
}

/** Why loading failed: the chart's error state can say which. */
export type DatasetLoadErrorReason = 'network' | 'http' | 'timeout' | 'aborted' | 'invalid-json' | 'schema';

/** Thrown by {@link loadDataset}. `cause` holds the underlying error (a {@link DatasetError} for 'schema'). */
export class DatasetLoadError extends Error {
  readonly reason: DatasetLoadErrorReason;
  readonly url: string;
  /** HTTP status for reason 'http'. */
  readonly status?: number;
  constructor(
    reason: DatasetLoadErrorReason,
    url: string,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DatasetLoadError';
    this.reason = reason;
    this.url = url;
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

async function fetchJson(
  url: string,
  signal: AbortSignal,
  fetchImpl: typeof fetch,
  timedOut: () => boolean,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (timedOut()) throw new DatasetLoadError('timeout', url, `Loading ${url} timed out`, { cause: error });
    if (signal.aborted)
      throw new DatasetLoadError('aborted', url, `Loading ${url} was aborted`, { cause: error });
    throw new DatasetLoadError(
      'network',
      url,
      `Could not reach ${url}: ${(error as Error)?.message ?? String(error)}`,
      { cause: error },
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      'http',
      url,
      `Loading ${url} failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      {
        status: response.status,
      },
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (timedOut()) throw new DatasetLoadError('timeout', url, `Loading ${url} timed out`, { cause: error });
    if (signal.aborted)
      throw new DatasetLoadError('aborted', url, `Loading ${url} was aborted`, { cause: error });
    throw new DatasetLoadError(
      'network',
      url,
      `Could not read ${url}: ${(error as Error)?.message ?? String(error)}`,
      { cause: error },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetLoadError('invalid-json', url, `${url} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Fetch and validate a dataset. Every failure is a {@link DatasetLoadError} with a `reason`:
 * network, http (with `status`), timeout, aborted, invalid-json, schema (cause: {@link DatasetError}).
 */
export async function loadDataset(source: DatasetSource, options: LoadDatasetOptions = {}): Promise<Dataset> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const label = typeof source === 'string' || source instanceof URL ? String(source) : String(source.figures);
  if (typeof fetchImpl !== 'function')
    throw new DatasetLoadError('network', label, 'No fetch available to load the dataset');
  const controller = new AbortController();
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? 15000;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const onAbort = (): void => controller.abort();
  if (options.signal?.aborted) controller.abort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const get = (url: string | URL): Promise<unknown> =>
    fetchJson(String(url), controller.signal, fetchImpl, () => timedOut);
  // Settle on timeout or abort even when the fetch in use ignores its signal.
  const stopped = new Promise<never>((_, reject) => {
    const stop = (): void =>
      reject(
        timedOut
          ? new DatasetLoadError('timeout', label, `Loading ${label} timed out after ${timeoutMs} ms`)
          : new DatasetLoadError('aborted', label, `Loading ${label} was aborted`),
      );
    if (controller.signal.aborted) stop();
    else controller.signal.addEventListener('abort', stop, { once: true });
  });
  stopped.catch(() => undefined);
  try {
    const work: Promise<unknown> =
      typeof source === 'string' || source instanceof URL
        ? get(source)
        : Promise.all([get(source.counties), get(source.indicators), get(source.figures)]).then(
            ([counties, indicators, figures]) => ({ counties, indicators, figures }),
          );
    work.catch(() => undefined);
    const json = await Promise.race([work, stopped]);
    try {
      return parseDataset(json);
    } catch (error) {
      throw new DatasetLoadError('schema', label, (error as Error).message, { cause: error });
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
