// Shared by the stories: the committed dataset (data/), validated as the charts would validate it.
import counties from '../../data/counties.json';
import indicators from '../../data/indicators.json';
import figures from '../../data/figures.json';
import { parseDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';

export const dataset: Dataset = parseDataset({ counties, indicators, figures });

/** Every county id in the dataset, in dataset order. */
export const countyIds: readonly string[] = dataset.counties.map((c) => c.id);
