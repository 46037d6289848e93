import type { PlaneEvaluator } from './plane-evaluator.ts';
import type { CheckedBox } from './read-box.ts';

/** f sampled on an n × n grid of a box. */
export interface CellScan {
  n: number;
  dx: number;
  dy: number;
  /** f₁ and f₂ at node (i, j) at `[j * n + i]`. */
  f1: Float64Array;
  f2: Float64Array;
  x(i: number): number;
  y(j: number): number;
}

/**
 * Samples f on the grid x_i = xMin + i·dx, y_j = yMin + j·dy (i, j = 0 … n − 1; the last node is the box edge
 * exactly): one call of f per node, both components kept.
 *
 * @example
 * ```ts
 * const g = planeEvaluator('f', (x, _t, d) => { d[0] = x[0]; d[1] = x[1]; });
 * scanCells(g, { xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, 3).f1; // Float64Array [-1, 0, 1, -1, 0, 1, -1, 0, 1]
 * ```
 */
export function scanCells(g: PlaneEvaluator, box: CheckedBox, n: number): CellScan {
  const dx = (box.xMax - box.xMin) / (n - 1);
  const dy = (box.yMax - box.yMin) / (n - 1);
  const x = (i: number) => (i === n - 1 ? box.xMax : box.xMin + i * dx);
  const y = (j: number) => (j === n - 1 ? box.yMax : box.yMin + j * dy);
  const f1 = new Float64Array(n * n);
  const f2 = new Float64Array(n * n);
  const out = new Float64Array(2);
  for (let j = 0; j < n; j++) {
    const yj = y(j);
    for (let i = 0; i < n; i++) {
      g(x(i), yj, out);
      f1[j * n + i] = out[0]!;
      f2[j * n + i] = out[1]!;
    }
  }
  return { n, dx, dy, f1, f2, x, y };
}
