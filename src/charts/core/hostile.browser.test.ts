import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import counties from '../../../data/counties.json';
import indicators from '../../../data/indicators.json';
import figures from '../../../data/figures.json';
import { sampleDataset as radarFixture } from '../../data/comparison.fixture.js';
import { parseDataset } from '../../data/load.js';
import type { Dataset } from '../../data/types.js';
import '../../define.js';
import { CountyTargetBars } from '../target-bars/target-bars.js';
import { trendFixture } from '../trend-line/fixture.js';
import { clearDatasetCache, setDatasetTimeout, setDefaultDatasetSource } from './dataset-source.js';
import { PageWatch, settle } from './fuzz-kit.js';
import { ChartHarness } from './harness.js';
import type { ChartSize } from './view.js';

const real: Dataset = parseDataset({ counties, indicators, figures });

/** A chart whose drawing code throws (a layout bug, data changed under it). */
class ThrowingBars extends CountyTargetBars {
  protected override renderPlot(): never {
    throw new Error('renderPlot exploded');
  }
}
customElements.define('throwing-bars', ThrowingBars);
// (ChartSize is what renderPlot receives; imported to keep the override's intent obvious)
export type { ChartSize };

/** A dataset whose `figures` getter throws after `reads` reads. */
function explodingDataset(reads: number): Dataset {
  let n = 0;
  return {
    counties: real.counties,
    indicators: real.indicators,
    get figures(): Dataset['figures'] {
      if (++n > reads) throw new Error('figures getter exploded');
      return real.figures;
    },
  };
}

const hits = async (key: string): Promise<number> =>
  (await (await fetch(`/__county-test/hits/${key}`)).json()) as number;
let keySeq = 0;
const key = (name: string) => `${name}-${Date.now()}-${keySeq++}`;

async function ready(el: Element, timeoutMs = 6000): Promise<ChartHarness> {
  const h = new ChartHarness(el as CountyTargetBars);
  await h.ready(timeoutMs);
  return h;
}

describe('hostile pages', () => {
  let watch: PageWatch;
  beforeEach(() => {
    watch = new PageWatch();
  });
  afterEach(() => {
    watch.stop();
    setDefaultDatasetSource(undefined);
    setDatasetTimeout(15_000);
    clearDatasetCache();
  });

  it('a broken chart never breaks the others on the page', async () => {
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('proxy exploded');
        },
      },
    );
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 640px">
        <county-target-bars id="good-bars" county="tonghua" .data=${real}></county-target-bars>
        <county-target-bars id="bad-attr" county="nowhere" .data=${real}></county-target-bars>
        <county-trend-line
          id="good-line"
          county="hulan"
          indicator="gdp"
          .data=${trendFixture}
        ></county-trend-line>
        <county-trend-line id="proxy-data" county="hulan" indicator="gdp"></county-trend-line>
        <county-radar id="good-radar" .data=${radarFixture()}></county-radar>
        <county-radar
          id="exploding-getter"
          counties="tonghua hulan"
          .data=${explodingDataset(0)}
        ></county-radar>
        <county-radar
          id="getter-after-check"
          counties="tonghua hulan"
          .data=${explodingDataset(2)}
        ></county-radar>
        <throwing-bars id="throws-in-render" county="tonghua" .data=${real}></throwing-bars>
        <county-radar id="bad-kind" kind="pie" .data=${radarFixture()}></county-radar>
      </div>
    `);
    const byId = (id: string) => page.querySelector(`#${id}`)!;
    // (set by code: the test's template helper itself would read the proxy)
    (byId('proxy-data') as CountyTargetBars).data = proxy as Dataset;
    // 'getter-after-check': the chart draws from the copy validation made, so a getter that throws later is never read.
    for (const id of ['good-bars', 'good-line', 'good-radar', 'getter-after-check']) {
      const h = await ready(byId(id));
      expect(h.state(), id).to.equal('ready');
      expect(h.marks().length, id).to.be.above(0);
    }
    const expected: Record<string, RegExp> = {
      'bad-attr': /nowhere/,
      'proxy-data': /proxy exploded/,
      'exploding-getter': /figures getter exploded/,
      'throws-in-render': /renderPlot exploded/,
      'bad-kind': /kind="pie"/,
    };
    for (const [id, message] of Object.entries(expected)) {
      const h = await ready(byId(id));
      expect(h.state(), id).to.equal('error');
      expect(h.errorText(), id).to.match(message);
      expect(h.root.querySelector('[role="alert"]'), id).to.not.equal(null);
    }
    // The good charts still answer: a language switch re-renders them.
    for (const id of ['good-bars', 'good-line', 'good-radar']) {
      const el = byId(id) as CountyTargetBars;
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(new ChartHarness(el).state(), id).to.equal('ready');
      expect(new ChartHarness(el).text('source'), id).to.match(/^Source: /);
    }
    expect(watch.errors).to.deep.equal([]);
    expect(watch.rejections).to.deep.equal([]);
    // One console.error per broken chart, each the chart's own message.
    expect(watch.consoleErrors.map((a) => String(a[0]).replace(/>:.*/s, '>')).sort()).to.deep.equal(
      [
        '<county-radar>',
        '<county-radar>',
        '<county-target-bars>',
        '<county-trend-line>',
        '<throwing-bars>',
      ].sort(),
    );
  });

  const failures: [string, string, RegExp][] = [
    ['404', '/__county-test/missing.json', /HTTP 404/],
    ['HTTP 500', '/__county-test/status/500', /HTTP 500/],
    ['invalid JSON', '/__county-test/invalid.json', /not valid JSON/],
    ['wrong schema', '/__county-test/wrong-schema.json', /Invalid dataset: counties: must be an array/],
    ['timeout', '/__county-test/slow.json?ms=3000', /timed out after 300 ms/],
  ];
  for (const [what, url, message] of failures) {
    it(`src failure (${what}): an error that says so, a retry button, nothing unhandled`, async () => {
      setDatasetTimeout(300);
      const events: CustomEvent[] = [];
      const el = await fixture<CountyTargetBars>(
        html`<county-target-bars
          lang="en"
          county="tonghua"
          src=${url}
          @county-data-error=${(e: CustomEvent) => events.push(e)}
        ></county-target-bars>`,
      );
      const h = await ready(el);
      expect(h.state()).to.equal('error');
      expect(h.errorText()).to.match(message);
      expect(h.errorText()).to.contain(url.split('?')[0]);
      const retry = h.root.querySelector<HTMLButtonElement>('button.retry');
      expect(retry, 'retry button').to.not.equal(null);
      expect(retry!.tabIndex).to.equal(0);
      expect(retry!.textContent!.trim()).to.equal('Retry');
      expect(events.map((e) => e.detail.kind)).to.deep.equal([
        what === 'wrong schema' ? 'malformed-data' : 'fetch-failed',
      ]);
      // the slow response arrives after the timeout: still nothing unhandled
      if (what === 'timeout') await new Promise((r) => setTimeout(r, 3000));
      expect(watch.errors).to.deep.equal([]);
      expect(watch.rejections).to.deep.equal([]);
    });
  }

  it('Retry (keyboard) fetches again: a failed fetch is not cached', async () => {
    const k = key('retry');
    const el = await fixture<CountyTargetBars>(
      html`<county-target-bars
        lang="en"
        county="tonghua"
        src="/__county-test/flaky/${k}?fail=2"
      ></county-target-bars>`,
    );
    const h = await ready(el);
    expect(h.errorText()).to.contain('HTTP 503');
    expect(await hits(k)).to.equal(1);
    // Tab reaches the button; Enter presses it; the second attempt fails too and the new button gets focus.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(h.root.activeElement?.classList.contains('retry')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await ready(el);
    expect(await hits(k)).to.equal(2);
    expect(h.state()).to.equal('error');
    expect(h.root.activeElement?.classList.contains('retry'), 'focus back on Retry').to.equal(true);
    await sendKeys({ press: 'Space' });
    await ready(el);
    expect(await hits(k)).to.equal(3);
    expect(h.state()).to.equal('ready');
    expect(h.marks().length).to.be.above(0);
    before.remove();
    expect(watch.rejections).to.deep.equal([]);
  });

  it('the page default URL: one fetch for every chart, Retry fetches again', async () => {
    const k = key('default');
    setDefaultDatasetSource(`/__county-test/flaky/${k}?fail=1`);
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 640px">
        <county-target-bars lang="en" county="tonghua"></county-target-bars>
        <county-target-bars lang="en" county="hulan"></county-target-bars>
      </div>`,
    );
    const [a, b] = [...page.children] as CountyTargetBars[];
    const [ha, hb] = [await ready(a), await ready(b)];
    expect(ha.state()).to.equal('error');
    expect(hb.state()).to.equal('error');
    expect(await hits(k)).to.equal(1);
    ha.root.querySelector<HTMLButtonElement>('button.retry')!.click();
    await ready(a);
    expect(ha.state()).to.equal('ready');
    expect(await hits(k)).to.equal(2);
    // the other chart's retry uses the dataset now cached for the URL
    hb.root.querySelector<HTMLButtonElement>('button.retry')!.click();
    await ready(b);
    expect(hb.state()).to.equal('ready');
    expect(await hits(k)).to.equal(2);
    expect(watch.rejections).to.deep.equal([]);
  });

  it('a rejected default promise is an error state, not an unhandled rejection', async () => {
    setDefaultDatasetSource(Promise.reject(new Error('upstream down')));
    const el = await fixture<CountyTargetBars>(
      html`<county-target-bars lang="en" county="tonghua"></county-target-bars>`,
    );
    const h = await ready(el);
    expect(h.state()).to.equal('error');
    expect(h.errorText()).to.contain('upstream down');
    await new Promise((r) => setTimeout(r, 50));
    expect(watch.rejections).to.deep.equal([]);
  });
});
