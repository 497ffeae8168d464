// Number, unit, period and label formatting shared by every chart (browser + node, no DOM).
export * from './lang.js';
export * from './number.js';
export * from './units.js';
export * from './period.js';
export * from './labels.js';
