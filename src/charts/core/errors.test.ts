import { describe, expect, it } from 'vitest';
import { chartErrors } from './errors.js';

const counties = ['yitong', 'changbai', 'fuxin', 'hulan', 'tonghua'];

describe('chartErrors: messages that say what is wrong', () => {
  it('suggests the county an editor misspelled, in both languages', () => {
    const e = chartErrors.unknownCounty('tonghau', counties);
    expect(e.kind).toBe('unknown-county');
    expect(e.messages.en).toBe(
      'Unknown county "tonghau". Did you mean "tonghua"? Known counties: yitong, changbai, fuxin, hulan, tonghua',
    );
    expect(e.messages['zh-CN']).toContain('是否是 "tonghua"');
  });

  it('suggests nothing when no id is near, and still lists the known ones', () => {
    const e = chartErrors.unknownCounty('beijing', counties);
    expect(e.messages.en).toBe(
      'Unknown county "beijing". Known counties: yitong, changbai, fuxin, hulan, tonghua',
    );
  });

  it('suggests a near indicator id when the catalogue is given', () => {
    expect(chartErrors.unknownIndicator('gdp-grwoth', ['gdp', 'gdp-growth']).messages.en).toBe(
      'Unknown indicator "gdp-grwoth". Did you mean "gdp-growth"?',
    );
    expect(chartErrors.unknownIndicator('weather', ['gdp']).messages.en).toBe('Unknown indicator "weather"');
  });
});
