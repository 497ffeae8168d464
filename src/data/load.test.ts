import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from './fixtures/sample-dataset.js';
import { DatasetError, DatasetLoadError, figureProblem, loadDataset, parseDataset } from './load.js';

type Mutable = Record<string, unknown>;
type Draft = { counties: Mutable[]; indicators: Mutable[]; figures: Mutable[] };

/** A deep copy of the sample, changed by `edit`, as untrusted JSON. */
function broken(edit: (d: Draft) => void): unknown {
  const draft = structuredClone(sampleDataset) as unknown as Draft;
  edit(draft);
  return JSON.parse(
    JSON.stringify(draft, (_k, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v)),
  );
}

function errorOf(json: unknown): DatasetError {
  try {
    parseDataset(json);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('parseDataset accepted a malformed dataset');
}

const fig = (d: Draft, i: number): Mutable => d.figures[i];
const id12 = sampleDataset.figures[12].id;
const farmland = sampleDataset.indicators.findIndex((i) => i.id === 'high-standard-farmland');

describe('parseDataset', () => {
  it('accepts the sample dataset and returns it unchanged', () => {
    const json = JSON.parse(JSON.stringify(sampleDataset)) as unknown;
    expect(parseDataset(json)).toEqual(sampleDataset);
  });

  it.each<[string, (d: Draft) => void, string]>([
    [
      'value "NaN"',
      (d) => (fig(d, 12).value = Number.NaN),
      `figures[12] (${id12}): value must be a finite number, got "NaN"`,
    ],
    [
      'value missing',
      (d) => delete fig(d, 12).value,
      `figures[12] (${id12}): value must be a finite number, got nothing`,
    ],
    [
      'value as string',
      (d) => (fig(d, 12).value = '8'),
      `figures[12] (${id12}): value must be a finite number, got "8"`,
    ],
    [
      'baseValue null',
      (d) => (fig(d, 12).baseValue = null),
      `figures[12] (${id12}): baseValue must be a finite number, got null`,
    ],
    [
      'unknown county',
      (d) => (fig(d, 12).county = 'atlantis'),
      `figures[12] (${id12}): county names unknown county "atlantis"`,
    ],
    [
      'unknown indicator',
      (d) => (fig(d, 12).indicator = 'gdp-per-cat'),
      `figures[12] (${id12}): indicator names unknown indicator "gdp-per-cat"`,
    ],
    [
      'indicator as number',
      (d) => (fig(d, 12).indicator = 7),
      `figures[12] (${id12}): indicator must be an indicator id or null, got 7`,
    ],
    [
      'bad kind',
      (d) => (fig(d, 12).kind = 'plan'),
      `figures[12] (${id12}): kind must be one of "target", "actual", "estimate", got "plan"`,
    ],
    [
      'bad measure',
      (d) => (fig(d, 12).measure = 'rate'),
      `figures[12] (${id12}): measure must be one of "level", "growth", "share", got "rate"`,
    ],
    [
      'bad comparator',
      (d) => (fig(d, 12).comparator = '>'),
      `figures[12] (${id12}): comparator must be one of "=", ">=", "<=", "~", got ">"`,
    ],
    [
      'period reversed',
      (d) => (fig(d, 12).period = { start: 2026, end: 2022 }),
      `figures[12] (${id12}): period start 2026 is after end 2022`,
    ],
    [
      'period year fractional',
      (d) => (fig(d, 12).period = { start: 2021.5, end: 2022 }),
      `figures[12] (${id12}): period.start must be an integer, got 2021.5`,
    ],
    [
      'period year absurd',
      (d) => (fig(d, 12).period = { start: 22, end: 22 }),
      `figures[12] (${id12}): period.start must be a year between 1949 and 2100, got 22`,
    ],
    [
      'period missing',
      (d) => delete fig(d, 12).period,
      `figures[12] (${id12}): period must be an object, got nothing`,
    ],
    [
      'cumulative as string',
      (d) => (fig(d, 12).cumulative = 'no'),
      `figures[12] (${id12}): cumulative must be true or false, got "no"`,
    ],
    ['empty unit', (d) => (fig(d, 12).unit = ''), `figures[12] (${id12}): unit must not be empty`],
    [
      'bad direction',
      (d) => (fig(d, 12).direction = 'up'),
      `figures[12] (${id12}): direction must be one of "increase", "decrease", got "up"`,
    ],
    [
      'bad rateBasis',
      (d) => (fig(d, 12).rateBasis = 'yearly'),
      `figures[12] (${id12}): rateBasis must be one of "per-year", "over-period", got "yearly"`,
    ],
    [
      'span reversed',
      (d) => ((fig(d, 12).source as Mutable).end = (fig(d, 12).source as Mutable).start),
      `figures[12] (${id12}): source span`,
    ],
    [
      'span outside its sentence',
      (d) => ((fig(d, 12).source as Mutable).start = 3),
      `figures[12] (${id12}): source span [3,`,
    ],
    [
      'negative sentenceStart',
      (d) => ((fig(d, 12).source as Mutable).sentenceStart = -1),
      `figures[12] (${id12}): source.sentenceStart must not be negative, got -1`,
    ],
    [
      'source missing',
      (d) => delete fig(d, 12).source,
      `figures[12] (${id12}): source must be an object, got nothing`,
    ],
    [
      'sentence empty',
      (d) => ((fig(d, 12).source as Mutable).sentence = ' '),
      `figures[12] (${id12}): source.sentence must not be empty`,
    ],
    [
      'seed missing',
      (d) => delete (fig(d, 12).source as Mutable).seed,
      `figures[12] (${id12}): source.seed must be a string, got nothing`,
    ],
    [
      'id without county prefix',
      (d) => (fig(d, 12).id = 'x-1'),
      'figures[12] (x-1): id must start with its county ("tonghua-"), got "x-1"',
    ],
    ['figure without id', (d) => delete fig(d, 12).id, 'figures[12]: id must be a string, got nothing'],
    [
      'duplicate figure id',
      (d) => (fig(d, 13).id = fig(d, 12).id),
      `figures[13] (${id12}): id duplicates the id of figures[12]`,
    ],
    [
      'figure not an object',
      (d) => (d.figures[12] = 'oops' as unknown as Mutable),
      'figures[12]: must be an object, got "oops"',
    ],
    [
      'valueHi below value',
      (d) => Object.assign(fig(d, 12), { valueHi: 1, baseValueHi: 1 }),
      `figures[12] (${id12}): valueHi must not be below value (${sampleDataset.figures[12].value}), got 1`,
    ],
    [
      'valueHi without baseValueHi',
      (d) => Object.assign(fig(d, 12), { valueHi: 10 }),
      `figures[12] (${id12}): baseValueHi and valueHi must be given together`,
    ],
    [
      'baseValue off its unit',
      (d) => Object.assign(fig(d, 8), { baseValue: 5000 }),
      `figures[8] (${sampleDataset.figures[8].id}): baseValue must be 50000 (5万亩 in 亩), got 5000`,
    ],
    [
      'direction on a level',
      (d) => Object.assign(fig(d, 8), { direction: 'increase' }),
      `figures[8] (${sampleDataset.figures[8].id}): direction only applies to growth figures, not level`,
    ],
    [
      'county bad id',
      (d) => (d.counties[0].id = 'Tong Hua'),
      'counties[0] (Tong Hua): id must be lower-case ASCII',
    ],
    [
      'county bad level',
      (d) => (d.counties[1].level = 'city'),
      'counties[1] (hulan): level must be one of "county", "autonomous-county", "district", got "city"',
    ],
    [
      'county name missing en',
      (d) => delete (d.counties[1].name as Mutable).en,
      'counties[1] (hulan): name.en must be a string, got nothing',
    ],
    [
      'county report year',
      (d) => ((d.counties[1].report as Mutable).year = '2022'),
      'counties[1] (hulan): report.year must be a finite number, got "2022"',
    ],
    [
      'county duplicate',
      (d) => (d.counties[2].id = 'hulan'),
      'counties[2] (hulan): id duplicates the id of counties[1]',
    ],
    [
      'indicator bad category',
      (d) => (d.indicators[0].category = 'money'),
      'indicators[0] (gdp): category must be one of',
    ],
    [
      'indicator comparable missing',
      (d) => delete d.indicators[0].comparable,
      'indicators[0] (gdp): comparable must be true or false, got nothing',
    ],
    [
      'indicator zero factor',
      (d) => ((d.indicators[farmland].conversions as Mutable[])[0].factor = 0),
      `indicators[${farmland}] (high-standard-farmland): conversions[0].factor must be a positive finite number, got 0`,
    ],
    [
      'indicator keywords not strings',
      (d) => (d.indicators[0].keywords = ['GDP', 3]),
      'indicators[0] (gdp): keywords[1] must be a non-empty string, got 3',
    ],
    [
      'figures not an array',
      (d) => ((d as Mutable).figures = {}),
      'figures: must be an array, got an object',
    ],
  ])('rejects %s, naming the record', (_name, edit, message) => {
    const error = errorOf(broken(edit));
    expect(error.message).toContain(message);
    expect(error.issues[0].message).toContain(message);
  });

  it('accepts the generated data/ once the extractor has written it', () => {
    const files = ['counties', 'indicators', 'figures'].map((name) => `data/${name}.json`);
    if (!files.every((f) => existsSync(f))) return;
    const [counties, indicators, figures] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown);
    const dataset = parseDataset({ counties, indicators, figures });
    expect(dataset.counties.length).toBe(5);
    expect(dataset.figures.length).toBeGreaterThan(100);
  });

  it('rejects a non-object dataset', () => {
    expect(() => parseDataset(null)).toThrow(/dataset must be an object/);
    expect(() => parseDataset([])).toThrow(/got an array/);
    expect(() => parseDataset('{}')).toThrow(DatasetError);
  });

  it('lists every problem with its path, and counts the rest in the message', () => {
    const error = errorOf(
      broken((d) => {
        fig(d, 0).value = Number.NaN;
        fig(d, 3).kind = 'wish';
        fig(d, 5).county = 'nowhere';
      }),
    );
    // An unknown county also leaves the id without its county prefix: two problems from one edit.
    expect(error.issues.map((i) => i.path)).toEqual([
      'figures[0].value',
      'figures[3].kind',
      'figures[5].county',
      'figures[5].id',
    ]);
    expect(error.issues.map((i) => i.recordId)).toEqual([0, 3, 5, 5].map((i) => sampleDataset.figures[i].id));
    expect(error.message).toMatch(/\(and 3 more problems\)$/);
  });

  it('caps the issue list on a hopeless input', () => {
    const error = errorOf(broken((d) => d.figures.forEach((f) => (f.value = 'x'))));
    expect(error.issues.length).toBeLessThanOrEqual(50);
    expect(error.issues.length).toBeGreaterThanOrEqual(sampleDataset.figures.length);
  });
});

describe('figureProblem (one figure given by code)', () => {
  it('names the first field outside the contract, or nothing', () => {
    const f = sampleDataset.figures[12];
    expect(figureProblem(f)).toBe('');
    expect(figureProblem({ ...f, value: Number.NaN })).toBe('value must be a finite number, got NaN');
    expect(figureProblem({ ...f, comparator: '≥' })).toBe(
      'comparator must be one of "=", ">=", "<=", "~", got "≥"',
    );
    expect(figureProblem({ ...f, period: { start: 2022, end: 2022.5 } })).toBe(
      'period.end must be an integer, got 2022.5',
    );
    expect(figureProblem(null)).toBe('must be an object, got null');
  });
});

function fakeFetch(routes: Record<string, () => Response | Promise<Response>>): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const route = routes[url];
    if (!route) return Promise.reject(new TypeError(`fetch failed: ${url}`));
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      Promise.resolve(route()).then(resolve, reject);
    });
  }) as typeof fetch;
}

const json = (body: unknown, status = 200): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    statusText: status === 200 ? 'OK' : 'Not Found',
  });

async function loadError(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetLoadError);
    return error as DatasetLoadError;
  }
  throw new Error('loadDataset resolved');
}

describe('loadDataset', () => {
  it('fetches and validates one file', async () => {
    const data = await loadDataset('/data.json', {
      fetch: fakeFetch({ '/data.json': () => json(sampleDataset) }),
    });
    expect(data.figures).toHaveLength(sampleDataset.figures.length);
  });

  it('fetches the three generated files', async () => {
    const fetch = fakeFetch({
      '/c.json': () => json(sampleDataset.counties),
      '/i.json': () => json(sampleDataset.indicators),
      '/f.json': () => json(sampleDataset.figures),
    });
    const data = await loadDataset(
      { counties: '/c.json', indicators: '/i.json', figures: '/f.json' },
      { fetch },
    );
    expect(data).toEqual(sampleDataset);
  });

  it('types an HTTP error with its status', async () => {
    const error = await loadError(
      loadDataset('/x.json', { fetch: fakeFetch({ '/x.json': () => json('nope', 404) }) }),
    );
    expect(error.reason).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toBe('Loading /x.json failed: HTTP 404 Not Found');
  });

  it('types a network failure', async () => {
    const error = await loadError(loadDataset('/missing.json', { fetch: fakeFetch({}) }));
    expect(error.reason).toBe('network');
    expect(error.message).toContain('Could not reach /missing.json');
  });

  it('types invalid JSON', async () => {
    const error = await loadError(
      loadDataset('/x.json', { fetch: fakeFetch({ '/x.json': () => json('{"counties": [') }) }),
    );
    expect(error.reason).toBe('invalid-json');
    expect(error.message).toMatch(/^\/x\.json is not valid JSON/);
  });

  it('types a schema error and keeps the DatasetError as cause', async () => {
    const bad = broken((d) => (fig(d, 12).value = Number.NaN));
    const error = await loadError(
      loadDataset('/x.json', { fetch: fakeFetch({ '/x.json': () => json(bad) }) }),
    );
    expect(error.reason).toBe('schema');
    expect(error.cause).toBeInstanceOf(DatasetError);
    expect(error.message).toContain(`figures[12] (${id12}): value must be a finite number, got "NaN"`);
  });

  it('times out', async () => {
    const never = fakeFetch({ '/slow.json': () => new Promise<Response>(() => undefined) });
    const error = await loadError(loadDataset('/slow.json', { fetch: never, timeoutMs: 20 }));
    expect(error.reason).toBe('timeout');
  });

  it('times out even when fetch ignores the signal', async () => {
    const deaf = (() => new Promise<Response>(() => undefined)) as unknown as typeof fetch;
    const error = await loadError(loadDataset('/slow.json', { fetch: deaf, timeoutMs: 20 }));
    expect(error.reason).toBe('timeout');
  });

  it('is aborted by the caller', async () => {
    const never = fakeFetch({ '/slow.json': () => new Promise<Response>(() => undefined) });
    const controller = new AbortController();
    const pending = loadDataset('/slow.json', { fetch: never, signal: controller.signal });
    controller.abort();
    expect((await loadError(pending)).reason).toBe('aborted');
    const already = AbortSignal.abort();
    expect((await loadError(loadDataset('/slow.json', { fetch: never, signal: already }))).reason).toBe(
      'aborted',
    );
  });
});
