import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { County } from './types.js';

const counties = JSON.parse(readFileSync('seeds/counties.json', 'utf8')) as County[];
const sharedSeeds = '../shared/seeds';

describe('seeds', () => {
  it('are byte for byte the published report texts', () => {
    // ../shared only exists beside a checkout; the committed copies are what the dataset is built from.
    if (!existsSync(sharedSeeds)) return;
    const published = readdirSync(sharedSeeds).filter((f) => f.endsWith('.txt'));
    expect(published.length).toBeGreaterThan(0);
    for (const file of published) {
      expect(readFileSync(`seeds/${file}`).equals(readFileSync(`${sharedSeeds}/${file}`)), file).toBe(true);
    }
  });

  it('counties.json names each seed once, with a year and the evidence for it', () => {
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
    expect(counties.map((c) => c.report.seed).sort()).toEqual(seeds.sort());
    expect(new Set(counties.map((c) => c.id)).size).toBe(counties.length);
    for (const county of counties) {
      expect(county.id).toMatch(/^[a-z][a-z-]*$/);
      expect(county.report.year).toBeGreaterThanOrEqual(2015);
      expect(county.report.year).toBeLessThanOrEqual(2030);
      expect(county.report.yearEvidence.length).toBeGreaterThan(20);
      expect(['county', 'autonomous-county', 'district']).toContain(county.level);
      expect(county.name.zh).toMatch(/[县区]$/);
    }
  });

  it('stated years appear in the report text', () => {
    for (const county of counties.filter((c) => c.report.yearConfidence === 'stated')) {
      const text = readFileSync(`seeds/${county.report.seed}`, 'utf8');
      expect(text.slice(0, 200)).toContain(`${county.report.year}年`);
    }
  });
});
