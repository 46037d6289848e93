import type { LinearRegression } from '@phaseflow/gradient-flow';
import type { CurvatureReadout } from './curvature-readout.ts';
import type { MethodRun } from './method-runs.ts';

/** The chapter's printed result, which the view checks: "w1 ≈ 0.8, w2 ≈ 1.5", called the least-squares solution. */
export const CHAPTER_CLAIM = [0.8, 1.5] as const;

/** Where the chapter's run really lands, against the least-squares solution, with the reason. */
export interface RegressionFacts {
  readonly solution: readonly [number, number];
  readonly minimum: number;
  readonly landed: readonly [number, number];
  readonly landedValue: number;
  readonly steps: number;
  /** ‖landed − solution‖. */
  readonly distance: number;
  /** MSE at the chapter's printed point, and its distance from the solution. */
  readonly claimValue: number;
  readonly claimDistance: number;
  /** The slow curvature λmin and what is left of the error along it: |1 − ηλmin|^steps. */
  readonly slowLambda: number;
  readonly slowRemaining: number;
}

/**
 * The regression's numbers, all computed: the least-squares solution from the normal equations
 * (`linearRegression`), where gradient descent's run ends, the MSE at the chapter's printed (0.8, 1.5), and the
 * fraction of the error left along the slow eigen-direction after the run, |1 − ηλmin|^steps.
 *
 * @example
 * ```ts
 * regressionFacts(fit, gdRun, readoutAtSolution, 0.01).landed; // [0.81995, 1.64734]: not (0.8, 1.5), not (0.7, 2)
 * ```
 */
export function regressionFacts(
  fit: LinearRegression,
  gd: MethodRun,
  atSolution: CurvatureReadout,
  eta: number,
): RegressionFacts {
  const n = gd.x.length / 2;
  const landed = [gd.x[2 * n - 2]!, gd.x[2 * n - 1]!] as const;
  const solution = [fit.solution[0]!, fit.solution[1]!] as const;
  const claim = Float64Array.of(...CHAPTER_CLAIM);
  const slowLambda = atSolution.eigenvalues[0];
  return {
    solution,
    minimum: fit.minimum,
    landed,
    landedValue: fit.F(Float64Array.of(...landed)),
    steps: n - 1,
    distance: Math.hypot(landed[0] - solution[0], landed[1] - solution[1]),
    claimValue: fit.F(claim),
    claimDistance: Math.hypot(claim[0]! - solution[0], claim[1]! - solution[1]),
    slowLambda,
    slowRemaining: Math.abs(1 - eta * slowLambda) ** (n - 1),
  };
}
