import { afterEach, describe, expect, it } from 'vitest';
import { getDefaultDatasetSource, setDefaultDatasetSource } from '../charts/core/dataset-source.js';
import { EMBED_DATASET_FILE, useDatasetBesideScript } from './default-source.js';

describe('useDatasetBesideScript', () => {
  afterEach(() => setDefaultDatasetSource(undefined));

  it('points the default dataset at the JSON published next to the script', () => {
    useDatasetBesideScript('https://cdn.example.org/county-charts/1.2.0/county-charts.js?v=3');
    expect(getDefaultDatasetSource()).toBe(
      'https://cdn.example.org/county-charts/1.2.0/county-charts-data.json',
    );
    expect(EMBED_DATASET_FILE).toBe('county-charts-data.json');
  });

  it('keeps a default the page set before the script ran', () => {
    setDefaultDatasetSource('/my/own-data.json');
    useDatasetBesideScript('https://cdn.example.org/county-charts.js');
    expect(getDefaultDatasetSource()).toBe('/my/own-data.json');
  });
});
