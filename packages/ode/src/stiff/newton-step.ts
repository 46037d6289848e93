import { luFactor } from './lu-factor.ts';
import { luSolve } from './lu-solve.ts';

type Rhs = (x: Float64Array, t: number, out: Float64Array) => void;

/** The buffers of the implicit Euler step, allocated once per run. */
export interface NewtonWorkspace {
  readonly dim: number;
  /** The Jacobian the iteration matrix was built from, row-major. */
  readonly jacobian: Float64Array;
  /** I − h·J, factored. */
  readonly lu: Float64Array;
  readonly pivots: Int32Array;
  /** The iterate; on convergence, the new state. */
  readonly y: Float64Array;
  readonly fy: Float64Array;
  readonly delta: Float64Array;
}

export function newtonWorkspace(dim: number): NewtonWorkspace {
  return {
    dim,
    jacobian: new Float64Array(dim * dim),
    lu: new Float64Array(dim * dim),
    pivots: new Int32Array(dim),
    y: new Float64Array(dim),
    fy: new Float64Array(dim),
    delta: new Float64Array(dim),
  };
}

/** Factors I − h·J into `w.lu`; false when it is singular. */
export function factorIteration(w: NewtonWorkspace, h: number): boolean {
  const { dim, lu, jacobian } = w;
  for (let i = 0; i < dim * dim; i++) lu[i] = -h * jacobian[i]!;
  for (let i = 0; i < dim; i++) lu[i * dim + i]! += 1;
  return luFactor(lu, dim, w.pivots);
}

/** How one Newton solve ended: the iterations taken (each one evaluation of f) and whether it converged. */
export interface NewtonOutcome {
  iterations: number;
  converged: boolean;
}

/**
 * Solves the implicit Euler equation y = x + h·f(t + h, y) by simplified Newton iterations from y = x (or from the
 * iterate already in `w.y`, `fromCurrent`), with the
 * iteration matrix I − h·J already factored in `w.lu` (J possibly from an earlier step: the iteration then
 * converges linearly rather than quadratically, at no new LU). Converged when every correction is within
 * tol·(1 + |y_i|); given up after `maxIterations`, when a correction grows (the contraction failed), or when an
 * iterate is not finite. Allocates nothing.
 */
export function newtonStep(
  w: NewtonWorkspace,
  rhs: Rhs,
  tNew: number,
  h: number,
  x: Float64Array,
  tol: number,
  maxIterations: number,
  outcome: NewtonOutcome,
  fromCurrent = false,
): void {
  const { dim, y, fy, delta, lu, pivots } = w;
  if (!fromCurrent) y.set(x);
  let previous = Infinity;
  outcome.converged = false;
  for (let k = 1; k <= maxIterations; k++) {
    outcome.iterations = k;
    rhs(y, tNew, fy);
    for (let i = 0; i < dim; i++) delta[i] = x[i]! + h * fy[i]! - y[i]!;
    luSolve(lu, dim, pivots, delta);
    let norm = 0;
    for (let i = 0; i < dim; i++) {
      const v = y[i]! + delta[i]!;
      y[i] = v;
      norm = Math.max(norm, Math.abs(delta[i]!) / (1 + Math.abs(v)));
    }
    if (!(norm <= Number.MAX_VALUE)) return; // NaN or ∞: the iterate left the domain of f
    if (norm <= tol) {
      outcome.converged = true;
      return;
    }
    if (norm >= previous) return; // no contraction: a stale J, or h too large for this J
    previous = norm;
  }
}
