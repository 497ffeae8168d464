// The Vue 3 example (examples/vue), built by vite and opened as a reader would open it.
import { expect } from '@open-wc/testing';
import { describeExampleApp } from '../app-suite.js';
import { ExampleApp } from '../app-harness.js';

describeExampleApp('vue');

describe('examples/vue: bindings', function () {
  let app: ExampleApp;
  before(async function () {
    this.timeout(120_000);
    await ExampleApp.build('vue');
  });
  beforeEach(async function () {
    this.timeout(20_000);
    app = await ExampleApp.open('vue');
  });
  afterEach(() => app.remove());

  it('binds plain attributes as properties of the defined elements, `.data` as a property', () => {
    const bars = app.chart('county-target-bars');
    // Vue sets a key the element has as a property (`county`), and `.data` / `:data.prop` always.
    expect(bars.county).to.equal('tonghua');
    expect(bars.getAttribute('theme')).to.equal('light');
    expect(bars.hasAttribute('data')).to.equal(false);
    // Even a static `kind="latest"` becomes the property (Vue's rule for keys the element has).
    expect(app.chart('county-radar').kind).to.equal('latest');
    expect(app.chart('county-radar').hasAttribute('kind')).to.equal(false);
    const view = app.frame.contentWindow as Window & typeof globalThis;
    for (const tag of ['county-target-bars', 'county-trend-line', 'county-radar'] as const)
      expect(app.chart(tag) instanceof view.customElements.get(tag)!, tag).to.equal(true);
  });
});
