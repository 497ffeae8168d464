/**
 * The single-file embed (dist/embed/county-charts.js, built by vite.embed.config.ts): one
 * `<script type="module">` defines every element and points charts without data at the dataset
 * published beside the script. Loading it twice, or next to another copy, defines nothing twice
 * (each define.ts checks `customElements.get` first).
 */
// First, so the charts already in the page find their data when the definitions upgrade them.
import './embed/dataset-beside-script.js';
import './define.js';
import { afterParse } from './charts/core/editor-slips.js';
import { defineMisspeltChartTags } from './embed/misspelt-tags.js';

// Then, once the page is parsed, tags an editor mistyped: read as the chart they name.
afterParse(() => defineMisspeltChartTags());
