import type { Data } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout, COLORS, paddedRange, plotValues } from '../../../plots/plot-theme.ts';
import type { ExplorerView } from '../model/explorer-view.ts';
import { drawableLength } from './drawn-run.ts';

/** At most this many iterate numbers are written on the plot; beyond it every m-th is, so labels stay legible. */
export const MAX_LABELS = 16;

/**
 * The potential panel: F(x) with the ascent or descent iterates (x_k, F(x_k)) on it, joined in order so each
 * step's length shows, numbered (the numbers a trace of their own, so each redraw writes exactly them), and
 * iterate `focus` ringed. A run that leaves the finite numbers or goes far outside the window is drawn up to its
 * last drawable point, where a cross says "diverged at k = …".
 *
 * @example
 * ```ts
 * potentialTraces(view, 0).data.map((trace) => trace.name); // ['F', 'iterates', 'labels', 'diverged', 'x_k']
 * ```
 */
export function potentialTraces(view: ExplorerView, focus: number): PlotSpec {
  if (view.potentialDiverges) {
    const layout = baseLayout('x', 'F(x)', `${view.potentialText}|${view.xMin}|${view.xMax}`);
    layout.xaxis = { ...layout.xaxis, range: [view.xMin, view.xMax] };
    layout.annotations = [
      {
        text: 'F = ∫₀ˣ f diverges: no potential',
        xref: 'paper',
        yref: 'paper',
        x: 0.5,
        y: 0.5,
        showarrow: false,
      },
    ];
    return { data: [], layout };
  }
  const { iterates, grid } = view;
  const yRange = paddedRange(grid.F, 0.12);
  const ySpan = yRange[1] - yRange[0];
  const { count, diverged } = drawableLength(iterates.x, view.xMin, view.xMax, iterates.F);
  const drawnF = iterates.F.subarray(0, count);
  const farF = drawableLength(drawnF, yRange[0], yRange[1]);
  const n = farF.diverged ?? count;
  const end = diverged === undefined && farF.diverged === undefined ? undefined : n;
  const x = Array.from(iterates.x.subarray(0, n));
  const F = plotValues(iterates.F.subarray(0, n));
  const labels = iterateLabels(iterates.x, iterates.F, n, view.xMax - view.xMin, ySpan);
  const k = Math.min(focus, n - 1);
  const last = n - 1;
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'lines',
      name: 'F',
      x: Array.from(grid.x),
      y: plotValues(grid.F),
      line: { color: COLORS.curve, width: 2.5 },
      // The iterates lie on this curve; hovering must find them, not the curve under them.
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'lines+markers',
      name: 'iterates',
      meta: 'iterates',
      x,
      y: F,
      line: { color: COLORS.iterate, width: 1.5, dash: 'dot' },
      marker: { color: COLORS.iterate, size: 8, line: { color: '#ffffff', width: 1 } },
      hovertemplate: 'x_%{pointNumber} = %{x:.6g}<br>F = %{y:.6g}<extra>iterate</extra>',
    },
    {
      type: 'scatter',
      mode: 'text',
      name: 'labels',
      // A new uid whenever the numbers change: plotly then draws the trace afresh. Updated in place, it kept
      // stale numbers (or dropped some) after some changes, so one URL drew different pictures (issue 15, defect 2).
      uid: `labels-${labels.join('-')}`,
      x: labels.map((i) => x[i]!),
      y: labels.map((i) => F[i]!),
      text: labels.map(String),
      textposition: 'top center',
      textfont: { size: 11, color: COLORS.iterate },
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'text+markers',
      name: 'diverged',
      x: end === undefined || last < 0 ? [] : [x[last]!],
      y: end === undefined || last < 0 ? [] : [F[last] ?? 0],
      text: end === undefined ? [] : [`diverged at k = ${end}`],
      textposition: 'bottom center',
      textfont: { size: 12, color: COLORS.diverged },
      marker: {
        symbol: 'x-thin-open',
        size: 16,
        color: COLORS.diverged,
        line: { width: 3, color: COLORS.diverged },
      },
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: 'x_k',
      meta: 'focus',
      x: k >= 0 ? [x[k]!] : [],
      y: k >= 0 ? [F[k]!] : [],
      marker: {
        symbol: 'circle-open',
        size: 18,
        color: COLORS.focus,
        line: { width: 3, color: COLORS.focus },
      },
      hoverinfo: 'skip',
    },
  ];
  const layout = baseLayout('x', 'F(x)', `${view.potentialText}|${view.xMin}|${view.xMax}`);
  layout.xaxis = { ...layout.xaxis, range: [view.xMin, view.xMax] };
  layout.yaxis = { ...layout.yaxis, range: yRange };
  return { data, layout };
}

/**
 * Which of the first `n` iterates get their number written: at most about MAX_LABELS (every m-th), and none
 * closer than 6% of the plot to the last one written, so the numbers do not pile up where the iterates converge.
 * A pure function of the run: the same state always writes the same numbers, whatever came before.
 */
function iterateLabels(x: Float64Array, F: Float64Array, n: number, xSpan: number, ySpan: number): number[] {
  const every = Math.max(1, Math.ceil(n / MAX_LABELS));
  const labels: number[] = [];
  let last = -1;
  for (let k = 0; k < n; k += every) {
    const far =
      last < 0 ||
      Math.abs(x[k]! - x[last]!) / xSpan + Math.abs(F[k]! - F[last]!) / ySpan > 0.06 ||
      !(ySpan > 0);
    if (far && Number.isFinite(F[k]!)) {
      labels.push(k);
      last = k;
    }
  }
  return labels;
}
