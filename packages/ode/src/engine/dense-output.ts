import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import { notANumber } from './not-a-number.ts';

/**
 * Dense output, in one place: the interpolant type every integrator provides, the cubic Hermite interpolant of
 * fixed-step runs, the continuous extensions of the embedded pairs (dopri5's quartic, dop853's seventh degree), and
 * the straight-line fallback that keeps interpolated values finite.
 */

/** Fills `out[offset .. offset + dim)` with the solution at time t, which lies in step k (ts[k] to ts[k + 1]). */
export type DenseOutput = (t: number, k: number, out: Float64Array, offset: number) => void;

/** The stored trajectory a dense output reads; read at each call, because a growing run replaces its buffers. */
export interface StoredPoints {
  readonly ts: Float64Array;
  readonly xs: Float64Array;
}

/**
 * Cubic Hermite interpolation on one step [ta, tb] from the values and derivatives at both ends: third-order
 * accurate, and continuous with its first derivative across steps.
 */
export function hermite(
  t: number,
  ta: number,
  tb: number,
  xa: number,
  xb: number,
  fa: number,
  fb: number,
): number {
  const h = tb - ta;
  const s = (t - ta) / h;
  const s2 = s * s;
  const s3 = s2 * s;
  return (
    (2 * s3 - 3 * s2 + 1) * xa + (s3 - 2 * s2 + s) * h * fa + (-2 * s3 + 3 * s2) * xb + (s3 - s2) * h * fb
  );
}

/**
 * Dense output for fixed-step runs: cubic Hermite between stored points. The slopes at the two ends of a step are
 * evaluated from f when asked for (and cached for the last step asked), so stepping stores only the states.
 */
export function hermiteDenseOutput(problem: NormalizedProblem, stored: StoredPoints): DenseOutput {
  const { dim } = problem;
  const xa = new Float64Array(dim);
  const xb = new Float64Array(dim);
  const fa = new Float64Array(dim);
  const fb = new Float64Array(dim);
  let cached = -1;
  let cachedEnd = Number.NaN;
  return (t, k, out, offset) => {
    const { ts, xs } = stored;
    // A terminal event moves the last step's end: the cached slopes then belong to the old end point.
    if (k !== cached || ts[k + 1] !== cachedEnd) {
      for (let i = 0; i < dim; i++) {
        xa[i] = xs[k * dim + i]!;
        xb[i] = xs[(k + 1) * dim + i]!;
      }
      if (problem.scalar) {
        const va = problem.f(xa[0]!, ts[k]!);
        const vb = problem.f(xb[0]!, ts[k + 1]!);
        if (typeof va !== 'number') throw notANumber('f', va);
        if (typeof vb !== 'number') throw notANumber('f', vb);
        fa[0] = va;
        fb[0] = vb;
      } else {
        problem.f(xa.slice(), ts[k]!, fa);
        problem.f(xb.slice(), ts[k + 1]!, fb);
      }
      cached = k;
      cachedEnd = ts[k + 1]!;
    }
    for (let i = 0; i < dim; i++)
      out[offset + i] = hermite(t, ts[k]!, ts[k + 1]!, xa[i]!, xb[i]!, fa[i]!, fb[i]!);
  };
}

/**
 * Builds the coefficients of a pair's interpolant on the step [t, t + h] into `rows` (row r holds dim values):
 * R0 = x, R1 = Δ, R2 = h·k1 − Δ, R3 = 2Δ − h·(k1 + kLast), and R(4 + r) = h·Σ_j D[r][j]·k_j, with Δ = xNew − x.
 * This is the form of Hairer's CONTD5 and CONTD8 alike. The extra stages the tableau asks for (dop853: three) are
 * evaluated here with `rhs`; returns how many.
 */
export function buildContinuousExtension(
  tableau: EmbeddedTableau,
  rhs: (x: Float64Array, t: number, out: Float64Array) => void,
  dim: number,
  t: number,
  h: number,
  x: Float64Array,
  xNew: Float64Array,
  k: readonly Float64Array[],
  rows: Float64Array,
): number {
  const s = tableau.b.length;
  const scratch = tableau.denseC.length > 0 ? new Float64Array(dim) : rows;
  tableau.denseC.forEach((cj, r) => {
    const row = tableau.denseA[r]!;
    for (let i = 0; i < dim; i++) {
      let v = 0;
      for (let j = 0; j < row.length; j++) v += row[j]! * k[j]![i]!;
      scratch[i] = x[i]! + h * v;
    }
    rhs(scratch, t + cj * h, k[s + r]!);
  });
  const k1 = k[0]!;
  const kLast = k[s - 1]!;
  for (let i = 0; i < dim; i++) {
    const delta = xNew[i]! - x[i]!;
    rows[i] = x[i]!;
    rows[dim + i] = delta;
    rows[2 * dim + i] = h * k1[i]! - delta;
    rows[3 * dim + i] = 2 * delta - h * (k1[i]! + kLast[i]!);
  }
  tableau.denseD.forEach((weights, r) => {
    const base = (4 + r) * dim;
    for (let i = 0; i < dim; i++) {
      let v = 0;
      for (let j = 0; j < weights.length; j++) v += weights[j]! * k[j]![i]!;
      rows[base + i] = h * v;
    }
  });
  return tableau.denseC.length;
}

/** Number of coefficient rows the interpolant of `tableau` has. */
export function continuousExtensionRows(tableau: EmbeddedTableau): number {
  return 4 + tableau.denseD.length;
}

/**
 * Evaluates a continuous extension at θ = (t − t_step)/h in [0, 1]:
 * R0 + θ(R1 + (1−θ)(R2 + θ(R3 + (1−θ)(R4 + θ(R5 + …))))), writing `out[offset .. offset + dim)`.
 */
export function evaluateContinuousExtension(
  rows: Float64Array,
  count: number,
  dim: number,
  theta: number,
  out: Float64Array,
  offset: number,
): void {
  const theta1 = 1 - theta;
  for (let i = 0; i < dim; i++) {
    let v = 0;
    for (let r = count - 1; r >= 1; r--) v = (v + rows[r * dim + i]!) * (r % 2 === 1 ? theta : theta1);
    out[offset + i] = rows[i]! + v;
  }
}

/**
 * Where an interpolant is not finite at t in step k (its slopes overflowed: f at a stored point of a blowing-up run
 * can be ±∞ although the point itself is finite), replaces out[offset .. offset + dim) by the straight line between
 * the two stored points, so that interpolated values are never NaN or ±∞.
 */
export function linearFallback(
  out: Float64Array,
  offset: number,
  dim: number,
  t: number,
  k: number,
  ts: Float64Array,
  xs: Float64Array,
): void {
  let sum = 0;
  for (let i = 0; i < dim; i++) sum += out[offset + i]!;
  if (sum - sum === 0) return;
  const ta = ts[k]!;
  const tb = ts[k + 1]!;
  const s = tb === ta ? 0 : (t - ta) / (tb - ta);
  for (let i = 0; i < dim; i++) {
    const a = xs[k * dim + i]!;
    const b = xs[(k + 1) * dim + i]!;
    out[offset + i] = a + s * (b - a);
  }
}
