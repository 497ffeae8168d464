import { CountyTrendLine } from './trend-line.js';

// Register once: a page may load the package and the embed bundle side by side.
if (!customElements.get('county-trend-line')) customElements.define('county-trend-line', CountyTrendLine);

declare global {
  interface HTMLElementTagNameMap {
    'county-trend-line': CountyTrendLine;
  }
}

export { CountyTrendLine };
