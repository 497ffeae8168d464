// Shared by examples/react and examples/vue browser tests: opens the app as built (dist/, built
// by the `example-app-build` command of examples/app-build.mjs when stale) in an iframe of the test
// page and drives it with real mouse clicks and key presses (puppeteer, via wtr commands).
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Dataset, Figure } from '../src/data/types.js';
import counties from '../data/counties.json';
import indicators from '../data/indicators.json';
import figures from '../data/figures.json';

/** The committed dataset, read independently of the app (the app's answers are checked against it). */
export const datasetJson = { counties, indicators, figures } as unknown as Dataset;

export const figureById = (id: string): Figure => {
  const found = datasetJson.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

export type ChartTag = 'county-target-bars' | 'county-trend-line' | 'county-radar';

/** A chart element inside the app's frame, seen only through the DOM (no class from this realm). */
export interface ChartInFrame extends HTMLElement {
  data?: Dataset;
  /** Chart properties the tests read back (set by the frameworks as properties). */
  county?: string;
  highlight?: string;
  kind?: string;
  updateComplete: Promise<boolean>;
}

export interface SelectRecord {
  readonly target: string;
  readonly detail: { key: string; figureIds: string[]; county: string | null; indicator: string | null };
}

export class ExampleApp {
  /** Every county-select the app's document saw (the event bubbles and is composed). */
  readonly selects: SelectRecord[] = [];

  private constructor(readonly frame: HTMLIFrameElement) {
    this.doc.addEventListener('county-select', (event) => {
      const e = event as CustomEvent<SelectRecord['detail']>;
      this.selects.push({ target: (e.target as Element).localName, detail: e.detail });
    });
  }

  /** Build examples/<app>/dist if it is missing or older than its inputs (vite's JS API). */
  static async build(app: 'react' | 'vue'): Promise<void> {
    await executeServerCommand('example-app-build', { app });
  }

  /** Load `examples/<app>/dist/index.html` and wait for the charts. */
  static async open(app: 'react' | 'vue'): Promise<ExampleApp> {
    await setViewport({ width: 1100, height: 900 });
    document.body.style.margin = '0';
    const frame = document.createElement('iframe');
    frame.style.cssText = 'border:0;width:1080px;height:880px;display:block';
    const loaded = new Promise((resolve, reject) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.addEventListener('error', reject, { once: true });
    });
    frame.src = `/examples/${app}/dist/index.html`;
    document.body.append(frame);
    await loaded;
    const opened = new ExampleApp(frame);
    for (const tag of ['county-target-bars', 'county-trend-line', 'county-radar'] as const)
      await opened.settled(tag);
    return opened;
  }

  get doc(): Document {
    const doc = this.frame.contentDocument;
    if (!doc) throw new Error('the example frame has no document');
    return doc;
  }

  chart(tag: ChartTag): ChartInFrame {
    const el = this.doc.querySelector<ChartInFrame>(tag);
    if (!el) throw new Error(`<${tag}> is not in the app`);
    return el;
  }

  root(tag: ChartTag): ShadowRoot {
    const root = this.chart(tag).shadowRoot;
    if (!root) throw new Error(`<${tag}> has no shadow root`);
    return root;
  }

  marks(tag: ChartTag): SVGGElement[] {
    return [...this.root(tag).querySelectorAll<SVGGElement>('[data-mark]')].sort(
      (a, b) => Number(a.dataset.mark) - Number(b.dataset.mark),
    );
  }

  markLabels(tag: ChartTag): string[] {
    return this.marks(tag).map((m) => m.getAttribute('aria-label') ?? '');
  }

  title(tag: ChartTag): string {
    return this.root(tag).querySelector('[part="title"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  text(selector: string): string {
    return this.doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** Wait until the chart is defined, not loading, and draws marks with a size (or shows an error). */
  async settled(tag: ChartTag, timeoutMs = 6000): Promise<void> {
    const start = performance.now();
    for (;;) {
      const el = this.doc.querySelector<ChartInFrame>(tag);
      if (el?.shadowRoot && this.frame.contentWindow?.customElements.get(tag)) {
        await el.updateComplete;
        const root = el.shadowRoot;
        if (root.querySelector('[part="error"]')) return;
        const busy = root.querySelector('.chart[aria-busy="true"]');
        const drawn = [...root.querySelectorAll('[data-mark]')].some(
          (m) => m.getBoundingClientRect().width > 0,
        );
        if (!busy && drawn) return;
      }
      if (performance.now() - start > timeoutMs)
        throw new Error(`<${tag}> did not render in ${timeoutMs} ms`);
      await frames(1);
    }
  }

  /** Wait (a few frames at most) until `check` holds; returns whether it did. */
  async until(check: () => boolean, timeoutMs = 3000): Promise<boolean> {
    const start = performance.now();
    while (!check()) {
      if (performance.now() - start > timeoutMs) return false;
      await frames(1);
    }
    return true;
  }

  /** A real mouse click at the centre of an element of the frame. */
  async click(element: Element): Promise<void> {
    element.scrollIntoView({ block: 'center', inline: 'center' });
    await frames(2);
    const box = element.getBoundingClientRect();
    const frameBox = this.frame.getBoundingClientRect();
    const x = Math.round(frameBox.left + box.left + box.width / 2);
    const y = Math.round(frameBox.top + box.top + box.height / 2);
    await sendMouse({ type: 'click', position: [x, y] });
    await frames(2);
  }

  /** Focus an element of the frame and press a real key. */
  async press(element: HTMLElement | SVGElement, key: string): Promise<void> {
    element.scrollIntoView({ block: 'center' });
    element.focus();
    await frames(1);
    await sendKeys({ press: key });
    await frames(2);
  }

  /** Choose an option of a <select> as a script would (the value setter, then `change`). */
  async choose(selector: string, value: string): Promise<void> {
    const select = this.doc.querySelector<HTMLSelectElement>(selector);
    if (!select) throw new Error(`no ${selector}`);
    const view = this.frame.contentWindow as (Window & typeof globalThis) | null;
    if (!view) throw new Error('no frame window');
    Object.getOwnPropertyDescriptor(view.HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
    select.dispatchEvent(new view.Event('change', { bubbles: true }));
    await frames(2);
  }

  remove(): void {
    this.frame.remove();
  }
}

export const frames = (n: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
