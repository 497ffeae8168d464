// The React 19 example (examples/react), built by vite and opened as a reader would open it.
import { expect } from '@open-wc/testing';
import { describeExampleApp } from '../app-suite.js';
import { ExampleApp } from '../app-harness.js';

describeExampleApp('react');

describe('examples/react: typed wrappers and the bare tag', function () {
  let app: ExampleApp;
  before(async function () {
    this.timeout(120_000);
    await ExampleApp.build('react');
  });
  beforeEach(async function () {
    this.timeout(20_000);
    app = await ExampleApp.open('react');
  });
  afterEach(() => app.remove());

  it('the @lit/react wrappers render the registered elements with properties set', () => {
    const bars = app.chart('county-target-bars');
    // createComponent renders the tag itself (no wrapper element) and sets props as properties.
    expect(bars.parentElement?.localName).to.equal('section');
    expect(bars.id).to.equal('bars');
    expect(bars.county).to.equal('tonghua');
    expect(bars.hasAttribute('county')).to.equal(false); // a property: the chart does not reflect it
    expect(bars.getAttribute('theme')).to.equal('light'); // theme reflects
    const view = app.frame.contentWindow as Window & typeof globalThis;
    expect(bars instanceof view.customElements.get('county-target-bars')!).to.equal(true);
  });
});
