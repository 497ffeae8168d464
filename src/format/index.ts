// Number, unit, period and label formatting shared by every chart (browser + node, no DOM).
// Named, not `export *`: the public API at a glance (and bundlers keep only what is used).
export { LANGS, isLang, normalizeLang, type Lang } from './lang.js';
export {
  formatFigureValue,
  formatFigureValueParts,
  formatNumber,
  formatValue,
  formatValueParts,
  significantDigits,
  type FormattedValue,
  type NumberFormatOptions,
  type ValueFormatOptions,
} from './number.js';
export { UNIT_SPELLINGS, unitName, unitSpelling, unitText, type UnitSpelling } from './units.js';
export { formatPeriod, formatYears, type PeriodFormatOptions } from './period.js';
export {
  categoryLabel,
  comparatorLabel,
  comparatorMark,
  cumulativeLabel,
  directionLabel,
  kindLabel,
  localized,
  measureLabel,
  missingLabel,
  yearlyMeanLabel,
} from './labels.js';
