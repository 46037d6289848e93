import type { ScalarRhs, SystemRhs } from '../problem.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import { scalarKernel7 } from './scalar-kernel-7.ts';
import { scalarKernel13 } from './scalar-kernel-13.ts';
import { systemKernel7 } from './system-kernel-7.ts';
import { systemKernel13 } from './system-kernel-13.ts';

/** One run's state for a kernel: f, the tolerances per component and the buffers, allocated once per run. */
export interface KernelWorkspace {
  readonly f: ScalarRhs | SystemRhs;
  readonly dim: number;
  readonly atol: Float64Array;
  readonly rtol: Float64Array;
  /**
   * Stage derivatives: `k[0]` must hold f(x, t) before a trial; after it, k[1..] hold the other stages, and after
   * `finish` the last step stage is f(xNew, tNew). Any further buffers are for the interpolant's extra stages.
   */
  readonly k: Float64Array[];
  /** Scratch for stage states. */
  readonly xi: Float64Array;
  /** The solution of the last trial. */
  readonly xNew: Float64Array;
}

/**
 * Computes xNew from (t, x) over the step h (tNew = t + h, used as is for stages at c = 1 so that f is never
 * evaluated past the end) and returns the scaled error norm: accept when ≤ 1; NaN when the trial is not finite.
 */
export type TrialStep = (w: KernelWorkspace, t: number, h: number, tNew: number, x: Float64Array) => number;

/**
 * An embedded Runge–Kutta pair ready to step one problem: the tableau's trial step (one function per tableau, shared
 * by every run) and this run's workspace. Stepping allocates nothing.
 */
export interface AdaptiveKernel {
  readonly w: KernelWorkspace;
  readonly trial: TrialStep;
  /** After acceptance: makes the last stage f(xNew, tNew). Returns the evaluations this took (0 or 1). */
  readonly finish: (w: KernelWorkspace, tNew: number) => number;
  /** Evaluations of f one trial makes. */
  readonly trialEvaluations: number;
}

/**
 * The kernel for an embedded pair: written-out stage sequences exist for seven stages (dopri5) and thirteen
 * (dop853, whose last stage is f at the new point); scalar problems get their own, with numbers for stages.
 */
export function adaptiveKernel(
  tableau: EmbeddedTableau,
  problem: NormalizedProblem,
  atol: Float64Array,
  rtol: Float64Array,
): AdaptiveKernel {
  const s = tableau.b.length;
  const last = tableau.a[s - 1]!;
  if (tableau.b[s - 1] !== 0 || last.some((v, j) => v !== tableau.b[j])) {
    throw new Error(`${tableau.name}: the last stage must be f at the new point (first same as last)`);
  }
  if (s === 7) {
    return problem.scalar
      ? scalarKernel7(tableau, problem.f, atol, rtol)
      : systemKernel7(tableau, problem.f, problem.dim, atol, rtol);
  }
  if (s === 13) {
    return problem.scalar
      ? scalarKernel13(tableau, problem.f, atol, rtol)
      : systemKernel13(tableau, problem.f, problem.dim, atol, rtol);
  }
  throw new Error(`${tableau.name}: no adaptive kernel for ${s} stages`);
}
