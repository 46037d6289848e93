import type { Layout } from 'plotly.js-dist-min';

/** The explorer's colours, shared by the three panels so that one thing has one colour everywhere. */
export const COLORS = {
  curve: '#1f5f99',
  family: 'rgba(31, 95, 153, 0.28)',
  increasing: 'rgba(46, 160, 67, 0.18)',
  decreasing: 'rgba(214, 69, 65, 0.16)',
  iterate: '#d9822b',
  focus: '#8e24aa',
  equilibrium: '#1d2430',
  axis: '#5b6472',
} as const;

/**
 * The layout every panel starts from: compact margins, transparent paper, no legend clutter, and a `uirevision`
 * so that a zoom survives updates until the view itself changes.
 *
 * @example
 * ```ts
 * baseLayout('x', 'F(x)', 'x^2|-2|2').xaxis?.title; // { text: 'x' }
 * ```
 */
export function baseLayout(xTitle: string, yTitle: string, uirevision: string): Partial<Layout> {
  return {
    // Fixed margins: automargin would cost plotly a second layout pass on every update.
    margin: { l: 58, r: 12, t: 12, b: 44 },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: '#ffffff',
    font: { family: 'system-ui, "DejaVu Sans", sans-serif', size: 12, color: '#1d2430' },
    showlegend: false,
    hovermode: 'closest',
    uirevision,
    xaxis: { title: { text: xTitle }, zeroline: false, gridcolor: '#eceff3' },
    yaxis: { title: { text: yTitle }, zeroline: false, gridcolor: '#eceff3' },
  };
}

/**
 * A copy of the samples fit for plotly: non-finite values become `null`, which plotly draws as a gap.
 *
 * @example
 * ```ts
 * plotValues(Float64Array.of(1, NaN, 3)); // [1, null, 3]
 * ```
 */
export function plotValues(values: ArrayLike<number>): (number | null)[] {
  const out = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    out[i] = Number.isFinite(v) ? v : null;
  }
  return out;
}

/**
 * A y range that shows every finite sample with a margin, or [-1, 1] when there is none.
 *
 * @example
 * ```ts
 * paddedRange(Float64Array.of(0, 1)); // [-0.08, 1.08]
 * ```
 */
export function paddedRange(values: ArrayLike<number>, pad = 0.08): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (lo > hi) return [-1, 1];
  const span = hi - lo || Math.max(1, Math.abs(hi));
  return [lo - pad * span, hi + pad * span];
}
