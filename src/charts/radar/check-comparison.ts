import type { RadarComparison, RadarValue } from '../../data/comparison.js';
import { parseDataset } from '../../data/load.js';
import { chartErrors } from '../core/errors.js';

const checked = new WeakSet<object>();

/**
 * A comparison handed over by code (`.comparison`) is checked like a dataset before it is drawn:
 * its counties, indicators and the figures behind its vertices against the dataset contract, and
 * every vertex's numbers finite. Checked once per object.
 * @throws ChartDataError 'malformed-data' naming the bad part.
 */
export function checkComparison(value: unknown): RadarComparison {
  if (value !== null && typeof value === 'object' && checked.has(value)) return value as RadarComparison;
  const bad = (detail: string) => chartErrors.malformed(`comparison: ${detail}`);
  if (value === null || typeof value !== 'object') throw bad('must be an object from radarComparison()');
  const c = value as RadarComparison;
  if (!Array.isArray(c.axes) || !Array.isArray(c.series)) throw bad('axes and series must be arrays');
  c.series.forEach((s, i) => {
    if (s === null || typeof s !== 'object' || !Array.isArray(s.values) || s.values.length !== c.axes.length)
      throw bad(`series[${i}] must have one value per axis`);
    s.values.forEach((v: RadarValue, a: number) => {
      if (v?.status === 'not-reported') return;
      if (v?.status !== 'reported')
        throw bad(`series[${i}].values[${a}].status must be reported or not-reported`);
      if (!Number.isFinite(v.value) || !Number.isFinite(v.normalized))
        throw bad(`series[${i}].values[${a}]: value and normalized must be finite numbers`);
      if (v.valueHi !== undefined && !Number.isFinite(v.valueHi))
        throw bad(`series[${i}].values[${a}].valueHi must be a finite number`);
    });
  });
  try {
    parseDataset({
      counties: c.series.map((s) => s.county),
      indicators: c.axes.map((a) => a?.indicator),
      figures: [
        ...new Set(
          c.series.flatMap((s) =>
            s.values.flatMap((v: RadarValue) => (v.status === 'reported' ? [v.figure] : [])),
          ),
        ),
      ],
    });
  } catch (error) {
    throw bad(error instanceof Error ? error.message : String(error));
  }
  checked.add(c);
  return c;
}
