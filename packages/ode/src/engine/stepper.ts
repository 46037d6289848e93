import type { Problem, ScalarProblem, SystemProblem } from '../problem.ts';
import type { Method } from './method.ts';
import { normalizeProblem } from './normalize-problem.ts';
import { requireMethod } from './require-method.ts';
import { RunStepper } from './run-stepper.ts';
import type { EventHit, ScalarSolution, SolveStatus, SystemSolution } from './solution.ts';
import { defaultMaxSteps, normalizeSolveOptions, type SolveOptions } from './solve-options.ts';

/** A run advanced one step at a time (for animation): the state now, and the interpolant over the steps so far. */
export interface Stepper<X> {
  /** The current time. */
  readonly t: number;
  /** The current state (a copy for systems). */
  readonly x: X;
  /** `running` until the run ends; then why it ended, as in a solution. */
  readonly status: 'running' | SolveStatus;
  readonly message: string;
  readonly nfev: number;
  readonly naccept: number;
  readonly nreject: number;
  /** The events found so far. */
  readonly events: readonly EventHit<X>[];
  /**
   * Takes one step (an accepted one, for adaptive methods); does nothing once the run has ended. A fixed-step run
   * also takes `step(h)`: one step of exactly h (a positive number; the run's direction gives its sign) from the
   * current t, shortened to land on t1 if it would pass it, by the same kernel as `step()`. Times after a `step(h)`
   * are running sums t + h, and a later `step()` steps by the method's h from there. Adaptive methods choose their
   * own steps: `step(h)` throws `ERR_INVALID_ARG` for them.
   */
  step(h?: number): void;
  /** The solution at a time already reached (a number for scalar problems). */
  at(t: number): X;
  /** At several times: row-major, like `solution.at(ts)`. */
  at(ts: ArrayLike<number>): Float64Array;
  /** The run so far as a solution (`solve` returns this once the run has ended; before, status is `max-steps`). */
  solution(): X extends number ? ScalarSolution : SystemSolution;
}

/**
 * Starts a run of `method` on `problem` without taking a step; `step()` advances it. `solve` is this loop run to
 * the end, so both give the same numbers.
 * @example
 * ```ts
 * const s = init({ f: (x) => -x, x0: 1, t1: 1 }, dopri5());
 * while (s.status === 'running') s.step();
 * s.t; // 1
 * s.solution().at(0.5); // 0.6065322908824391 (e^−0.5 = 0.6065306597)
 * ```
 */
export function init(problem: ScalarProblem, method: Method, options?: SolveOptions<number>): Stepper<number>;
export function init(
  problem: SystemProblem,
  method: Method,
  options?: SolveOptions<Float64Array>,
): Stepper<Float64Array>;
export function init(
  problem: Problem,
  method: Method,
  options?: SolveOptions,
): Stepper<number> | Stepper<Float64Array>;
export function init(
  problem: Problem,
  method: Method,
  options?: SolveOptions<never>,
): Stepper<number> | Stepper<Float64Array> {
  // Every bad input throws here, before any step.
  const checked = requireMethod(method);
  const normalized = normalizeProblem(problem);
  const settings = normalizeSolveOptions(options, normalized, defaultMaxSteps(checked.method));
  const run = new RunStepper(normalized, checked, settings);
  return run as unknown as Stepper<number> | Stepper<Float64Array>;
}
