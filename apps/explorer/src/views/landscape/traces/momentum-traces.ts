import type { Data } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout } from '../../../plots/plot-theme.ts';
import type { MomentumPicture } from '../model/momentum-model.ts';
import { INK, METHOD_STYLES } from './method-styles.ts';

/** Component c (0: x, 1: y) of a row-major (x, y) array. */
function component(values: Float64Array, c: number): number[] {
  const out: number[] = [];
  for (let k = c; k < values.length; k += 2) out.push(values[k]!);
  return out;
}

/**
 * Heavy ball as a ball: for each coordinate, its phase plane (position, velocity) with the iterates (velocity
 * (x_k − x_{k−1})/h) as markers and the ODE x″ + γx′ = −∇F it discretizes as a line; x on the left, y on the right.
 */
export function phaseSpec(m: MomentumPicture): PlotSpec {
  const hb = METHOD_STYLES.heavyBall;
  const data: Data[] = [];
  for (const c of [0, 1]) {
    const axes = c === 0 ? {} : { xaxis: 'x2', yaxis: 'y2' };
    data.push(
      {
        type: 'scatter',
        mode: 'lines',
        name: `ODE (${'xy'[c]}, ${'xy'[c]}′)`,
        x: component(m.ode.x, c),
        y: component(m.ode.v, c),
        line: { color: INK, width: 2 },
        hoverinfo: 'skip',
        meta: `ode:${c}`,
        ...axes,
      } as Data,
      {
        type: 'scatter',
        mode: 'markers',
        name: `heavy ball (${'xy'[c]}, v)`,
        x: component(m.iterates.x, c),
        y: component(m.iterates.v, c),
        marker: { color: hb.color, size: 4, symbol: hb.symbol, maxdisplayed: 200 },
        hovertemplate: 'k = %{pointNumber}<br>(%{x:.4f}, %{y:.4f})<extra></extra>',
        meta: `iterates:${c}`,
        ...axes,
      } as Data,
    );
  }
  const base = baseLayout('x', 'velocity x′', 'phase');
  return {
    data,
    layout: {
      ...base,
      margin: { l: 56, r: 10, t: 10, b: 44 },
      xaxis: { ...base.xaxis, domain: [0, 0.43] },
      xaxis2: {
        title: { text: 'y' },
        domain: [0.6, 1],
        anchor: 'y2',
        gridcolor: '#eceff3',
        zeroline: false,
      },
      yaxis2: { title: { text: 'y′' }, anchor: 'x2', gridcolor: '#eceff3', zeroline: false },
    },
  };
}

/**
 * Heavy ball's convergence rate over (η, β) for the Hessian at the minimum (darker: faster; ≥ 1 diverges, drawn
 * white), Polyak's optimal pair as a star and the current (η, β) as a ring.
 */
export function rateMapSpec(m: MomentumPicture, eta: number, beta: number): PlotSpec {
  const map = m.map;
  const base = baseLayout('learning rate η', 'momentum β', 'rate-map');
  if (!map) return { data: [], layout: base };
  const n = map.learningRates.length;
  const z: (number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    z.push(Array.from(map.rate.subarray(i * n, (i + 1) * n), (r) => (r < 1 ? r : null)));
  }
  const data: Data[] = [
    {
      type: 'heatmap',
      x: Array.from(map.learningRates),
      y: Array.from(map.momenta),
      z,
      zmin: 0,
      zmax: 1,
      colorscale: [
        [0, '#08306b'],
        [0.6, '#4a90c2'],
        [1, '#eef4fa'],
      ],
      colorbar: { title: { text: 'rate' }, thickness: 10, len: 0.9 },
      hovertemplate: 'η = %{x:.4g}, β = %{y:.3f}<br>rate %{z:.4f}<extra></extra>',
      meta: 'rate-map',
    } as Data,
  ];
  if (map.optimum) {
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: 'optimum',
      x: [map.optimum.learningRate],
      y: [map.optimum.momentum],
      marker: { symbol: 'star', size: 16, color: '#E69F00', line: { color: INK, width: 1.5 } },
      hovertemplate: `optimum η = %{x:.4g}, β = %{y:.4f}<br>rate ${map.optimum.rate.toFixed(4)}<extra></extra>`,
      meta: 'optimum',
    } as Data);
  }
  data.push({
    type: 'scatter',
    mode: 'markers',
    name: 'current',
    x: [eta],
    y: [beta],
    marker: { symbol: 'circle-open', size: 13, color: '#D55E00', line: { width: 3 } },
    hovertemplate: 'current η = %{x:.4g}, β = %{y:.3f}<extra></extra>',
    meta: 'current',
  } as Data);
  const top = map.learningRates[n - 1]!;
  return {
    data,
    layout: {
      ...base,
      margin: { l: 56, r: 10, t: 10, b: 44 },
      xaxis: { ...base.xaxis, range: [0, top] },
      yaxis: { ...base.yaxis, range: [0, 0.99] },
    },
  };
}
