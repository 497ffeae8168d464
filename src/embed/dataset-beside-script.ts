import { useDatasetBesideScript } from './default-source.js';

// In the embed bundle every module shares the bundle's URL, so this is
// `new URL('./county-charts-data.json', <url of county-charts.js>)`.
useDatasetBesideScript(import.meta.url);
