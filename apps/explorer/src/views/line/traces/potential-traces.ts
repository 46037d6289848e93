import type { Data } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout, COLORS, paddedRange, plotValues } from '../../../plots/plot-theme.ts';
import type { ExplorerView } from '../model/explorer-view.ts';

/** At most this many iterate numbers are written on the plot; beyond it every m-th is, so labels stay legible. */
export const MAX_LABELS = 16;

/**
 * The potential panel: F(x) with the ascent or descent iterates (x_k, F(x_k)) on it, joined in order so each
 * step's length shows, numbered, and iterate `focus` ringed.
 *
 * @example
 * ```ts
 * potentialTraces(view, 0).data.map((trace) => trace.name); // ['F', 'iterates', 'x_k']
 * ```
 */
export function potentialTraces(view: ExplorerView, focus: number): PlotSpec {
  const { iterates, grid } = view;
  const n = iterates.x.length;
  const yRange = paddedRange(grid.F, 0.12);
  const labels = iterateLabels(iterates.x, iterates.F, view.xMax - view.xMin, yRange[1] - yRange[0]);
  const k = Math.min(focus, n - 1);
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
      mode: 'text+lines+markers',
      name: 'iterates',
      meta: 'iterates',
      x: Array.from(iterates.x),
      y: plotValues(iterates.F),
      text: labels,
      textposition: 'top center',
      textfont: { size: 11, color: COLORS.iterate },
      line: { color: COLORS.iterate, width: 1.5, dash: 'dot' },
      marker: { color: COLORS.iterate, size: 8, line: { color: '#ffffff', width: 1 } },
      hovertemplate: 'x_%{pointNumber} = %{x:.6g}<br>F = %{y:.6g}<extra>iterate</extra>',
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: 'x_k',
      meta: 'focus',
      x: [iterates.x[k]!],
      y: [iterates.F[k]!],
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
 * Which iterates get their number written: at most about MAX_LABELS (every m-th), and none closer than 6% of the
 * plot to the last one written, so the numbers do not pile up where the iterates converge.
 */
function iterateLabels(x: Float64Array, F: Float64Array, xSpan: number, ySpan: number): string[] {
  const every = Math.max(1, Math.ceil(x.length / MAX_LABELS));
  const labels = new Array<string>(x.length).fill('');
  let last = -1;
  for (let k = 0; k < x.length; k += every) {
    const far =
      last < 0 ||
      Math.abs(x[k]! - x[last]!) / xSpan + Math.abs(F[k]! - F[last]!) / ySpan > 0.06 ||
      !(ySpan > 0);
    if (far) {
      labels[k] = String(k);
      last = k;
    }
  }
  return labels;
}
