import { describe, expect, it } from 'vitest';
import { radarComparison } from '../../data/comparison.js';
import { county, figure, indicator } from '../../data/comparison.fixture.js';
import type { Dataset } from '../../data/types.js';
import {
  fittedGrid,
  legendHeight,
  radarHeight,
  radarLayout,
  smallMultipleGrid,
  useSmallMultiples,
  type RadarLayout,
} from './layout.js';
import { estimateTextWidth as textWidth } from '../core/text-fit.js';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
/** A county's vertices (reported axes) and gap marks, in axis order. */
const vertices = (l: RadarLayout, county: string) =>
  l.marks.flatMap((m) =>
    m.county === county && m.value.status === 'reported' ? [{ ...m, value: m.value }] : [],
  );
const gaps = (l: RadarLayout, county: string) =>
  l.marks.filter((m) => m.county === county && m.value.status !== 'reported');

/** Five counties, five axes; beta misses axis 2, gamma misses axes 0 and 3. */
function fiveByFive(): Dataset {
  const ids = ['alpha', 'beta', 'gamma', 'delta', 'eps'];
  const counties = ids.map((id, i) => county(id, `${'甲乙丙丁戊'[i]}县`));
  const indicators = ['a', 'b', 'c', 'd', 'e'].map((id) =>
    indicator(`ind-${id}`, '亩', { zh: `指标${id}`, higherIsBetter: id !== 'e' }),
  );
  const figures = ids.flatMap((c, ci) =>
    indicators.flatMap((ind, ii) => {
      if ((c === 'beta' && ii === 2) || (c === 'gamma' && (ii === 0 || ii === 3))) return [];
      return [figure(c, ind.id, 'actual', 100 * (ci + 1) + ii, '亩', { start: 2021, end: 2021 })];
    }),
  );
  return { counties, indicators, figures };
}

describe('radarLayout: single radar', () => {
  const comparison = radarComparison(fiveByFive(), { kind: 'actual', counties: ['alpha', 'beta', 'gamma'] });
  const layout = radarLayout(comparison, { width: 800, height: 520 }, { lang: 'zh-CN' });
  const panel = layout.panels[0];

  it('draws one radar with axes clockwise from the top', () => {
    expect(layout.mode).toBe('single');
    expect(layout.panels).toHaveLength(1);
    expect(panel.axes).toHaveLength(5);
    expect(panel.axes[0].angle).toBeCloseTo(-Math.PI / 2, 9);
    expect(panel.axes[1].angle - panel.axes[0].angle).toBeCloseTo((2 * Math.PI) / 5, 9);
    // The first spoke goes straight up from the centre: its label is centred above the circle.
    expect(panel.axes[0].label.x).toBeCloseTo(panel.cx, 6);
    expect(panel.axes[0].label.y).toBeLessThan(panel.cy - panel.radius);
    expect(panel.grid.startsWith(`M${panel.cx},`)).toBe(true);
    expect(panel.radius).toBeGreaterThan(120);
    expect(panel.radius * 2).toBeLessThan(520);
  });

  it('places each vertex at its normalised distance from the centre along its axis', () => {
    for (const v of vertices(layout, 'beta')) {
      const expected = panel.innerRadius + v.value.normalized * (panel.radius - panel.innerRadius);
      expect(dist(v, { x: panel.cx, y: panel.cy })).toBeCloseTo(expected, 6);
      const a = panel.axes[v.axis].angle;
      expect(Math.atan2(v.y - panel.cy, v.x - panel.cx)).toBeCloseTo(Math.atan2(Math.sin(a), Math.cos(a)), 6);
    }
    // gamma has the largest values on the axes it reports: on the outer ring.
    for (const v of vertices(layout, 'gamma').filter((x) => x.axis !== 4)) {
      expect(dist(v, { x: panel.cx, y: panel.cy })).toBeCloseTo(panel.radius, 6);
    }
  });

  it('breaks the outline at a missing axis, with no vertex there and a gap mark beyond the ring', () => {
    const beta = panel.shapes.find((s) => s.county === 'beta')!;
    expect(vertices(layout, 'beta').map((v) => v.axis)).toEqual([0, 1, 3, 4]);
    expect(gaps(layout, 'beta').map((g) => g.axis)).toEqual([2]);
    // One open run 3 → 4 → 0 → 1, not closed, so nothing is drawn from axis 1 to axis 3.
    const at = (axis: number) => {
      const v = vertices(layout, 'beta').find((m) => m.axis === axis)!;
      return `${Math.round(v.x * 100) / 100},${Math.round(v.y * 100) / 100}`;
    };
    expect(beta.outline).toBe(`M${at(3)}L${at(4)}L${at(0)}L${at(1)}`);
    // The fill is one wedge from the centre over the same run: a notch at the gap.
    expect(beta.fill).toBe(`M${panel.cx},${panel.cy}L${at(3)}L${at(4)}L${at(0)}L${at(1)}Z`);
    const gap = gaps(layout, 'beta')[0];
    expect(dist(gap, { x: panel.cx, y: panel.cy })).toBeGreaterThan(panel.radius);
    expect(gap.value.status).toBe('not-reported');
    // Never a point at the centre (a zero) for a missing value.
    for (const v of vertices(layout, 'beta'))
      expect(dist(v, { x: panel.cx, y: panel.cy })).toBeGreaterThan(panel.innerRadius - 1e-9);
  });

  it('a county missing two non-adjacent axes gets two outline pieces and two gap marks', () => {
    const gamma = panel.shapes.find((s) => s.county === 'gamma')!;
    expect(gaps(layout, 'gamma').map((g) => g.axis)).toEqual([0, 3]);
    // Runs: [1, 2] and [4]: one line, and a lone vertex with none.
    expect(gamma.outline).not.toMatch(/Z/);
    expect(gamma.outline.match(/L/g)).toHaveLength(1);
    expect(gamma.outline.match(/M/g)).toHaveLength(2);
    expect(gamma.fill.match(/Z/g)).toHaveLength(2);
    expect(vertices(layout, 'gamma').map((v) => v.axis)).toEqual([1, 2, 4]);
    const alpha = panel.shapes.find((s) => s.county === 'alpha')!;
    expect(alpha.outline).toMatch(/^M[^M]*Z$/);
    expect(alpha.fill).toBe(alpha.outline);
  });

  it('lists every mark in reading order: county by county, axis by axis', () => {
    const kind = (m: RadarLayout['marks'][number]) => (m.value.status === 'reported' ? 'vertex' : 'gap');
    expect(layout.marks.map((m) => `${m.county}:${m.axis}:${kind(m)}`)).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => `alpha:${i}:vertex`),
      'beta:0:vertex',
      'beta:1:vertex',
      'beta:2:gap',
      'beta:3:vertex',
      'beta:4:vertex',
      'gamma:0:gap',
      'gamma:1:vertex',
      'gamma:2:vertex',
      'gamma:3:gap',
      'gamma:4:vertex',
    ]);
  });

  it('marks lower-is-better axes with a note and rings at quarter steps', () => {
    expect(comparison.axes[4].inverted).toBe(true);
    expect(panel.axes[4].label.note).toBe('越低越好（已反转）');
    expect(panel.axes[0].label.note).toBeUndefined();
    expect(panel.rings.map((r) => r.level)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(panel.rings[3].r).toBeCloseTo(panel.radius, 9);
    expect(panel.rings.filter((r) => r.label).map((r) => r.label!.text)).toEqual(['50%', '100%']);
  });

  it('gives each county its colour, says when gaps or mixed kinds need a key, in either language', () => {
    expect(panel.shapes.map((s) => [s.county, s.colorIndex])).toEqual([
      ['alpha', 0],
      ['beta', 1],
      ['gamma', 2],
    ]);
    expect(layout.marks.filter((m) => m.county === 'gamma').every((m) => m.colorIndex === 2)).toBe(true);
    expect([layout.hasGaps, layout.mixedKinds]).toEqual([true, false]);
    const en = radarLayout(comparison, { width: 800, height: 520 }, { lang: 'en' });
    expect(en.panels[0].axes[4].label.note).toBe('lower is better (inverted)');
    const complete = radarLayout(
      radarComparison(fiveByFive(), { kind: 'actual', counties: ['alpha', 'delta'] }),
      { width: 800, height: 520 },
      { lang: 'en' },
    );
    expect(complete.hasGaps).toBe(false);
  });

  it('wraps long labels to two lines and cuts them with an ellipsis, saying so', () => {
    const long = radarComparison(
      {
        ...fiveByFive(),
        indicators: fiveByFive().indicators.map((i, k) =>
          k === 1
            ? { ...i, name: { zh: '城镇常住居民人均可支配收入年均增长幅度与经济增长同步', en: i.name.en } }
            : i,
        ),
      },
      { kind: 'actual', counties: ['alpha', 'beta'] },
    );
    const l = radarLayout(long, { width: 400, height: 360 }, { lang: 'zh-CN', smallMultiples: false })
      .panels[0].axes[1].label;
    expect(l.lines).toHaveLength(2);
    expect(l.lines[1].endsWith('…')).toBe(true);
    expect(l.full).toBe('城镇常住居民人均可支配收入年均增长幅度与经济增长同步');
    expect(panel.axes[0].label.full).toBeUndefined();
  });

  it('anchors labels away from the circle and keeps them inside the width', () => {
    for (const a of panel.axes) {
      const w = Math.max(...a.label.lines.map((l) => textWidth(l, layout.fontSize)));
      const left =
        a.label.anchor === 'start' ? a.label.x : a.label.anchor === 'end' ? a.label.x - w : a.label.x - w / 2;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + w).toBeLessThanOrEqual(800);
    }
    expect(panel.axes[0].label.anchor).toBe('middle');
    expect(panel.axes[1].label.anchor).toBe('start');
    expect(panel.axes[4].label.anchor).toBe('end');
  });
});

describe('radarLayout: highlight, hiding, rings beyond 100%', () => {
  const comparison = radarComparison(fiveByFive(), { kind: 'actual', counties: ['alpha', 'beta', 'gamma'] });

  it('highlights one county: drawn last, the others dimmed', () => {
    const layout = radarLayout(
      comparison,
      { width: 800, height: 520 },
      { lang: 'zh-CN', highlight: 'alpha' },
    );
    const shapes = layout.panels[0].shapes;
    expect(shapes[shapes.length - 1].county).toBe('alpha');
    expect(shapes.map((s) => [s.county, s.highlighted, s.dimmed])).toEqual([
      ['beta', false, true],
      ['gamma', false, true],
      ['alpha', true, false],
    ]);
    expect(layout.marks.filter((m) => m.dimmed).map((m) => m.county)).not.toContain('alpha');
    expect(layout.marks.filter((m) => m.county === 'beta').every((m) => m.dimmed)).toBe(true);
  });

  it('hidden counties have no shape and no marks but stay in the legend, switched off', () => {
    const layout = radarLayout(
      comparison,
      { width: 800, height: 520 },
      { lang: 'zh-CN', hidden: new Set(['beta']) },
    );
    expect(layout.panels[0].shapes.map((s) => s.county).sort()).toEqual(['alpha', 'gamma']);
    expect(layout.marks.some((m) => m.county === 'beta')).toBe(false);
    // Colours stay with their county when another is hidden.
    expect(layout.panels[0].shapes.find((s) => s.county === 'gamma')?.colorIndex).toBe(2);
  });

  it('adds rings beyond 100% when a value exceeds a reference county', () => {
    const c = radarComparison(fiveByFive(), {
      kind: 'actual',
      counties: ['alpha', 'beta'],
      reference: 'alpha',
    });
    const layout = radarLayout(c, { width: 800, height: 520 }, { lang: 'zh-CN' });
    const levels = layout.panels[0].rings.map((r) => r.level);
    expect(levels[levels.length - 1]).toBe(2); // beta ≈ 200% of alpha on most axes
    const ring100 = layout.panels[0].rings.find((r) => r.level === 1)!;
    expect(
      dist(vertices(layout, 'alpha')[0], { x: layout.panels[0].cx, y: layout.panels[0].cy }),
    ).toBeCloseTo(ring100.r, 6);
  });
});

describe('radarLayout: small multiples', () => {
  it('switches on below 480 px or with more than four shown counties', () => {
    expect(useSmallMultiples(320, 2)).toBe(true);
    expect(useSmallMultiples(800, 4)).toBe(false);
    expect(useSmallMultiples(800, 5)).toBe(true);
    expect(useSmallMultiples(800, 5, false)).toBe(false);
    expect(useSmallMultiples(800, 2, true)).toBe(true);
  });

  it('lays out one radar per county in a grid, each titled, sharing the normalisation', () => {
    const comparison = radarComparison(fiveByFive(), { kind: 'actual' });
    const reserved = radarHeight(1200, 5, 520, 34);
    const layout = radarLayout(comparison, { width: 1200, height: reserved }, { lang: 'en' });
    expect(layout.mode).toBe('small-multiples');
    expect(layout.panels.map((p) => p.shapes.map((s) => s.county))).toEqual([
      ['alpha'],
      ['beta'],
      ['gamma'],
      ['delta'],
      ['eps'],
    ]);
    expect(layout.panels.map((p) => p.title?.text)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta', 'Eps']);
    const grid = smallMultipleGrid(1200, 5);
    expect([grid.columns, grid.rows]).toEqual([3, 2]);
    expect(layout.legendHeight).toBe(34); // one row of legend buttons
    expect(reserved).toBe(34 + 2 * grid.panelHeight);
    layout.panels.forEach((p, i) => {
      expect(p.x).toBeCloseTo((i % 3) * 400, 9);
      expect(p.y).toBe(34 + Math.floor(i / 3) * grid.panelHeight);
      expect(p.height).toBe(grid.panelHeight);
      // Labels stay inside their own panel.
      for (const a of p.axes) {
        const w = Math.max(...a.label.lines.map((l) => textWidth(l, layout.fontSize)));
        const left =
          a.label.anchor === 'start'
            ? a.label.x
            : a.label.anchor === 'end'
              ? a.label.x - w
              : a.label.x - w / 2;
        expect(left).toBeGreaterThanOrEqual(p.x - 1e-9);
        expect(left + w).toBeLessThanOrEqual(p.x + p.width + 1e-9);
      }
    });
    // A box too short for that grid still holds every panel.
    const squeezed = radarLayout(comparison, { width: 1200, height: 520 }, { lang: 'en' });
    for (const p of squeezed.panels) expect(p.y + p.height).toBeLessThanOrEqual(520 + 1e-9);
    // eps has the largest values: on each panel's outer ring; alpha's are smaller.
    const eps = layout.panels[4];
    expect(dist(vertices(layout, 'eps')[0], { x: eps.cx, y: eps.cy })).toBeCloseTo(eps.radius, 6);
    const alpha = layout.panels[0];
    expect(dist(vertices(layout, 'alpha')[0], { x: alpha.cx, y: alpha.cy })).toBeLessThan(alpha.radius * 0.4);
  });

  it('cuts panel titles to their panel, so neighbours never overlap', () => {
    const data = fiveByFive();
    const long = {
      ...data,
      counties: data.counties.map((c) => ({
        ...c,
        name: { ...c.name, en: `${c.name.en} Manchu Autonomous County` },
      })),
    };
    const layout = radarLayout(
      radarComparison(long, { kind: 'actual' }),
      { width: 640, height: 640 },
      { lang: 'en' },
    );
    for (const p of layout.panels) {
      expect(textWidth(p.title!.text, 13)).toBeLessThanOrEqual(p.width - 8);
      expect(p.title!.text.endsWith('…')).toBe(true);
    }
    expect(
      radarLayout(radarComparison(data, { kind: 'actual' }), { width: 640, height: 640 }, { lang: 'en' })
        .panels[0].title!.text,
    ).toBe('Alpha');
  });

  it('stacks panels in one column at 320 px when given the height it reserves', () => {
    const comparison = radarComparison(fiveByFive(), { kind: 'actual', counties: ['alpha', 'beta'] });
    const legend = legendHeight(['甲县', '乙县'], 320, ['× 未报告']);
    const reserved = radarHeight(320, 2, 300, legend);
    const grid = smallMultipleGrid(320, 2);
    expect(reserved).toBe(legend + 2 * grid.panelHeight);
    const layout = radarLayout(comparison, { width: 320, height: reserved }, { lang: 'zh-CN' });
    expect(layout.mode).toBe('small-multiples');
    expect(layout.legendHeight).toBe(legend);
    expect(layout.panels.map((p) => [p.x, p.y])).toEqual([
      [0, legend],
      [0, legend + grid.panelHeight],
    ]);
    expect(layout.panels[1].y + layout.panels[1].height).toBe(reserved);
    expect(radarHeight(800, 2, 300)).toBe(300);
  });

  it('fits the panels into a box that is too short, side by side', () => {
    const comparison = radarComparison(fiveByFive(), { kind: 'actual', counties: ['alpha', 'beta'] });
    const layout = radarLayout(comparison, { width: 320, height: 240 }, { lang: 'zh-CN', legend: false });
    expect(layout.panels.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [160, 0],
    ]);
    for (const p of layout.panels) expect(p.y + p.height).toBeLessThanOrEqual(240);
    expect(fittedGrid(320, 240, 2).columns).toBe(2);
  });

  it('picks the columns that give the largest radius once the side labels take their room', () => {
    // Squarest panels: five in a row. With 110 px of labels each side, two rows of three win.
    expect(fittedGrid(1200, 436, 5).columns).toBe(5);
    const radius = (w: number, h: number) => Math.min(w / 2 - 110, h / 2);
    expect(fittedGrid(1200, 436, 5, radius)).toMatchObject({ columns: 3, rows: 2, panelHeight: 218 });
    // The layout scores with its own label room, and whatever it picks, every panel fits the box.
    const comparison = radarComparison(fiveByFive(), { kind: 'actual' });
    const layout = radarLayout(comparison, { width: 1200, height: 470 }, { lang: 'en', legend: false });
    expect(layout.panels).toHaveLength(5);
    for (const p of layout.panels) expect(p.y + p.height).toBeLessThanOrEqual(470 + 1e-9);
  });

  it('keeps every axis label inside its panel when the height is what limits the radius', () => {
    // Five axes, and four with the lower-is-better one straight down (its label gets a third line).
    const five = radarComparison(fiveByFive(), { kind: 'actual' });
    const four = radarComparison(fiveByFive(), {
      kind: 'actual',
      indicators: ['ind-a', 'ind-b', 'ind-e', 'ind-d'],
    });
    expect(four.axes[2].inverted).toBe(true);
    for (const [comparison, width, height] of [
      [five, 320, 1100],
      [four, 320, 1100],
      [four, 375, 900],
      [four, 640, 420],
    ] as const) {
      const layout = radarLayout(comparison, { width, height }, { lang: 'zh-CN' });
      expect(layout.mode).toBe('small-multiples');
      for (const p of layout.panels) {
        expect(p.y + p.height).toBeLessThanOrEqual(height + 1e-9);
        for (const a of p.axes) {
          const count = a.label.lines.length + (a.label.note ? 1 : 0);
          const lastBaseline = a.label.y + (count - 1) * a.label.lineHeight;
          // Descent below the last baseline, ascent above the first.
          expect(lastBaseline + layout.fontSize * 0.25, `${width}x${height}`).toBeLessThanOrEqual(
            p.y + p.height + 1e-9,
          );
          expect(a.label.y - layout.fontSize * 0.8).toBeGreaterThan(p.title!.y);
        }
      }
    }
  });

  it('wraps the legend onto more rows when narrow', () => {
    const names = ['伊通满族自治县', '长白朝鲜族自治县', '阜新蒙古族自治县', '呼兰区', '通化县'];
    expect(legendHeight(names, 1200)).toBe(34);
    expect(legendHeight(names, 320)).toBeGreaterThan(2 * 26);
    expect(legendHeight([], 320)).toBe(0);
  });
});
