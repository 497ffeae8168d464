// The embed as a news site uses it: the example article pages (built bundle, strict CSP, their
// own origin) opened in fresh contexts of the test browser by the `embed-article` command of
// examples/article/article-server.mjs, which records what a reader would suffer.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ChartReport, PageReport } from './page-report.js';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const CJK = /[\u4e00-\u9fff]/;

async function open(page: string, width = 1024, height = 4500): Promise<PageReport> {
  const report = await executeServerCommand<PageReport, { page: string; width: number; height: number }>(
    'embed-article',
    { page, width, height },
  );
  if (!report) throw new Error(`no report for ${page}`);
  return report;
}

const describeChart = (chart: ChartReport): string =>
  `<${chart.tag} ${Object.entries(chart.attributes)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}>`;

function expectAllRendered(report: PageReport, count: number): void {
  expect(report.charts.map(describeChart), 'charts on the page').to.have.length(count);
  for (const chart of report.charts) {
    expect(chart.defined, `${describeChart(chart)} defined`).to.equal(true);
    expect(chart.state, `${describeChart(chart)}: ${chart.alertText ?? ''}`).to.equal('rendered');
    expect(chart.visibleMarks, `${describeChart(chart)} marks`).to.be.greaterThan(2);
  }
  expect(report.settled).to.equal(true);
}

function expectCleanLoad(report: PageReport): void {
  expect(report.status).to.equal(200);
  expect(report.csp, 'CSP header').to.equal(STRICT_CSP);
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  expect(
    report.consoleErrors.filter((m) => /Content.Security.Policy/i.test(m)),
    'CSP console errors',
  ).to.deep.equal([]);
  expect(report.pageErrors, 'uncaught exceptions').to.deep.equal([]);
  expect(report.errors, 'error events').to.deep.equal([]);
  // Nothing leaves the page's origin: neither the requests the browser made nor the resources
  // the page itself saw.
  const foreign = [...report.requests, ...report.resources].filter(
    (url) => !url.startsWith(`${report.origin}/`),
  );
  expect(foreign, 'requests to other origins').to.deep.equal([]);
  expect(report.requests.some((u) => u.includes('/dist/embed/county-charts-data.json'))).to.equal(true);
  // No styles injected into the page: Lit adopts constructed sheets inside each shadow root.
  expect(report.lightDomStyleElements, '<style> in the page').to.equal(0);
  expect(report.lightDomStyleAttributes, 'style="" in the page').to.equal(0);
  for (const chart of report.charts) {
    expect(chart.shadowStyleElements, `${describeChart(chart)} <style>`).to.equal(0);
    expect(chart.adoptedStyleSheets, `${describeChart(chart)} adopted sheets`).to.be.greaterThan(0);
  }
}

function expectNoLayoutShift(report: PageReport): void {
  // Every chart lies inside the (tall) viewport, so any shift of it or around it is counted.
  for (const chart of report.charts) {
    expect(chart.host[1] + chart.host[3], `${describeChart(chart)} inside the viewport`).to.be.at.most(
      report.viewport[1],
    );
    expect(chart.host[3], `${describeChart(chart)} height`).to.be.greaterThan(100);
  }
  expect(report.shifts, 'layout-shift entries').to.deep.equal([]);
  expect(report.cls).to.equal(0);
}

/** Every way the charts of `other` differ from those of `clean` (empty when identical). */
/**
 * A chart's attributes as its page wrote them: without the `display: block` a chart sets on its own
 * host where a page rule left it inline (the reset page), which the page report also checks.
 */
const ownAttributes = (chart: ChartReport): Record<string, string> => {
  const { style, ...rest } = chart.attributes;
  const own = style?.replace(/\s*display: block;/, '').trim();
  return own ? { ...rest, style: own } : rest;
};

function chartDifferences(clean: PageReport, other: PageReport): string[] {
  const found: string[] = [];
  if (other.charts.length !== clean.charts.length) return [`chart count ${other.charts.length}`];
  other.charts.forEach((chart, i) => {
    const ref = clean.charts[i]!;
    const name = describeChart(ref);
    if (JSON.stringify(ownAttributes(chart)) !== JSON.stringify(ownAttributes(ref)))
      found.push(`${name} attributes`);
    // Same box: the article column has the same width on both pages.
    if (chart.host[2] !== ref.host[2] || chart.host[3] !== ref.host[3]) {
      found.push(`${name} size ${chart.host.slice(2).join('x')} vs ${ref.host.slice(2).join('x')}`);
    }
    if (chart.text !== ref.text) found.push(`${name} text`);
    if (chart.nodes.length !== ref.nodes.length) {
      found.push(`${name} node count ${chart.nodes.length} vs ${ref.nodes.length}`);
      return;
    }
    chart.nodes.forEach((node, j) => {
      const refNode = ref.nodes[j]!;
      const where = `${name} node ${j} <${refNode.tag}${refNode.className ? ` class="${refNode.className}"` : ''}>`;
      if (node.tag !== refNode.tag) found.push(`${where} is <${node.tag}>`);
      // Text and paint styles where something is drawn; boxes (relative to the chart) everywhere.
      if (refNode.paints || node.paints) {
        for (const [key, value] of Object.entries(refNode.style)) {
          if (node.style[key] !== value) found.push(`${where} ${key}: ${node.style[key]} vs ${value}`);
        }
      }
      if (!node.rect || !refNode.rect) {
        if (node.rect !== refNode.rect)
          found.push(`${where} box ${JSON.stringify(node.rect)} vs ${JSON.stringify(refNode.rect)}`);
        return;
      }
      node.rect.forEach((value, k) => {
        if (Math.abs(value - refNode.rect![k]!) > 0.5) {
          found.push(`${where} box [x,y,w,h][${k}]: ${value} vs ${refNode.rect![k]}`);
        }
      });
    });
  });
  return found;
}

describe('embedded in a news article (dist/embed, strict CSP)', function () {
  this.timeout(60_000);
  let zh: PageReport;

  before(async function () {
    this.timeout(180_000);
    await executeServerCommand('embed-article-build');
    zh = await open('index.html');
  });

  it('serves the article with the strict CSP and renders every chart', () => {
    expect(zh.lang).to.equal('zh-CN');
    expectAllRendered(zh, 4);
    expectCleanLoad(zh);
    // Sizes come from CSS: the column's width, the default aspect ratio (clamped), or `height`.
    const [bars, line, , radar] = zh.charts;
    expect(bars!.host[2]).to.equal(640);
    expect(line!.host[2]).to.equal(640);
    expect(radar!.attributes.height).to.equal('440');
    expect(radar!.host[3]).to.equal(440);
  });

  it('has a cumulative layout shift of exactly 0 at desktop width', () => {
    console.log(`CLS zh-CN 1024 px: ${zh.cls}`);
    expectNoLayoutShift(zh);
  });

  it('has a cumulative layout shift of exactly 0 at phone width', async () => {
    const phone = await open('index.html', 375, 8000);
    console.log(`CLS zh-CN 375 px: ${phone.cls}`);
    expectAllRendered(phone, 4);
    expectNoLayoutShift(phone);
    // The charts follow their column: narrower than at desktop width.
    expect(phone.charts[0]!.host[2]).to.be.lessThan(zh.charts[0]!.host[2]);
  });

  it('reserves boxes that fit a phone before the script runs (and if it never does)', async function () {
    this.timeout(60_000);
    const bare = await open('no-script.html', 375, 8000);
    expect(bare.charts.length).to.equal(4);
    expect(bare.scrollWidth, 'no sideways scroll').to.be.at.most(375);
    for (const chart of bare.charts) {
      expect(chart.defined, `${describeChart(chart)} not defined`).to.equal(false);
      expect(chart.host[2], `${describeChart(chart)} width`).to.be.at.most(375);
      expect(chart.host[3], `${describeChart(chart)} height`).to.be.greaterThan(100);
    }
  });

  it("holds every chart's final size when pasted without a height attribute", async () => {
    const defaults = await open('defaults.html');
    console.log(`CLS zh-CN 1024 px, no height attributes: ${defaults.cls}`);
    expectAllRendered(defaults, 4);
    expect(defaults.charts.every((chart) => !('height' in chart.attributes))).to.equal(true);
    expectCleanLoad(defaults);
    expectNoLayoutShift(defaults);
  });

  it('follows <html lang="zh-CN">', () => {
    for (const chart of zh.charts) {
      expect(chart.title, `${describeChart(chart)} title`).to.match(CJK);
    }
  });

  it('follows <html lang="en">', async () => {
    const en = await open('en.html');
    expect(en.lang).to.equal('en');
    expectAllRendered(en, 4);
    expectCleanLoad(en);
    expectNoLayoutShift(en);
    en.charts.forEach((chart, i) => {
      expect(chart.attributes).to.deep.equal(zh.charts[i]!.attributes);
      expect(chart.title, `${describeChart(chart)} title`).to.match(/[A-Za-z]{3}/);
      expect(chart.title, `${describeChart(chart)} title`).not.to.match(CJK);
      expect(chart.title).not.to.equal(zh.charts[i]!.title);
    });
  });

  it('is untouched by hostile host CSS', async () => {
    const hostile = await open('hostile.html', 1024, 9000);
    // The hostile sheet really applies to the page around the charts.
    expect(hostile.contentHeight).to.be.greaterThan(zh.contentHeight * 1.3);
    expectAllRendered(hostile, 4);
    expectCleanLoad(hostile);
    expectNoLayoutShift(hostile);
    expect(chartDifferences(zh, hostile)).to.deep.equal([]);
  });

  it('is untouched by a CSS reset that unsets every element, the charts included (all: unset)', async () => {
    // The host element itself loses display: block and position: relative to such a reset (page
    // rules beat :host rules); the chart must not depend on them.
    const reset = await open('reset.html', 1024, 9000);
    expectAllRendered(reset, 4);
    expectCleanLoad(reset);
    expectNoLayoutShift(reset);
    expect(chartDifferences(zh, reset)).to.deep.equal([]);
  });

  it('detects style that reaches inside: a theme custom property changes the comparison', async () => {
    // The comparison above must be able to fail: --county-chart-font-size is the charts' public
    // theming API, so it does cross the shadow boundary.
    const themed = await open('canary-theme.html');
    expectAllRendered(themed, 4);
    const differences = chartDifferences(zh, themed);
    expect(differences.some((d) => d.includes('font-size'))).to.equal(true);
  });

  it('works when the bundle is loaded twice (a second copy from another URL)', async () => {
    const twice = await open('twice.html');
    const copies = twice.requests.filter((u) => u.includes('/dist/embed/county-charts.js'));
    expect(copies.map((u) => new URL(u).search).sort()).to.deep.equal(['', '?copy=2']);
    expectAllRendered(twice, 2);
    expectCleanLoad(twice);
    expectNoLayoutShift(twice);
  });

  it('shows an error state for a failing data URL while the other charts render', async () => {
    const failing = await open('error.html');
    const [missing, broken, ...others] = failing.charts;
    for (const chart of [missing!, broken!]) {
      expect(chart.state, describeChart(chart)).to.equal('error');
      expect(chart.alertText, describeChart(chart)).to.match(/\S{4}/);
      expect(chart.host[3], `${describeChart(chart)} keeps its reserved height`).to.be.greaterThan(100);
    }
    expect(others).to.have.length(2);
    for (const chart of others) {
      expect(chart.state, `${describeChart(chart)}: ${chart.alertText ?? ''}`).to.equal('rendered');
    }
    // A `src` that works is honoured: the chart loaded its own copy of the data.
    expect(failing.requests.some((u) => u.endsWith('/county-charts-data.json?edition=2'))).to.equal(true);
    expect(failing.pageErrors, 'uncaught exceptions').to.deep.equal([]);
    expect(failing.errors, 'error events').to.deep.equal([]);
    expect(failing.violations).to.deep.equal([]);
    expectNoLayoutShift(failing);
  });

  // The detectors themselves: each must be able to see the failure it guards against.
  it('detects layout shift: without the reserve stylesheet the same article shifts', async () => {
    const shifting = await open('canary-no-reserve.html');
    expectAllRendered(shifting, 4);
    console.log(`CLS without county-charts.css: ${shifting.cls.toFixed(4)}`);
    expect(shifting.cls).to.be.greaterThan(0);
  });

  it('detects CSP violations: an inline style attribute and an inline script are reported', async () => {
    const canary = await open('canary-csp.html');
    const directives = canary.violations.map((v) => (v as { directive: string }).directive).sort();
    expect(directives).to.deep.equal(['script-src-elem', 'style-src-attr']);
  });
});
