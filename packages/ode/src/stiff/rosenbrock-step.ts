import { luFactor } from './lu-factor.ts';
import { luSolve } from './lu-solve.ts';
import type { RosenbrockTableau } from './rosenbrock-tableau.ts';

type Rhs = (x: Float64Array, t: number, out: Float64Array) => void;

/** Everything one Rosenbrock step reads and writes, allocated once per run. */
export interface RosenbrockWorkspace {
  readonly dim: number;
  /** f at the step's start (filled by the caller). */
  readonly f0: Float64Array;
  /** ∂f/∂t at the step's start (zeros for an autonomous problem). */
  readonly ft: Float64Array;
  /** The Jacobian ∂f/∂x at the step's start, row-major. */
  readonly jacobian: Float64Array;
  /** I/(hγ) − J, factored in place. */
  readonly lu: Float64Array;
  readonly pivots: Int32Array;
  /** The stage increments u_i, one row of `dim` per stage. */
  readonly u: Float64Array;
  readonly point: Float64Array;
  readonly fStage: Float64Array;
  readonly xNew: Float64Array;
}

export function rosenbrockWorkspace(dim: number, stages: number): RosenbrockWorkspace {
  return {
    dim,
    f0: new Float64Array(dim),
    ft: new Float64Array(dim),
    jacobian: new Float64Array(dim * dim),
    lu: new Float64Array(dim * dim),
    pivots: new Int32Array(dim),
    u: new Float64Array(stages * dim),
    point: new Float64Array(dim),
    fStage: new Float64Array(dim),
    xNew: new Float64Array(dim),
  };
}

/**
 * One trial step of a Rosenbrock method from (t, x) with step h, in the transformed form of `RosenbrockTableau`:
 * factors I/(hγ) − J once, then solves one linear system per stage. Writes the new state to `w.xNew` and returns
 * the error norm, the RMS of the last increment scaled by atol + rtol·max(|x|, |xNew|); NaN when a stage is not
 * finite, and −1 when I/(hγ) − J is singular (a smaller step shifts its spectrum). Allocates nothing; calls f
 * (stages − 1) times.
 */
export function rosenbrockStep(
  tableau: RosenbrockTableau,
  w: RosenbrockWorkspace,
  rhs: Rhs,
  t: number,
  h: number,
  x: Float64Array,
  atol: Float64Array,
  rtol: Float64Array,
): number {
  const { dim, lu, pivots, u, point, fStage, f0, ft, xNew } = w;
  const J = w.jacobian;
  const diagonal = 1 / (h * tableau.gamma);
  for (let i = 0; i < dim * dim; i++) lu[i] = -J[i]!;
  for (let i = 0; i < dim; i++) lu[i * dim + i]! += diagonal;
  if (!luFactor(lu, dim, pivots)) return -1;
  const stages = tableau.c.length;
  for (let s = 0; s < stages; s++) {
    const a = tableau.a[s]!;
    const C = tableau.C[s]!;
    const hd = h * tableau.d[s]!;
    if (s === 0) fStage.set(f0);
    else {
      for (let i = 0; i < dim; i++) {
        let sum = x[i]!;
        for (let j = 0; j < s; j++) sum += a[j]! * u[j * dim + i]!;
        point[i] = sum;
      }
      rhs(point, t + tableau.c[s]! * h, fStage);
    }
    // The right-hand side is built in fStage and solved there (no subarray view of u: nothing is allocated).
    for (let i = 0; i < dim; i++) {
      let sum = fStage[i]! + hd * ft[i]!;
      for (let j = 0; j < s; j++) sum += (C[j]! / h) * u[j * dim + i]!;
      fStage[i] = sum;
    }
    luSolve(lu, dim, pivots, fStage);
    u.set(fStage, s * dim);
  }
  const last = (stages - 1) * dim;
  let err = 0;
  for (let i = 0; i < dim; i++) {
    const v = point[i]! + u[last + i]!;
    xNew[i] = v;
    const sk = atol[i]! + rtol[i]! * Math.max(Math.abs(x[i]!), Math.abs(v));
    const e = u[last + i]! / sk;
    err += e * e;
  }
  err = Math.sqrt(err / dim);
  // A non-finite stage makes err NaN or ∞: report NaN so the caller shrinks the step hard.
  return Number.isFinite(err) ? err : Number.NaN;
}
