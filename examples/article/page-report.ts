// What `embed-article` (examples/article/article-server.mjs) reports about an article page.

export interface ShadowNode {
  tag: string;
  part: string | null;
  className: string | null;
  paints: boolean;
  rect: [number, number, number, number] | null;
  style: Record<string, string>;
}

export interface ChartReport {
  tag: string;
  attributes: Record<string, string>;
  defined: boolean;
  host: [number, number, number, number];
  state: 'rendered' | 'error' | 'empty';
  alertText: string | null;
  visibleMarks: number;
  title: string | null;
  text: string;
  shadowStyleElements: number;
  adoptedStyleSheets: number;
  nodes: ShadowNode[];
}

export interface PageReport {
  url: string;
  origin: string;
  status: number;
  csp: string | null;
  settled: boolean;
  lang: string;
  viewport: [number, number];
  contentHeight: number;
  cls: number;
  shifts: unknown[];
  violations: unknown[];
  errors: string[];
  pageErrors: string[];
  consoleErrors: string[];
  requests: string[];
  resources: string[];
  lightDomStyleElements: number;
  /** `<p>` elements in the page, those a reader sees, and element children of charts (should be 0). */
  paragraphs: number;
  paragraphsShown: number;
  chartChildren: number;
  lightDomStyleAttributes: number;
  charts: ChartReport[];
}
