// Package entry: the dataset's types. Chart classes and the data API are added by their modules.
export type * from './data/types.ts';
