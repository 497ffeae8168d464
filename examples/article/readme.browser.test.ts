// The README's embed snippets, copied verbatim into an article (as an editor pastes them into a
// CMS) under the hostile host stylesheet and the strict CSP: every snippet must work as written.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ChartReport, PageReport } from './page-report.js';

const open = async (page: string): Promise<PageReport> => {
  const report = await executeServerCommand<PageReport, { page: string; width: number; height: number }>(
    'embed-article',
    { page, width: 1024, height: 20000 },
  );
  if (!report) throw new Error(`no report for ${page}`);
  return report;
};

const name = (chart: ChartReport): string =>
  `<${chart.tag} ${Object.entries(chart.attributes)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}>`;

describe("the README's embed snippets pasted into an article", function () {
  this.timeout(60_000);

  const pages = [
    ['zh-CN', 'readme.html?lang=zh-CN'],
    ['en', 'readme.html?lang=en'],
    // Retyped by an editor: `county="通化县"`, `kind=" Target "`, `counties="a, b, c"`.
    ["zh-CN, with an editor's slips", 'readme.html?lang=zh-CN&typos'],
    // From a word processor, straight between paragraphs: `county=“tonghua”`, `<county-radar … />`.
    ['en, typographic quotes and self-closed tags', 'readme.html?lang=en&wordprocessor&bare'],
    // The script tag without type="module": the bundle runs as a classic script while the page parses.
    ['zh-CN, <script> without type="module"', 'readme.html?lang=zh-CN&classic&bare'],
    // A mistyped tag: <county-target-bar>.
    // Mistyped tags: <county-target-bar>, <county-trendline>, <county-radar-chart>.
    [
      'en, mistyped tags (<county-target-bar>, <county-trendline>, <county-radar-chart>)',
      'readme.html?lang=en&tagtypo',
    ],
    // height="380px", and height="40%" (not pixels: ignored, the box keeps its aspect ratio).
    ['zh-CN, height="380px"', 'readme.html?lang=zh-CN&heightpx'],
    ['en, height="40%"', 'readme.html?lang=en&heightpercent'],
  ];
  for (const [lang, page] of pages) {
    it(`render every chart as written (${lang}, hostile CSS, strict CSP, no layout shift)`, async function () {
      this.timeout(180_000);
      await executeServerCommand('embed-article-build');
      const report = await open(page!);
      expect(report.status).to.equal(200);
      // The README shows at least one snippet per element.
      const tags = new Set(report.charts.map((c) => c.tag));
      const typo = page!.includes('tagtypo');
      expect([...tags].sort()).to.deep.equal(
        (typo
          ? ['county-radar-chart', 'county-target-bar', 'county-trendline']
          : ['county-radar', 'county-target-bars', 'county-trend-line']
        ).sort(),
      );
      for (const chart of report.charts) {
        expect(chart.defined, `${name(chart)} defined`).to.equal(true);
        expect(chart.state, `${name(chart)}: ${chart.alertText ?? ''}`).to.equal('rendered');
        expect(chart.visibleMarks, `${name(chart)} marks`).to.be.greaterThan(2);
        expect(chart.host[3], `${name(chart)} height`).to.be.greaterThan(100);
      }
      expect(report.settled).to.equal(true);
      expect(report.violations, 'CSP violations').to.deep.equal([]);
      expect(report.pageErrors, 'uncaught exceptions').to.deep.equal([]);
      expect(report.errors, 'error events').to.deep.equal([]);
      expect(report.requests.filter((u) => !u.startsWith(`${report.origin}/`))).to.deep.equal([]);
      // The reserve stylesheet cannot know a mistyped tag: that chart's box appears when it is drawn.
      // (county-charts.css reserves a mistyped tag's box by its attributes too)
      expect(report.cls, 'cumulative layout shift').to.equal(0);
      // The article around the charts is all there: no paragraph swallowed by a chart left open.
      expect(report.paragraphsShown, 'paragraphs shown').to.equal(report.paragraphs);
      expect(report.chartChildren, 'children of charts').to.equal(0);
    });
  }
});
