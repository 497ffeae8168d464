import { css } from 'lit';

/** The radar's own styles (on top of the core's theme and base styles). */
export const radarStyles = css`
  /* The box is known before any data, from the width alone (mirrored by src/embed/reserve.css):
     square, a radar is round; below 480 px, where every radar becomes small multiples stacked in
     one column, four times as tall as wide. The small multiples fit into it, never grow it. */
  :host {
    --_aspect-ratio: 1;
    --_min-height: 360px;
    --_max-height: 640px;
    container-type: inline-size;
  }
  @container (max-width: 479.98px) {
    :host(:not([small-multiples='never'])) .sizer {
      --_aspect-ratio: 1 / 4;
      --_max-height: 1920px;
    }
  }

  /* Legend: HTML buttons in a band at the top of the plot (inside the SVG via foreignObject). */
  .radar-legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 6px;
    margin: 0;
    padding: 0 2px;
    list-style: none;
    font-family: var(--_font);
    font-size: 12px;
    line-height: 1.3;
    color: var(--_text);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    border: 1px solid var(--_grid);
    border-radius: 13px;
    padding: 0 2px;
  }
  .legend-item.highlighted {
    border-color: var(--_c);
  }
  .legend-toggle,
  .legend-name {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    min-width: 24px;
    margin: 0;
    padding: 2px 4px;
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 0;
    border-radius: 11px;
    cursor: pointer;
    letter-spacing: normal;
    text-transform: none;
  }
  .legend-toggle {
    justify-content: center;
  }
  .legend-name {
    padding-right: 8px;
  }
  .legend-name[aria-pressed='true'],
  .legend-item.highlighted .legend-name {
    font-weight: 600;
  }
  .legend-item.off .legend-name {
    color: var(--_text-muted);
    text-decoration: line-through;
    cursor: default;
  }
  .legend-toggle:focus-visible,
  .legend-name:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 0;
  }
  .legend-swatch {
    flex: none;
    overflow: visible;
  }
  .legend-swatch .on {
    fill: var(--_c);
    stroke: var(--_c);
  }
  .legend-swatch .off {
    fill: var(--_background);
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .legend-key {
    color: var(--_text-muted);
    padding: 0 4px;
  }

  /* Frame: rings, spokes, labels. */
  .ring {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .ring-outer {
    stroke: var(--_axis);
  }
  .spoke {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .axis-label {
    fill: var(--_text);
    font-size: 12px;
  }
  /* Must match the font size layout.ts fits labels with. */
  .small-multiples .axis-label {
    font-size: 11px;
  }
  .axis-label .note,
  .ring-label {
    fill: var(--_text-muted);
    font-size: 10.5px;
  }
  .axis-label.active {
    font-weight: 600;
  }
  .panel-title {
    fill: var(--_text);
    font-weight: 600;
    font-size: 13px;
  }

  /* County shapes. */
  .area {
    fill: var(--_c);
    fill-opacity: 0.1;
    stroke: none;
  }
  .outline {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .shape.highlighted .area {
    fill-opacity: 0.22;
  }
  .shape.highlighted .outline {
    stroke-width: 3;
  }
  .shape.dimmed {
    opacity: 0.22;
  }
  .vertex {
    fill: var(--_c);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .vertex.estimate,
  .vertex.target {
    fill: var(--_background);
    stroke: var(--_c);
    stroke-width: 2;
  }
  .gap-mark {
    stroke: var(--_c);
    stroke-width: 2;
    stroke-linecap: round;
    fill: none;
  }
  .mark.dimmed {
    opacity: 0.3;
  }
  .value-label {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  @media (prefers-reduced-motion: no-preference) {
    .shape {
      transition: opacity 0.15s;
    }
  }
`;
