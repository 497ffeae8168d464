/**
 * Hostile input for property-based browser tests (fast-check): strings and numbers that break
 * charts, dataset mutations (valid but strange, or invalid), junk objects, and the invariants every
 * chart must keep whatever it is given. Used by `src/charts/*\/fuzz.browser.test.ts`.
 */
import fc from 'fast-check';
import type { LitElement } from 'lit';
import type { Dataset } from '../../data/types.js';

/** Runs per element: `FUZZ_RUNS=20000 npm run test:browser` for a longer run (read from the test server). */
export async function fuzzSettings(): Promise<{ runs: number; seed?: number; trace?: boolean }> {
  try {
    const r = await fetch('/__county-test/fuzz-settings.json');
    const s = (await r.json()) as { runs?: number; seed?: number; trace?: boolean };
    return { runs: s.runs && s.runs > 0 ? s.runs : 1000, seed: s.seed, trace: s.trace };
  } catch {
    return { runs: 1000 };
  }
}

const PWNED = '__countyChartsPwned';

/** Markup and script a label must never turn into (each would set window[PWNED] if it ran). */
export const INJECTIONS: readonly string[] = [
  `<script>window.${PWNED}=1</script>`,
  `<img src=x onerror="window.${PWNED}=1">`,
  `"><svg onload="window.${PWNED}=1"><text>`,
  `<iframe src="javascript:window.${PWNED}=1"></iframe>`,
  `</text><script>window.${PWNED}=1</script><text>`,
  `javascript:window.${PWNED}=1`,
  '${window.__countyChartsPwned=1}',
  '{{constructor.constructor("window.__countyChartsPwned=1")()}}',
  `<a href="javascript:window.${PWNED}=1" onclick="window.${PWNED}=1">x</a>`,
  `<style>*{display:none}</style>`,
  '<!-- ]]> -->',
];

export const HOSTILE_STRINGS: readonly string[] = [
  ...INJECTIONS,
  '',
  ' ',
  '\n\t ',
  'x'.repeat(500),
  '县'.repeat(500),
  `${'地区生产总值增长'.repeat(40)}`,
  'الناتج المحلي الإجمالي للمقاطعة',
  'עברית 2022 %',
  '\u202Eevil\u202C text \u200F',
  '👩‍👩‍👧‍👦🇨🇳 ̸̢̛̤͎͓̱',
  '\u0000\uFFFE\uD800',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  '%s %d %o %c',
  'Ｔｏｎｇｈｕａ',
  'TONGHUA',
  'tonghua tonghua',
  'a,b;c|d',
  '&lt;b&gt;&amp;&#x3C;',
];

const NOISE = /NaN|undefined|Infinity|\[object|null/;

/** A hostile string: from the list, or random (never containing words the invariants look for). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).filter((s) => !NOISE.test(s)) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => !NOISE.test(s)),
  },
);

export const HOSTILE_NUMBERS: readonly number[] = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  0,
  -0,
  1e15,
  -1e15,
  1e-12,
  5e-324,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  0.1,
  2022,
  100,
  -273.15,
];

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }) },
);

/** Values of the wrong type for any field. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  undefined,
  5,
  'str',
  true,
  [],
  {},
  [1, 2],
  { zh: 5, en: null },
  NaN,
];

/**
 * An attribute value: null (attribute removed) or one of the chart's valid values; in hostile cases
 * also `bad` values (unknown ids), hostile strings and numbers written as text ("NaN", "1e15").
 * `list`: several valid values joined by spaces (for `counties`, `indicators`).
 */
export function attrValue(
  valid: readonly string[],
  { absent = 10, list = false, bad = [] }: { absent?: number; list?: boolean; bad?: readonly string[] } = {},
): (calm: boolean) => fc.Arbitrary<string | null> {
  return (calm) =>
    fc.oneof(
      { weight: absent, arbitrary: fc.constant(null) },
      { weight: 14, arbitrary: valid.length ? fc.constantFrom(...valid) : fc.constant('') },
      {
        weight: calm || !bad.length ? 0 : 4,
        arbitrary: bad.length ? fc.constantFrom(...bad) : fc.constant(''),
      },
      { weight: calm ? 0 : 3, arbitrary: hostileString },
      { weight: calm ? 0 : 2, arbitrary: hostileNumber.map(String) },
      {
        weight: list ? 4 : 0,
        arbitrary:
          valid.length > 1
            ? fc.subarray([...valid], { minLength: 2 }).map((ids) => ids.join(' '))
            : fc.constant(' '),
      },
    );
}

/** Attributes as `{ name: attrValue(…) }`, calm or hostile. */
export function attributes(
  spec: Record<string, (calm: boolean) => fc.Arbitrary<string | null>>,
): (calm: boolean) => fc.Arbitrary<Record<string, string | null>> {
  return (calm) =>
    fc.record(Object.fromEntries(Object.entries(spec).map(([name, arb]) => [name, arb(calm)])));
}

/** The attributes every chart has (from ChartElement). */
export const baseAttributes = attributes({
  lang: attrValue(['zh-CN', 'en'], { bad: ['zh', 'en-GB', 'ar', 'he', 'EN'] }),
  theme: attrValue(['light', 'dark', 'auto'], { bad: ['sepia'] }),
  height: attrValue(['300', '480'], { bad: ['120', '0', '-50', '1e15', '99999', '2.5'] }),
  'show-table': (calm) =>
    fc.oneof(
      { weight: 5, arbitrary: fc.constant(null) },
      { weight: calm ? 0 : 1, arbitrary: fc.constant('') },
    ),
});

// ---- datasets --------------------------------------------------------------------------------

type Json = Record<string, unknown>;
type Target = 'counties' | 'indicators' | 'figures';

/** One change to a dataset; a list of them is a test case's data (shrinks well). */
export type Mutation =
  | { op: 'label'; target: Target; index: number; field: number; value: string }
  | { op: 'number'; index: number; value: number; range: boolean }
  | { op: 'unit'; index: number; unit: string }
  | { op: 'period'; index: number; start: number; end: number }
  | { op: 'enum'; index: number; field: number; pick: number }
  | { op: 'indicator'; index: number; pick: number }
  | { op: 'wrong-type'; target: Target; index: number; field: number; value: number }
  | { op: 'remove'; target: Target; index: number; field: number }
  | { op: 'duplicate'; target: Target; index: number }
  | { op: 'flip'; index: number; field: number }
  | { op: 'throwing-getter'; index: number };

const LABELS: Record<Target, readonly string[]> = {
  counties: ['name.zh', 'name.en', 'province.zh', 'prefecture.en', 'report.title'],
  indicators: ['name.zh', 'name.en', 'unitName.zh', 'unitName.en'],
  figures: ['subject', 'source.sentence', 'source.seed'],
};
const FIELDS: Record<Target, readonly string[]> = {
  counties: ['id', 'name', 'name.zh', 'report', 'report.year', 'level', 'province'],
  indicators: ['id', 'name', 'category', 'measure', 'unit', 'conversions', 'keywords', 'higherIsBetter'],
  figures: [
    'id',
    'county',
    'subject',
    'indicator',
    'kind',
    'measure',
    'value',
    'baseValue',
    'unit',
    'period',
    'period.start',
    'source',
    'source.start',
    'comparator',
    'cumulative',
    'direction',
  ],
};
const ENUMS: readonly [string, readonly string[]][] = [
  ['kind', ['target', 'actual', 'estimate', 'plan']],
  ['measure', ['level', 'growth', 'share', 'rate']],
  ['comparator', ['=', '>=', '<=', '~', '≥']],
  ['direction', ['increase', 'decrease', 'sideways']],
  ['rateBasis', ['per-year', 'over-period']],
];
const UNITS = ['亩', '公顷', '%', '个百分点', '元', '万元', '亿元', 'km', '人次', '吨', ' ', '<b>'];

const target: fc.Arbitrary<Target> = fc.constantFrom('counties', 'indicators', 'figures');
const index = fc.nat({ max: 400 });

/** Mostly changes that keep the dataset valid (strange labels, numbers, units, years), some that break it. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('label' as const),
      target,
      index,
      field: fc.nat(),
      value: hostileString,
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('number' as const),
      index,
      value: hostileNumber,
      range: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('unit' as const), index, unit: fc.constantFrom(...UNITS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('period' as const),
      index,
      // mostly valid spans (1949–2100, start ≤ end), sometimes not
      start: fc.constantFrom(1949, 2016, 2021, 2022, 2022, 2025, 2100, 1900, 2022.5),
      end: fc.constantFrom(2100, 2022, 2026, 2026, 2035, 2100, 2200),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('enum' as const), index, field: fc.nat(), pick: fc.nat() }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('indicator' as const), index, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('flip' as const), index, field: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('throwing-getter' as const), index }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('wrong-type' as const),
      target,
      index,
      field: fc.nat(),
      value: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), target, index, field: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), target, index }) },
);

function setPath(obj: Json, path: string, value: unknown, remove = false): void {
  const keys = path.split('.');
  let o: unknown = obj;
  for (const k of keys.slice(0, -1)) {
    o = o !== null && typeof o === 'object' ? (o as Json)[k] : undefined;
  }
  if (o === null || typeof o !== 'object') return;
  const last = keys[keys.length - 1];
  if (remove) delete (o as Json)[last];
  else (o as Json)[last] = value;
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length];

/** Apply mutations to a deep copy of `base` (base stays untouched). */
export function mutate(base: Dataset, mutations: readonly Mutation[]): Dataset {
  const d = structuredClone(base) as unknown as Record<Target, Json[]>;
  for (const m of mutations) {
    const list = 'target' in m ? d[m.target] : d.figures;
    if (!Array.isArray(list) || list.length === 0) continue;
    const r = at(list, m.index);
    switch (m.op) {
      case 'label': {
        const field = at(LABELS[m.target], m.field);
        setPath(r, field, m.value);
        if (field === 'source.sentence') {
          // keep the span inside the new sentence so the record stays valid when the text is not empty
          setPath(r, 'source.sentenceStart', 0);
          setPath(r, 'source.start', 0);
          setPath(r, 'source.end', Math.max(1, m.value.length));
        }
        break;
      }
      case 'number': {
        // unit = base unit, so the written and base values agree whatever the number
        r.unit = r.baseUnit;
        r.value = r.baseValue = m.value;
        delete r.valueHi;
        delete r.baseValueHi;
        if (m.range) r.valueHi = r.baseValueHi = m.value + Math.abs(m.value);
        break;
      }
      case 'unit':
        r.unit = r.baseUnit = m.unit;
        r.baseValue = r.value;
        if (r.valueHi !== undefined) r.baseValueHi = r.valueHi;
        break;
      case 'period':
        r.period = { start: m.start, end: m.end };
        break;
      case 'enum': {
        const [field, values] = at(ENUMS, m.field);
        r[field] = at(values, m.pick);
        break;
      }
      case 'indicator': {
        const ids = [null, 'no-such-indicator', ...d.indicators.map((i) => i.id)];
        r.indicator = at(ids, m.pick);
        break;
      }
      case 'wrong-type':
        setPath(r, at(FIELDS[m.target], m.field), at(WRONG_TYPES, m.value));
        break;
      case 'remove':
        setPath(r, at(FIELDS[m.target], m.field), undefined, true);
        break;
      case 'duplicate':
        list.push(structuredClone(r));
        break;
      case 'flip':
        if (r.period && typeof r.period === 'object') {
          const p = r.period as Json;
          if (m.field % 2) r.cumulative = !r.cumulative;
          else [p.start, p.end] = [p.end, p.start];
        }
        break;
      case 'throwing-getter': {
        // Passes validation (the first read), then throws: data that changes under the chart.
        let subject = r.subject;
        let reads = 0;
        Object.defineProperty(r, 'subject', {
          enumerable: true,
          get() {
            if (++reads > 1) throw new Error('subject getter exploded');
            return subject;
          },
          set(v: unknown) {
            subject = v;
          },
        });
        break;
      }
    }
  }
  return d as unknown as Dataset;
}

/** `count` valid figures made from `base`'s (new ids, varied values and years): schema-valid and huge. */
export function hugeDataset(base: Dataset, count = 10_000): Dataset {
  const figures = [];
  const n = base.figures.length;
  for (let i = 0; i < count; i++) {
    const f = base.figures[i % n];
    const k = 1 + (i % 7) / 10;
    const year = 2016 + (i % 12);
    figures.push({
      ...f,
      id: `${f.county}-big${i}`,
      value: f.value * k,
      baseValue: f.baseValue * k,
      ...(f.valueHi === undefined ? {} : { valueHi: f.valueHi * k, baseValueHi: f.baseValueHi! * k }),
      period: f.period.start === f.period.end ? { start: year, end: year } : f.period,
    });
  }
  return { ...base, figures };
}

/** Objects that are not datasets, some of them actively hostile. */
export function junkData(which: number): unknown {
  const cyclic: Json = { counties: [], indicators: [] };
  cyclic.figures = [cyclic];
  const all: (() => unknown)[] = [
    () => null,
    () => 42,
    () => 'data.json',
    () => [],
    () => ({ counties: 'x', indicators: 5, figures: null }),
    () => ({
      get counties(): never {
        throw new Error('counties getter exploded');
      },
      indicators: [],
      figures: [],
    }),
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('proxy get exploded');
          },
          has() {
            throw new Error('proxy has exploded');
          },
          ownKeys() {
            throw new Error('proxy ownKeys exploded');
          },
        },
      ),
    () => cyclic,
    () => Object.freeze({ counties: Object.freeze([]), indicators: [], figures: [{}] }),
    () => new Promise(() => undefined),
    () => new Date(),
    () => Object.create(null),
  ];
  return at(all, which)();
}

export type DataCase =
  | { type: 'base' }
  | { type: 'none' }
  | { type: 'empty' }
  | { type: 'huge' }
  | { type: 'mutated'; mutations: Mutation[] }
  | { type: 'junk'; which: number };

/** Changes that keep the dataset valid: hostile but non-empty labels, finite numbers, other units and years. */
export const calmMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('label' as const),
    target,
    index,
    field: fc.nat(),
    value: hostileString.filter((v) => v.trim() !== ''),
  }),
  fc.record({
    op: fc.constant('number' as const),
    index,
    value: hostileNumber.filter(Number.isFinite),
    range: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('unit' as const),
    index,
    unit: fc.constantFrom(...UNITS.filter((u) => u.trim())),
  }),
  fc.record({
    op: fc.constant('period' as const),
    index,
    start: fc.constantFrom(1949, 2016, 2021, 2022),
    end: fc.constantFrom(2022, 2026, 2035, 2100),
  }),
  fc
    .record({ op: fc.constant('indicator' as const), index, pick: fc.nat() })
    .filter((m) => m.pick % 103 !== 1),
);

export function dataCase(calm: boolean): fc.Arbitrary<DataCase> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant({ type: 'base' as const }) },
    { weight: calm ? 0 : 1, arbitrary: fc.constant({ type: 'none' as const }) },
    { weight: 1, arbitrary: fc.constant({ type: 'empty' as const }) },
    { weight: 1, arbitrary: fc.constant({ type: 'huge' as const }) },
    {
      weight: 8,
      arbitrary: fc
        .array(calm ? calmMutation : mutation, { minLength: 1, maxLength: 4 })
        .map((mutations) => ({ type: 'mutated' as const, mutations })),
    },
    { weight: calm ? 0 : 2, arbitrary: fc.nat().map((which) => ({ type: 'junk' as const, which })) },
  );
}

/** Build the value a DataCase stands for (huge datasets are built once per base). */
export function buildData(c: DataCase, base: Dataset): unknown {
  switch (c.type) {
    case 'base':
      return base;
    case 'none':
      return undefined;
    case 'empty':
      return { counties: [], indicators: [], figures: [] };
    case 'huge': {
      let huge = hugeCache.get(base);
      if (!huge) hugeCache.set(base, (huge = hugeDataset(base)));
      return huge;
    }
    case 'mutated':
      return mutate(base, c.mutations);
    case 'junk':
      return junkData(c.which);
  }
}
const hugeCache = new WeakMap<Dataset, Dataset>();

// ---- watching the page -----------------------------------------------------------------------

/** Records uncaught errors, unhandled rejections and console.error calls until `stop()`. */
export class PageWatch {
  readonly errors: string[] = [];
  readonly rejections: string[] = [];
  readonly consoleErrors: unknown[][] = [];
  private readonly original = console.error;
  private readonly onError = (e: ErrorEvent) => this.errors.push(String(e.error?.stack ?? e.message));
  private readonly onRejection = (e: PromiseRejectionEvent) => {
    this.rejections.push(String((e.reason as Error)?.stack ?? e.reason));
    e.preventDefault();
  };

  constructor() {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    console.error = (...args: unknown[]) => this.consoleErrors.push(args);
  }

  /** Forget what was recorded so far (between cases). */
  reset(): void {
    this.errors.length = this.rejections.length = this.consoleErrors.length = 0;
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    console.error = this.original;
  }
}

/** Let the element finish every update it queued (a render may request another one, e.g. on size). */
export async function settle(el: LitElement, rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if ((await el.updateComplete) && !el.isUpdatePending) return;
  }
}

// Everything a chart's own templates create (core frame, tooltip, table, the three charts' marks).
const ALLOWED_TAGS = new Set(
  (
    'div p span ul li button svg g rect line path circle text tspan title foreignobject table caption ' +
    'thead tbody tr th td dl dt dd blockquote cite details summary desc'
  ).split(' '),
);
const NUMERIC_ATTRS = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height'];
const BAD_TEXT = /NaN|undefined|Infinity|\[object /;

/**
 * What must hold after any input: returns the problems found (empty when the chart is fine).
 * - the error state (role=alert, a message), or loading only when no data was given, or a chart whose
 *   SVG numbers are finite and within reach, whose text shows no NaN/undefined, with named marks;
 * - only the chart's own kinds of node in the shadow root: no script/img/iframe/style, no on* or href
 *   attributes; the light DOM untouched; no injected script ran;
 * - console.error only for the chart's own error message, while it shows the error state.
 */
export function chartProblems(
  el: LitElement,
  watch: PageWatch,
  options: { noData: boolean; lightDom: string; echoes?: readonly string[] },
): string[] {
  // Attribute values may be shown as given ("NaN" as a county id): only computed NaN counts.
  const echoes = (options.echoes ?? []).filter((e) => BAD_TEXT.test(e));
  const own = (text: string) => echoes.reduce((t, e) => t.split(e).join(''), text);
  const problems: string[] = [];
  const root = el.shadowRoot;
  if (!root) return ['no shadow root'];
  problems.push(...watch.errors.map((e) => `uncaught error: ${e}`));
  problems.push(...watch.rejections.map((e) => `unhandled rejection: ${e}`));
  if ((window as unknown as Record<string, unknown>)[PWNED]) problems.push('injected script ran');
  if (el.innerHTML !== options.lightDom) problems.push(`light DOM changed: ${el.innerHTML.slice(0, 80)}`);

  for (const node of root.querySelectorAll('*')) {
    const tag = node.localName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) problems.push(`foreign <${tag}> in the shadow root`);
    for (const a of node.getAttributeNames()) {
      if (/^on/i.test(a) || /href$/i.test(a) || a === 'src' || a === 'srcdoc')
        problems.push(`attribute ${a} on <${tag}>`);
      // style only as set by CSSOM (tooltip position): never text from the data
      if (a === 'style' && /url\(|javascript|expression|[<>"]/i.test(node.getAttribute(a) ?? ''))
        problems.push(`style="${node.getAttribute(a)}" on <${tag}>`);
    }
  }

  const alert = root.querySelector('[role="alert"]');
  const busy = root.querySelector('.chart[aria-busy="true"]');
  if (alert) {
    if (!alert.textContent?.trim()) problems.push('error state without a message');
  } else if (busy) {
    if (!options.noData) problems.push('still loading with data given');
  } else {
    for (const node of root.querySelectorAll('svg *, svg')) {
      for (const a of NUMERIC_ATTRS) {
        const v = node.getAttribute(a);
        if (v === null || v === '' || /%$/.test(v)) continue;
        const n = Number(v);
        if (!Number.isFinite(n) || Math.abs(n) > 1e6) problems.push(`<${node.localName}> ${a}="${v}"`);
        else if ((a === 'width' || a === 'height' || a === 'r') && n < 0)
          problems.push(`<${node.localName}> negative ${a}="${v}"`);
      }
      for (const a of ['d', 'viewBox', 'transform', 'points']) {
        const v = node.getAttribute(a);
        if (v && /NaN|Infinity|undefined/.test(v))
          problems.push(`<${node.localName}> ${a}="${v.slice(0, 60)}"`);
      }
    }
    const text = own(root.textContent ?? '');
    const bad = BAD_TEXT.exec(text);
    if (bad)
      problems.push(`text shows "${bad[0]}": …${text.slice(Math.max(0, bad.index - 40), bad.index + 20)}…`);
    for (const m of root.querySelectorAll('[data-mark]')) {
      const label = m.getAttribute('aria-label') ?? '';
      if (!label.trim()) problems.push(`mark ${m.getAttribute('data-mark')} has no accessible name`);
      if (BAD_TEXT.test(own(label))) problems.push(`mark label "${label.slice(0, 80)}"`);
    }
    const drawn = root.querySelector('svg.plot-svg, .plot > .status, [part="table"]:not(.sr-only)');
    const plot = root.querySelector<HTMLElement>('.plot');
    // (the words around the plot may leave it no room at all in a small box: then nothing is drawn)
    const hasRoom = plot ? plot.clientWidth >= 10 && plot.clientHeight >= 10 : false;
    if (!drawn && hasRoom) problems.push('ready, but neither plot, table nor empty message');
  }

  const prefix = `<${el.localName}>: `;
  for (const args of watch.consoleErrors) {
    const first = String(args[0]);
    if (!first.startsWith(prefix)) problems.push(`console.error: ${first.slice(0, 200)}`);
    else if (!alert && !root.querySelector('[role="alert"]'))
      problems.push(`logged an error but shows none: ${first.slice(0, 120)}`);
  }
  return problems;
}

/** Markers put in the page's light DOM (before the element) to prove nothing rewrote it. */
export function pagePwned(): boolean {
  return Boolean((window as unknown as Record<string, unknown>)[PWNED]);
}

// ---- the property: one element, mutated case after case -------------------------------------

export interface FuzzCase<P> {
  readonly attrs: Record<string, string | null>;
  readonly base: number;
  readonly data: DataCase;
  readonly extra: P | undefined;
  /** A new container width (px), or null to keep it. */
  readonly width: number | null;
  /** Focus this mark (modulo the count), then press these keys. */
  readonly focus: number | null;
  readonly keys: readonly string[];
  readonly toggleTable: boolean;
}

export interface FuzzOptions<P> {
  readonly tag: string;
  /** Datasets the cases start from (e.g. data/ and the chart's own fixture). */
  readonly bases: readonly Dataset[];
  /** The chart's own attributes (the base ones are added), calm (valid values) or hostile. */
  readonly attributes: (calm: boolean, base: number) => fc.Arbitrary<Record<string, string | null>>;
  /** Chart-specific properties given by code (`.rows`, `.figures`, `.comparison`). */
  readonly extra?: fc.Arbitrary<P>;
  readonly applyExtra?: (el: LitElement, extra: P, data: unknown) => void;
  readonly clearExtra?: (el: LitElement) => void;
  /** Whether the element holds data of its own (`.rows`, `.figures`, `.comparison` not null). */
  readonly ownData?: (el: LitElement) => boolean;
  readonly runs: number;
  readonly seed?: number;
  /** Send each case to the server before running it (FUZZ_TRACE=file), to catch a case that hangs. */
  readonly trace?: boolean;
}

export const SRC_VALUES = [
  '/__county-test/dataset.json',
  '/__county-test/missing.json',
  '/__county-test/invalid.json',
  '/__county-test/wrong-schema.json',
  'javascript:window.__countyChartsPwned=1',
  'data:application/json,{}',
  '<img src=x onerror=alert(1)>',
];
const KEYS = [
  'ArrowRight',
  'ArrowLeft',
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'Enter',
  'Escape',
  ' ',
];

export interface FuzzReport {
  readonly cases: number;
  readonly states: Record<string, number>;
  /** Error messages shown, by kind (quoted ids and numbers elided). */
  readonly errors: Record<string, number>;
  readonly ms: number;
}

/** `arb` in `weight` cases out of `weight + otherwise`, else `fallback`. */
function sometimes<T, F>(
  weight: number,
  otherwise: number,
  arb: fc.Arbitrary<T>,
  fallback: F,
): fc.Arbitrary<T | F> {
  return fc.oneof({ weight, arbitrary: arb }, { weight: otherwise, arbitrary: fc.constant(fallback) });
}

const frames = (): Promise<void> =>
  new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/**
 * Run `runs` random cases against one element of `tag` (reused: attributes and properties change
 * between cases, as on a live page) and throw with the first case that breaks an invariant
 * (fast-check shrinks it and prints the seed to replay).
 */
export async function fuzzChart<P>(o: FuzzOptions<P>): Promise<FuzzReport> {
  const started = performance.now();
  const container = document.createElement('div');
  container.style.width = '640px';
  document.body.append(container);
  const el = document.createElement(o.tag) as LitElement;
  container.append(el);
  const watch = new PageWatch();
  const states: Record<string, number> = {};
  const errors: Record<string, number> = {};
  let cases = 0;
  // Half the cases are calm (valid attributes, valid but strange data): they reach the drawing code.
  const start = fc.record({ calm: fc.boolean(), base: fc.nat({ max: o.bases.length - 1 }) });
  const caseArb: fc.Arbitrary<FuzzCase<P>> = start.chain(({ calm, base }) =>
    fc.record({
      attrs: fc
        .tuple(
          baseAttributes(calm),
          o.attributes(calm, base),
          calm ? fc.constant(null) : sometimes(1, 5, fc.constantFrom(...SRC_VALUES), null),
        )
        .map(([a, b, src]) => ({ ...a, ...b, src })),
      base: fc.constant(base),
      data: dataCase(calm),
      extra: o.extra ? sometimes(1, 4, o.extra, undefined) : fc.constant(undefined),
      width: sometimes(1, 12, fc.constantFrom(0, 1, 150, 320, 640, 1400), null),
      focus: sometimes(1, 2, fc.nat(), null),
      keys: fc.array(fc.constantFrom(...KEYS), { maxLength: 3 }),
      toggleTable: sometimes(1, 6, fc.constant(true), false),
    }),
  );
  try {
    await settle(el);
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        cases++;
        if (o.trace) navigator.sendBeacon('/__county-test/trace', fc.stringify(c));
        watch.reset();
        for (const a of el.getAttributeNames()) if (a !== 'style') el.removeAttribute(a);
        (el as LitElement & { data?: unknown }).data = undefined;
        o.clearExtra?.(el);
        for (const [name, value] of Object.entries(c.attrs)) if (value !== null) el.setAttribute(name, value);
        const data = buildData(c.data, o.bases[c.base]);
        (el as LitElement & { data?: unknown }).data = data;
        if (c.extra !== undefined) o.applyExtra?.(el, c.extra, data);
        if (c.width !== null) {
          container.style.width = `${c.width}px`;
          await frames();
        }
        await settle(el);
        if (c.attrs.src && data == null) {
          const until = performance.now() + 2000;
          while (el.shadowRoot?.querySelector('[aria-busy="true"]') && performance.now() < until) {
            await new Promise((r) => setTimeout(r, 5));
            await settle(el);
          }
        }
        const root = el.shadowRoot!;
        if (c.focus !== null) {
          const marks = root.querySelectorAll<SVGElement>('[data-mark]');
          if (marks.length) {
            marks[c.focus % marks.length].focus();
            await settle(el);
            for (const key of c.keys) {
              const target = root.activeElement ?? marks[0];
              target.dispatchEvent(
                new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
              );
              await settle(el);
            }
          }
        }
        if (c.toggleTable) {
          root.querySelector<HTMLButtonElement>('[part="table-toggle"]')?.click();
          await settle(el);
        }
        // A box that changed size is measured in the next frame (ResizeObserver): give it one.
        if (
          !root.querySelector('[role="alert"], [aria-busy="true"], svg.plot-svg, .plot > .status') &&
          !root.querySelector('[part="table"]:not(.sr-only)')
        ) {
          await frames();
          await settle(el);
        }
        const problems = chartProblems(el, watch, {
          noData: data == null && !c.attrs.src && !(o.ownData?.(el) ?? c.extra !== undefined),
          lightDom: '',
          echoes: Object.values(c.attrs).filter((v): v is string => !!v),
        });
        const state = root.querySelector('[role="alert"]')
          ? 'error'
          : root.querySelector('[aria-busy="true"]')
            ? 'loading'
            : root.querySelector('.plot > .status')
              ? 'empty'
              : 'ready';
        states[state] = (states[state] ?? 0) + 1;
        if (state === 'error') {
          const text = root.querySelector('[role="alert"] p:nth-child(2)')?.textContent ?? '';
          const key = text
            .replace(/^(数据格式错误:|Malformed data: )(Invalid dataset: )?/, 'malformed: ')
            .replace(/\(.*?\)|".*?"|\d+/g, '…')
            .slice(0, 40);
          errors[key] = (errors[key] ?? 0) + 1;
        }
        if (problems.length)
          throw new Error(`${problems.length} problem(s):\n${problems.slice(0, 8).join('\n')}`);
      }),
      { numRuns: o.runs, seed: o.seed, includeErrorInReport: true },
    );
  } finally {
    watch.stop();
    container.remove();
  }
  return { cases, states, errors, ms: Math.round(performance.now() - started) };
}
