import type { Problem, ScalarProblem, SystemProblem } from '../problem.ts';
import type { Method } from './method.ts';
import type { ScalarSolution, SystemSolution } from './solution.ts';
import type { SolveOptions } from './solve-options.ts';
import { init } from './stepper.ts';

/**
 * Solves an initial value problem x′ = f(x, t), x(t0) = x0 on [t0, t1] (backward when t1 < t0).
 *
 * Bad input throws a `PhaseflowError` before any step; a numerical failure ends the run with a `status` and every
 * point computed so far. This is the stepper of `init` run to the end, literally.
 *
 * @example
 * ```ts
 * const logistic = { f: (x: number) => x * (1 - x), x0: 0.1, t1: 10 };
 * const sol = solve(logistic, rk4({ h: 0.1 }));
 * sol.status;  // 'success'
 * sol.at(10);  // 0.99959156... (exact: 1 / (1 + 9e^-10) = 0.99959157)
 * ```
 */
export function solve(problem: ScalarProblem, method: Method, options?: SolveOptions<number>): ScalarSolution;
export function solve(
  problem: SystemProblem,
  method: Method,
  options?: SolveOptions<Float64Array>,
): SystemSolution;
export function solve(
  problem: Problem,
  method: Method,
  options?: SolveOptions,
): ScalarSolution | SystemSolution;
export function solve(
  problem: Problem,
  method: Method,
  options?: SolveOptions<never>,
): ScalarSolution | SystemSolution {
  const s = init(problem, method, options as SolveOptions);
  while (s.status === 'running') s.step();
  return s.solution();
}
