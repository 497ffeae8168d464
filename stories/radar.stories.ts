import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/radar/define.js';
import counties from '../data/counties.json';
import indicators from '../data/indicators.json';
import figures from '../data/figures.json';
import type { Dataset } from '../src/data/types.js';

/** The committed dataset (data/), as the embed would load it. */
const dataset = { counties, indicators, figures } as unknown as Dataset;

interface RadarArgs {
  counties: string;
  indicators: string;
  kind: 'target' | 'actual' | 'latest';
  reference: string;
  highlight: string;
  lang: 'zh-CN' | 'en';
  theme: 'light' | 'dark' | 'auto';
  smallMultiples: 'auto' | 'always' | 'never';
  showTable: boolean;
  width: number;
  height?: number;
  /** Leave the data out (loading state). */
  noData?: boolean;
}

const meta: Meta<RadarArgs> = {
  title: 'Charts/county-radar',
  component: 'county-radar',
  args: {
    counties: '',
    indicators: '',
    kind: 'target',
    reference: '',
    highlight: '',
    lang: 'zh-CN',
    theme: 'light',
    smallMultiples: 'auto',
    showTable: false,
    width: 768,
  },
  argTypes: {
    kind: { control: 'inline-radio', options: ['target', 'actual', 'latest'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    smallMultiples: { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
  },
  render: (a) =>
    html`<div
      style="width:${a.width}px;max-width:100%;background:${a.theme === 'dark' ? '#16181d' : 'transparent'}"
    >
      <county-radar
        .data=${a.noData ? undefined : dataset}
        counties=${a.counties || nothing}
        indicators=${a.indicators || nothing}
        kind=${a.kind}
        reference=${a.reference || nothing}
        highlight=${a.highlight || nothing}
        lang=${a.lang}
        theme=${a.theme}
        small-multiples=${a.smallMultiples}
        height=${a.height ?? nothing}
        ?show-table=${a.showTable}
      ></county-radar>
    </div>`,
};
export default meta;

type Story = StoryObj<RadarArgs>;

/** Every county, their 2022/2023 targets: more than four counties, so one small radar each. */
export const AllCounties: Story = {};

/** Two counties on one radar: each county's latest figure, the kind and period stated per vertex. */
export const TwoCounties: Story = { args: { counties: 'hulan tonghua', kind: 'latest', width: 900 } };

/** One county emphasised (also by hovering or focusing a legend entry or a vertex). */
export const Highlight: Story = {
  args: { counties: 'yitong changbai fuxin tonghua', highlight: 'fuxin', width: 900 },
};

/** Forced small multiples for four counties. */
export const SmallMultiples: Story = {
  args: { counties: 'yitong changbai fuxin tonghua', smallMultiples: 'always', width: 1000 },
};

/** Counties that do not report an axis: a break in the outline and a × on that axis, never a zero. */
export const MissingValues: Story = {
  args: { counties: 'yitong changbai fuxin hulan', kind: 'target', smallMultiples: 'never', width: 900 },
};

/** Normalised to a reference county instead of the best value (values beyond it pass the 100% ring). */
export const ReferenceCounty: Story = {
  args: { counties: 'hulan tonghua', kind: 'target', reference: 'tonghua', width: 900 },
};

/** Results only (actual and 预计): just the two counties whose reports review past years. */
export const Results: Story = { args: { counties: 'hulan tonghua', kind: 'actual', width: 900 } };

export const English: Story = { args: { counties: 'hulan tonghua', kind: 'latest', lang: 'en', width: 900 } };

export const Dark: Story = {
  args: { counties: 'yitong changbai fuxin tonghua', theme: 'dark', highlight: 'changbai', width: 900 },
};

export const DarkEnglishSmallMultiples: Story = { args: { theme: 'dark', lang: 'en', width: 1200 } };

export const Width320: Story = { args: { counties: 'hulan tonghua', kind: 'latest', width: 320 } };
export const Width768: Story = { args: { counties: 'hulan tonghua', kind: 'latest', width: 768 } };
export const Width1200: Story = { args: { width: 1200 } };

/** The data table in place of the plot (raw values as written, period and kind, converted value). */
export const Table: Story = {
  args: { counties: 'hulan tonghua', kind: 'latest', showTable: true, width: 900 },
};

/** Waiting for data: the final frame is reserved, nothing moves when the data arrives. */
export const Loading: Story = { args: { noData: true, counties: 'hulan tonghua' } };

/** An unknown county id: role="alert" with a message naming it. */
export const ErrorUnknownCounty: Story = { args: { counties: 'hulan nowhere' } };

/** An indicator that cannot be compared across counties. */
export const ErrorNotComparable: Story = {
  args: { counties: 'hulan tonghua', indicators: 'investment-signed' },
};
