// Typed React wrappers (`county-charts/react`), made with @lit/react: every property is a prop
// (`data` takes the Dataset object, not a string) and every event an `on…` callback with its
// typed detail. A wrapper registers its own tag when the module loads (each only if not yet defined), and
// a bundler drops the wrappers an app does not use, their elements with them.
// React 19 alone can also use the bare tags (properties and `oncounty-select`); the wrappers add
// types and camelCase event props.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CountyTargetBars as TargetBarsElement } from '../charts/target-bars/target-bars.js';
import { CountyTrendLine as TrendLineElement } from '../charts/trend-line/trend-line.js';
import { CountyRadar as RadarElement } from '../charts/radar/radar.js';
import type { CountyDataErrorDetail, CountySelectDetail, CountyToggleDetail } from '../charts/core/index.js';

export type { CountyDataErrorDetail, CountySelectDetail, CountyToggleDetail };

export type CountySelectEvent = CustomEvent<CountySelectDetail>;
export type CountyDataErrorEvent = CustomEvent<CountyDataErrorDetail>;
export type CountyToggleEvent = CustomEvent<CountyToggleDetail>;

/** Event props of every chart: `on…` callbacks with the typed event. */
export interface CountyChartEventProps {
  onCountySelect?: (event: CountySelectEvent) => void;
  onCountyDataError?: (event: CountyDataErrorEvent) => void;
}

/** The radar adds `onCountyToggle`. */
export interface CountyRadarEventProps extends CountyChartEventProps {
  onCountyToggle?: (event: CountyToggleEvent) => void;
}

// The wrappers' component type, spelled out (the shape @lit/react gives) so the published .d.ts
// needs only React's types: @lit/react is bundled into county-charts/react, not a dependency.
type ElementProps<I> = Partial<Omit<I, keyof HTMLElement>>;
type WrapperProps<I, E> = Omit<React.HTMLAttributes<I>, keyof E | keyof ElementProps<I>> &
  E &
  ElementProps<I>;
/** A React component rendering chart element `I`: its properties as props, its events as `E`. */
export type CountyChartComponent<I extends HTMLElement, E> = React.ForwardRefExoticComponent<
  WrapperProps<I, E> & React.RefAttributes<I>
>;

/**
 * The React component for `tagName`, registering the element first (not in node, where a server renders
 * React without custom elements). Called as a pure expression: an unused wrapper costs nothing.
 */
function wrap<I extends HTMLElement, E extends Record<string, EventName | string>>(
  tagName: string,
  elementClass: CustomElementConstructor & (new () => I),
  events: E,
  displayName: string,
) {
  if (typeof customElements !== 'undefined' && !customElements.get(tagName))
    customElements.define(tagName, elementClass);
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}

/** The events every chart fires. */
const chartEvents = {
  onCountySelect: 'county-select' as EventName<CountySelectEvent>,
  onCountyDataError: 'county-data-error' as EventName<CountyDataErrorEvent>,
};

/** `<county-target-bars>`: one county's targets against its results. */
export const CountyTargetBars: CountyChartComponent<TargetBarsElement, CountyChartEventProps> =
  /* @__PURE__ */ wrap('county-target-bars', TargetBarsElement, chartEvents, 'CountyTargetBars');

/** `<county-trend-line>`: achieved values and the path a plan implies. */
export const CountyTrendLine: CountyChartComponent<TrendLineElement, CountyChartEventProps> =
  /* @__PURE__ */ wrap('county-trend-line', TrendLineElement, chartEvents, 'CountyTrendLine');

/** `<county-radar>`: counties compared on the indicators they share. */
export const CountyRadar: CountyChartComponent<RadarElement, CountyRadarEventProps> = /* @__PURE__ */ wrap(
  'county-radar',
  RadarElement,
  { ...chartEvents, onCountyToggle: 'county-toggle' as EventName<CountyToggleEvent> },
  'CountyRadar',
);

/** Props of the wrappers, e.g. to wrap them again in your own components. */
export type CountyTargetBarsProps = React.ComponentProps<typeof CountyTargetBars>;
export type CountyTrendLineProps = React.ComponentProps<typeof CountyTrendLine>;
export type CountyRadarProps = React.ComponentProps<typeof CountyRadar>;
