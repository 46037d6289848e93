/** How far outside the window (in window widths) a run may go and still be drawn: beyond it, it has diverged. */
export const FAR_SPANS = 1000;

/**
 * How many leading points of a run can be drawn: points up to the first that is not finite or lies more than
 * FAR_SPANS window widths outside [lo, hi] (where plotly would draw nothing useful, or fail). `diverged` is the
 * index of that first point, or undefined when every point is drawable.
 *
 * @example
 * ```ts
 * drawableLength([0.5, 2, 1e300, Infinity], 0, 1); // { count: 2, diverged: 2 }
 * drawableLength([0.5, 0.6], 0, 1);                // { count: 2, diverged: undefined }
 * ```
 */
export function drawableLength(
  values: ArrayLike<number>,
  lo: number,
  hi: number,
  also?: ArrayLike<number>,
): { count: number; diverged: number | undefined } {
  const span = Math.max(hi - lo, Number.MIN_VALUE);
  const min = lo - FAR_SPANS * span;
  const max = hi + FAR_SPANS * span;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const w = also === undefined ? 0 : also[i]!;
    if (!(v >= min && v <= max) || !Number.isFinite(w)) return { count: i, diverged: i };
  }
  return { count: values.length, diverged: undefined };
}
