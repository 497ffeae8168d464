import { DatasetError, DatasetLoadError, loadDataset, parseDataset } from '../../data/load.js';
import type { Dataset } from '../../data/types.js';
import { ChartDataError, chartErrors } from './errors.js';

/**
 * Where charts without `.data` or `src` get their dataset: a page-wide default. The embed bundle
 * sets it to the JSON published next to the script; an app may set a dataset object or a promise.
 * Fetches are cached per URL, so 150 charts on a page make one request.
 */
export type DefaultDatasetSource = Dataset | string | URL | Promise<Dataset>;

let defaultSource: DefaultDatasetSource | undefined;
const listeners = new Set<() => void>();

/** Set the dataset every chart without `.data`/`src` uses; charts already on the page pick it up. */
export function setDefaultDatasetSource(source: DefaultDatasetSource | undefined): void {
  defaultSource = source;
  for (const listener of [...listeners]) listener();
}

export function getDefaultDatasetSource(): DefaultDatasetSource | undefined {
  return defaultSource;
}

/** Be told when the default changes; returns the unsubscribe function (call it on disconnect). */
export function onDefaultDatasetSourceChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const byUrl = new Map<string, Promise<Dataset>>();
let timeoutMs = 15_000;

/** How long charts wait for a dataset URL before showing a timeout error with a retry (default 15 s; 0: no limit). */
export function setDatasetTimeout(ms: number): void {
  timeoutMs = Number.isFinite(ms) && ms >= 0 ? ms : 15_000;
}
const checked = new WeakSet<object>();

/** Resolve a relative URL against the page, so "data.json" and "./data.json" share one fetch. */
function absolute(url: string | URL): string {
  try {
    return new URL(String(url), globalThis.document?.baseURI).href;
  } catch {
    return String(url);
  }
}

/**
 * The validated dataset at `url`, fetched once per page. A failed fetch is dropped from the cache
 * so that a retry fetches again. Rejects with a ChartDataError ('fetch-failed' or 'malformed-data').
 */
export function fetchDataset(url: string | URL): Promise<Dataset> {
  const key = absolute(url);
  let pending = byUrl.get(key);
  if (!pending) {
    pending = loadDataset(key, { timeoutMs }).then(
      (dataset) => {
        checked.add(dataset);
        return dataset;
      },
      (error: unknown) => {
        byUrl.delete(key);
        throw toLoadError(key, error);
      },
    );
    byUrl.set(key, pending);
  }
  return pending;
}

function toLoadError(url: string, error: unknown): ChartDataError {
  if (error instanceof DatasetLoadError && error.reason === 'schema') {
    // Retryable: the file at the URL may be fixed (or finish deploying) while the page is open.
    const { messages } = chartErrors.malformed(`${url}: ${error.message}`);
    return new ChartDataError('malformed-data', messages, { cause: error, retryable: true });
  }
  return chartErrors.fetchFailed(url, error instanceof Error ? error.message : String(error), error);
}

/**
 * A dataset given by code, validated once per object (validation names the bad record).
 * @throws ChartDataError 'malformed-data'
 */
export function checkDataset(value: unknown): Dataset {
  if (value !== null && typeof value === 'object' && checked.has(value)) return value as Dataset;
  try {
    const dataset = parseDataset(value);
    checked.add(dataset);
    if (value !== null && typeof value === 'object') checked.add(value);
    return dataset;
  } catch (error) {
    throw chartErrors.malformed(error instanceof DatasetError ? error.message : String(error), error);
  }
}

/** Any source → a dataset (sync when given an object) or a promise of one. */
export function resolveDatasetSource(source: DefaultDatasetSource): Dataset | Promise<Dataset> {
  if (typeof source === 'string' || source instanceof URL) return fetchDataset(source);
  if (source instanceof Promise) return source.then(checkDataset);
  return checkDataset(source);
}

/** Forget cached fetches (tests; a page that republishes its data). */
export function clearDatasetCache(): void {
  byUrl.clear();
}
