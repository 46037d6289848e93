import type { PlaneFixedPoint } from '@phaseflow/ode';
import type { Data } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout, COLORS, plotValues } from '../../../plots/plot-theme.ts';
import type { PlaneView } from '../model/plane-model.ts';

/** Nullcline colours: ẋ = 0 and ẏ = 0. */
export const NULLCLINE_COLORS = { x: '#d9822b', y: '#2e7d32' } as const;

/** Each kind of fixed point: a marker shape AND a colour (filled = attracting, open = repelling). */
export const KIND_MARKERS: Record<string, { symbol: string; color: string; label: string; glyph: string }> = {
  'stable-node': { symbol: 'circle', color: '#1f5f99', label: 'stable node', glyph: '●' },
  'unstable-node': { symbol: 'circle-open', color: '#c62828', label: 'unstable node', glyph: '○' },
  'stable-focus': { symbol: 'diamond', color: '#1565c0', label: 'stable focus', glyph: '◆' },
  'unstable-focus': { symbol: 'diamond-open', color: '#d84315', label: 'unstable focus', glyph: '◇' },
  saddle: { symbol: 'x-thin-open', color: '#6a1b9a', label: 'saddle', glyph: '✕' },
  center: { symbol: 'square-open', color: '#00838f', label: 'center (linearization)', glyph: '□' },
  'stable-star': { symbol: 'star', color: '#1f5f99', label: 'stable star', glyph: '★' },
  'unstable-star': { symbol: 'star-open', color: '#c62828', label: 'unstable star', glyph: '☆' },
  'stable-degenerate-node': {
    symbol: 'circle-dot',
    color: '#1f5f99',
    label: 'stable degenerate node',
    glyph: '◉',
  },
  'unstable-degenerate-node': {
    symbol: 'circle-open-dot',
    color: '#c62828',
    label: 'unstable degenerate node',
    glyph: '◎',
  },
  'non-isolated': { symbol: 'triangle-up-open', color: '#5b6472', label: 'non-isolated', glyph: '△' },
};
export const OTHER_MARKER = { symbol: 'hexagon-open', color: '#5b6472', label: 'other', glyph: '⬡' };

const SPEED_BINS = ['#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'];

/** Polylines joined with null gaps, as one plotly trace takes them. */
function joinCurves(curves: readonly Float64Array[]): { x: (number | null)[]; y: (number | null)[] } {
  const x: (number | null)[] = [];
  const y: (number | null)[] = [];
  for (const c of curves) {
    for (let k = 0; k < c.length; k += 2) {
      x.push(Number.isFinite(c[k]!) ? c[k]! : null);
      y.push(Number.isFinite(c[k + 1]!) ? c[k + 1]! : null);
    }
    x.push(null);
    y.push(null);
  }
  return { x, y };
}

/**
 * Arrows of the direction field, one trace per speed quintile (darker = faster), each arrow's length growing with
 * the speed (as its logarithm, scaled to at most 0.9 of a cell) and a two-stroke head.
 */
function arrowTraces(view: PlaneView): Data[] {
  const { x, y, u, v } = view.field;
  const [x0, x1, y0, y1] = view.box;
  const cellX = (x1 - x0) / 40;
  const cellY = (y1 - y0) / 40;
  const speeds = Array.from(u, (uk, k) => Math.hypot(uk / cellX, v[k]! / cellY)).filter(Number.isFinite);
  const top = Math.max(...speeds, 1e-300);
  const sorted = [...speeds].sort((a, b) => a - b);
  const edges = [0.2, 0.4, 0.6, 0.8].map((q) => sorted[Math.floor(q * (sorted.length - 1))] ?? 0);
  const bins = SPEED_BINS.map(() => ({ x: [] as (number | null)[], y: [] as (number | null)[] }));
  for (let k = 0; k < u.length; k++) {
    const sx = u[k]! / cellX;
    const sy = v[k]! / cellY;
    const speed = Math.hypot(sx, sy);
    if (!Number.isFinite(speed) || speed === 0) continue;
    const length = 0.25 + 0.65 * (Math.log1p(speed) / Math.log1p(top));
    const [dx, dy] = [((sx / speed) * length * cellX) / 2, ((sy / speed) * length * cellY) / 2];
    const bin = edges.filter((e) => speed > e).length;
    const [tx, ty] = [x[k]! + dx, y[k]! + dy];
    const b = bins[bin]!;
    b.x.push(
      x[k]! - dx,
      tx,
      tx - 0.6 * dx + 0.35 * dy * (cellX / cellY),
      null,
      tx,
      tx - 0.6 * dx - 0.35 * dy * (cellX / cellY),
      null,
    );
    b.y.push(
      y[k]! - dy,
      ty,
      ty - 0.6 * dy - 0.35 * dx * (cellY / cellX),
      null,
      ty,
      ty - 0.6 * dy + 0.35 * dx * (cellY / cellX),
      null,
    );
  }
  return bins.map((b, i) => ({
    type: 'scatter' as const,
    mode: 'lines' as const,
    x: b.x,
    y: b.y,
    line: { color: SPEED_BINS[i], width: 1 },
    showlegend: false,
    hoverinfo: 'skip' as const,
    meta: 'field',
  }));
}

function pointTraces(points: readonly PlaneFixedPoint[]): Data[] {
  const byKind = new Map<string, PlaneFixedPoint[]>();
  for (const p of points) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  return [...byKind].map(([kind, list]) => {
    const m = KIND_MARKERS[kind] ?? OTHER_MARKER;
    return {
      type: 'scatter' as const,
      mode: 'markers' as const,
      name: m.label,
      x: list.map((p) => p.x),
      y: list.map((p) => p.y),
      marker: {
        symbol: m.symbol as 'circle',
        color: m.color,
        size: 13,
        line: { width: 2.5, color: m.color },
      },
      hovertemplate: `${m.label}<br>(%{x:.4f}, %{y:.4f})<extra></extra>`,
      meta: `point:${kind}`,
    };
  });
}

/**
 * The phase plane: the click target (an invisible grid over the box, so a click anywhere reports its place),
 * arrows, nullclines, separatrices, the cycle, the selected trajectory and the fixed points by kind.
 */
export function phasePlaneSpec(view: PlaneView): PlotSpec {
  const [x0, x1, y0, y1] = view.box;
  const grid = 120;
  const gx = Array.from({ length: grid }, (_, i) => x0 + ((i + 0.5) * (x1 - x0)) / grid);
  const gy = Array.from({ length: grid }, (_, j) => y0 + ((j + 0.5) * (y1 - y0)) / grid);
  const target: Data = {
    type: 'heatmap',
    x: gx,
    y: gy,
    z: gy.map(() => gx.map(() => 0)),
    showscale: false,
    opacity: 0,
    hoverinfo: 'none',
    meta: 'target',
  };
  const nx = joinCurves(view.nullclines.x);
  const ny = joinCurves(view.nullclines.y);
  const sep = joinCurves(view.separatrices);
  const data: Data[] = [
    target,
    ...arrowTraces(view),
    {
      type: 'scatter',
      mode: 'lines',
      name: 'ẋ = 0',
      ...nx,
      line: { color: NULLCLINE_COLORS.x, width: 2.5 },
      hoverinfo: 'skip',
      meta: 'nullcline-x',
    },
    {
      type: 'scatter',
      mode: 'lines',
      name: 'ẏ = 0',
      ...ny,
      line: { color: NULLCLINE_COLORS.y, width: 2.5 },
      hoverinfo: 'skip',
      meta: 'nullcline-y',
    },
    {
      type: 'scatter',
      mode: 'lines',
      name: 'separatrices',
      ...sep,
      line: { color: '#6a1b9a', width: 1.5, dash: 'dash' },
      hoverinfo: 'skip',
      meta: 'separatrix',
    },
  ];
  if (view.cycle) {
    const c = joinCurves([view.cycle.curve]);
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: 'cycle',
      ...c,
      line: { color: '#e53935', width: 4 },
      opacity: 0.55,
      hoverinfo: 'skip',
      meta: 'cycle',
    });
  }
  data.push({
    type: 'scatter',
    mode: 'lines',
    name: 'trajectory',
    x: plotValues(view.trajectory.x),
    y: plotValues(view.trajectory.y),
    line: { color: COLORS.focus, width: 2.5 },
    hoverinfo: 'skip',
    meta: 'trajectory',
  });
  if (view.euler) {
    const e = joinCurves([view.euler]);
    data.push({
      type: 'scatter',
      mode: 'lines+markers',
      name: 'Euler',
      ...e,
      line: { color: COLORS.iterate, width: 1, dash: 'dot' },
      marker: { color: COLORS.iterate, size: 4 },
      hoverinfo: 'skip',
      meta: 'euler',
    });
  }
  const start = view.trajectory.t.length >> 1;
  data.push({
    type: 'scatter',
    mode: 'markers',
    name: 'start',
    x: [view.trajectory.x[start]!],
    y: [view.trajectory.y[start]!],
    marker: { color: COLORS.focus, size: 9, symbol: 'circle' },
    hoverinfo: 'skip',
    meta: 'start',
  });
  data.push(...pointTraces(view.points));
  const layout = baseLayout('x', 'y', `plane|${view.box.join(',')}`);
  layout.xaxis = { ...layout.xaxis, range: [x0, x1], fixedrange: false };
  layout.yaxis = { ...layout.yaxis, range: [y0, y1] };
  // The key is in the caption and the fixed-point list: a legend would cover the plot on a phone.
  layout.showlegend = false;
  layout.margin = { l: 50, r: 10, t: 10, b: 40 };
  return { data, layout };
}

/** x(t) and y(t) of the selected trajectory, from −span to span (t = 0 at the clicked point). */
export function timeSeriesSpec(view: PlaneView): PlotSpec {
  const t = Array.from(view.trajectory.t);
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        name: 'x(t)',
        x: t,
        y: plotValues(view.trajectory.x),
        line: { color: COLORS.curve, width: 2 },
        meta: 'x-of-t',
      },
      {
        type: 'scatter',
        mode: 'lines',
        name: 'y(t)',
        x: t,
        y: plotValues(view.trajectory.y),
        line: { color: COLORS.iterate, width: 2 },
        meta: 'y-of-t',
      },
    ],
    layout: { ...baseLayout('t', 'x, y', 'series'), showlegend: true, legend: { orientation: 'h', y: 1.12 } },
  };
}
