import type { County, Dataset, Indicator } from './types.js';

/**
 * Items by id, indexed once per (readonly) list: a page of charts looks up every figure's indicator,
 * and a linear search per figure was a measurable part of each chart's first draw.
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();
function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  let index = indexes.get(items);
  if (!index) {
    index = new Map();
    // The first of duplicate ids wins, as `find` would.
    for (let i = items.length - 1; i >= 0; i -= 1) index.set(items[i]!.id, items[i]!);
    indexes.set(items, index);
  }
  return index.get(id) as T | undefined;
}

export const countyById = (dataset: Dataset, id: string): County | undefined => byId(dataset.counties, id);

export const indicatorById = (dataset: Dataset, id: string): Indicator | undefined =>
  byId(dataset.indicators, id);
