import type { Data } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout } from '../../../plots/plot-theme.ts';
import type { CurvatureReadout } from '../model/curvature-readout.ts';
import type { LandscapeView } from '../model/landscape-model.ts';
import type { LossGrid } from '../model/loss-grid.ts';
import { METHOD_IDS } from '../state/presets.ts';
import { INK, METHOD_STYLES } from './method-styles.ts';

/** Critical-point markers by kind: shape and fill tell minimum, saddle and maximum apart. */
const KIND_SYMBOLS = {
  minimum: 'circle',
  saddle: 'x-thin-open',
  maximum: 'circle-open',
  flat: 'square-open',
};

const contours = new WeakMap<LossGrid, Data>();

/**
 * The filled-contour trace of F (on log10(F − min + δ) when the grid says so); click anywhere to move x0. The same
 * grid gives the same trace object, so a move of η leaves it as plotly last saw it.
 */
export function contourTrace(grid: LossGrid): Data {
  const known = contours.get(grid);
  if (known) return known;
  const trace = buildContour(grid);
  contours.set(grid, trace);
  return trace;
}

function buildContour(grid: LossGrid): Data {
  const n = grid.xs.length;
  const delta = 1e-3 * Math.max(grid.max - grid.min, 1e-300);
  const z: (number | null)[][] = [];
  for (let j = 0; j < grid.ys.length; j++) {
    const row: (number | null)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = grid.z[j * n + i]!;
      row[i] = !Number.isFinite(v) ? null : grid.logScale ? Math.log10(v - grid.min + delta) : v;
    }
    z.push(row);
  }
  return {
    type: 'contour',
    x: Array.from(grid.xs),
    y: Array.from(grid.ys),
    z,
    ncontours: 24,
    contours: { coloring: 'fill', showlines: true },
    line: { width: 0.6, color: '#8c96a3' },
    colorscale: [
      [0, '#fdfdfd'],
      [1, '#a9b1bc'],
    ],
    showscale: false,
    hoverinfo: 'none',
    meta: 'contour',
  } as Data;
}

/** Each eigen-direction as an axis through the point, a tenth of the box long: solid for λ > 0, dashed for λ < 0. */
export function axisTraces(
  points: readonly CurvatureReadout[],
  box: readonly number[],
  meta: string,
): Data[] {
  const half = 0.06 * Math.min(box[1]! - box[0]!, box[3]! - box[2]!);
  const solid = { x: [] as (number | null)[], y: [] as (number | null)[] };
  const dashed = { x: [] as (number | null)[], y: [] as (number | null)[] };
  for (const p of points) {
    p.directions.forEach(([dx, dy], i) => {
      const target = p.eigenvalues[i]! < 0 ? dashed : solid;
      target.x.push(p.x - half * dx, p.x + half * dx, null);
      target.y.push(p.y - half * dy, p.y + half * dy, null);
    });
  }
  const line = (xy: typeof solid, dash: 'solid' | 'dot', suffix: string): Data => ({
    type: 'scatter',
    mode: 'lines',
    ...xy,
    line: { color: INK, width: 2, dash },
    hoverinfo: 'skip',
    meta: `${meta}${suffix}`,
  });
  return [line(solid, 'solid', ''), line(dashed, 'dot', '-negative')];
}

/** The runs, each in its own colour, shape and dash, from the same start. */
export function runTraces(view: LandscapeView): Data[] {
  const out: Data[] = [];
  for (const id of METHOD_IDS) {
    const run = view.runs[id];
    if (!run) continue;
    const style = METHOD_STYLES[id];
    const x: number[] = [];
    const y: number[] = [];
    for (let k = 0; k < run.x.length; k += 2) {
      x.push(run.x[k]!);
      y.push(run.x[k + 1]!);
    }
    out.push({
      type: 'scatter',
      // Markers for each iterate up to 200 steps; longer runs are lines (thousands of SVG markers cost plotly most).
      mode: id === 'flow' || x.length > 201 ? 'lines' : 'lines+markers',
      name: style.label,
      x,
      y,
      line: { color: style.color, width: id === 'flow' ? 2.5 : 1.4, dash: style.dash },
      marker: { color: style.color, size: 4, symbol: style.symbol },
      hovertemplate: `${style.label}<br>k = %{pointNumber}<br>(%{x:.4f}, %{y:.4f})<extra></extra>`,
      meta: `run:${id}`,
    } as Data);
  }
  return out;
}

/**
 * The landscape panel: filled contours, each critical point by kind with its Hessian's eigen-axes, the current point
 * x0 with its axes, and every shown run.
 */
export function landscapeSpec(view: LandscapeView, axes: readonly [string, string] = ['x', 'y']): PlotSpec {
  const [x0, x1, y0, y1] = view.box;
  const points: Data = {
    type: 'scatter',
    mode: 'markers',
    name: 'critical points',
    x: view.readouts.map((r) => r.x),
    y: view.readouts.map((r) => r.y),
    marker: {
      symbol: view.readouts.map((r) => KIND_SYMBOLS[r.kind]),
      color: INK,
      size: 12,
      line: { width: 2.5, color: INK },
    },
    text: view.readouts.map((r) => r.kind),
    hovertemplate: '%{text} at (%{x:.4f}, %{y:.4f})<extra></extra>',
    meta: 'critical',
  } as Data;
  const start: Data = {
    type: 'scatter',
    mode: 'markers',
    name: 'x0',
    x: [view.current.x],
    y: [view.current.y],
    marker: { symbol: 'star', size: 15, color: '#ffffff', line: { width: 2, color: INK } },
    hovertemplate: 'x0 = (%{x:.4f}, %{y:.4f})<extra></extra>',
    meta: 'start',
  } as Data;
  const data: Data[] = [
    contourTrace(view.grid),
    ...axisTraces(view.readouts, view.box, 'axes'),
    ...axisTraces([view.current], view.box, 'axes-current'),
    ...runTraces(view),
    points,
    start,
  ];
  const layout = baseLayout(axes[0], axes[1], `landscape|${view.box.join(',')}`);
  layout.xaxis = { ...layout.xaxis, range: [x0, x1] };
  layout.yaxis = { ...layout.yaxis, range: [y0, y1] };
  layout.margin = { l: 50, r: 10, t: 10, b: 42 };
  return { data, layout };
}
