import type { Problem, ScalarProblem, SystemProblem } from '../problem.ts';
import { checkOptions, requireInteger } from '../validate.ts';
import { hermiteDenseOutput } from './hermite-dense-output.ts';
import type { Method } from './method.ts';
import { type NormalizedProblem, normalizeProblem } from './normalize-problem.ts';
import { scalarKernel } from './scalar-kernels.ts';
import { makeSolution, type ScalarSolution, type SolveStatus, type SystemSolution } from './solution.ts';
import { systemKernel } from './system-kernels.ts';
import { timeGrid } from './time-grid.ts';

/** What to do with a run (the method holds only its numerical parameters). */
export interface SolveOptions {
  /** Most steps to take before stopping with status `max-steps` (default 10⁷), so no request can hang a tab. */
  maxSteps?: number;
}

const SOLVE_OPTIONS = ['maxSteps'] as const;
const DEFAULT_MAX_STEPS = 10_000_000;

/**
 * Solves an initial value problem x′ = f(x, t), x(t0) = x0 on [t0, t1] (backward when t1 < t0).
 *
 * Bad input throws a `PhaseflowError` before any step; a numerical failure ends the run with a `status` and every
 * point computed so far.
 *
 * @example
 * ```ts
 * const logistic = { f: (x: number) => x * (1 - x), x0: 0.1, t1: 10 };
 * const sol = solve(logistic, rk4({ h: 0.1 }));
 * sol.status;  // 'success'
 * sol.at(10);  // 0.999753... (exact: 1 / (1 + 9e^-10) = 0.99975...)
 * ```
 */
export function solve(problem: ScalarProblem, method: Method, options?: SolveOptions): ScalarSolution;
export function solve(problem: SystemProblem, method: Method, options?: SolveOptions): SystemSolution;
export function solve(
  problem: Problem,
  method: Method,
  options?: SolveOptions,
): ScalarSolution | SystemSolution;
export function solve(
  problem: Problem,
  method: Method,
  options?: SolveOptions,
): ScalarSolution | SystemSolution {
  const opts = checkOptions('options', options, SOLVE_OPTIONS) as SolveOptions;
  const maxSteps =
    opts.maxSteps === undefined ? DEFAULT_MAX_STEPS : requireInteger('options.maxSteps', opts.maxSteps, 1);
  const normalized = normalizeProblem(problem);
  return solveFixedStep(normalized, method, maxSteps);
}

function solveFixedStep(p: NormalizedProblem, method: Method, maxSteps: number) {
  const { t0, t1, dim } = p;
  const grid = t1 === t0 ? { h: method.h, steps: 0, hLast: 0 } : timeGrid(t0, t1, method.h);
  const wanted = grid.steps + (grid.hLast !== 0 ? 1 : 0);
  const planned = Math.min(wanted, maxSteps);
  const fullSteps = Math.min(grid.steps, planned);

  const ts = new Float64Array(planned + 1);
  const xs = new Float64Array((planned + 1) * dim);
  xs.set(p.x0);

  let reached: number;
  if (p.scalar) {
    const kernel = scalarKernel(method.tableau);
    reached = kernel(p.f, t0, grid.h, 0, fullSteps, xs, 0);
    if (reached === fullSteps && planned > fullSteps) {
      reached += kernel(p.f, t0 + fullSteps * grid.h, grid.hLast, 0, 1, xs, fullSteps);
    }
  } else {
    const kernel = systemKernel(method.tableau, dim);
    reached = kernel(p.f, t0, grid.h, 0, fullSteps, xs, 0);
    if (reached === fullSteps && planned > fullSteps) {
      reached += kernel(p.f, t0 + fullSteps * grid.h, grid.hLast, 0, 1, xs, fullSteps);
    }
  }

  for (let k = 0; k <= reached; k++) ts[k] = t0 + k * grid.h;
  let status: SolveStatus;
  let message: string;
  if (reached < planned) {
    status = 'non-finite';
    const next = reached < grid.steps ? t0 + (reached + 1) * grid.h : t1;
    message = `the step from t = ${ts[reached]} to t = ${next} gave a non-finite state (blow-up, or f is not finite there); stopped at the last finite point`;
  } else if (planned < wanted) {
    status = 'max-steps';
    message = `stopped after maxSteps = ${maxSteps} steps at t = ${ts[reached]}; reaching t1 = ${t1} needs ${wanted} steps of h = ${method.h}`;
  } else {
    status = 'success';
    if (reached > 0) ts[reached] = t1;
    message = `reached t1 = ${t1} in ${reached} steps`;
  }

  const t = reached < planned ? ts.slice(0, reached + 1) : ts;
  const x = reached < planned ? xs.slice(0, (reached + 1) * dim) : xs;
  const stages = method.tableau.b.length;
  return makeSolution(
    { t, x, dim, scalar: p.scalar, status, message, nfev: p.nfev + stages * reached, nsteps: reached },
    hermiteDenseOutput(p, t, x),
  );
}
