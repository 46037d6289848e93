import { invalidArgument } from '../errors.ts';
import type { ScalarRhs, SystemRhs } from '../problem.ts';
import { DOP853_TABLEAU } from '../tableaus/dop853.ts';
import { DOPRI5_TABLEAU } from '../tableaus/dopri5.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import { DOP853_KERNEL } from './kernels/dop853-kernel.ts';
import { DOPRI5_KERNEL } from './kernels/dopri5-kernel.ts';
import type { NormalizedProblem } from './normalize-problem.ts';

/** One run's state for a kernel: f, the tolerances per component and the buffers, allocated once per run. */
export interface KernelWorkspace {
  readonly f: ScalarRhs | SystemRhs;
  readonly scalar: boolean;
  readonly dim: number;
  readonly atol: Float64Array;
  readonly rtol: Float64Array;
  /**
   * Stage derivatives: `k[0]` must hold f(x, t) before a trial; after it, k[1..] hold the other stages, and after
   * `finish` the last step stage is f(xNew, tNew). Any further buffers are for the interpolant's extra stages.
   */
  readonly k: Float64Array[];
  /** Stage states; after a trial, the argument of the last trial stage (for the stiffness test). */
  readonly xi: Float64Array;
  /** The solution of the last trial. */
  readonly xNew: Float64Array;
}

/**
 * Computes xNew from (t, x) over the step h (tNew = t + h, used as is for stages at c = 1 so that f is never
 * evaluated past the end) and returns the scaled error norm: accept when ≤ 1; NaN when the trial is not finite.
 */
export type TrialStep = (w: KernelWorkspace, t: number, h: number, tNew: number, x: Float64Array) => number;

/** The generated code of one pair (kernels/<name>-kernel.ts). */
export interface AdaptiveKernelCode {
  readonly scalarTrial: TrialStep;
  readonly systemTrial: TrialStep;
  /** After acceptance: makes the last stage f(xNew, tNew). Returns the evaluations this took (0 or 1). */
  readonly finish: (w: KernelWorkspace, tNew: number) => number;
  /** Evaluations of f one trial makes. */
  readonly trialEvaluations: number;
}

/** An embedded pair ready to step one problem: its trial step and this run's workspace. Stepping allocates nothing. */
export interface AdaptiveKernel {
  readonly w: KernelWorkspace;
  readonly trial: TrialStep;
  readonly finish: (w: KernelWorkspace, tNew: number) => number;
  readonly trialEvaluations: number;
}

const KERNELS = new Map<EmbeddedTableau, AdaptiveKernelCode>([
  [DOPRI5_TABLEAU, DOPRI5_KERNEL],
  [DOP853_TABLEAU, DOP853_KERNEL],
]);

/** The generated kernel of `tableau` (dopri5's or dop853's pair) with a fresh workspace for `problem`. */
export function adaptiveKernel(
  tableau: EmbeddedTableau,
  problem: NormalizedProblem,
  atol: Float64Array,
  rtol: Float64Array,
): AdaptiveKernel {
  const code = KERNELS.get(tableau);
  if (code === undefined) {
    throw invalidArgument(
      'method.tableau',
      'must be the pair of dopri5() or dop853() (their kernels are generated)',
      tableau, // not tableau.name: reading a field of a hostile object could throw an uncoded error here
    );
  }
  const { dim } = problem;
  const k: Float64Array[] = [];
  for (let j = tableau.b.length + tableau.denseC.length; j > 0; j--) k.push(new Float64Array(dim));
  const w = {
    f: problem.f,
    scalar: problem.scalar,
    dim,
    atol,
    rtol,
    k,
    xi: new Float64Array(dim),
    xNew: new Float64Array(dim),
  };
  return {
    w,
    trial: problem.scalar ? code.scalarTrial : code.systemTrial,
    finish: code.finish,
    trialEvaluations: code.trialEvaluations,
  };
}
