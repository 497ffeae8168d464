// The data API: browser + node, no DOM. Import from here, not from the files behind it.
export type * from './types.js';
export { DatasetError, DatasetLoadError, loadDataset, parseDataset } from './load.js';
export type { DatasetIssue, DatasetLoadErrorReason, DatasetSource, LoadDatasetOptions } from './load.js';
export { conversionPath, toCanonicalUnit, toIndicatorUnit } from './units.js';
export { canonicalIds, closestId, findNamed, splitIds } from './lookup.js';
export type { ConversionStep, ConvertedValue } from './units.js';
export {
  attainmentScore,
  CATEGORIES,
  countyById,
  figuresFor,
  indicatorById,
  MEASURE_ORDER,
  reportHasActuals,
  rowsFromValues,
  selectGivenRows,
  selectTargetsVersusActuals,
  targetsVersusActuals,
} from './queries.js';
export type {
  FigureQuery,
  GivenRow,
  GivenValue,
  NoChangeReason,
  RowValue,
  TargetActualRow,
  TargetChange,
  TargetsKeep,
  TargetsPairing,
  TargetsSelection,
  TargetsSort,
  TargetsVersusActualsOptions,
  YearlyMean,
} from './queries.js';

// ── series.ts (trend projection) and comparison.ts (radar normalisation) ──
// Their owners add their exports below this line.
export {
  annualRateFor,
  compound,
  growthOfFigure,
  indexSeries,
  indicatorPair,
  indicatorSeries,
  requiredAnnualRate,
  seriesFromFigures,
  SeriesQueryError,
  subjectSeries,
} from './series.js';
export type {
  IndexedSeries,
  IndicatorSeries,
  LatestRate,
  PlanMethod,
  PlanPath,
  PointKind,
  RateSpan,
  SeriesPoint,
  SeriesSpan,
  SkippedFigure,
} from './series.js';
export { ComparisonError, normalize, radarComparison } from './comparison.js';
export type {
  AxisScale,
  Derivation,
  RadarAxis,
  RadarComparison,
  RadarComparisonOptions,
  RadarGap,
  RadarKind,
  RadarSeries,
  RadarValue,
  RadarVertex,
} from './comparison.js';
