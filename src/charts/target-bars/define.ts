import { CountyTargetBars } from './target-bars.js';

// Register once: loading the bundle twice, or next to another copy, must not throw.
if (!customElements.get('county-target-bars')) customElements.define('county-target-bars', CountyTargetBars);

declare global {
  interface HTMLElementTagNameMap {
    'county-target-bars': CountyTargetBars;
  }
}

export { CountyTargetBars };
