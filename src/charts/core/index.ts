// The chart core: what every county chart shares. Chart subclasses import from here.
export { ChartElement, type DescribeInput } from './chart-element.js';
export type {
  ChartDescription,
  ChartMark,
  ChartSize,
  DataTable,
  LegendItem,
  TooltipContent,
  ColorClass,
} from './view.js';
export { seriesClass } from './view.js';
export { ChartDataError, chartErrors, toChartError, type ChartErrorKind } from './errors.js';
export {
  chartEvent,
  type CountySelectDetail,
  type CountyDataErrorDetail,
  type CountyToggleDetail,
} from './events.js';
export {
  setDefaultDatasetSource,
  getDefaultDatasetSource,
  fetchDataset,
  checkDataset,
  clearDatasetCache,
  setDatasetTimeout,
  type DefaultDatasetSource,
} from './dataset-source.js';
export { resolveLang, pick, uiText, type Lang } from './language.js';
export { reportCitation, sourceLine, findCounty, headerTemplate, legendTemplate } from './frame.js';
export { figureRow, figureQuote, figureQuotes, tooltipTemplate } from './tooltip.js';
export { linearScale, niceDomain, type LinearScale } from './scales.js';
export { estimateTextWidth, truncateToWidth, wrapText, charWidthEm } from './text-fit.js';
export { contrastRatio, relativeLuminance, mostContrasting } from './contrast.js';
export { nextMarkIndex } from './keyboard.js';
export { LIGHT, DARK, FONT_STACK, COLOR_TOKENS, type ThemeColors } from './theme.js';
