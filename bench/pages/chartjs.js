// Chart.js, tree-shaken: only the bar, line and radar controllers with their elements, scales
// and the title and legend plugins (no tooltip plugin). No animation. Chart.js follows its
// container itself (responsive, with its own ResizeObserver).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Title,
} from 'chart.js';
import { benchPage, loadData, makeCells } from './harness.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Title,
);

const COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f'];
const base = (title) => ({
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  plugins: { title: { display: true, text: title, align: 'start' } },
});

function config(kind, s) {
  if (kind === 'bars') {
    return {
      type: 'bar',
      data: {
        labels: s.rows.map((r) => r.label),
        datasets: [
          { label: '实绩', data: s.rows.map((r) => r.actual), backgroundColor: COLORS[0], barThickness: 12 },
          {
            type: 'line',
            label: '目标',
            data: s.rows.map((r) => r.target),
            showLine: false,
            pointStyle: 'line',
            rotation: 90,
            radius: 10,
            borderWidth: 3,
            borderColor: COLORS[1],
          },
        ],
      },
      options: {
        ...base(s.title),
        indexAxis: 'y',
        scales: { x: { title: { display: true, text: s.rows[0].unit } } },
      },
    };
  }
  if (kind === 'lines') {
    const xy = (p) => ({ x: p.year, y: p.value });
    return {
      type: 'line',
      data: {
        datasets: [
          { label: '实绩', data: s.achieved.map(xy), borderColor: COLORS[0], backgroundColor: COLORS[0] },
          {
            label: '规划',
            data: s.plan.map(xy),
            borderColor: COLORS[1],
            backgroundColor: COLORS[1],
            borderDash: [6, 4],
            pointStyle: 'rectRot',
          },
        ],
      },
      options: {
        ...base(s.title),
        scales: {
          x: { type: 'linear', ticks: { stepSize: 1, callback: String } },
          y: { title: { display: true, text: s.unit } },
        },
      },
    };
  }
  return {
    type: 'radar',
    data: {
      labels: s.axes,
      datasets: s.series.map((x, i) => ({
        label: x.name,
        data: x.values,
        borderColor: COLORS[i],
        backgroundColor: `${COLORS[i]}22`,
        fill: true,
        pointRadius: 3,
      })),
    },
    options: { ...base(s.title), scales: { r: { min: 0, max: 1, ticks: { display: false } } } },
  };
}

let watching;
Chart.register({
  id: 'bench-resized',
  afterRender(chart) {
    const c = watching?.get(chart);
    if (c && chart.width !== c.width) {
      c.width = chart.width;
      c.done(c.index);
    }
  },
});

benchPage({
  async draw() {
    const data = await loadData();
    const { grid, cells } = makeCells(data);
    for (const c of cells) {
      const canvas = document.createElement('canvas');
      c.el.append(canvas);
      c.chart = new Chart(canvas, config(c.kind, c.spec));
    }
    return { grid, cells };
  },
  watch(cells, done) {
    watching = new Map(cells.map((c) => [c.chart, { index: c.index, width: c.chart.width, done }]));
  },
});
