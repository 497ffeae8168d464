import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/target-bars/define.js';
import type { TargetBarsInputRow } from '../src/charts/target-bars/target-bars.js';
import type { Dataset } from '../src/data/types.js';
import { dataset } from './core/dataset.js';
import { storyFrame } from './core/frame.js';

interface TargetBarsArgs {
  county: string;
  indicators: string;
  category: string;
  sort: 'report' | 'attainment' | 'name' | 'value';
  limit?: number;
  lang: 'zh-CN' | 'en';
  theme: 'light' | 'dark' | 'auto';
  showTable: boolean;
  width: number;
  height?: number;
  /** Rows given by code instead of the dataset. */
  rows?: readonly TargetBarsInputRow[];
  /** 'none' leaves the data out (loading state); 'broken' gives a malformed dataset. */
  data: 'dataset' | 'none' | 'broken';
}

const broken = {
  ...dataset,
  figures: dataset.figures.map((f, i) => (i === 3 ? { ...f, value: Number.NaN } : f)),
} as Dataset;

const meta: Meta<TargetBarsArgs> = {
  title: 'Charts/county-target-bars',
  component: 'county-target-bars',
  args: {
    county: 'tonghua',
    indicators: '',
    category: '',
    sort: 'report',
    lang: 'zh-CN',
    theme: 'light',
    showTable: false,
    width: 768,
    data: 'dataset',
  },
  argTypes: {
    county: { control: 'select', options: dataset.counties.map((c) => c.id).concat('xyz') },
    sort: { control: 'inline-radio', options: ['report', 'attainment', 'name', 'value'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    data: { control: 'inline-radio', options: ['dataset', 'none', 'broken'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
  },
  render: (a) =>
    storyFrame(
      a.width,
      a.theme,
      html`<county-target-bars
        .data=${a.rows || a.data === 'none' ? undefined : a.data === 'broken' ? broken : dataset}
        .rows=${a.rows}
        county=${a.county || nothing}
        indicators=${a.indicators || nothing}
        category=${a.category || nothing}
        sort=${a.sort}
        limit=${a.limit ?? nothing}
        lang=${a.lang}
        theme=${a.theme}
        height=${a.height ?? nothing}
        ?show-table=${a.showTable}
      ></county-target-bars>`,
    ),
};
export default meta;

type Story = StoryObj<TargetBarsArgs>;

/** 通化县: 2021 estimates (预计) against 2022 targets, growth rates and shares grouped apart. */
export const Tonghua: Story = { args: { height: 760 } };
/** 呼兰区: five-year results against 2022 targets; five-year totals shown as yearly means. */
export const Hulan: Story = { args: { county: 'hulan', height: 760 } };
/** 伊通: the report gives targets only — shown alone with one note. */
export const Yitong: Story = { args: { county: 'yitong' } };
export const Changbai: Story = { args: { county: 'changbai' } };
export const Fuxin: Story = { args: { county: 'fuxin' } };

export const English: Story = { args: { lang: 'en', height: 760 } };
export const EnglishHulan: Story = { args: { county: 'hulan', lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark', height: 760 } };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en', county: 'hulan' } };

export const Width320: Story = { args: { width: 320, height: 900 } };
export const Width320English: Story = { args: { width: 320, lang: 'en', county: 'hulan', height: 900 } };
export const Width768: Story = { args: { width: 768 } };
export const Width1200: Story = { args: { width: 1200 } };

export const SortedByAttainment: Story = { args: { sort: 'attainment', height: 760 } };
export const Economy: Story = { args: { category: 'economy', lang: 'en' } };

/** Named indicators, some without a target or a result: each row says which is missing. */
export const MissingValues: Story = {
  args: { indicators: 'gdp-growth forest-coverage urban-unemployment-rate gdp', lang: 'en' },
};

/** Long labels are truncated with … (the full name is in the tooltip, the table and the mark's name). */
export const LongLabels: Story = {
  args: {
    lang: 'zh-CN',
    rows: [
      {
        label: '推动碳化硅超细微粉系列产品国内市场占有率稳步提高并继续扩大出口规模',
        unit: '%',
        measure: 'share',
        actual: { value: 31, period: 2021 },
        target: { value: 35, comparator: '>=', period: 2022 },
      },
      {
        label: '规模以上工业企业主营业务收入超过五千万元的企业数量',
        unit: '户',
        measure: 'level',
        actual: { value: 15, period: 2021 },
        target: { value: 18, period: 2022 },
      },
    ],
  },
};

/** Comparators drawn: ≥ and ≤ with a flag, ranges as a span, ~ dashed; a fall below zero. */
export const RangesAndCaps: Story = {
  args: {
    lang: 'en',
    rows: [
      {
        label: 'GDP growth',
        unit: '%',
        measure: 'growth',
        actual: { value: 8, kind: 'estimate', period: 2021 },
        target: { value: 9, comparator: '>=', period: 2022 },
      },
      {
        label: 'Energy use per unit of GDP',
        unit: '%',
        measure: 'growth',
        higherIsBetter: false,
        actual: { value: -3.2, period: 2021 },
        target: { value: -3, comparator: '<=', period: 2022 },
      },
      {
        label: 'Unemployment rate',
        unit: '%',
        measure: 'share',
        higherIsBetter: false,
        actual: { value: 3.91, period: 2021 },
        target: { value: 5, comparator: '<=', period: 2022 },
      },
      {
        label: 'Retail firms above quota',
        unit: '家',
        measure: 'level',
        actual: { value: 1, period: 2021 },
        target: { value: 1, valueHi: 2, period: 2022 },
      },
      {
        label: 'Tourists',
        unit: '人次',
        measure: 'level',
        actual: { value: 800000, comparator: '~', period: 2021 },
        target: { value: 1000000, comparator: '~', period: 2022 },
      },
    ],
  },
};

export const Table: Story = { args: { showTable: true } };
/** Waiting for data: the final box is reserved, nothing moves when the data arrives. */
export const Loading: Story = { args: { data: 'none' } };
export const ErrorUnknownCounty: Story = { args: { county: 'xyz', lang: 'en' } };
export const ErrorMalformedData: Story = { args: { data: 'broken', lang: 'en' } };
