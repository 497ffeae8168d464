// <county-trend-line>: the element class (unregistered), its pure model and layout.
export { CountyTrendLine } from './trend-line.js';
export {
  describeTrend,
  trendModel,
  type TrendDescription,
  type TrendRequest,
  type TrendModel,
  type TrendInput,
  type TrendMark,
} from './describe.js';
export { trendLayout, type TrendLayout } from './layout.js';
