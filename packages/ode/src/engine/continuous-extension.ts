import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';

/**
 * Builds the coefficients of a pair's interpolant on the step [t, t + h] into `rows` (row r holds dim values):
 * R0 = x, R1 = Δ, R2 = h·k1 − Δ, R3 = 2Δ − h·(k1 + kLast), and R(4 + r) = h·Σ_j D[r][j]·k_j, with Δ = xNew − x.
 * This is the form of Hairer's CONTD5 and CONTD8 alike (dopri5's quartic, dop853's seventh-degree polynomial).
 * The extra stages the tableau asks for (dop853: three) are evaluated here with `rhs`; returns how many.
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
 * Evaluates the interpolant at θ = (t − t_step)/h in [0, 1]:
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
