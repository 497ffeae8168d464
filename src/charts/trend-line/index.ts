// <county-trend-line>: the element class (unregistered), its pure model and layout.
export { CountyTrendLine } from './trend-line.js';
export { describeTrend, type TrendDescription, type TrendRequest } from './describe.js';
export { trendModel, type TrendModel, type TrendInput, type TrendMark, type TrendSpanMark } from './model.js';
export { trendLayout, type TrendLayout } from './layout.js';
