// The data API: browser + node, no DOM. Import from here, not from the files behind it.
export type * from './types.js';
export { DatasetError, DatasetLoadError, loadDataset, parseDataset } from './load.js';
export type { DatasetIssue, DatasetLoadErrorReason, DatasetSource, LoadDatasetOptions } from './load.js';

// series.ts (trend projection) and comparison.ts (radar normalisation): their owners add their exports here.
