import { getDefaultDatasetSource, setDefaultDatasetSource } from '../charts/core/dataset-source.js';

/** The dataset file the embed build publishes beside county-charts.js (vite.embed.config.ts). */
export const EMBED_DATASET_FILE = 'county-charts-data.json';

/**
 * Charts without `src` or `.data` load the dataset published next to the script that defined
 * them, wherever a CDN or CMS put it. A default the page already set in code is kept.
 */
export function useDatasetBesideScript(scriptUrl: string): void {
  if (getDefaultDatasetSource() !== undefined) return;
  setDefaultDatasetSource(new URL(EMBED_DATASET_FILE, scriptUrl).href);
}
