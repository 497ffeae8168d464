import { DatasetLoadError, loadDataset, parseDataset } from '../../data/load.js';
import type { Dataset } from '../../data/types.js';
import { chartErrors, errorMessage } from './errors.js';

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

export const getDefaultDatasetSource = (): DefaultDatasetSource | undefined => defaultSource;

/** Be told when the default changes; returns the unsubscribe function (call it on disconnect). */
export function onDefaultDatasetSourceChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const byUrl = new Map<string, Promise<Dataset>>();
/** Datasets validated already (the objects given, and what validation returned). */
const checked = new WeakSet<object>();
let timeoutMs = 15_000;

/** How long charts wait for a dataset URL before showing a timeout error with a retry (default 15 s; 0: no limit). */
export function setDatasetTimeout(ms: number): void {
  timeoutMs = ms >= 0 && ms < Infinity ? ms : 15_000;
}

/**
 * The validated dataset at `url` (relative to the page: "data.json" and "./data.json" share one
 * fetch), fetched once per page. A failed fetch is dropped from the cache so that a retry fetches
 * again. Rejects with a ChartDataError: 'fetch-failed', or 'malformed-data' with a retry (the file
 * at the URL may be fixed, or finish deploying, while the page is open).
 */
export function fetchDataset(url: string | URL): Promise<Dataset> {
  let key = String(url);
  try {
    key = new URL(key, globalThis.document?.baseURI).href;
  } catch {
    // not a URL: fetch reports it
  }
  let pending = byUrl.get(key);
  if (!pending) {
    pending = loadDataset(key, { timeoutMs }).then(
      (dataset) => (checked.add(dataset), dataset),
      (error: unknown) => {
        byUrl.delete(key);
        throw error instanceof DatasetLoadError && error.reason === 'schema'
          ? chartErrors.malformed(`${key}: ${error.message}`, error, true)
          : chartErrors.fetchFailed(key, errorMessage(error), error);
      },
    );
    byUrl.set(key, pending);
  }
  return pending;
}

/**
 * A dataset given by code, validated once per object (validation names the bad record).
 * @throws ChartDataError 'malformed-data'
 */
export function checkDataset(value: unknown): Dataset {
  if (checked.has(value as object)) return value as Dataset;
  try {
    const dataset = parseDataset(value);
    checked.add(dataset);
    if (value === Object(value)) checked.add(value as object);
    return dataset;
  } catch (error) {
    throw chartErrors.malformed(errorMessage(error), error);
  }
}

/** Any source → a dataset (sync when given an object) or a promise of one. */
export function resolveDatasetSource(source: DefaultDatasetSource): Dataset | Promise<Dataset> {
  return typeof source === 'string' || source instanceof URL
    ? fetchDataset(source)
    : source instanceof Promise
      ? source.then(checkDataset)
      : checkDataset(source);
}

/** Forget cached fetches (tests; a page that republishes its data). */
export function clearDatasetCache(): void {
  byUrl.clear();
}
