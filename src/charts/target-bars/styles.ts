import { css } from 'lit';

/**
 * <county-target-bars>: taller default box than the core's 3:2 (4:3, 420–760 px), text sizes of the
 * rows (layout.ts fits text at these sizes). `text.x` outranks the core's `.plot-svg text` fill.
 */
export const targetBarsStyles = css`
  :host {
    --_aspect-ratio: 4 / 3;
    --_min-height: 420px;
    --_max-height: 760px;
  }
  .name,
  .lone {
    font-size: 13px;
    font-weight: 500;
  }
  .lone,
  .group-label {
    font-weight: 600;
  }
  .values {
    font-size: 12px;
    font-weight: 500;
  }
  text.sub,
  text.change,
  text.more,
  text.group-label {
    font-size: 11px;
    fill: var(--_text-muted);
  }
  .values,
  .change {
    text-anchor: end;
  }
  .tick {
    text-anchor: middle;
  }
  /* Value text takes its mark's colour, mixed toward the text colour to keep 4.5:1 on a highlighted row. */
  .v-actual {
    fill: color-mix(in srgb, var(--_actual) 85%, var(--_text));
  }
  .v-target,
  text.lone-target {
    fill: color-mix(in srgb, var(--_target) 75%, var(--_text));
  }
  /* The row's hit area is its highlight when its tooltip is open or it has the keyboard focus. */
  .hit {
    rx: 3px;
  }
  .active .hit,
  .mark:focus-visible .hit {
    fill: var(--_grid);
    fill-opacity: 0.45;
  }
`;
