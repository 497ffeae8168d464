// React 19 renders custom elements natively: a prop the element has as a property (`data`) is set
// as that property, and `oncounty-select` adds a listener for the `county-select` event. This tells
// TypeScript what <county-radar> accepts when used bare (the wrappers in county-charts/react are
// typed already).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CountyRadar, Dataset } from 'county-charts';
import type { CountySelectEvent, CountyToggleEvent } from 'county-charts/react';

interface CountyRadarAttributes extends HTMLAttributes<CountyRadar> {
  data?: Dataset;
  counties?: string;
  indicators?: string;
  kind?: 'target' | 'actual' | 'latest';
  highlight?: string;
  theme?: 'light' | 'dark' | 'auto';
  height?: number;
  'oncounty-select'?: (event: CountySelectEvent) => void;
  'oncounty-toggle'?: (event: CountyToggleEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'county-radar': DetailedHTMLProps<CountyRadarAttributes, CountyRadar>;
    }
  }
}
