import type { FormulaLoss } from '@phaseflow/formula';

/** F on a grid over the box, and how the contours read it. */
export interface LossGrid {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Row-major ny×nx: F(xs[i], ys[j]) at `z[j * nx + i]`. */
  readonly z: Float64Array;
  readonly min: number;
  readonly max: number;
  /** True when the contours are drawn on log10(F − min + δ): F spans many orders of magnitude (Rosenbrock). */
  readonly logScale: boolean;
}

/**
 * Samples F at n×n points of the box (ends included; 61 by default: plotly redraws the filled contours on every η
 * move, at a cost that grows with the cells). Contours use a log scale when the 90th percentile of
 * F − min is over 30 times the 10th: equal steps in F would then crowd every line on the walls.
 *
 * @example
 * ```ts
 * lossGrid(loss, [-2, 2, -1, 3], 61).logScale; // true for Rosenbrock
 * ```
 */
export function lossGrid(
  loss: FormulaLoss,
  box: readonly [number, number, number, number],
  n = 61,
): LossGrid {
  const [x0, x1, y0, y1] = box;
  const xs = Float64Array.from({ length: n }, (_, i) => x0 + ((x1 - x0) * i) / (n - 1));
  const ys = Float64Array.from({ length: n }, (_, j) => y0 + ((y1 - y0) * j) / (n - 1));
  const z = new Float64Array(n * n);
  const p = new Float64Array(2);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    p[1] = ys[j]!;
    for (let i = 0; i < n; i++) {
      p[0] = xs[i]!;
      const v = loss.F(p);
      z[j * n + i] = v;
      if (Number.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
  }
  const finite = Array.from(z)
    .filter(Number.isFinite)
    .map((v) => v - min)
    .sort((a, b) => a - b);
  const q = (f: number) => finite[Math.floor(f * (finite.length - 1))] ?? 0;
  const logScale = finite.length > 0 && q(0.9) > 30 * Math.max(q(0.1), 1e-300);
  return { xs, ys, z, min, max, logScale };
}
