import { expect } from '@open-wc/testing';
import counties from '../../../data/counties.json';
import indicators from '../../../data/indicators.json';
import figures from '../../../data/figures.json';
import { sampleDataset as radarFixture } from '../../data/comparison.fixture.js';
import { parseDataset } from '../../data/load.js';
import type { Dataset } from '../../data/types.js';
import '../../define.js';
import { trendFixture } from '../trend-line/fixture.js';
import { ChartElement } from './chart-element.js';
import { clearDatasetCache, setDefaultDatasetSource } from './dataset-source.js';
import { settle } from './fuzz-kit.js';

/**
 * Adding and removing 1,000 charts leaves nothing behind: no element alive after GC, no element still
 * observed by a ResizeObserver, no pending timer / frame / idle callback, no window or document
 * listener, no default-source listener; and the JS heap back where it started.
 */
const real: Dataset = parseDataset({ counties, indicators, figures });
const radarData = radarFixture();

// ---- instrumentation (installed before any chart exists) ------------------------------------

const observed = new Set<Element>();
const roObserve = ResizeObserver.prototype.observe;
const roUnobserve = ResizeObserver.prototype.unobserve;
ResizeObserver.prototype.observe = function (target: Element, options?: ResizeObserverOptions) {
  observed.add(target);
  return roObserve.call(this, target, options);
};
ResizeObserver.prototype.unobserve = function (target: Element) {
  observed.delete(target);
  return roUnobserve.call(this, target);
};

/** Timers, frames and idle callbacks scheduled while `tracking`, not yet run or cancelled. */
const pending = new Map<string, Set<number>>([
  ['timeout', new Set()],
  ['frame', new Set()],
  ['idle', new Set()],
]);
let tracking = false;
type Schedule = (cb: (...a: unknown[]) => void, ...rest: unknown[]) => number;
function track(
  kind: string,
  schedule: Schedule,
  cancel: (id: number) => void,
): [Schedule, (id: number) => void] {
  const set = pending.get(kind)!;
  const wrapped: Schedule = (cb, ...rest) => {
    if (!tracking || typeof cb !== 'function') return schedule(cb, ...rest);
    const id = schedule(
      (...a: unknown[]) => {
        set.delete(id);
        cb(...a);
      },
      ...rest,
    );
    set.add(id);
    return id;
  };
  const unwrapped = (id: number) => {
    set.delete(id);
    cancel(id);
  };
  return [wrapped, unwrapped];
}
const w = window as unknown as Record<string, unknown>;
for (const [kind, scheduleName, cancelName] of [
  ['timeout', 'setTimeout', 'clearTimeout'],
  ['frame', 'requestAnimationFrame', 'cancelAnimationFrame'],
  ['idle', 'requestIdleCallback', 'cancelIdleCallback'],
] as const) {
  const schedule = (w[scheduleName] as Schedule).bind(window);
  const cancel = (w[cancelName] as (id: number) => void).bind(window);
  [w[scheduleName], w[cancelName]] = track(kind, schedule, cancel);
}

/** Net listeners added to window and document while tracking. */
let globalListeners = 0;
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (...args: Parameters<EventTarget['addEventListener']>) {
  if (tracking && (this === window || this === document)) globalListeners++;
  return add.apply(this, args);
};
EventTarget.prototype.removeEventListener = function (
  ...args: Parameters<EventTarget['removeEventListener']>
) {
  if (tracking && (this === window || this === document)) globalListeners--;
  return remove.apply(this, args);
};

/** requestUpdate() calls on charts no longer in the page (a default-source listener left behind). */
let detachedUpdates = 0;
const requestUpdate = ChartElement.prototype.requestUpdate;
ChartElement.prototype.requestUpdate = function (...args: Parameters<ChartElement['requestUpdate']>) {
  if (tracking && !this.isConnected && this.hasUpdated) detachedUpdates++;
  return requestUpdate.apply(this, args);
};

// ---- helpers -----------------------------------------------------------------------------------

const gc = (window as unknown as { gc?: () => void }).gc;
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function collect(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc!();
    await sleep(20); // WeakRefs are cleared between jobs
  }
  return heap();
}

/** The i-th chart: bars, lines and radars, with data, a URL, the page default, or an error. */
function makeChart(i: number): ChartElement {
  const kind = i % 3;
  const variant = Math.floor(i / 3) % 4;
  const el = document.createElement(
    kind === 0 ? 'county-target-bars' : kind === 1 ? 'county-trend-line' : 'county-radar',
  ) as ChartElement;
  if (kind === 0) el.setAttribute('county', variant === 3 ? 'nowhere' : i % 2 ? 'tonghua' : 'hulan');
  if (kind === 1) {
    el.setAttribute('county', 'hulan');
    el.setAttribute('indicator', variant === 3 ? 'nothing' : 'gdp');
  }
  const data = kind === 0 ? real : kind === 1 ? trendFixture : radarData;
  if (variant === 0 || variant === 3) el.data = data;
  else if (variant === 1 && kind === 0) el.setAttribute('src', '/__county-test/dataset.json');
  else if (variant === 1) el.data = data;
  // variant 2: no data: waits for the page default (a listener on the default source)
  if (i % 5 === 0) el.setAttribute('lang', 'en');
  return el;
}

describe('lifecycle: 1,000 charts added and removed', () => {
  it('leaves no element, observer, listener, timer or heap behind', async function () {
    this.timeout(180_000);
    expect(gc, 'window.gc (launch Chromium with --js-flags=--expose-gc)').to.be.a('function');
    const container = document.createElement('div');
    container.style.width = '480px';
    document.body.append(container);
    const console_error = console.error;
    console.error = () => undefined; // the deliberate error charts log their message

    const round = async (from: number, count: number, batch: number, refs?: WeakRef<Element>[]) => {
      for (let start = from; start < from + count; start += batch) {
        const els = Array.from({ length: batch }, (_, k) => makeChart(start + k));
        container.append(...els);
        await frames();
        for (const el of els) await settle(el);
        await frames();
        // open a tooltip on some (focus and pointer listeners, positioned tooltip)
        for (const el of els.slice(0, 5)) {
          el.shadowRoot?.querySelector<SVGElement>('[data-mark]')?.focus();
          await settle(el);
        }
        if (refs) refs.push(...els.map((el) => new WeakRef(el)));
        for (const el of els) el.remove();
        await settle(els[0]);
      }
    };

    try {
      setDefaultDatasetSource(real);
      // Warm up: modules, caches (one fetch per URL, shared comparisons), JIT.
      await round(0, 60, 30);
      await sleep(1700);
      const before = await collect();
      const observedBefore = observed.size;

      tracking = true;
      const refs: WeakRef<Element>[] = [];
      await round(0, 1000, 50, refs);
      const drawnSample = refs.length;
      // Chromium remembers the last focused node as the starting point of sequential focus
      // navigation (and may hold a removed one): move it to a node of the page's own.
      const anchor = document.createElement('button');
      document.body.append(anchor);
      anchor.focus();
      anchor.blur();
      anchor.remove();
      // Idle callbacks (lazy tables) have a 1.5 s timeout; let anything that will run, run.
      await sleep(1700);
      const after = await collect();
      tracking = false;

      // The page default changes after they left: no removed chart reacts.
      detachedUpdates = 0;
      tracking = true;
      setDefaultDatasetSource(radarData);
      await sleep(20);
      setDefaultDatasetSource(undefined);
      tracking = false;

      const survivors = refs.flatMap((r) => r.deref() ?? []);
      const alive = survivors.length;
      if (alive)
        console.log(
          'alive:',
          survivors.map((e) => `${e.localName} ${e.getAttributeNames().join(',')}`).join('; '),
        );
      const stillObserved = [...observed].filter((t) => !t.isConnected).length;
      const timers = Object.fromEntries([...pending].map(([k, v]) => [k, v.size]));
      const growth = after - before;
      console.log(
        `lifecycle: ${drawnSample} charts; heap before ${(before / 1e6).toFixed(2)} MB, after ${(after / 1e6).toFixed(2)} MB, ` +
          `growth ${(growth / 1e3).toFixed(0)} kB; alive ${alive}; observed (detached) ${stillObserved}; ` +
          `observed before ${observedBefore}; timers ${JSON.stringify(timers)}; window/document listeners ${globalListeners}; ` +
          `detached updates ${detachedUpdates}`,
      );
      expect(drawnSample).to.equal(1000);
      // Under a loaded machine Chromium occasionally keeps one removed node a little longer (seen: one
      // radar in ~1 of 4 runs, none when run alone); the leak this test caught kept 123 of 1,000.
      expect(alive, 'charts still reachable after GC').to.be.at.most(2);
      expect(stillObserved, 'detached elements still observed').to.equal(0);
      expect(timers).to.deep.equal({ timeout: 0, frame: 0, idle: 0 });
      expect(globalListeners, 'window/document listeners left').to.equal(0);
      expect(detachedUpdates, 'removed charts still listening to the default source').to.equal(0);
      // 1,000 leaked charts would hold tens of MB (each has a shadow root of a few hundred nodes).
      expect(growth, 'JS heap growth after GC').to.be.below(2_000_000);
    } finally {
      tracking = false;
      console.error = console_error;
      container.remove();
      setDefaultDatasetSource(undefined);
      clearDatasetCache();
    }
  });
});
