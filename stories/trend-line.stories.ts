import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/charts/trend-line/define.js';
import { trendFixture } from '../src/charts/trend-line/fixture.js';
import { parseDataset } from '../src/data/load.js';
import type { Dataset } from '../src/data/types.js';
import counties from '../data/counties.json';
import indicators from '../data/indicators.json';
import figures from '../data/figures.json';

/** The extracted dataset (data/), validated once. */
const real: Dataset = parseDataset({ counties, indicators, figures });

interface Args {
  county?: string;
  counties?: string;
  indicator: string;
  lang: 'zh-CN' | 'en';
  theme: 'light' | 'dark' | 'auto';
  width: number;
  height?: number;
  indexed?: boolean;
  view?: 'level' | 'rate' | 'auto';
  showTable?: boolean;
  source: 'real' | 'fixture' | 'none' | 'malformed';
}

const data = (source: Args['source']): Dataset | undefined =>
  source === 'real'
    ? real
    : source === 'fixture'
      ? trendFixture
      : source === 'malformed'
        ? ({ counties: [] } as unknown as Dataset)
        : undefined;

const meta: Meta<Args> = {
  title: 'Charts/county-trend-line',
  component: 'county-trend-line',
  args: { lang: 'zh-CN', theme: 'light', width: 768, source: 'real', indicator: 'gdp' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
    view: { control: 'inline-radio', options: ['auto', 'level', 'rate'] },
    source: { control: 'inline-radio', options: ['real', 'fixture', 'none', 'malformed'] },
  },
  render: (a) =>
    html`<div style="width:${a.width}px;max-width:100%;background:${a.theme === 'dark' ? '#16181d' : '#fff'}">
      <county-trend-line
        county=${ifDefined(a.county)}
        counties=${ifDefined(a.counties)}
        indicator=${a.indicator}
        lang=${a.lang}
        theme=${a.theme}
        height=${ifDefined(a.height)}
        view=${ifDefined(a.view)}
        ?indexed=${a.indexed}
        ?show-table=${a.showTable}
        .data=${data(a.source)}
      ></county-trend-line>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

// ── Each county, from the extracted dataset ──
/** 呼兰: 地区生产总值总量增长50% (2022–2026) with no base level → an index path, 8.45% a year. */
export const HulanGdpPlan: Story = { args: { county: 'hulan', indicator: 'gdp' } };
/** 呼兰: 一般公共财政预算收入翻一番 → ×2 over five years, 14.87% a year. */
export const HulanBudgetDoubling: Story = {
  args: { county: 'hulan', indicator: 'budget-revenue', lang: 'en' },
};
/** 通化: 2021 estimate, the 2022 level implied by +10%, and both five-year totals as spans. */
export const TonghuaInvestment: Story = { args: { county: 'tonghua', indicator: 'fixed-asset-investment' } };
/** 通化: growth rates as their own line: 2021 estimate, 2022 target, 年均6% over 2022–2026. */
export const TonghuaBudgetGrowth: Story = {
  args: { county: 'tonghua', indicator: 'budget-revenue-growth', lang: 'en' },
};
export const TonghuaGdpGrowth: Story = { args: { county: 'tonghua', indicator: 'gdp-growth' } };
/** 伊通 (targets only, 2023): one target, nothing achieved: still a chart. */
export const YitongTargetsOnly: Story = { args: { county: 'yitong', indicator: 'rural-roads' } };
export const ChangbaiTargetsOnly: Story = {
  args: { county: 'changbai', indicator: 'good-air-days', lang: 'en' },
};
export const FuxinTargetsOnly: Story = { args: { county: 'fuxin', indicator: 'afforestation' } };

// ── Several counties, indexed ──
/** Hulan's five-year path and Tonghua's 2022 target, both from 2021 = 100. */
export const HulanTonghuaIndexed: Story = {
  args: { counties: 'hulan tonghua', indicator: 'gdp', indexed: true },
};
export const FixtureIndexedEn: Story = {
  args: {
    counties: 'sample tonghua',
    indicator: 'above-scale-enterprises',
    indexed: true,
    source: 'fixture',
    lang: 'en',
  },
};

// ── Languages, themes, sizes ──
export const SampleZhLight: Story = {
  args: { county: 'sample', indicator: 'above-scale-enterprises', source: 'fixture' },
};
export const SampleEnDark: Story = {
  args: {
    county: 'sample',
    indicator: 'above-scale-enterprises',
    source: 'fixture',
    lang: 'en',
    theme: 'dark',
  },
};
export const Width320: Story = {
  args: { county: 'sample', indicator: 'gdp', source: 'fixture', width: 320, height: 300 },
};
export const Width768: Story = {
  args: { county: 'sample', indicator: 'gdp', source: 'fixture', width: 768 },
};
export const Width1200Dark: Story = {
  args: { county: 'tonghua', indicator: 'fixed-asset-investment', width: 1200, theme: 'dark', lang: 'en' },
};
export const TableShown: Story = {
  args: { county: 'tonghua', indicator: 'fixed-asset-investment', showTable: true },
};

// ── States ──
/** Sparse: one stated level and one goal. */
export const Sparse: Story = { args: { county: 'tonghua', indicator: 'enterprise-loans' } };
export const Empty: Story = { args: { county: 'quiet', indicator: 'gdp', source: 'fixture', lang: 'en' } };
export const UnknownCounty: Story = { args: { county: 'atlantis', indicator: 'gdp' } };
export const UnknownIndicator: Story = { args: { county: 'hulan', indicator: 'happiness', lang: 'en' } };
export const MalformedData: Story = { args: { county: 'hulan', indicator: 'gdp', source: 'malformed' } };
/** No data yet: the loading state holds the final size. */
export const Loading: Story = { args: { county: 'hulan', indicator: 'gdp', source: 'none' } };
