// Package entry: the dataset's types and API, number formatting, and the chart classes
// (unregistered: import 'county-charts/define' to register the `county-*` tags, or
// `customElements.define('my-bars', CountyTargetBars)` for a tag of your own).
export * from './data/index.js';
export * from './format/index.js';
export { ChartElement } from './charts/core/index.js';
export type { CountySelectDetail, CountyDataErrorDetail, CountyToggleDetail } from './charts/core/index.js';
export { setDefaultDatasetSource, setDatasetTimeout } from './charts/core/dataset-source.js';
export { CountyTargetBars } from './charts/target-bars/target-bars.js';
export { CountyTrendLine } from './charts/trend-line/trend-line.js';
export { CountyRadar } from './charts/radar/radar.js';
