// Registers every county-charts element (each only if its tag is not yet defined).
import './charts/target-bars/define.js';
import './charts/trend-line/define.js';
import './charts/radar/define.js';

export { CountyTargetBars } from './charts/target-bars/target-bars.js';
