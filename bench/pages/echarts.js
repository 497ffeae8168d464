// Apache ECharts, tree-shaken: echarts/core with the bar, line, scatter and radar charts, the
// grid, title, legend and radar components, and the SVG renderer (the fairest match for an SVG
// chart; the canvas renderer is the ECharts default). No animation, no tooltip component.
// ECharts does not follow its container: a ResizeObserver calls resize(), as its docs advise.
import { BarChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { benchPage, loadData, makeCells } from './harness.js';

echarts.use([
  BarChart,
  LineChart,
  RadarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  SVGRenderer,
]);

const title = (text) => ({ text, textStyle: { fontSize: 14 }, left: 0, top: 0 });

function option(kind, s) {
  if (kind === 'bars') {
    const labels = s.rows.map((r) => r.label);
    return {
      animation: false,
      title: title(s.title),
      legend: { top: 24, data: ['实绩', '目标'] },
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: s.rows[0].unit },
      yAxis: { type: 'category', data: labels, inverse: true },
      series: [
        { name: '实绩', type: 'bar', data: s.rows.map((r) => r.actual), barWidth: 12 },
        {
          name: '目标',
          type: 'scatter',
          data: s.rows.map((r) => r.target),
          symbol: 'rect',
          symbolSize: [3, 20],
        },
      ],
    };
  }
  if (kind === 'lines') {
    const xy = (p) => [p.year, p.value];
    return {
      animation: false,
      title: title(s.title),
      legend: { top: 24, data: ['实绩', '规划'] },
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 'dataMin', max: 'dataMax', interval: 1, axisLabel: { formatter: String } },
      yAxis: { type: 'value', name: s.unit, scale: true },
      series: [
        { name: '实绩', type: 'line', data: s.achieved.map(xy), symbolSize: 7 },
        {
          name: '规划',
          type: 'line',
          data: s.plan.map(xy),
          lineStyle: { type: 'dashed' },
          symbol: 'diamond',
          symbolSize: 8,
        },
      ],
    };
  }
  return {
    animation: false,
    title: title(s.title),
    legend: { top: 24, data: s.series.map((x) => x.name), textStyle: { fontSize: 11 } },
    radar: { center: ['50%', '60%'], radius: '55%', indicator: s.axes.map((name) => ({ name, max: 1 })) },
    series: [
      {
        type: 'radar',
        data: s.series.map((x) => ({ name: x.name, value: x.values.map((v) => (v === null ? '-' : v)) })),
      },
    ],
  };
}

benchPage({
  async draw() {
    const data = await loadData();
    const { grid, cells } = makeCells(data);
    for (const c of cells) {
      c.finished = false;
      c.chart = echarts.init(c.el, null, { renderer: 'svg' });
      c.chart.on('finished', () => {
        c.finished = true;
        c.onFinished?.();
      });
      c.chart.setOption(option(c.kind, c.spec));
    }
    return { grid, cells };
  },
  // ECharts paints in zrender's own animation frame: drawn once every chart said 'finished'.
  ready: (cells) => cells.every((c) => c.finished),
  watch(cells, done) {
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const c = cells[Number(entry.target.dataset.index)];
        if (!c.sized) {
          c.sized = true; // the first notification is the initial size
          continue;
        }
        c.onFinished = () => {
          c.onFinished = undefined;
          done(c.index);
        };
        c.chart.resize();
      }
    });
    for (const c of cells) {
      c.el.dataset.index = String(c.index);
      observer.observe(c.el);
    }
  },
});
