import type { Data, Shape } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout, COLORS, paddedRange, plotValues } from '../../../plots/plot-theme.ts';
import type { EquilibriumView, ExplorerView } from '../model/explorer-view.ts';

type Arrow = 'triangle-right' | 'triangle-left';

const MARKER_SIZE = 13;
// Half a disc drawn in pixels around its anchor with two quarter-circle Béziers (plotly paths have no arcs).
const K = 0.5523 * (MARKER_SIZE / 2);
const R = MARKER_SIZE / 2;
const LEFT_HALF = `M0,${-R} C${-K},${-R} ${-R},${-K} ${-R},0 C${-R},${K} ${-K},${R} 0,${R} Z`;
const RIGHT_HALF = `M0,${-R} C${K},${-R} ${R},${-K} ${R},0 C${R},${K} ${K},${R} 0,${R} Z`;

/**
 * The flow panel: g(x) against x with the regions g > 0 and g < 0 shaded apart, the phase line (the x axis) with
 * arrows showing which way states move, the equilibria marked by kind (stable filled, unstable open, semi-stable
 * half filled on the side states arrive from), and iterate `focus` marked on the phase line.
 *
 * @example
 * ```ts
 * const spec = flowTraces(view, 3);
 * spec.data.map((trace) => trace.name); // ['axis', 'g > 0', 'g < 0', 'flow', 'phase line', 'equilibria', 'x_k']
 * ```
 */
export function flowTraces(view: ExplorerView, focus: number): PlotSpec {
  const { grid } = view;
  const positive = grid.flow.map((v) => Math.max(v, 0));
  const negative = grid.flow.map((v) => Math.min(v, 0));
  const x = Array.from(grid.x);
  const arrows = arrowPoints(view);
  const xk = view.iterates.x[Math.min(focus, view.iterates.x.length - 1)]!;
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'lines',
      name: 'axis',
      x: [view.xMin, view.xMax],
      y: [0, 0],
      line: { color: COLORS.axis, width: 1.5 },
      hoverinfo: 'skip',
    },
    region('g > 0', x, positive, COLORS.increasing),
    region('g < 0', x, negative, COLORS.decreasing),
    {
      type: 'scatter',
      mode: 'lines',
      name: 'flow',
      x,
      y: plotValues(grid.flow),
      line: { color: COLORS.curve, width: 2.5 },
      hovertemplate: 'x = %{x:.4g}<br>x′ = %{y:.4g}<extra></extra>',
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: 'phase line',
      x: arrows.x,
      y: arrows.x.map(() => 0),
      marker: { symbol: arrows.symbol, size: 11, color: COLORS.axis },
      hoverinfo: 'skip',
    },
    equilibriumTrace(view.equilibria),
    {
      type: 'scatter',
      mode: 'markers',
      name: 'x_k',
      meta: 'focus',
      x: [xk],
      y: [0],
      marker: { symbol: 'diamond', size: 13, color: COLORS.focus, line: { color: '#ffffff', width: 1.5 } },
      hovertemplate: `x_${focus} = %{x:.6g}<extra></extra>`,
    },
  ];
  const layout = baseLayout('x', 'x′ = g(x)', `${view.flowText}|${view.xMin}|${view.xMax}`);
  const [lo, hi] = paddedRange(grid.flow, 0.12);
  layout.xaxis = { ...layout.xaxis, range: [view.xMin, view.xMax] };
  layout.yaxis = {
    ...layout.yaxis,
    range: [Math.min(lo, -0.05 * (hi - lo)), Math.max(hi, 0.05 * (hi - lo))],
  };
  layout.shapes = semiStableShapes(view.equilibria);
  return { data, layout };
}

function region(name: string, x: number[], y: Float64Array, color: string): Data {
  return {
    type: 'scatter',
    mode: 'lines',
    name,
    x,
    y: plotValues(y),
    fill: 'tozeroy',
    fillcolor: color,
    line: { width: 0 },
    hoverinfo: 'skip',
  };
}

/** Arrow markers spread along each interval of one sign, at least one per interval. */
function arrowPoints(view: ExplorerView): { x: number[]; symbol: Arrow[] } {
  const spacing = (view.xMax - view.xMin) / 14;
  const x: number[] = [];
  const symbol: Arrow[] = [];
  for (const interval of view.intervals) {
    const width = interval.to - interval.from;
    const count = Math.max(1, Math.floor(width / spacing));
    for (let i = 0; i < count; i++) {
      x.push(interval.from + ((i + 0.5) * width) / count);
      symbol.push(interval.direction > 0 ? 'triangle-right' : 'triangle-left');
    }
  }
  return { x, symbol };
}

function equilibriumTrace(equilibria: readonly EquilibriumView[]): Data {
  // Open points are white discs with a dark ring (an "-open" symbol would take its ring colour from marker.color).
  return {
    type: 'scatter',
    mode: 'markers',
    name: 'equilibria',
    x: equilibria.map((e) => e.x),
    y: equilibria.map(() => 0),
    text: equilibria.map((e) => e.kind),
    marker: {
      symbol: 'circle',
      size: MARKER_SIZE,
      color: equilibria.map((e) => (e.kind === 'stable' ? COLORS.equilibrium : '#ffffff')),
      line: {
        color: equilibria.map((e) => (e.kind === 'undetermined' ? COLORS.axis : COLORS.equilibrium)),
        width: 2,
      },
    },
    hovertemplate: 'x* = %{x:.6g}<br>%{text}<extra></extra>',
  };
}

function semiStableShapes(equilibria: readonly EquilibriumView[]): Partial<Shape>[] {
  return equilibria
    .filter((e) => e.kind === 'semi-stable')
    .map((e) => ({
      type: 'path',
      xref: 'x',
      yref: 'y',
      xsizemode: 'pixel',
      ysizemode: 'pixel',
      xanchor: e.x,
      yanchor: 0,
      path: e.attractingSide === 'right' ? RIGHT_HALF : LEFT_HALF,
      fillcolor: COLORS.equilibrium,
      line: { width: 0 },
      layer: 'above',
    }));
}
