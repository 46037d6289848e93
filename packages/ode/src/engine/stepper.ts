import type { Problem, ScalarProblem, SystemProblem } from '../problem.ts';
import type { Method } from './method.ts';
import { normalizeProblem } from './normalize-problem.ts';
import { requireMethod } from './require-method.ts';
import { Run } from './run.ts';
import { type EventHit, makeSolution, type SolveStatus } from './solution.ts';
import { normalizeSolveOptions, type SolveOptions } from './solve-options.ts';

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
  /** Takes one step (an accepted one, for adaptive methods); does nothing once the run has ended. */
  step(): void;
  /** The solution at a time already reached (a number for scalar problems). */
  at(t: number): X;
  /** At several times: row-major, like `solution.at(ts)`. */
  at(ts: ArrayLike<number>): Float64Array;
}

/**
 * Starts a run of `method` on `problem` without taking a step; `step()` advances it. `solve` is this loop run to the
 * end, so both give the same numbers.
 * @example
 * ```ts
 * const s = init({ f: (x) => -x, x0: 1, t1: 1 }, dopri5());
 * while (s.status === 'running') s.step();
 * s.t; // 1
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
  return stepperOf(startRun(problem, method, options));
}

/** Validates everything, then builds the run: every bad input throws here, before any step. */
export function startRun(problem: Problem, method: Method, options: unknown): Run {
  const checked = requireMethod(method);
  const normalized = normalizeProblem(problem);
  return new Run(normalized, checked, normalizeSolveOptions(options, normalized));
}

function stepperOf(run: Run): Stepper<number> | Stepper<Float64Array> {
  const it = run.integrator;
  const { dim, scalar } = run.problem;
  const at = (time: number | ArrayLike<number>) => {
    const rows = it.n + 1;
    const t = it.ts.subarray(0, rows);
    const x = it.xs.subarray(0, rows * dim);
    const partial = makeSolution(
      { t, x, dim, scalar, status: 'success', message: '', nfev: 0, nsteps: 0, naccept: 0, nreject: 0 },
      it.status === 'running' ? it.dense : it.finalDense(t, x),
    );
    return partial.at(time as number);
  };
  return {
    get t() {
      return it.ts[it.n]!;
    },
    get x() {
      const row = it.xs.slice(it.n * dim, (it.n + 1) * dim);
      return scalar ? row[0]! : row;
    },
    get status() {
      return it.status;
    },
    get message() {
      return it.message;
    },
    get nfev() {
      return it.nfev;
    },
    get naccept() {
      return it.naccept;
    },
    get nreject() {
      return it.nreject;
    },
    get events() {
      return run.events.slice();
    },
    step() {
      run.advance(false);
    },
    at,
  } as unknown as Stepper<number> | Stepper<Float64Array>;
}
