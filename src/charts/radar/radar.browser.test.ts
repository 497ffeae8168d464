import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { radarComparison } from '../../data/comparison.js';
import { sampleDataset } from '../../data/comparison.fixture.js';
import { ChartHarness } from '../core/harness.js';
import { describeRadar } from './describe.js';
import { radarLayout } from './layout.js';
import './define.js';
import counties from '../../../data/counties.json';
import indicators from '../../../data/indicators.json';
import figures from '../../../data/figures.json';
import type { Dataset } from '../../data/types.js';
import type { CountyRadar } from './radar.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: unknown[] }[];
}
declare global {
  interface Window {
    axe: { run: (context: Element, options?: object) => Promise<AxeResult> };
  }
}

const dataset = sampleDataset();
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function mount(
  attrs: Partial<Record<string, string>> = {},
  width = 800,
): Promise<{ el: CountyRadar; h: ChartHarness }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('county-radar');
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  if (!('lang' in attrs)) el.setAttribute('lang', 'zh-CN');
  el.data = dataset;
  wrapper.append(el);
  const h = new ChartHarness(el);
  await h.ready();
  await nextFrame();
  await el.updateComplete;
  return { el, h };
}

const root = (el: CountyRadar) => el.shadowRoot!;
const markByKey = (el: CountyRadar, h: ChartHarness, key: string) => {
  const d = describeRadar(radarComparison(dataset, { kind: (el.kind as 'actual') ?? 'target' }), dataset, {
    lang: 'zh-CN',
  });
  const i = d.marks.findIndex((m) => m.key === key);
  return h.marks().find((m) => m.dataset.mark === String(i))!;
};

describe('<county-radar>', () => {
  it('draws every vertex where the layout puts it, for the data given', async () => {
    const { el, h } = await mount({ kind: 'actual' });
    const size = h.plotSize();
    const comparison = radarComparison(dataset, { kind: 'actual' });
    const layout = radarLayout(comparison, size, { lang: 'zh-CN' });
    expect(layout.mode).to.equal('single');
    const marks = h.marks();
    expect(marks.length).to.equal(layout.marks.length).and.equal(9);
    layout.marks.forEach((m, i) => {
      const g = marks[i];
      if (m.value.status === 'reported') {
        const c = g.querySelector('circle.vertex')!;
        expect(Number(c.getAttribute('cx'))).to.be.closeTo(m.x, 0.01);
        expect(Number(c.getAttribute('cy'))).to.be.closeTo(m.y, 0.01);
      } else {
        expect(g.querySelector('circle.vertex')).to.equal(null);
        expect(g.querySelector('path.gap-mark')).not.to.equal(null);
      }
    });
    // The values a reader hears: beta's 1万公顷 is 15万亩, half of alpha's 30万亩.
    const beta = markByKey(el, h, 'beta:grain-area');
    expect(beta.getAttribute('aria-label')).to.equal(
      '乙县，粮食播种面积：2021 实际 1万公顷 (15万亩)，相对值 50%',
    );
  });

  it("a missing axis shows a × and 'not reported', and no vertex at the centre", async () => {
    const { el, h } = await mount({ kind: 'actual' });
    const gap = markByKey(el, h, 'gamma:gdp-growth');
    expect(gap.getAttribute('aria-label')).to.equal('丙县，地区生产总值增长：未报告');
    expect(gap.querySelector('circle.vertex')).to.equal(null);
    const size = h.plotSize();
    const panel = radarLayout(radarComparison(dataset, { kind: 'actual' }), size, { lang: 'zh-CN' })
      .panels[0];
    for (const c of root(el).querySelectorAll('circle.vertex')) {
      const d = Math.hypot(Number(c.getAttribute('cx')) - panel.cx, Number(c.getAttribute('cy')) - panel.cy);
      expect(d).to.be.greaterThan(panel.innerRadius - 0.01);
    }
    // gamma's outline is broken: no closed path for it, and its fill is a separate path.
    const gammaOutlines = root(el).querySelectorAll('path.shape.c-s3.outline');
    expect(gammaOutlines.length).to.equal(1);
    for (const p of gammaOutlines) {
      expect(p.getAttribute('d')).not.to.match(/Z$/);
      expect(p.classList.contains('area')).to.equal(false);
    }
    expect(root(el).querySelectorAll('path.shape.c-s3.area').length).to.equal(1);
    expect(h.text('notes')).to.contain('×：该县报告没有给出这项数字（不是零）');
    expect(root(el).querySelector('.legend-key')?.textContent).to.contain('未报告');
    // Both keys apply here: a gap, and beta's 预计 estimate (hollow) beside actual results (filled).
    expect([...root(el).querySelectorAll('.legend-key')].map((k) => k.textContent)).to.deep.equal([
      '× 未报告',
      '● 实际　○ 目标或预计',
    ]);
  });

  it('legend buttons toggle counties (aria-pressed) and their marks', async () => {
    const { el, h } = await mount({ kind: 'actual' });
    const toggle = root(el).querySelector<HTMLButtonElement>('.legend-toggle[data-county="beta"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    // The legend is a part pages can style (county-radar::part(legend)), as on the other charts.
    expect(root(el).querySelector('[part~="legend"] .legend-toggle')).to.not.equal(null);
    // Typed through HTMLElementEventMap: detail.hidden needs no cast.
    let hidden: boolean | undefined;
    let event: CustomEvent | undefined;
    el.addEventListener('county-toggle', (e) => ((event = e), (hidden = e.detail.hidden)), { once: true });
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(event?.detail).to.deep.equal({ county: 'beta', hidden: true });
    expect(hidden).to.equal(true);
    expect(h.marks().length).to.equal(6);
    expect(h.markLabels().some((l) => l.startsWith('乙县'))).to.equal(false);
    expect(root(el).querySelector('.shape.c-s2')).to.equal(null);
    expect((await h.tableRows()).some((r) => r[0] === '乙县')).to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(h.marks().length).to.equal(9);
  });

  it('highlights a county by attribute, legend hover, legend click and vertex focus', async () => {
    const { el, h } = await mount({ kind: 'actual', highlight: 'alpha' });
    const shape = (n: number) => root(el).querySelector(`.shape.c-s${n}`)!;
    expect(shape(1).classList.contains('highlighted')).to.equal(true);
    expect(shape(2).classList.contains('dimmed')).to.equal(true);

    const item = root(el).querySelector('.legend-item.c-s2 .legend-name')!;
    item.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shape(2).classList.contains('highlighted')).to.equal(true);
    expect(shape(1).classList.contains('dimmed')).to.equal(true);
    root(el).querySelector('.radar-legend')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(shape(1).classList.contains('highlighted')).to.equal(true);

    el.removeAttribute('highlight');
    await el.updateComplete;
    const name = root(el).querySelector<HTMLButtonElement>('.legend-name[data-county="gamma"]')!;
    name.click();
    await el.updateComplete;
    expect(name.getAttribute('aria-pressed')).to.equal('true');
    expect(shape(3).classList.contains('highlighted')).to.equal(true);

    markByKey(el, h, 'beta:gdp-growth').focus();
    await el.updateComplete;
    expect(shape(2).classList.contains('highlighted')).to.equal(true);
    // Value labels name the emphasised county's figures directly.
    expect([...root(el).querySelectorAll('.value-label')].map((t) => t.textContent)).to.include('8%');
  });

  it('re-lays out on resize and switches to small multiples when narrow', async () => {
    const { el, h } = await mount({ kind: 'actual' }, 800);
    expect(root(el).querySelectorAll('.panel').length).to.equal(1);
    const wide = h.plotSize();
    (el.parentElement as HTMLElement).style.width = '360px';
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    const narrow = h.plotSize();
    expect(narrow.width).to.be.lessThan(wide.width);
    expect(root(el).querySelectorAll('.panel').length).to.equal(3);
    expect([...root(el).querySelectorAll('.panel-title')].map((t) => t.textContent)).to.deep.equal([
      '甲县',
      '乙县',
      '丙县',
    ]);
    // The host grew to hold three stacked radars: the plot is as tall as the layout needs.
    const layout = radarLayout(radarComparison(dataset, { kind: 'actual' }), narrow, { lang: 'zh-CN' });
    expect(layout.panels[2].y + layout.panels[2].height).to.be.at.most(narrow.height + 1);
    expect(layout.panels[0].width).to.equal(narrow.width);
    const circles = root(el).querySelectorAll('circle.vertex');
    const vertices = layout.marks.filter((m) => m.value.status === 'reported');
    expect(circles.length).to.equal(vertices.length);
    expect(Number(circles[0].getAttribute('cx'))).to.be.closeTo(vertices[0].x, 0.01);
  });

  it('keyboard: arrows go round the axes and across counties; the tooltip quotes the sentence', async () => {
    const { h } = await mount({ kind: 'actual' });
    const first = await h.focusPlot();
    expect(first.getAttribute('aria-label')).to.match(/^甲县，地区生产总值增长：2021 实际 6%/);
    await h.press('ArrowRight');
    expect(h.focusedMark()?.getAttribute('aria-label')).to.match(/^甲县，粮食播种面积/);
    await h.press('ArrowDown');
    expect(h.focusedMark()?.getAttribute('aria-label')).to.match(/^乙县，粮食播种面积/);
    const figure = dataset.figures.find((f) => f.county === 'beta' && f.indicator === 'grain-area')!;
    const tip = h.tooltipText();
    expect(tip).to.contain('乙县 · 粮食播种面积');
    expect(tip).to.contain('2021 实际');
    expect(tip).to.contain('1万公顷');
    expect(tip).to.contain(`“${figure.source.sentence}”`);
    expect(tip).to.contain('乙县 2022年政府工作报告');
    await h.press('ArrowLeft');
    expect(h.focusedMark()?.getAttribute('aria-label')).to.match(/^乙县，地区生产总值增长/);
    await h.press('ArrowLeft'); // wraps round the circle
    expect(h.focusedMark()?.getAttribute('aria-label')).to.match(/^乙县，空气质量优良天数比例/);
    await h.press('End');
    expect(h.focusedMark()?.getAttribute('aria-label')).to.match(/^丙县，空气质量优良天数比例/);
  });

  it('the table lists every mark with its raw value, in mark order', async () => {
    const { h } = await mount({ kind: 'actual' });
    const rows = await h.tableRows();
    const expected = describeRadar(radarComparison(dataset, { kind: 'actual' }), dataset, { lang: 'zh-CN' })
      .table.rows;
    expect(rows).to.deep.equal(expected.map((r) => [...r]));
    expect(rows.length).to.equal(h.marks().length);
    expect(rows.find((r) => r[0] === '乙县' && r[1] === '粮食播种面积')).to.deep.equal([
      '乙县',
      '粮食播种面积',
      '1万公顷',
      '2021 实际',
      '15万亩',
      '50%',
    ]);
    expect(h.tableColumns()).to.deep.equal(['县', '指标', '原文数值', '年份与类型', '比较值', '相对值']);
  });

  it('speaks English with lang="en" and summarises the comparison', async () => {
    const { el, h } = await mount({ kind: 'target', lang: 'en' });
    expect(h.text('title')).to.equal('Counties compared: targets');
    // Targets only: hollow vertices alone need no filled/hollow key, and no stray text stands in for it.
    const layout = radarLayout(radarComparison(dataset, { kind: 'target' }), h.plotSize(), { lang: 'en' });
    expect(layout.mixedKinds).to.equal(false);
    expect([...root(el).querySelectorAll('.legend-key')].map((k) => k.textContent)).to.deep.equal(
      layout.hasGaps ? ['× not reported'] : [],
    );
    expect(root(el).querySelector('.radar-legend')!.textContent).not.to.match(/false|undefined/);
    expect(h.summary()).to.match(/^Radar comparing 3 counties on 2 indicators \(targets\)/);
    expect(h.text('subtitle')).to.contain('energy intensity: lower is better, inverted');
    expect(h.markLabels()[0]).to.equal('Alpha, gdp growth: 2022 target 7%, 100% on the axis');
  });

  it('shows an error naming an unknown county, and a reserved loading frame without data', async () => {
    const { el, h } = await mount({ counties: 'alpha nowhere' });
    expect(h.state()).to.equal('error');
    expect(root(el).querySelector('[role="alert"]')).not.to.equal(null);
    expect(h.errorText()).to.contain('nowhere');

    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const waiting = document.createElement('county-radar');
    wrapper.append(waiting);
    await waiting.updateComplete;
    expect(new ChartHarness(waiting).state()).to.equal('loading');
    expect(waiting.getBoundingClientRect().height).to.be.closeTo(600, 1); // square at 600 px, before any data
  });

  it('keeps the box it held before data: small multiples fit into it, the host never grows', async () => {
    const real = { counties, indicators, figures } as unknown as Dataset;
    // [width, attributes, box from the width alone]: square (360–640 px), 1 / 4 below 480 px (≤1920 px).
    const cases: [number, Record<string, string>, number][] = [
      [320, {}, 1280],
      [375, { lang: 'en' }, 1500],
      [320, { 'small-multiples': 'never' }, 360],
      [640, {}, 640],
      [1200, { counties: 'tonghua hulan' }, 640],
      [1200, { 'small-multiples': 'always' }, 640],
    ];
    for (const [width, attrs, box] of cases) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
      const el = document.createElement('county-radar');
      el.setAttribute('lang', 'zh-CN');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      wrapper.append(el);
      await el.updateComplete;
      const name = `${width} px ${JSON.stringify(attrs)}`;
      expect(el.getBoundingClientRect().height, `${name} loading`).to.be.closeTo(box, 1);
      el.data = real;
      const h = new ChartHarness(el);
      await h.ready();
      for (let i = 0; i < 3; i++) await nextFrame();
      await el.updateComplete;
      expect(el.getBoundingClientRect().height, `${name} loaded`).to.be.closeTo(box, 1);
      expect(el.style.cssText, `${name}: no inline style`).to.equal('');
      const panels = root(el).querySelectorAll('.panel');
      expect(panels.length, name).to.equal(attrs['small-multiples'] === 'never' || attrs.counties ? 1 : 5);
      // Every small multiple, labels included, lies inside the plot box the chart was given.
      const plot = h.plotSize();
      const svg = root(el).querySelector('svg.plot-svg')!.getBoundingClientRect();
      if (panels.length > 1) {
        for (const panel of panels) {
          const r = (panel as SVGGElement).getBoundingClientRect();
          expect(r.bottom, `${name} panel inside`).to.be.at.most(svg.top + plot.height + 1);
        }
      }
    }
  });

  it('normalises to a reference county or stated values, and rejects a bad kind', async () => {
    const { el, h } = await mount({ kind: 'actual', reference: 'beta' });
    expect(h.text('subtitle')).to.contain('各轴以乙县为100%');
    // alpha's 30万亩 is twice beta's 15万亩: 200%, beyond the 100% ring.
    expect(markByKey(el, h, 'alpha:grain-area').getAttribute('aria-label')).to.contain('相对值 200%');
    el.setAttribute('reference', 'gdp-growth:10');
    await el.updateComplete;
    expect(h.text('subtitle')).to.contain('各轴以给定参考值为100%');
    expect(markByKey(el, h, 'beta:gdp-growth').getAttribute('aria-label')).to.contain('相对值 80%');
    el.setAttribute('kind', 'someday');
    await el.updateComplete;
    expect(h.state()).to.equal('error');
    expect(h.errorText()).to.contain('kind="someday"');
  });

  it('draws a comparison given by code, without a dataset', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const el = document.createElement('county-radar');
    el.setAttribute('lang', 'en');
    el.comparison = radarComparison(dataset, { kind: 'target', counties: ['alpha', 'beta'] });
    wrapper.append(el);
    const h = new ChartHarness(el);
    await h.ready();
    expect(h.state()).to.equal('ready');
    expect(h.marks().length).to.equal(4);
    expect(h.markLabels()[0]).to.equal('Alpha, gdp growth: 2022 target 7%, 100% on the axis');
    expect(h.text('source')).to.contain('Alpha, 2022 government work report');
    // The same comparison with a county switched off is laid out again (not the layout it had).
    root(el).querySelector<HTMLButtonElement>('.legend-toggle[data-county="beta"]')!.click();
    await el.updateComplete;
    expect(h.marks().length).to.equal(2);
    expect(root(el).querySelector('.shape.c-s2')).to.equal(null);
  });

  it('every mark is a pointer target reaching 8 px round its centre, gaps included (16 px targets)', async () => {
    for (const attrs of [{ kind: 'actual' }, { kind: 'actual', 'small-multiples': 'always', lang: 'en' }]) {
      const { el, h } = await mount(attrs);
      const marks = h.marks();
      expect(marks.some((m) => m.querySelector('.gap-mark'))).to.equal(true);
      expect(marks.some((m) => m.querySelector('.vertex'))).to.equal(true);
      for (const mark of marks) {
        mark.scrollIntoView({ block: 'center' });
        const shape = mark.querySelector('.vertex, .gap-mark')!;
        const box = shape.getBoundingClientRect();
        const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
        for (let k = 0; k < 8; k++) {
          const a = (k * Math.PI) / 4;
          const [x, y] = [cx + 7.5 * Math.cos(a), cy + 7.5 * Math.sin(a)];
          const hits = root(el).elementsFromPoint(x, y);
          expect(
            hits.some((e) => e.closest('.mark') === mark),
            `${mark.getAttribute('aria-label')} at ${k * 45}°`,
          ).to.equal(true);
        }
      }
    }
  });

  it('a focused gap shows the focus ring of a vertex, and its × again once the tooltip closes', async () => {
    const { el, h } = await mount({ kind: 'actual' });
    const gap = markByKey(el, h, 'gamma:gdp-growth');
    expect([...gap.children].map((c) => c.getAttribute('class'))).to.deep.equal(['hit gap-mark']);
    gap.focus();
    await el.updateComplete;
    const ring = gap.querySelector('circle.hit')!;
    expect(ring.getAttribute('r')).to.equal('8');
    expect(gap.querySelector('path.gap-mark:not(.hit)')).not.to.equal(null);
    expect(getComputedStyle(gap.querySelector('.gap-mark')!).fill).not.to.equal('none');
    await h.press('Escape');
    expect(h.tooltip()).to.equal(null);
    expect([...gap.children].map((c) => c.getAttribute('class'))).to.deep.equal(['hit gap-mark']);
  });

  it('keeps the focus on a legend button it redraws (a toggle changes which keys apply)', async () => {
    const { el, h } = await mount({ kind: 'actual' });
    const keys = () => [...root(el).querySelectorAll('.legend-key')].length;
    expect(keys()).to.equal(2);
    const toggle = root(el).querySelector<HTMLButtonElement>('.legend-toggle[data-county="beta"]')!;
    toggle.focus();
    toggle.click(); // beta's estimate was the only hollow vertex: the filled/hollow key goes
    await el.updateComplete;
    expect(keys()).to.equal(1);
    expect(toggle.isConnected).to.equal(true);
    expect(root(el).activeElement).to.equal(toggle);
    expect(h.marks().length).to.equal(6);
  });

  it('draws lean marks: no wrapper groups, no whitespace nodes, at most two comments per drawn item', async () => {
    for (const attrs of [
      { kind: 'actual', highlight: 'alpha' },
      { kind: 'target', 'small-multiples': 'always' },
    ]) {
      const { el, h } = await mount(attrs);
      const svg = root(el).querySelector('svg.plot-svg')!;
      const name = JSON.stringify(attrs);
      // Groups are marks (the core's focusable g) and panels, nothing else.
      expect(
        [...svg.querySelectorAll('g')].every((g) => g.matches('.mark, .panel')),
        name,
      ).to.equal(true);
      // A vertex: its pointer target and its dot (and its value, when written); a gap: its × alone.
      for (const mark of h.marks()) {
        const kinds = [...mark.children].map((c) => c.getAttribute('class')!.split(' ')[0]);
        expect(kinds.join(' '), name).to.be.oneOf([
          'hit vertex',
          'hit vertex value-label',
          'hit', // the × (class "hit gap-mark")
        ]);
        if (kinds.length === 1) expect(mark.firstElementChild!.classList.contains('gap-mark')).to.equal(true);
      }
      // A county's shape: one path when fill and outline are the same ring, else two.
      const counties = root(el).querySelectorAll('.legend-item').length;
      const shapes = svg.querySelectorAll('path.shape').length;
      expect(shapes, name).to.be.within(counties, 2 * counties);
      // Whitespace between tags would be a text node per chart and per item (the core's svg aside).
      const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
      let whitespace = 0;
      let comments = 0;
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.nodeType === Node.COMMENT_NODE) comments++;
        else if (node.parentNode !== svg && !node.textContent!.trim()) whitespace++;
      }
      expect(whitespace, name).to.equal(0);
      // Lit marks each child part with a comment, and each item of an array with two: here a mark, a
      // legend entry and a panel's text or shape costs one comment as an item, plus one for its
      // content (a mark's shapes, a text's words).
      const count = (selector: string) => svg.querySelectorAll(selector).length;
      const budget =
        2 * (h.marks().length + count('li') + count('.panel')) +
        count('.panel > *') +
        2 * count('text, tspan, title') +
        8;
      expect(comments, name).to.be.at.most(budget);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (${theme})`, async () => {
      const { el } = await mount({ kind: 'actual', theme, highlight: 'beta' });
      const result = await window.axe.run(el);
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
      const small = await mount({ kind: 'actual', theme, 'small-multiples': 'always' });
      const r2 = await window.axe.run(small.el);
      expect(r2.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    });
  }
});

describe('<county-radar> at scale', () => {
  it('renders 50 radars of the real dataset quickly', async () => {
    const data = { counties, indicators, figures } as unknown as Dataset;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const sets = ['hulan tonghua', 'yitong changbai fuxin tonghua', 'fuxin hulan', 'changbai tonghua hulan'];
    const t0 = performance.now();
    const els = Array.from({ length: 50 }, (_, i) => {
      const el = document.createElement('county-radar');
      el.setAttribute('counties', sets[i % 4]);
      el.setAttribute('kind', i % 2 ? 'latest' : 'target');
      el.style.width = '480px';
      el.style.display = 'inline-block';
      el.data = data;
      return el;
    });
    wrapper.append(...els);
    while (els.some((e) => !e.shadowRoot?.querySelector('.plot-svg .panel'))) await nextFrame();
    const ms = performance.now() - t0;
    const marks = els.reduce((n, e) => n + new ChartHarness(e).marks().length, 0);
    console.log(`50 radars: ${Math.round(ms)} ms to first drawn plot, ${marks} marks`);
    expect(marks).to.be.greaterThan(500);
    expect(ms).to.be.lessThan(4000);
  });
});
