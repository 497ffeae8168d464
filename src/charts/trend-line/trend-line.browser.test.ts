import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { ChartHarness } from '../core/harness.js';
import './define.js';
import { trendFixture } from './fixture.js';
import type { CountyTrendLine } from './trend-line.js';

interface AxeResult {
  violations: { id: string; nodes: unknown[] }[];
}
// axe-core/axe.min.js sets window.axe; typed locally (other test files declare it globally too).
const axe = (): { run(context: Element): Promise<AxeResult> } =>
  (window as unknown as { axe: { run(context: Element): Promise<AxeResult> } }).axe;

async function mount(attrs: string, width = 720): Promise<{ el: CountyTrendLine; h: ChartHarness }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  wrapper.innerHTML = `<county-trend-line ${attrs}></county-trend-line>`;
  const el = wrapper.firstElementChild as CountyTrendLine;
  el.data = trendFixture;
  const h = new ChartHarness(el);
  await h.ready();
  return { el, h };
}

const centre = (g: Element): { x: number; y: number } => {
  const shape = g.querySelector('circle:not(.hit), path')!;
  const b = (shape as SVGGraphicsElement).getBBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

/** Elements, Lit's comment markers and whitespace-only text nodes under `root` (itself not counted). */
function nodes(root: Node): { elements: number; comments: number; whitespace: number } {
  const n = { elements: 0, comments: 0, whitespace: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === Node.ELEMENT_NODE) n.elements++;
    else if (node.nodeType === Node.COMMENT_NODE) n.comments++;
    else if (node.nodeType === Node.TEXT_NODE && !node.textContent!.trim()) n.whitespace++;
  }
  return n;
}

describe('<county-trend-line>', () => {
  it('draws one mark per stated value, solid actual, hollow estimate, target diamond', async () => {
    const { h } = await mount('county="sample" indicator="above-scale-enterprises" lang="zh-CN"');
    const marks = h.marks();
    expect(marks).to.have.length(3);
    expect(marks.map((m) => m.querySelector('circle:not(.hit), path')!.getAttribute('class'))).to.deep.equal([
      'fill',
      'hollow',
      'hollow',
    ]);
    expect(marks[2]!.querySelector('path')).to.not.equal(null);
    // higher values sit higher: 23 < 30 < 40
    const ys = marks.map((m) => centre(m).y);
    expect(ys[0]).to.be.greaterThan(ys[1]!);
    expect(ys[1]).to.be.greaterThan(ys[2]!);
    expect(h.markLabels()[2]).to.equal('规上工业企业,到2026年目标:≥40家');
  });

  it('draws the planned segment dashed from the latest stated value to the goal', async () => {
    const { el, h } = await mount('county="sample" indicator="above-scale-enterprises"');
    const plan = el.shadowRoot!.querySelector<SVGPathElement>('path.trend.plan')!;
    expect(getComputedStyle(plan).strokeDasharray).to.not.equal('none');
    const solid = el.shadowRoot!.querySelector<SVGPathElement>('path.trend.achieved')!;
    expect(getComputedStyle(solid).strokeDasharray).to.equal('none');
    const [, est, goal] = h.marks().map(centre);
    const len = plan.getTotalLength();
    const start = plan.getPointAtLength(0);
    const end = plan.getPointAtLength(len);
    expect(start.x).to.be.closeTo(est!.x, 0.5);
    expect(start.y).to.be.closeTo(est!.y, 0.5);
    expect(end.x).to.be.closeTo(goal!.x, 0.5);
    expect(end.y).to.be.closeTo(goal!.y, 0.5);
    expect(el.shadowRoot!.querySelector('.annotation')!.textContent).to.equal(
      '需年均 +5.92% · 最近 +14.21% (2019–2021 预计)',
    );
  });

  it('shades and names the 14th Five-Year Plan', async () => {
    const { el } = await mount('county="hulan" indicator="gdp" lang="en"');
    expect(el.shadowRoot!.querySelectorAll('rect.band')).to.have.length(1);
    const names = [...el.shadowRoot!.querySelectorAll('.band-label')].map((t) => t.textContent);
    expect(names).to.include('14th Five-Year Plan 2021–2025');
  });

  it('re-lays out on resize', async () => {
    const { el, h } = await mount('county="sample" indicator="above-scale-enterprises" height="320"', 900);
    const before = centre(h.marks()[2]!).x;
    el.parentElement!.style.width = '360px';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const after = centre(h.marks()[2]!).x;
    expect(h.plotSize().width).to.be.lessThan(400);
    expect(after).to.be.lessThan(before - 300);
  });

  it('moves through marks with the keyboard and quotes the source sentence', async () => {
    const { h } = await mount('county="hulan" indicator="gdp"');
    await h.focusPlot();
    const second = await h.focusNext();
    expect(second).to.equal(h.marks()[1]);
    const text = h.tooltipText();
    expect(text).to.contain('2026 规划推算');
    expect(text).to.contain('150');
    expect(text).to.contain('“今后五年,全区经济社会发展的总体目标是:地区生产总值总量增长50%。”');
    expect(text).to.contain('哈尔滨市呼兰区 2022年政府工作报告');
  });

  it('has a table that matches the marks', async () => {
    const { h } = await mount('county="tonghua" indicator="fixed-asset-investment" lang="en"');
    const rows = await h.tableRows();
    expect(rows).to.have.length(h.marks().length);
    expect(rows.map((r) => r.slice(1))).to.deep.equal([
      ['2017–2021', 'actual', 'CNY 11.6 billion (a year CNY 2.32 billion)'],
      ['2021', 'estimate', 'CNY 3.38 billion'],
      ['2022–2026', 'target', '≥CNY 20 billion (a year CNY 4 billion)'],
    ]);
    expect(h.tableColumns()).to.deep.equal(['County', 'Year', 'Kind', 'Value']);
  });

  it('indexes counties of different sizes and states the mode', async () => {
    const { h } = await mount('counties="sample tonghua" indicator="above-scale-enterprises" indexed');
    expect(h.text('subtitle')).to.equal('指数(2021年=100)');
    const at2021 = h.markLabels().filter((l) => l.includes('2021') || l.includes('2017–2021'));
    expect(at2021.every((l) => l.endsWith('100'))).to.equal(true);
  });

  // Drawing time grows with DOM nodes (issue 9's benchmark): Lit adds a comment marker per part
  // between tags and two per array item. Arrays of marks and texts cost 3 markers a text; this
  // chart draws a mark in one template and its texts several to a template.
  it('draws lean marks: two shapes a point, few Lit markers, hit targets of at least 16 px', async () => {
    const cases = [
      ['county="sample" indicator="above-scale-enterprises"', 720],
      ['county="tonghua" indicator="fixed-asset-investment" lang="en"', 360],
      ['counties="sample tonghua" indicator="above-scale-enterprises" indexed', 720],
      ['county="hulan" indicator="gdp"', 500],
    ] as const;
    for (const [attrs, width] of cases) {
      const { el, h } = await mount(attrs, width);
      expect(h.marks().length).to.be.greaterThan(1);
      for (const m of h.marks()) {
        const n = nodes(m);
        const labels = m.querySelectorAll('text').length;
        // the hit area, the dot, diamond or span, and a span's label when it has room
        expect(n.elements, attrs).to.equal(2 + labels);
        expect(m.querySelectorAll('.hit')).to.have.length(1);
        // one marker for the mark's content (core), one per label
        expect(n.comments, attrs).to.equal(1 + labels);
        expect(n.whitespace).to.equal(0);
        const box = m.getBBox();
        expect(Math.min(box.width, box.height), attrs).to.be.at.least(16);
      }
      const layer = el.shadowRoot!.querySelector('svg.plot-svg > g[aria-hidden="true"]')!;
      const n = nodes(layer);
      const texts = layer.querySelectorAll('text').length;
      const lines = layer.querySelectorAll('path.trend').length;
      expect(texts).to.be.greaterThan(4);
      expect(layer.querySelectorAll('g')).to.have.length(0);
      // the grid and the baseline as one path each, the shaded plan period, the lines and texts
      expect(n.elements).to.be.at.most(3 + lines + texts);
      // one marker per text and per line, one per template of texts, one for the layer
      expect(n.comments, attrs).to.be.at.most(1 + lines + Math.ceil(texts * 1.5));
      expect(n.whitespace).to.equal(0);
    }
  });

  it('shows an error for an unknown county, and an explicit empty state', async () => {
    const bad = await mount('county="atlantis" indicator="gdp" lang="en"');
    expect(bad.h.state()).to.equal('error');
    expect(bad.h.errorText()).to.contain('Unknown county "atlantis"');
    const quiet = await mount('county="quiet" indicator="gdp" lang="en"');
    expect(quiet.h.state()).to.equal('empty');
    expect(quiet.el.shadowRoot!.querySelector('.plot .status')!.textContent).to.contain('nothing to chart');
  });

  it('shows the loading state until data arrives', async () => {
    const el = await fixture<CountyTrendLine>(
      html`<county-trend-line county="hulan" indicator="gdp"></county-trend-line>`,
    );
    const h = new ChartHarness(el);
    expect(h.state()).to.equal('loading');
    el.data = trendFixture;
    await h.ready();
    expect(h.state()).to.equal('ready');
  });

  for (const theme of ['light', 'dark']) {
    it(`is axe-clean in the ${theme} theme`, async () => {
      const { el, h } = await mount(`county="sample" indicator="above-scale-enterprises" theme="${theme}"`);
      await h.focusPlot();
      await h.tableRows();
      const result = await axe().run(el);
      expect(result.violations.map((v) => v.id)).to.deep.equal([]);
    });
  }
});
