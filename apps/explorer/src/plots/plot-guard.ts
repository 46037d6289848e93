import type { Data, Layout } from 'plotly.js-dist-min';

/** A value this many axis spans outside an axis's fixed range is cut: plotly would write it as a huge pixel offset. */
export const GUARD_SPANS = 1e4;

type Axis = { range?: unknown } | undefined;
type Coordinates = ArrayLike<unknown> & { length: number };

/**
 * The traces with every coordinate plotly cannot draw replaced by a gap (`null`): non-finite numbers, and numbers
 * more than GUARD_SPANS spans outside an axis whose range the layout fixes (plotly turns those into SVG paths with
 * enormous or non-finite offsets, which the browser rejects with console errors). A trace or array with nothing to
 * cut is returned as it is, so plotly sees the same objects and redraws nothing.
 *
 * @example
 * ```ts
 * guardTraces([{ x: [0, 1, 1e300], y: [0, NaN, 2] }], { xaxis: { range: [0, 1] } });
 * // [{ x: [0, 1, null], y: [0, null, 2] }]
 * ```
 */
export function guardTraces(data: readonly Data[], layout: Partial<Layout>): Data[] {
  let changed = false;
  const out = data.map((trace) => {
    const t = trace as Record<string, unknown>;
    const xAxis = axisOf(layout, 'xaxis', t.xaxis);
    const yAxis = axisOf(layout, 'yaxis', t.yaxis);
    const x = guardArray(t.x, xAxis);
    const y = guardArray(t.y, yAxis);
    if (x === t.x && y === t.y) return trace;
    changed = true;
    return { ...trace, x, y } as Data;
  });
  return changed ? out : (data as Data[]);
}

function axisOf(layout: Partial<Layout>, kind: 'xaxis' | 'yaxis', ref: unknown): Axis {
  const suffix = typeof ref === 'string' ? ref.slice(1) : '';
  return (layout as Record<string, Axis>)[`${kind}${suffix}`];
}

function guardArray(values: unknown, axis: Axis): unknown {
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) return values;
  const array = values as Coordinates;
  const range = axis?.range;
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  if (Array.isArray(range) && typeof range[0] === 'number' && typeof range[1] === 'number') {
    const span = Math.abs(range[1] - range[0]);
    if (Number.isFinite(span)) {
      lo = Math.min(range[0], range[1]) - GUARD_SPANS * span;
      hi = Math.max(range[0], range[1]) + GUARD_SPANS * span;
    }
  }
  let copy: unknown[] | undefined;
  for (let i = 0; i < array.length; i++) {
    const v = array[i];
    if (typeof v !== 'number' || (Number.isFinite(v) && v >= lo && v <= hi)) continue;
    copy ??= Array.from(array as ArrayLike<unknown>);
    copy[i] = null;
  }
  return copy ?? values;
}
