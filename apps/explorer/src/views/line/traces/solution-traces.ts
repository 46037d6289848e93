import type { Data } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout, COLORS, plotValues } from '../../../plots/plot-theme.ts';
import type { ExplorerView } from '../model/explorer-view.ts';
import { drawableLength } from './drawn-run.ts';

/**
 * The solutions panel: the reference solutions x(t) of x′ = g(x) (one trace, curves separated by gaps), the one
 * from x0 emphasised, Euler's points at t_k = kη joined by segments, the constant solutions at the equilibria as
 * dotted lines, and Euler step `focus` ringed.
 *
 * @example
 * ```ts
 * solutionTraces(view, 2).data.map((trace) => trace.name);
 * // ['equilibria', 'family', 'x(t) from x0', 'Euler, h = η', 'step k']
 * ```
 */
export function solutionTraces(view: ExplorerView, focus: number): PlotSpec {
  const family = joinCurves(view.family);
  // The same k as the readout and the other panels: the focus, but not past the last iterate (a run that
  // converged stops early) nor past the last Euler step.
  const k = Math.min(focus, view.iterates.x.length - 1, view.euler.t.length - 1);
  const data: Data[] = [
    constantSolutions(view),
    {
      type: 'scatter',
      mode: 'lines',
      name: 'family',
      x: family.t,
      y: family.x,
      line: { color: COLORS.family, width: 1.5 },
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'lines',
      name: 'x(t) from x0',
      x: Array.from(view.chosen.t),
      y: plotValues(view.chosen.x),
      line: { color: COLORS.curve, width: 3 },
      hovertemplate: 't = %{x:.4g}<br>x(t) = %{y:.6g}<extra>exact flow</extra>',
    },
    {
      type: 'scatter',
      mode: 'lines+markers',
      name: 'Euler, h = η',
      meta: 'euler',
      x: Array.from(view.euler.t),
      y: eulerValues(view),
      line: { color: COLORS.iterate, width: 1.5 },
      marker: { color: COLORS.iterate, size: 7 },
      hovertemplate: 'step %{pointNumber}<br>t = %{x:.4g}<br>x = %{y:.6g}<extra>Euler</extra>',
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: 'step k',
      meta: 'focus',
      x: k >= 0 ? [view.euler.t[k]!] : [],
      y: k >= 0 ? [view.euler.x[k]!] : [],
      marker: {
        symbol: 'circle-open',
        size: 18,
        color: COLORS.focus,
        line: { width: 3, color: COLORS.focus },
      },
      hoverinfo: 'skip',
    },
  ];
  const layout = baseLayout('t', 'x(t)', `${view.flowText}|${view.xMin}|${view.xMax}`);
  layout.xaxis = { ...layout.xaxis, range: [0, view.tMax] };
  layout.yaxis = { ...layout.yaxis, range: [view.xMin, view.xMax] };
  return { data, layout };
}

/**
 * The constant solutions x(t) = x* at the equilibria, dotted, as one trace broken by gaps (a trace costs plotly far
 * less to update than the equivalent layout shapes).
 */
function constantSolutions(view: ExplorerView): Data {
  const t: (number | null)[] = [];
  const x: (number | null)[] = [];
  for (const e of view.equilibria) {
    t.push(0, view.tMax, null);
    x.push(e.x, e.x, null);
  }
  return {
    type: 'scatter',
    mode: 'lines',
    name: 'equilibria',
    x: t,
    y: x,
    line: { color: COLORS.axis, width: 1, dash: 'dot' },
    hoverinfo: 'skip',
  };
}

/** All curves in one trace, separated by a null point, which plotly draws as a break: one trace instead of many. */
function joinCurves(curves: ExplorerView['family']): { t: (number | null)[]; x: (number | null)[] } {
  const t: (number | null)[] = [];
  const x: (number | null)[] = [];
  for (const curve of curves) {
    if (t.length > 0) {
      t.push(null);
      x.push(null);
    }
    for (let i = 0; i < curve.t.length; i++) {
      t.push(curve.t[i]!);
      const v = curve.x[i]!;
      x.push(Number.isFinite(v) ? v : null);
    }
  }
  return { t, x };
}

/** Euler's points, with a gap from the first that diverged (non-finite or far outside the window) on. */
function eulerValues(view: ExplorerView): (number | null)[] {
  const values = plotValues(view.euler.x);
  const { count } = drawableLength(view.euler.x, view.xMin, view.xMax);
  values.fill(null, count);
  return values;
}
