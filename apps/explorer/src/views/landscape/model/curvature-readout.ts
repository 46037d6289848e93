import type { FormulaLoss } from '@phaseflow/formula';
import { linearRate } from '@phaseflow/gradient-flow';

/** What the Hessian says at one point: curvatures, directions, κ, the step bound and the predicted rate. */
export interface CurvatureReadout {
  readonly x: number;
  readonly y: number;
  readonly value: number;
  /** By the signs of the eigenvalues (`flat` when one is 0 to rounding). */
  readonly kind: 'minimum' | 'maximum' | 'saddle' | 'flat';
  /** Ascending. */
  readonly eigenvalues: readonly [number, number];
  /** Unit eigen-directions, one per eigenvalue. */
  readonly directions: readonly [readonly [number, number], readonly [number, number]];
  /** λmax/λmin at a minimum; null elsewhere (undefined at a saddle: the curvatures have both signs). */
  readonly kappa: number | null;
  /** 2/λmax when λmax > 0, else null. */
  readonly bound: number | null;
  /** 1 − ηλᵢ per direction. */
  readonly factors: readonly [number, number];
  /** max|1 − ηλᵢ|. */
  readonly rate: number;
  /** Indices of the directions with |1 − ηλᵢ| > 1 (past 2/λᵢ, or any η along negative curvature). */
  readonly growing: readonly number[];
}

/**
 * The Hessian's eigen-picture at (x, y) for step η, from the loss's own (symbolic) Hessian through `linearRate`.
 *
 * @example
 * ```ts
 * curvatureReadout(loss, 0.7, 2, 0.01).eigenvalues; // [0.29939…, 16.70061…] on the chapter's regression
 * ```
 */
export function curvatureReadout(loss: FormulaLoss, x: number, y: number, eta: number): CurvatureReadout {
  const r = linearRate(loss, [x, y], { learningRate: eta });
  const [l0, l1] = [r.eigenvalues[0]!, r.eigenvalues[1]!];
  const d = r.directions;
  // Direction i is column i of the row-major matrix.
  const directions = [
    [d[0]!, d[2]!],
    [d[1]!, d[3]!],
  ] as const;
  const tiny = 1e-12 * Math.max(Math.abs(l0), Math.abs(l1), 1e-300);
  const kind =
    Math.abs(l0) <= tiny || Math.abs(l1) <= tiny
      ? 'flat'
      : l0 > 0
        ? 'minimum'
        : l1 < 0
          ? 'maximum'
          : 'saddle';
  const factors = [r.factors[0]!, r.factors[1]!] as const;
  return {
    x,
    y,
    value: loss.F([x, y]),
    kind,
    eigenvalues: [l0, l1],
    directions,
    kappa: kind === 'minimum' ? l1 / l0 : null,
    bound: l1 > 0 ? 2 / l1 : null,
    factors,
    rate: r.rate,
    growing: [0, 1].filter((i) => Math.abs(factors[i]!) > 1),
  };
}

/**
 * The rate a run shows near x*: (e_K / e_{K−m})^(1/m) with e_k = ‖x_k − x*‖, at the last K where e_K is still well
 * above rounding (1e-9 of e_0), over m = min(20, K/3) steps. Null unless the run is in its linear regime there: the
 * same ratio over the m steps before agrees to 1e-3, and the run came closer to x* than it started.
 *
 * @example
 * ```ts
 * measuredRate(gd.x, 0.7, 2); // 0.99700… for the chapter's run: 1 − 0.01·0.29939
 * ```
 */
export function measuredRate(points: Float64Array, x: number, y: number): number | null {
  const n = points.length / 2;
  const e = (k: number) => Math.hypot(points[2 * k]! - x, points[2 * k + 1]! - y);
  const e0 = e(0);
  if (n < 7 || !(e0 > 0)) return null;
  let K = n - 1;
  while (K > 6 && e(K) < 1e-9 * e0) K--;
  const m = Math.min(20, Math.floor(K / 3));
  const ratio = (k: number) => (e(k) / e(k - m)) ** (1 / m);
  const r = ratio(K);
  if (!(e(K) < e0) || !Number.isFinite(r) || !(Math.abs(r - ratio(K - m)) <= 1e-3)) return null;
  return r;
}
