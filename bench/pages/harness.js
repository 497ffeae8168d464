// What every benchmark page shares: the grid of 150 cells, the data, and the measurements the
// runner (bench/run.mjs) reads from `window.bench`. A page supplies only its library's drawing.
//
//   drawn       performance.now() (ms since navigation) when all 150 charts are drawn
//   resize(w)   change the grid's width at the start of a frame; resolves with
//               { all, view }: ms until all 150 / the charts in the viewport are re-laid out
//
// "Re-laid out" = the library has redrawn the chart at its new width; we then force style and
// layout (reading offsetHeight) and time the end of that task with a posted message, so the
// figure includes the browser's own layout of the new marks, whatever the library defers.

export const KINDS = ['bars', 'lines', 'radars'];
export const CELL_HEIGHT = 320;
export const WIDE = 1200;
export const NARROW = 900;

/** The 150 cells, interleaved (bar, line, radar, bar, …) so the viewport holds each kind. */
export function makeCells(data) {
  const grid = document.getElementById('grid');
  const cells = [];
  for (let i = 0; i < 50; i += 1) {
    for (const kind of KINDS) {
      const el = document.createElement('div');
      el.className = 'cell';
      grid.append(el);
      cells.push({ kind, spec: data[kind][i], el, index: cells.length });
    }
  }
  return { grid, cells };
}

export async function loadData(url = './data.json') {
  const res = await fetch(url);
  return res.json();
}

const channel = new MessageChannel();
const afterTask = [];
channel.port1.onmessage = () => afterTask.shift()?.();
/** Resolve after the current task (and the rendering steps it is part of) has finished. */
function endOfTask() {
  return new Promise((resolve) => {
    afterTask.push(resolve);
    channel.port2.postMessage(0);
  });
}

export function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function inViewport(el) {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
}

/**
 * Install `window.bench`. `draw(cells)` draws every chart and resolves when the library says all
 * are drawn (the page decides how it knows); `watch(cells, done)` arranges for `done(i)` to be
 * called when chart i has been re-laid out after a width change.
 */
export async function benchPage({ draw, watch, ready = () => true }) {
  const bench = (window.bench = { drawn: undefined, error: undefined });
  try {
    const { grid, cells } = await draw();
    await nextFrame();
    // A page whose library paints later than its render calls keeps waiting here.
    while (!ready(cells)) await nextFrame();
    bench.drawn = performance.now();
    bench.charts = cells.length;

    let pending;
    watch(cells, (i) => pending?.(i));
    bench.resize = (width) =>
      new Promise((resolve) => {
        requestAnimationFrame(() => {
          const view = new Set(cells.filter((c) => inViewport(c.el)).map((c) => c.index));
          const left = new Set(cells.map((c) => c.index));
          const viewLeft = new Set(view);
          const result = { all: undefined, view: undefined, inView: view.size };
          const t0 = performance.now();
          const finish = (key) => {
            void grid.offsetHeight;
            endOfTask().then(() => {
              result[key] = performance.now() - t0;
              if (result.all !== undefined && result.view !== undefined) {
                pending = undefined;
                resolve(result);
              }
            });
          };
          pending = (i) => {
            if (!left.has(i)) return;
            left.delete(i);
            if (viewLeft.delete(i) && viewLeft.size === 0) finish('view');
            if (left.size === 0) finish('all');
          };
          grid.style.width = `${width}px`;
        });
      });
  } catch (error) {
    bench.error = String(error?.stack ?? error);
    throw error;
  }
}
