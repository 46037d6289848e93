import type { Data, Layout } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout } from '../../../plots/plot-theme.ts';
import type { BasinResult } from '../model/basin-job.ts';
import { BASIN_TINTS, INK } from './method-styles.ts';

/**
 * The basin map: each cell tinted by the minimum GD reaches from its centre (white: did not settle in the steps),
 * the minima as filled circles, and the multi-start runs on top (paths thin, ends as rings, the best one thicker).
 */
export function basinSpec(result: BasinResult, box: readonly [number, number, number, number]): PlotSpec {
  const [x0, x1, y0, y1] = box;
  const n = result.resolution;
  const base = baseLayout('x', 'y', `basins|${box.join(',')}`);
  const layout: Partial<Layout> = {
    ...base,
    margin: { l: 50, r: 10, t: 10, b: 42 },
    xaxis: { ...base.xaxis, range: [x0, x1] as [number, number] },
    yaxis: { ...base.yaxis, range: [y0, y1] as [number, number] },
  };
  if (n === 0) return { data: [], layout };
  const k = BASIN_TINTS.length;
  const z: number[][] = [];
  for (let j = 0; j < n; j++)
    z.push(Array.from(result.labels.subarray(j * n, (j + 1) * n), (l) => (l < 0 ? -1 : l % k)));
  // A stepwise scale: −1 white, then one tint per label 0 … k − 1.
  const colorscale: [number, string][] = [];
  const colors = ['#ffffff', ...BASIN_TINTS];
  colors.forEach((c, i) => {
    colorscale.push([i / colors.length, c], [(i + 1) / colors.length, c]);
  });
  const xs = Array.from({ length: n }, (_, i) => x0 + ((x1 - x0) * (i + 0.5)) / n);
  const ys = Array.from({ length: n }, (_, j) => y0 + ((y1 - y0) * (j + 0.5)) / n);
  const paths = { x: [] as (number | null)[], y: [] as (number | null)[] };
  const ends = { x: [] as number[], y: [] as number[] };
  result.paths.forEach((p) => {
    for (let i = 0; i < p.length; i += 2) {
      paths.x.push(p[i]!);
      paths.y.push(p[i + 1]!);
    }
    paths.x.push(null);
    paths.y.push(null);
    ends.x.push(p[p.length - 2]!);
    ends.y.push(p[p.length - 1]!);
  });
  const data: Data[] = [
    {
      type: 'heatmap',
      x: xs,
      y: ys,
      z,
      zmin: -1.5,
      zmax: k - 0.5,
      colorscale,
      showscale: false,
      hoverinfo: 'skip',
      meta: 'basins',
    } as Data,
    {
      type: 'scatter',
      mode: 'lines',
      name: 'multi-start runs',
      ...paths,
      line: { color: '#4a5463', width: 1 },
      hoverinfo: 'skip',
      meta: 'multistart',
    } as Data,
    {
      type: 'scatter',
      mode: 'markers',
      name: 'multi-start ends',
      ...ends,
      marker: { symbol: 'circle-open', size: 9, color: '#4a5463', line: { width: 1.5 } },
      hoverinfo: 'skip',
      meta: 'multistart-ends',
    } as Data,
    {
      type: 'scatter',
      mode: 'markers',
      name: 'minima',
      x: result.minima.map((m) => m.x),
      y: result.minima.map((m) => m.y),
      text: result.minima.map((m) => `F = ${m.value.toPrecision(6)}, reached from ${m.count} starts`),
      marker: { symbol: 'circle', size: 11, color: INK },
      hovertemplate: '(%{x:.4f}, %{y:.4f})<br>%{text}<extra></extra>',
      meta: 'minima',
    } as Data,
  ];
  return { data, layout };
}
