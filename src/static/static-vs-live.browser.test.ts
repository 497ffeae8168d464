import { expect, fixture, html } from '@open-wc/testing';
import counties from '../../data/counties.json';
import figures from '../../data/figures.json';
import indicators from '../../data/indicators.json';
import { ChartHarness } from '../charts/core/harness.js';
import type { ChartElement } from '../charts/core/index.js';
import '../charts/radar/define.js';
import '../charts/target-bars/define.js';
import '../charts/trend-line/define.js';
import type { Dataset } from '../data/types.js';

const dataset = { counties, indicators, figures } as unknown as Dataset;
const frame = () => new Promise((r) => requestAnimationFrame(r));

/** The live element at 640 px, settled (the radar reserves its height a frame later). */
async function live(tag: string, attributes: Record<string, string>, lang: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
  const el = document.createElement(tag) as ChartElement;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.setAttribute('lang', lang);
  el.data = dataset;
  wrapper.append(el);
  const h = new ChartHarness(el);
  await h.ready();
  for (let i = 0, last = ''; i < 20; i += 1) {
    await frame();
    await el.updateComplete;
    const now = JSON.stringify(h.plotSize());
    if (now === last) break;
    last = now;
  }
  return { el, h };
}

/** The same chart drawn by `npm run render`'s code at the live plot size (rendered in node by the test server). */
async function staticChart(
  chart: string,
  attributes: Record<string, string>,
  lang: string,
  size: { width: number; height: number },
) {
  const query = new URLSearchParams({ chart, lang, width: String(size.width), height: String(size.height) });
  for (const [k, v] of Object.entries(attributes)) query.append('attr', `${k}=${v}`);
  const response = (await (await fetch(`/__static-render?${query}`)).json()) as {
    html?: string;
    error?: string;
    size?: unknown;
  };
  expect(response.error ?? null).to.equal(null);
  expect(response.size).to.deep.equal(size);
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${response.html}`, 'text/html');
  return doc;
}

const words = (svg: Element) =>
  [...svg.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());

const cases: [string, string, Record<string, string>, string][] = [
  ['target-bars', 'county-target-bars', { county: 'tonghua' }, 'zh-CN'],
  ['trend-line', 'county-trend-line', { counties: 'tonghua hulan', indicator: 'gdp' }, 'en'],
  ['radar', 'county-radar', { counties: 'tonghua hulan fuxin', highlight: 'tonghua' }, 'zh-CN'],
];

describe('static output = live chart', () => {
  for (const [chart, tag, attributes, lang] of cases) {
    it(`${chart}: same marks, mark names, SVG texts, title and table as the live element`, async () => {
      const { h } = await live(tag, attributes, lang);
      const size = h.plotSize();
      expect(size.width).to.be.greaterThan(500);
      const doc = await staticChart(chart, attributes, lang, size);
      const svg = doc.querySelector('svg.plot-svg')!;
      const liveSvg = h.root.querySelector('svg.plot-svg')!;
      const marks = [...svg.querySelectorAll('g.mark')];
      expect(h.marks().length).to.be.greaterThan(2);
      expect(marks).to.have.length(h.marks().length);
      expect(marks.map((m) => m.getAttribute('aria-label'))).to.deep.equal(h.markLabels());
      expect(words(svg)).to.deep.equal(words(liveSvg));
      expect(doc.querySelector('.title')!.textContent).to.equal(h.text('title'));
      expect(doc.querySelector('.source')!.textContent).to.equal(h.text('source'));
      const rows = await h.tableRows();
      expect(
        [...doc.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim())),
      ).to.deep.equal(rows);
      // the geometry too: every mark's shapes at the same coordinates
      const geometry = (root: Element) =>
        [...root.querySelectorAll('g.mark :is(rect, circle, path, line)')].map((s) =>
          ['x', 'y', 'width', 'height', 'cx', 'cy', 'd', 'x1', 'y1'].map((a) => s.getAttribute(a)).join(' '),
        );
      expect(geometry(svg)).to.deep.equal(geometry(liveSvg));
    });
  }
});
