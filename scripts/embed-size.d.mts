export interface FileSize {
  readonly raw: number;
  readonly gzip: number;
}
export interface EmbedSizes {
  readonly bundle: FileSize;
  /** county-charts-export.js: loaded on the first export, outside the budget. */
  readonly exportChunk: FileSize;
  readonly dataset: FileSize;
  readonly stylesheet: FileSize;
}
export declare const BUNDLE_BUDGET_KB: number;
export declare const BUDGET_SLACK_KB: number;
export declare const ISSUE_BAR_KB: number;
export declare function fileSize(path: string): FileSize;
export declare function embedSizes(dir?: string): EmbedSizes;
export declare function formatSizes(sizes: EmbedSizes): string;
