import { css } from 'lit';

/** What only the trend line draws; shared marks (.fill, .stroke, .dash, .hollow, .span) come from the core. */
export const trendLineStyles = css`
  .band {
    fill: var(--_grid);
    fill-opacity: 0.55;
  }
  .band-edge {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .band-label {
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
  .trend.plan {
    stroke-dasharray: 5 4;
    stroke-width: 1.75;
  }
  .span.target,
  .span.implied {
    fill-opacity: 0.12;
    stroke-dasharray: 4 3;
  }
  .span-label,
  .annotation {
    fill: var(--_text-muted);
    font-size: 11px;
  }
  .end-label {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 600;
  }
  .mark:focus-visible .fill,
  .mark:focus-visible .hollow,
  .mark.active .fill,
  .mark.active .hollow {
    stroke-width: 2.5;
  }
  .mark.active .fill {
    stroke: var(--_background);
  }
`;
