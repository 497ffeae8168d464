import { css } from 'lit';

/**
 * Styles every chart shares. Host-page CSS reaches a shadow tree only through inherited properties,
 * so `.chart` starts from `all: initial` (every property at its initial value; custom properties,
 * the theme's tokens, are left alone) and sets what it needs; nothing here needs page CSS.
 */
export const baseStyles = css`
  /* In a page's flex row or grid the charts share the line: no minimum width from the aspect ratio
     (a min-height through the ratio made the bars 560 px wide and left the radar 0 px), and in a flex row
     they grow alike from nothing. (In a block, or a flex column, neither changes anything.) */
  :host {
    display: block;
    contain: layout;
    min-width: 0;
    flex: 1 1 0%;
  }
  /* What the chart needs of a box is on this one, not the host: page rules beat :host rules, and a
     CSS reset ("all: unset") leaves the host inline and static. A block in an inline still takes
     the line's full width; its height is the host's, or the height attribute's, or the sizer's. */
  .box {
    display: block;
    position: relative;
    contain: layout;
    height: var(--_height, 100%);
  }
  /* The final size, known before any data: an in-flow box of definite width (width: 100%, so a
     min-height cannot widen it through the ratio, as it does on an auto-width box) whose height
     comes from the aspect ratio, clamped. The chart is drawn over it, so nothing shifts on load.
     Charts set their defaults with --_aspect-ratio / --_min-height / --_max-height on :host. */
  .sizer {
    width: 100%;
    aspect-ratio: var(--county-chart-aspect-ratio, var(--_aspect-ratio, 3 / 2));
    min-height: var(--county-chart-min-height, var(--_min-height, 360px));
    max-height: var(--county-chart-max-height, var(--_max-height, 640px));
  }
  /* .fixed: a height in px was given (a height="40%" is ignored, and the sizer holds the box). */
  :host([hidden]),
  .fixed .sizer {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  .chart {
    all: initial;
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 12px 0 10px;
    overflow: hidden;
    box-sizing: border-box;
    background: var(--_background);
    color: var(--_text);
    /* SVG properties inherit too; the initial fill (black) would not follow the theme. */
    fill: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-variant-numeric: tabular-nums;
    line-height: 1.45;
    overflow-wrap: break-word;
    direction: ltr; /* not reset by all */
  }
  /* Once a chart has been sized while off screen (chart-element.ts, _observe), the browser skips an off-screen
     chart's style, layout and paint. Its size comes from the box (absolute, inset 0), so the size
     containment this implies changes nothing and needs no contain-intrinsic-size. */
  .cv {
    content-visibility: auto;
  }
  p,
  ul,
  dl,
  dd,
  blockquote {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .header,
  .legend,
  .footer {
    padding: 0 2px;
  }
  .title {
    font-size: 1.143em;
    font-weight: 600;
    line-height: 1.35;
    min-height: 1.35em;
  }
  .subtitle {
    margin-top: 2px;
    font-size: 0.929em;
    color: var(--_text-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    font-size: 0.857em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .plot {
    position: relative;
    flex: 1;
    min-height: 0;
  }
  .plot-svg {
    display: block;
    position: absolute;
    inset: 0;
    overflow: visible;
    font-size: 12px;
    -webkit-tap-highlight-color: transparent;
  }
  .plot-svg text {
    fill: var(--_text);
    stroke: none;
  }
  .status {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_text-muted);
    font-size: 0.929em;
  }
  .footer {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 0.786em;
    line-height: 1.4;
    color: var(--_text-muted);
  }
  .footer-row {
    display: flex;
    align-items: baseline;
    gap: 12px;
  }
  .source {
    min-height: 1.4em;
  }
  .button {
    flex: none;
    font: inherit;
    color: var(--_text);
    background: none;
    border: 1px solid var(--_axis);
    border-radius: 3px;
    padding: 2px 8px;
    margin: 0;
    line-height: 1.4;
    min-height: 24px;
    cursor: pointer;
  }
  .button:hover {
    border-color: var(--_text);
  }
  .button:focus-visible,
  .table-wrap:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Marks: a group per focusable mark; .hit is its pointer target and focus ring. */
  .mark {
    outline: none;
    cursor: pointer;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .mark:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .c-actual {
    --_c: var(--_actual);
  }
  .c-estimate {
    --_c: var(--_actual);
    --_c-fill: var(--_estimate);
  }
  .c-target {
    --_c: var(--_target);
  }
  .c-muted {
    --_c: var(--_text-muted);
  }
  .c-s1 {
    --_c: var(--_series-1);
  }
  .c-s2 {
    --_c: var(--_series-2);
  }
  .c-s3 {
    --_c: var(--_series-3);
  }
  .c-s4 {
    --_c: var(--_series-4);
  }
  .c-s5 {
    --_c: var(--_series-5);
  }
  .fill {
    fill: var(--_c);
    stroke: none;
  }
  .stroke {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2;
  }
  .dash {
    stroke-dasharray: 4 3;
  }
  .hollow {
    fill: var(--_c-fill, var(--_background));
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .span {
    fill: var(--_c);
    fill-opacity: 0.3;
    stroke: var(--_c);
    stroke-width: 1;
  }
  .grid,
  .axis {
    stroke: var(--_grid);
    stroke-width: 1;
    fill: none;
  }
  .axis {
    stroke: var(--_axis);
  }
  .tick {
    fill: var(--_text-muted);
    font-size: 11px;
  }
  .plot-svg .muted {
    fill: var(--_text-muted);
  }

  /* Tooltip: one per chart, rendered only while a mark is active. */
  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 2;
    max-width: min(340px, 100%);
    padding: 8px 10px;
    border-radius: 4px;
    background: var(--_tooltip-background);
    color: var(--_tooltip-text);
    font-size: 12px;
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .tt-title {
    font-weight: 600;
    margin-bottom: 4px;
  }
  .tooltip dl div {
    display: flex;
    justify-content: space-between;
    gap: 12px;
  }
  .tooltip dt,
  .tt-note,
  .tooltip cite {
    opacity: 0.85;
  }
  .tooltip dd {
    font-weight: 600;
  }
  .tt-note {
    margin-top: 4px;
  }
  .tooltip blockquote {
    margin-top: 6px;
    padding-top: 6px;
    border-top: 1px solid color-mix(in srgb, currentColor 30%, transparent);
  }
  .tooltip blockquote p {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 6;
    overflow: hidden;
  }
  .tooltip cite {
    display: block;
    margin-top: 2px;
    font-style: normal;
  }

  /* Data table: visually hidden until shown; then it replaces the plot and scrolls. */
  .table-wrap {
    position: absolute;
    inset: 0;
    overflow: auto;
    font-size: 12px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0 0 4px;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 3px 8px 3px 0;
    border-bottom: 1px solid var(--_grid);
    font-weight: 400;
  }
  thead th {
    font-weight: 600;
    color: var(--_text-muted);
    border-bottom-color: var(--_axis);
  }
  /* After .table-wrap: the hidden table is read by screen readers, never seen. */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* While the chart is off screen, skip the hidden table's style, layout and paint (content-visibility
     keeps it in the accessibility tree and find-in-page). On a page of 150 charts its cells are most
     of the nodes a width change would lay out again. */
  .table-wrap.sr-only {
    content-visibility: auto;
  }

  .error {
    margin: auto 16px;
    padding: 12px 14px;
    border-left: 3px solid var(--_error);
    font-size: 0.929em;
    display: flex;
    flex-direction: column;
    gap: 6px;
    align-items: flex-start;
  }
  .error-title {
    font-weight: 600;
  }

  /* Export (part export): a disclosure whose buttons open upward, over the plot. */
  .table-toggle {
    margin-left: auto;
  }
  .export {
    position: relative;
    flex: none;
  }
  .export > summary {
    display: inline-flex;
    align-items: center;
  }
  .export > summary::-webkit-details-marker {
    display: none;
  }
  .export-menu {
    position: absolute;
    right: 0;
    bottom: calc(100% + 4px);
    z-index: 3;
    display: flex;
    gap: 4px;
    padding: 4px;
    background: var(--_background);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }

  /* Print in black and white: text black; the palette is a luminance ladder (theme.ts), so greyscale
     keeps series apart, and series outlines differ by dash too; estimates stay hollow, targets are
     ticks and dashed paths. The chart takes its drawn height; the data table is printed under it. */
  @media print {
    :host {
      height: auto !important;
      aspect-ratio: auto !important;
      min-height: 0 !important;
      max-height: none !important;
      contain: none;
      break-inside: avoid;
    }
    .box {
      height: auto !important;
      contain: none;
    }
    .sizer,
    .export,
    .table-toggle,
    .tooltip {
      display: none;
    }
    .chart {
      position: static;
      overflow: visible;
      --_text: #000 !important;
      --_text-muted: #333 !important;
      --_background: #fff !important;
      --_grid: #ccc !important;
      --_axis: #666 !important;
    }
    .cv {
      content-visibility: visible;
    }
    .plot {
      flex: none;
    }
    .plot-svg {
      position: static;
      max-width: 100%;
      height: auto;
    }
    .plot-svg,
    .swatch {
      filter: grayscale(1);
    }
    .c-s2 :is(.outline, .stroke),
    .c-s2.stroke {
      stroke-dasharray: 7 3;
    }
    .c-s3 :is(.outline, .stroke),
    .c-s3.stroke {
      stroke-dasharray: 2 2;
    }
    .c-s4 :is(.outline, .stroke),
    .c-s4.stroke {
      stroke-dasharray: 9 3 2 3;
    }
    .c-s5 :is(.outline, .stroke),
    .c-s5.stroke {
      stroke-dasharray: 1 3;
    }
    .table-wrap {
      position: static;
      overflow: visible;
    }
    .table-wrap.sr-only {
      width: auto;
      height: auto;
      margin-top: 10px;
      clip-path: none;
      white-space: normal;
      content-visibility: visible;
    }
  }
`;
