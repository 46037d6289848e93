import type { Data } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout, COLORS, PALETTE, plotValues } from '../../../plots/plot-theme.ts';
import type { CobwebView } from '../model/cobweb-model.ts';
import type { MapState } from '../state/map-state.ts';

/**
 * The cobweb panel: y = Φ_η(x), the diagonal y = x, the staircase from x0 (vertical to the graph, across to the
 * diagonal) and the fixed points of the map, filled where they attract at this η (|Φ′| < 1) and open where not.
 *
 * @example
 * ```ts
 * cobwebSpec(view, state).data.map((t) => t.name); // ['diagonal', 'map', 'staircase', 'x0', 'fixed points']
 * ```
 */
export function cobwebSpec(view: CobwebView, state: MapState): PlotSpec {
  const { xMin, xMax } = state;
  const attracting = view.fixedPoints.filter((p) => Math.abs(p.multiplier) < 1);
  const repelling = view.fixedPoints.filter((p) => !(Math.abs(p.multiplier) < 1));
  const fixed = [...attracting, ...repelling];
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'lines',
      name: 'diagonal',
      x: [xMin, xMax],
      y: [xMin, xMax],
      line: { color: COLORS.axis, width: 1, dash: 'dash' },
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'lines',
      name: 'map',
      meta: 'map',
      x: Array.from(view.curveX),
      y: plotValues(view.curveY),
      line: { color: COLORS.curve, width: 2.5 },
      hovertemplate: 'x = %{x:.6g}<br>Φ(x) = %{y:.6g}<extra>step map</extra>',
    },
    {
      type: 'scatter',
      mode: 'lines',
      name: 'staircase',
      meta: 'staircase',
      x: Array.from(view.webX),
      y: Array.from(view.webY),
      line: { color: COLORS.iterate, width: 1.5 },
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: 'x0',
      x: [view.orbit[0]!],
      y: [view.orbit[0]!],
      marker: { color: COLORS.focus, size: 10, symbol: 'diamond' },
      hovertemplate: 'x0 = %{x:.6g}<extra></extra>',
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: 'fixed points',
      meta: 'fixed-points',
      x: fixed.map((p) => p.x),
      y: fixed.map((p) => p.x),
      customdata: fixed.map((p) => [p.multiplier, p.bound]),
      marker: {
        size: 11,
        color: fixed.map((p) => (Math.abs(p.multiplier) < 1 ? COLORS.equilibrium : '#ffffff')),
        line: { color: COLORS.equilibrium, width: 2 },
      },
      hovertemplate:
        'x* = %{x:.6g}<br>Φ′(x*) = %{customdata[0]:.4g}<br>attracts for η < %{customdata[1]:.6g}<extra>fixed point</extra>',
    },
  ];
  const layout = baseLayout('x_k', 'x_(k+1) = Φ_η(x_k)', `cobweb|${state.formula}|${xMin}|${xMax}`);
  layout.xaxis = { ...layout.xaxis, range: [xMin, xMax] };
  layout.yaxis = { ...layout.yaxis, range: [xMin, xMax], scaleanchor: undefined };
  layout.annotations = [
    {
      xref: 'paper',
      yref: 'paper',
      x: 0.01,
      y: 0.99,
      xanchor: 'left',
      yanchor: 'top',
      showarrow: false,
      align: 'left',
      font: { size: 12, color: PALETTE.ink },
      text: view.fixedPoints
        .map((p) => {
          const x = short(p.x);
          if (!(p.bound > 0)) return `x* = ${x}: Φ′ = ${short(p.multiplier)}, never attracts`;
          return `x* = ${x}: Φ′ = ${short(p.multiplier)}, attracts for η < ${short(p.bound)}`;
        })
        .join('<br>'),
    },
  ];
  return { data, layout };
}

/** Four significant digits, trailing zeros dropped (1 rather than 1.000). */
function short(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}
