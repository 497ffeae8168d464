// Observable Plot, with named imports. Plot draws a static SVG at a given width: a
// ResizeObserver draws each chart again at its new width (what Plot's docs suggest).
// Plot has no radar mark (plot#820): the radar is built as Plot's own radar example does it, on
// an azimuthal-equidistant projection whose pole is the centre: rings are geo circles, spokes
// are links, and each county is a closed line mark on the projected coordinates.
import { geoCircle } from 'd3-geo';
import { barX, dot, geo, line, link, plot, text, tickX } from '@observablehq/plot';
import { benchPage, CELL_HEIGHT, loadData, makeCells } from './harness.js';

const COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f'];

function bars(s, width) {
  return plot({
    width,
    height: CELL_HEIGHT,
    title: s.title,
    marginLeft: 110,
    x: { label: s.rows[0].unit, grid: true },
    y: { label: null, domain: s.rows.map((r) => r.label) },
    marks: [
      barX(s.rows, { x: 'actual', y: 'label', fill: COLORS[0], insetTop: 6, insetBottom: 6 }),
      tickX(s.rows, { x: 'target', y: 'label', stroke: COLORS[1], strokeWidth: 3 }),
    ],
  });
}

function lines(s, width) {
  return plot({
    width,
    height: CELL_HEIGHT,
    title: s.title,
    x: { label: null, tickFormat: 'd', ticks: s.plan.map((p) => p.year) },
    y: { label: s.unit, grid: true },
    marks: [
      line(s.achieved, { x: 'year', y: 'value', stroke: COLORS[0] }),
      line(s.plan, { x: 'year', y: 'value', stroke: COLORS[1], strokeDasharray: '6 4' }),
      dot(s.achieved, { x: 'year', y: 'value', fill: COLORS[0] }),
      dot(s.plan, { x: 'year', y: 'value', stroke: COLORS[1], symbol: 'diamond' }),
    ],
  });
}

const RINGS = [0.25, 0.5, 0.75, 1];
function radar(s, width) {
  const n = s.axes.length;
  const lon = (i) => (360 * i) / n; // each axis is a meridian
  const lat = (v) => 90 - v * 50; // value 1 → 50° from the pole
  const points = s.series.flatMap((x) =>
    x.values.map((v, i) => ({ name: x.name, i, lon: lon(i), lat: v === null ? null : lat(v) })),
  );
  // close each outline by repeating its first vertex
  const outlines = s.series.flatMap((x) => [
    ...x.values.map((v, i) => ({ name: x.name, lon: lon(i), lat: v === null ? null : lat(v) })),
    { name: x.name, lon: lon(0), lat: x.values[0] === null ? null : lat(x.values[0]) },
  ]);
  return plot({
    width,
    height: CELL_HEIGHT,
    title: s.title,
    projection: {
      type: 'azimuthal-equidistant',
      rotate: [0, -90],
      domain: geoCircle().center([0, 90]).radius(62)(),
    },
    color: { legend: true, domain: s.series.map((x) => x.name), range: COLORS },
    marks: [
      geo(RINGS, {
        geometry: (r) =>
          geoCircle()
            .center([0, 90])
            .radius(r * 50)(),
        stroke: 'currentColor',
        strokeOpacity: 0.2,
        fill: 'none',
      }),
      link(s.axes, {
        x1: (_, i) => lon(i),
        y1: lat(1),
        x2: 0,
        y2: 90,
        stroke: 'currentColor',
        strokeOpacity: 0.2,
      }),
      text(s.axes, { x: (_, i) => lon(i), y: lat(1.12), text: (d) => d, fontSize: 10 }),
      line(outlines, { x: 'lon', y: 'lat', z: 'name', stroke: 'name', curve: 'linear' }),
      dot(points, { x: 'lon', y: 'lat', fill: 'name', r: 2.5 }),
    ],
  });
}

const DRAW = { bars, lines, radars: radar };
const drawCell = (c, width) => c.el.replaceChildren(DRAW[c.kind](c.spec, width));

benchPage({
  async draw() {
    const data = await loadData();
    const { grid, cells } = makeCells(data);
    // Read every width before drawing (one layout, not one per chart).
    const widths = cells.map((c) => c.el.clientWidth);
    cells.forEach((c, i) => drawCell(c, widths[i]));
    return { grid, cells };
  },
  watch(cells, done) {
    const widths = new Map(cells.map((c) => [c.el, c.el.clientWidth]));
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const width = Math.floor(entry.contentRect.width);
        if (widths.get(entry.target) === width) continue;
        widths.set(entry.target, width);
        const c = cells[Number(entry.target.dataset.index)];
        drawCell(c, width);
        done(c.index);
      }
    });
    for (const c of cells) {
      c.el.dataset.index = String(c.index);
      observer.observe(c.el);
    }
  },
});
