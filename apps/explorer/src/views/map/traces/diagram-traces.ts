import type { Data, Shape } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout, COLORS, PALETTE } from '../../../plots/plot-theme.ts';
import type { DiagramResult } from '../model/diagram.ts';
import type { MapState } from '../state/map-state.ts';
import { type OrbitDensity, orbitDensity } from './orbit-density.ts';

const DENSITIES = new WeakMap<DiagramResult, OrbitDensity>();

/** Rows of the orbit diagram's image over the iterates' range. */
export const DENSITY_BINS = 150;

/** Image columns of the orbit diagram (two computed columns each at the default 1000). */
export const DENSITY_COLUMNS = 500;

/** Lyapunov exponents below this are drawn at it (a superstable orbit has −∞). */
export const LYAPUNOV_FLOOR = -4;

/**
 * The orbit-diagram panel: the kept iterates of every bounded column as an image of their density over (h, x) on top, the Lyapunov
 * exponent over the same η axis below (with its zero line), the current η as a vertical line through both, the
 * band of η where each equilibrium attracts shaded, and the computed period doublings as dotted lines.
 *
 * @example
 * ```ts
 * diagramSpec(result, state).data.map((t) => t.name); // ['orbits', 'lyapunov', 'doublings']
 * ```
 */
export function diagramSpec(result: DiagramResult, state: MapState): PlotSpec {
  const { h, x, status, keep, lyapunov } = result;
  // An η move rebuilds this spec with the same diagram: its image is binned once per diagram.
  let density = DENSITIES.get(result);
  if (density === undefined) {
    density = orbitDensity(h, x, (j) => status[j] === 0, keep, DENSITY_BINS, DENSITY_COLUMNS);
    DENSITIES.set(result, density);
  }
  const lyapunovY = Array.from(lyapunov, (v) => (Number.isNaN(v) ? null : Math.max(v, LYAPUNOV_FLOOR)));
  const doublings = Array.from(result.doublings);
  const data: Data[] = [
    {
      type: 'heatmap',
      name: 'orbits',
      meta: 'orbits',
      x: density.x,
      y: density.y,
      z: density.z,
      colorscale: [
        [0, '#9aa5b1'],
        [1, PALETTE.ink],
      ],
      zmin: 1,
      zmax: Math.max(4, keep / 20),
      showscale: false,
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'lines',
      name: 'lyapunov',
      meta: 'lyapunov',
      x: Array.from(h),
      y: lyapunovY,
      xaxis: 'x',
      yaxis: 'y2',
      line: { color: COLORS.curve, width: 1.5 },
      hovertemplate: 'η = %{x:.6g}<br>λ = %{y:.4g}<extra>Lyapunov exponent</extra>',
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: 'doublings',
      meta: 'doublings',
      x: doublings,
      y: doublings.map(() => 0),
      xaxis: 'x',
      yaxis: 'y2',
      marker: { color: PALETTE.red, size: 8, symbol: 'diamond' },
      hovertemplate: 'period doubling at η = %{x:.10g}<extra></extra>',
    },
  ];
  const shapes: Partial<Shape>[] = [];
  for (let i = 0; i < result.bounds.length; i++) {
    const bound = result.bounds[i]!;
    if (!(bound > state.hMin)) continue;
    shapes.push({
      type: 'rect',
      xref: 'x',
      yref: 'paper',
      x0: state.hMin,
      x1: Math.min(bound, state.hMax),
      y0: 0.36,
      y1: 1,
      fillcolor: PALETTE.greenTint,
      line: { width: 0 },
      layer: 'below',
    });
  }
  for (const d of doublings) {
    shapes.push({
      type: 'line',
      xref: 'x',
      yref: 'paper',
      x0: d,
      x1: d,
      y0: 0,
      y1: 1,
      line: { color: PALETTE.red, width: 1, dash: 'dot' },
    });
  }
  shapes.push({
    type: 'line',
    xref: 'x',
    yref: 'paper',
    x0: state.eta,
    x1: state.eta,
    y0: 0,
    y1: 1,
    line: { color: COLORS.focus, width: 2 },
  });
  shapes.push({
    type: 'line',
    xref: 'x',
    yref: 'y2',
    x0: state.hMin,
    x1: state.hMax,
    y0: 0,
    y1: 0,
    line: { color: COLORS.axis, width: 1 },
  });
  const layout = baseLayout('step η', 'x after the transient', `diagram|${state.hMin}|${state.hMax}`);
  layout.margin = { l: 58, r: 12, t: 12, b: 44 };
  layout.xaxis = { ...layout.xaxis, range: [state.hMin, state.hMax], anchor: 'y2' };
  layout.yaxis = { ...layout.yaxis, domain: [0.36, 1], range: density.yRange };
  layout.yaxis2 = {
    title: { text: 'λ' },
    domain: [0, 0.28],
    zeroline: false,
    gridcolor: '#eceff3',
    fixedrange: true,
  };
  layout.dragmode = 'zoom';
  layout.shapes = shapes;
  return { data, layout };
}
