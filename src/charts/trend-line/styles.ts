import { css } from 'lit';

/** What only the trend line draws; shared marks (.fill, .hollow, .span, .grid, .axis, .tick) come from the core. */
export const trendLineStyles = css`
  .band {
    fill: var(--_grid);
    fill-opacity: 0.55;
  }
  .band-label,
  .span-label,
  .annotation {
    fill: var(--_text-muted);
    font-size: 11px;
  }
  .band-label.current {
    fill: var(--_text);
  }
  .trend {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .plan {
    stroke-dasharray: 5 4;
    stroke-width: 1.75;
  }
  .span.target,
  .span.implied {
    fill-opacity: 0.12;
    stroke-dasharray: 4 3;
  }
  .end-label {
    font-weight: 600;
  }
  .y-tick,
  .end-label {
    dominant-baseline: middle;
  }
  /* Anchors by class, not per text (fewer attributes to set). */
  .tick,
  .span-label {
    text-anchor: middle;
  }
  .y-tick {
    text-anchor: end;
  }
  .mark:focus-visible > *,
  .active > * {
    stroke-width: 2.5;
  }
  .active .fill {
    stroke: var(--_background);
  }
`;
