import type { Layout } from 'plotly.js-dist-min';

/**
 * The one palette of the explorer and the walkthrough, by hue. Every colour that marks something on white is at
 * least 3:1 against it and every colour used for text at least 4.5:1 (WCAG 2.1 1.4.3 and 1.4.11): blue 6.7:1,
 * orange 4.95:1, purple 7.0:1, green 5.4:1, red 6.5:1, grey 6.0:1, ink 15:1.
 */
export const PALETTE = {
  blue: '#1f5f99',
  orange: '#ad5a00',
  purple: '#8e24aa',
  green: '#1d7a44',
  red: '#b3261e',
  grey: '#5b6472',
  ink: '#1d2430',
  /** Light tints for areas and background curves (never the only carrier of meaning). */
  blueTint: 'rgba(31, 95, 153, 0.28)',
  greenTint: 'rgba(46, 160, 67, 0.18)',
  redTint: 'rgba(214, 69, 65, 0.16)',
} as const;

/** The explorer's colours by role, from the palette, shared by every panel so one thing has one colour everywhere. */
export const COLORS = {
  curve: PALETTE.blue,
  family: PALETTE.blueTint,
  increasing: PALETTE.greenTint,
  decreasing: PALETTE.redTint,
  iterate: PALETTE.orange,
  focus: PALETTE.purple,
  equilibrium: PALETTE.ink,
  axis: PALETTE.grey,
  diverged: PALETTE.red,
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
