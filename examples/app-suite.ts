// The behaviour both framework examples must show (examples/react, examples/vue): the charts get
// the dataset as a property, re-render when a property changes, and their events reach the app.
import { expect } from '@open-wc/testing';
import { ExampleApp, datasetJson, figureById, type ChartTag } from './app-harness.js';

const countyName = (id: string, lang: 'zh' | 'en' = 'zh'): string =>
  datasetJson.counties.find((c) => c.id === id)?.name[lang] ?? `?${id}`;

/** The app shows each selected figure's sentence, quoted from the report. */
function expectSentencesShown(app: ExampleApp, figureIds: readonly string[]): void {
  const quotes = [...app.doc.querySelectorAll<HTMLElement>('#selection blockquote')];
  expect(quotes.map((q) => q.dataset.figure)).to.deep.equal([...figureIds]);
  for (const quote of quotes) {
    expect(quote.textContent?.trim()).to.equal(figureById(quote.dataset.figure ?? '').source.sentence);
  }
}

export function describeExampleApp(name: 'react' | 'vue'): void {
  describe(`examples/${name}: the built app`, function () {
    let app: ExampleApp;

    before(async function () {
      this.timeout(120_000); // the first run builds the app (about 2 s; more on a busy machine)
      await ExampleApp.build(name);
    });

    beforeEach(async function () {
      this.timeout(20_000);
      app = await ExampleApp.open(name);
    });

    afterEach(() => app.remove());

    it('renders marks in all three charts, the dataset given as a property', () => {
      for (const tag of ['county-target-bars', 'county-trend-line', 'county-radar'] as ChartTag[]) {
        const chart = app.chart(tag);
        expect(app.marks(tag).length, `${tag} marks`).to.be.greaterThan(2);
        const box = app.marks(tag)[0].getBoundingClientRect();
        expect(box.width * box.height, `${tag} first mark drawn`).to.be.greaterThan(0);
        // A property, never a serialised attribute.
        expect(chart.hasAttribute('data'), `${tag} data attribute`).to.equal(false);
        expect(chart.data?.figures.length, `${tag} .data`).to.equal(datasetJson.figures.length);
      }
      expect(app.title('county-target-bars')).to.contain(countyName('tonghua'));
      expect(app.title('county-trend-line')).to.contain(countyName('tonghua'));
      expect(app.text('#selection')).to.match(/原句/);
    });

    it('re-renders on a new data object, another county and another language', async () => {
      const bars = app.chart('county-target-bars');
      const before = bars.data;
      const labelsBefore = app.markLabels('county-target-bars');
      const trendBefore = app.markLabels('county-trend-line');

      await app.click(app.doc.querySelector('#targets-only')!);
      expect(await app.until(() => bars.data !== before)).to.equal(true);
      const targets = datasetJson.figures.filter((f) => f.kind === 'target').length;
      expect(bars.data?.figures.length).to.equal(targets);
      expect(bars.data?.figures.every((f) => f.kind === 'target')).to.equal(true);
      expect(app.chart('county-trend-line').data).to.equal(bars.data); // the same object, shared
      await app.settled('county-target-bars');
      await app.settled('county-trend-line');
      expect(app.markLabels('county-target-bars')).to.not.deep.equal(labelsBefore);
      expect(app.markLabels('county-trend-line')).to.not.deep.equal(trendBefore);
      // No actual or estimate is described any more: every bar row now reads as a target only.
      expect(app.markLabels('county-target-bars').join(' ')).to.not.match(/预计/);

      await app.choose('#county', 'hulan');
      expect(await app.until(() => app.title('county-target-bars').includes(countyName('hulan')))).to.equal(
        true,
      );
      expect(await app.until(() => app.title('county-trend-line').includes(countyName('hulan')))).to.equal(
        true,
      );
      expect(app.chart('county-radar').highlight).to.equal('hulan');

      await app.click(app.doc.querySelector('#lang')!);
      expect(await app.until(() => app.title('county-target-bars').includes('Hulan'))).to.equal(true);
      expect(app.chart('county-radar').getAttribute('lang')).to.equal('en');
      await app.settled('county-radar');
      expect(app.markLabels('county-radar').join(' ')).to.not.match(/[\u4e00-\u9fff]{4}/);
    });

    it('a click on a bar fires county-select; the app quotes the figure from the report', async () => {
      const mark = app.marks('county-target-bars')[0];
      await app.click(mark.querySelector('.hit') ?? mark);
      expect(app.selects.map((s) => s.target)).to.deep.equal(['county-target-bars']);
      const { detail } = app.selects[0];
      expect(detail.county).to.equal('tonghua');
      expect(detail.figureIds.length).to.be.greaterThan(0);
      for (const id of detail.figureIds) expect(figureById(id).county).to.equal('tonghua');
      expect(await app.until(() => app.doc.querySelectorAll('#selection blockquote').length > 0)).to.equal(
        true,
      );
      expectSentencesShown(app, detail.figureIds);
      expect(app.text('#selection strong')).to.contain(countyName('tonghua'));
      expect(app.text('#selection strong')).to.contain('county-target-bars');
    });

    it('Enter on a focused mark fires county-select (trend line, radar)', async () => {
      const point = app.marks('county-trend-line')[0];
      await app.press(point, 'Enter');
      expect(app.selects.map((s) => s.target)).to.deep.equal(['county-trend-line']);
      await app.until(() => app.text('#selection strong').includes('county-trend-line'));
      expectSentencesShown(app, app.selects[0].detail.figureIds);
      expect(app.selects[0].detail.figureIds.length).to.be.greaterThan(0);

      // A radar vertex with a value (a gap has no figure behind it).
      const vertex = app
        .marks('county-radar')
        .find((m) => !/未报告|not reported/.test(m.getAttribute('aria-label') ?? ''));
      expect(vertex, 'a radar vertex with a value').to.not.equal(undefined);
      await app.press(vertex!, 'Enter');
      expect(app.selects.map((s) => s.target)).to.deep.equal(['county-trend-line', 'county-radar']);
      const radarIds = app.selects[1].detail.figureIds;
      expect(radarIds.length).to.be.greaterThan(0);
      await app.until(() => app.text('#selection strong').includes('county-radar'));
      expectSentencesShown(app, radarIds);
    });

    it("the radar's legend toggle reaches the app (county-toggle)", async () => {
      expect(app.text('#hidden')).to.not.contain(countyName('hulan'));
      const toggle = app.root('county-radar').querySelector('.legend-toggle[data-county="hulan"]');
      expect(toggle, 'legend toggle for hulan').to.not.equal(null);
      await app.click(toggle!);
      expect(await app.until(() => app.text('#hidden').includes(countyName('hulan')))).to.equal(true);
      expect(toggle!.getAttribute('aria-pressed')).to.equal('false');
      await app.click(toggle!);
      expect(await app.until(() => !app.text('#hidden').includes(countyName('hulan')))).to.equal(true);
    });
  });
}
