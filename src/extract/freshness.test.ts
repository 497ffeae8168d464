import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildData, json } from './cli.js';

describe('data/ is fresh', () => {
  // fails when seeds/, indicators.json, corrections.json or the extractor changed without `npm run data`
  const built = buildData();
  it.each([
    ['figures', built.figures],
    ['counties', built.counties],
    ['indicators', built.indicators],
  ] as const)('data/%s.json equals a fresh build', (name, value) => {
    expect(readFileSync(`data/${name}.json`, 'utf8')).toBe(json(value));
  });
});
