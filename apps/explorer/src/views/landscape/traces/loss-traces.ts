import type { Data } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout } from '../../../plots/plot-theme.ts';
import type { LandscapeView } from '../model/landscape-model.ts';
import { METHOD_IDS } from '../state/presets.ts';
import { METHOD_STYLES } from './method-styles.ts';

/** Positive values as they are, anything else (0, negative, non-finite) as a gap: the axes are logarithmic. */
function positive(values: ArrayLike<number>): (number | null)[] {
  return Array.from(values, (v) => (Number.isFinite(v) && v > 0 ? v : null));
}

/**
 * Two stacked log plots against the iteration k: F(x_k) − F_ref for every shown run (the flow at t = kη), and
 * below the distance ‖x_k(GD) − x(kη)‖ between gradient descent and the flow it discretizes.
 */
export function lossSpec(view: LandscapeView): PlotSpec {
  const data: Data[] = [];
  for (const id of METHOD_IDS) {
    const run = view.runs[id];
    if (!run) continue;
    const style = METHOD_STYLES[id];
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: style.label,
      x: Array.from(run.values, (_, k) => k),
      y: positive(Array.from(run.values, (v) => v - view.reference)),
      line: { color: style.color, width: id === 'flow' ? 2.5 : 1.6, dash: style.dash },
      hovertemplate: `${style.label}<br>k = %{x}<br>F − F* = %{y:.3e}<extra></extra>`,
      meta: `loss:${id}`,
    } as Data);
  }
  if (view.distance) {
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: '‖GD − flow‖',
      x: Array.from(view.distance, (_, k) => k),
      y: positive(view.distance),
      xaxis: 'x2',
      yaxis: 'y2',
      line: { color: METHOD_STYLES.gd.color, width: 1.6 },
      hovertemplate: 'k = %{x}<br>‖x_k − x(kη)‖ = %{y:.3e}<extra></extra>',
      meta: 'distance',
    } as Data);
  }
  const base = baseLayout('', 'F(x_k) − F*', 'loss');
  const grid = { gridcolor: '#eceff3', zeroline: false };
  return {
    data,
    layout: {
      ...base,
      margin: { l: 62, r: 12, t: 10, b: 44 },
      xaxis: { ...grid, anchor: 'y', showticklabels: false },
      yaxis: { ...base.yaxis, type: 'log', domain: [0.42, 1], exponentformat: 'power', nticks: 5 },
      xaxis2: { ...grid, title: { text: 'iteration k (the flow at t = kη)' }, anchor: 'y2', matches: 'x' },
      yaxis2: {
        ...grid,
        title: { text: '‖GD − flow‖' },
        type: 'log',
        domain: [0, 0.32],
        exponentformat: 'power',
        dtick: 1,
      },
    },
  };
}
