import { css } from 'lit';

/** The radar's own styles, on top of the core's theme and base styles (grid, axis, tick, stroke, button, hit). */
export const radarStyles = css`
  /* The box is known before any data, from the width alone (mirrored by src/embed/reserve.css):
     square, a radar is round (within the core's 360-640 px); below 480 px, where every radar becomes
     small multiples stacked in one column, four times as tall as wide. The small multiples fit into
     it, never grow it. */
  :host {
    --_aspect-ratio: 1;
    container-type: inline-size;
  }
  @container (max-width: 479.98px) {
    :host(:not([small-multiples='never'])) .sizer {
      --_aspect-ratio: 1 / 4;
      --_max-height: 1920px;
    }
  }

  /* Legend: HTML buttons in a band at the top of the plot (inside the SVG via foreignObject). An
     item must stay within layout.ts's estimate: 44 px and the name. */
  .radar-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 6px;
    padding: 0 2px;
  }
  .legend-item {
    display: flex;
    border: 1px solid var(--_grid);
    border-radius: 13px;
    padding: 0 2px;
  }
  .highlighted {
    border-color: var(--_c);
  }
  .legend-item .button {
    min-width: 24px;
    padding: 2px 8px 2px 4px;
    border: 0;
    border-radius: 11px;
  }
  [aria-pressed='true'].legend-name,
  .highlighted .legend-name,
  .active,
  .panel-title {
    font-weight: 600;
  }
  .off .legend-name {
    color: var(--_text-muted);
    text-decoration: line-through;
    cursor: default;
  }
  .swatch circle {
    fill: var(--_c);
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .off circle {
    fill: var(--_background);
  }
  .legend-key {
    color: var(--_text-muted);
    padding: 0 4px;
    align-self: center;
  }

  /* Must match the font sizes layout.ts fits labels with (12 px, 11 px in small multiples). */
  .small-multiples .axis-label {
    font-size: 11px;
  }
  .panel-title {
    font-size: 13px;
  }

  /* County shapes: a fill (.area) and an outline (.stroke.outline), one path when both are the
     same closed ring (the later .area fill then wins over .stroke's none). */
  .area {
    fill: var(--_c);
    fill-opacity: 0.1;
  }
  .highlighted.area {
    fill-opacity: 0.22;
  }
  .outline {
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .highlighted.outline {
    stroke-width: 3;
  }
  .dimmed {
    opacity: 0.25;
  }
  /* A gap's ×, filled: its transparent stroke is its pointer target, reaching 8 px round the centre
     (16 px, as the vertices' .hit circles). The active gap has a .hit ring (the focus ring); focused
     with its tooltip closed (Escape), a focus-coloured edge round the ×. */
  .gap-mark {
    fill: var(--_c);
  }
  .gap-mark.hit {
    stroke: transparent;
    stroke-width: 16;
    stroke-linejoin: round;
  }
  .mark:focus-visible .gap-mark.hit {
    stroke: var(--_focus);
    stroke-width: 5;
    paint-order: stroke;
  }
  .vertex {
    fill: var(--_c);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .estimate,
  .target {
    fill: var(--_background);
    stroke: var(--_c);
    stroke-width: 2;
  }
  .value-label {
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
