import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Theme tokens. Every colour is a `--county-chart-*` custom property with a light and a dark default;
 * pages override a token on the element or any ancestor. The values live here as data so that
 * `theme.test.ts` can check WCAG contrast (text ≥ 4.5:1, marks ≥ 3:1 against the background) and
 * greyscale separation (neighbouring series differ in luminance) without a browser.
 */
export interface ThemeColors {
  readonly background: string;
  /** Primary text: titles, labels, values. */
  readonly text: string;
  /** Secondary text: subtitles, notes, axis ticks, source line. */
  readonly textMuted: string;
  /** Grid lines and bar tracks (decorative; never the only carrier of information). */
  readonly grid: string;
  /** Axis baselines and zero lines. */
  readonly axis: string;
  /** Achieved values (实际). */
  readonly actual: string;
  /** Fill of estimated values (预计): lighter, always outlined in `actual`. */
  readonly estimate: string;
  /** Targets (目标): markers, spans, caps. */
  readonly target: string;
  /** Keyboard focus ring. */
  readonly focus: string;
  readonly tooltipBackground: string;
  readonly tooltipText: string;
  readonly error: string;
  /** Series colours for counties / lines / polygons, in order. */
  readonly series: readonly string[];
}

export const LIGHT: ThemeColors = {
  background: '#ffffff',
  text: '#1a1c20',
  textMuted: '#585d66',
  grid: '#e6e8eb',
  axis: '#8b95a3',
  actual: '#27548c',
  estimate: '#b9cde6',
  target: '#c8510c',
  focus: '#0b57d0',
  tooltipBackground: '#1f2228',
  tooltipText: '#ffffff',
  error: '#a4262c',
  // Navy, plum, brick, teal, ochre: hues apart for every colour-vision type, and a luminance
  // ladder (each step ≥ 1.3:1) so they stay apart in greyscale print.
  series: ['#0d3a76', '#703285', '#af3725', '#138380', '#c57610'],
};

export const DARK: ThemeColors = {
  background: '#16181d',
  text: '#e8eaed',
  textMuted: '#a3a9b3',
  grid: '#2b2f37',
  axis: '#6b7480',
  actual: '#5b8fd0',
  estimate: '#2a3f5c',
  target: '#ffb25e',
  focus: '#8ab4f8',
  tooltipBackground: '#f4f5f7',
  tooltipText: '#1a1c20',
  error: '#ff8a80',
  series: ['#92bff3', '#9f4bbb', '#e55d49', '#1fb2a4', '#f9d896'],
};

/** The CJK-aware font stack: macOS/iOS, older macOS, Windows, Noto/Source Han (Linux, Android). */
export const FONT_STACK =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif';

/** `textMuted` → `text-muted`; the n-th series → `series-n`. */
const tokenName = (key: string, i: number): string =>
  key === 'series' ? `series-${i + 1}` : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** [token, colour] pairs of a theme, in the order of ThemeColors. */
const tokens = (colors: ThemeColors): [string, string][] =>
  Object.entries(colors).flatMap(([key, value]: [string, string | readonly string[]]) =>
    (typeof value === 'string' ? [value] : value).map((c, i): [string, string] => [tokenName(key, i), c]),
  );

/** Names of the public colour tokens, for docs and tests. */
export const COLOR_TOKENS: readonly string[] = /* @__PURE__ */ (() =>
  tokens(LIGHT).map(([t]) => `--county-chart-${t}`))();

/**
 * Private `--_x` variables resolve the public token or the theme default; chart styles use only `--_x`.
 * A page-set token wins in both themes (a page sets it for the theme it shows).
 */
const declarations = (colors: ThemeColors, scheme: string): CSSResult =>
  unsafeCSS(
    tokens(colors)
      .map(([t, c]) => `--_${t}:var(--county-chart-${t},${c});`)
      .join('') + `color-scheme:${scheme}`,
  );

const dark = declarations(DARK, 'dark');

/** Token declarations on the chart root: light by default, dark for theme=dark, or auto + OS dark mode. */
export const themeStyles: CSSResult = css`
  .chart {
    ${declarations(LIGHT, 'light')};
    --_font: var(--county-chart-font, ${unsafeCSS(FONT_STACK)});
    --_font-size: var(--county-chart-font-size, 14px);
  }
  /* .dark / .light on the box: the theme attribute as read (theme=" Dark " is dark). */
  .dark .chart {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .box:not(.light) .chart {
      ${dark}
    }
  }
`;
