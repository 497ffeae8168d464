// <county-radar>: the element class (unregistered), its pure description and layout.
export { CountyRadar, type RadarDescription } from './radar.js';
export { describeRadar, radarMarkKey, type RadarDescribeOptions } from './describe.js';
export {
  radarLayout,
  radarHeight,
  useSmallMultiples,
  type RadarLayout,
  type RadarLayoutOptions,
} from './layout.js';
