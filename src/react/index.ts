// Typed React wrappers (`county-charts/react`), made with @lit/react: every property is a prop
// (`data` takes the Dataset object, not a string) and every event an `on…` callback with its
// typed detail. Importing this module registers the `county-*` tags (as `county-charts/define`).
// React 19 alone can also use the bare tags (properties and `oncounty-select`); the wrappers add
// types and camelCase event props.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define.js';
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

/** The events every chart fires. */
const chartEvents = {
  onCountySelect: 'county-select' as EventName<CountySelectEvent>,
  onCountyDataError: 'county-data-error' as EventName<CountyDataErrorEvent>,
};

/** `<county-target-bars>`: one county's targets against its results. */
export const CountyTargetBars: CountyChartComponent<TargetBarsElement, CountyChartEventProps> =
  createComponent({
    react: React,
    tagName: 'county-target-bars',
    elementClass: TargetBarsElement,
    events: chartEvents,
    displayName: 'CountyTargetBars',
  });

/** `<county-trend-line>`: achieved values and the path a plan implies. */
export const CountyTrendLine: CountyChartComponent<TrendLineElement, CountyChartEventProps> = createComponent(
  {
    react: React,
    tagName: 'county-trend-line',
    elementClass: TrendLineElement,
    events: chartEvents,
    displayName: 'CountyTrendLine',
  },
);

/** `<county-radar>`: counties compared on the indicators they share. */
export const CountyRadar: CountyChartComponent<RadarElement, CountyRadarEventProps> = createComponent({
  react: React,
  tagName: 'county-radar',
  elementClass: RadarElement,
  events: {
    ...chartEvents,
    onCountyToggle: 'county-toggle' as EventName<CountyToggleEvent>,
  },
  displayName: 'CountyRadar',
});

/** Props of the wrappers, e.g. to wrap them again in your own components. */
export type CountyTargetBarsProps = React.ComponentProps<typeof CountyTargetBars>;
export type CountyTrendLineProps = React.ComponentProps<typeof CountyTrendLine>;
export type CountyRadarProps = React.ComponentProps<typeof CountyRadar>;
