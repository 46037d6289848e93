import type { Data } from 'plotly.js-dist-min';
import type { PlotSpec } from '../../../plots/plot-spec.ts';
import { baseLayout, COLORS, PALETTE, plotValues } from '../../../plots/plot-theme.ts';
import { SLOPE_COLUMNS, SLOPE_ROWS, type TimeView } from '../time/time-model.ts';
import { drawableLength } from './drawn-run.ts';

/** A slope mark's length as a fraction of its cell (so neighbouring marks never touch). */
const MARK = 0.7;

/**
 * The flow panel of a non-autonomous equation x′ = f(x, t): the slope field over (t, x) (one short segment per cell
 * with slope f(x, t) as it looks on screen, all in one trace broken by gaps), the solutions through it, the one
 * from x0 in bold and Euler's points with h = η.
 *
 * @example
 * ```ts
 * slopeFieldTraces(view).data.map((trace) => trace.name);
 * // ['slope field', 'solutions', 'x(t) from x0', 'Euler, h = η']
 * ```
 */
export function slopeFieldTraces(view: TimeView): PlotSpec {
  const family = joinCurves(view.family, view);
  const { count } = drawableLength(view.euler.x, view.xMin, view.xMax);
  const eulerX = plotValues(view.euler.x).fill(null, count);
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'lines',
      name: 'slope field',
      meta: 'slope-field',
      ...slopeMarks(view),
      line: { color: PALETTE.grey, width: 1.2 },
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'lines',
      name: 'solutions',
      meta: 'family',
      x: family.t,
      y: family.x,
      line: { color: COLORS.family, width: 1.5 },
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'lines',
      name: 'x(t) from x0',
      meta: 'chosen',
      x: Array.from(view.chosen.t),
      y: clipped(view.chosen.x, view),
      line: { color: COLORS.curve, width: 3 },
      hovertemplate: 't = %{x:.4g}<br>x(t) = %{y:.6g}<extra>RK4</extra>',
    },
    {
      type: 'scatter',
      mode: 'lines+markers',
      name: 'Euler, h = η',
      meta: 'euler',
      x: Array.from(view.euler.t),
      y: eulerX,
      line: { color: COLORS.iterate, width: 1.5 },
      marker: { color: COLORS.iterate, size: 4 },
      hovertemplate: 'step %{pointNumber}<br>t = %{x:.4g}<br>x = %{y:.6g}<extra>Euler</extra>',
    },
  ];
  const layout = baseLayout('t', 'x', `time|${view.flowText}|${view.xMin}|${view.xMax}|${view.tMax}`);
  layout.xaxis = { ...layout.xaxis, range: [0, view.tMax] };
  layout.yaxis = { ...layout.yaxis, range: [view.xMin, view.xMax] };
  return { data, layout };
}

/**
 * Each mark is centred in its cell and points along (1, slope) as drawn: measured in cells, a step dt = 1 of the
 * t axis and dx = slope of the x axis have lengths cols/tMax and slope·rows/xSpan, so marks of steep and flat
 * slopes all have the same length on screen. A slope that is not finite draws nothing.
 */
function slopeMarks(view: TimeView): { x: (number | null)[]; y: (number | null)[] } {
  const cellT = view.tMax / SLOPE_COLUMNS;
  const cellX = (view.xMax - view.xMin) / SLOPE_ROWS;
  const x: (number | null)[] = [];
  const y: (number | null)[] = [];
  for (let k = 0; k < view.field.slope.length; k++) {
    const s = view.field.slope[k]!;
    if (!Number.isFinite(s)) continue;
    // The direction in cell units, scaled to half a mark.
    const u = 1 / cellT;
    const v = s / cellX;
    const scale = MARK / 2 / Math.hypot(u, v);
    const dt = u * scale * cellT;
    const dx = v * scale * cellX;
    const t = view.field.t[k]!;
    const c = view.field.x[k]!;
    x.push(t - dt, t + dt, null);
    y.push(c - dx, c + dx, null);
  }
  return { x, y };
}

/** The values of a curve fit for drawing: non-finite points become gaps. */
function clipped(values: Float64Array, view: TimeView): (number | null)[] {
  const out = plotValues(values);
  const { count } = drawableLength(values, view.xMin, view.xMax);
  return out.fill(null, count);
}

/** All curves in one trace, separated by a null point, which plotly draws as a break. */
function joinCurves(
  curves: TimeView['family'],
  view: TimeView,
): { t: (number | null)[]; x: (number | null)[] } {
  const t: (number | null)[] = [];
  const x: (number | null)[] = [];
  for (const curve of curves) {
    if (t.length > 0) {
      t.push(null);
      x.push(null);
    }
    t.push(...Array.from(curve.t));
    x.push(...clipped(curve.x, view));
  }
  return { t, x };
}
