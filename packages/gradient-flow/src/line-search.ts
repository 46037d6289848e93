import { normalizeObjective, type ScalarObjective, type SystemObjective } from './objective.ts';
import type { OptimizationResult } from './optimization-result.ts';
import {
  checkOptimizerOptions,
  type OptimizerStep,
  runOptimizer,
  type StopOptions,
  stopRules,
} from './run-optimizer.ts';
import { invalidArgument, requireInteger, requirePositive } from './validate.ts';

/** Options of the Armijo backtracking line search. */
export interface ArmijoOptions extends StopOptions {
  /** First step size tried at every iteration (default 1). */
  initialStep?: number;
  /** Sufficient-decrease constant c in (0, 1) (default 1e-4). */
  c?: number;
  /** Factor in (0, 1) by which a rejected step is shrunk (default 0.5). */
  shrink?: number;
  /** Most shrinks per iteration before giving up (default 60). */
  maxShrinks?: number;
}

const OWN = ['initialStep', 'c', 'shrink', 'maxShrinks'] as const;

/**
 * Gradient descent with Armijo backtracking: at each x_k try η = `initialStep`, then η·shrink, η·shrink², … until
 * F(x_k − η∇F(x_k)) ≤ F(x_k) − c·η·‖∇F(x_k)‖² (sufficient decrease), and take that step. Each accepted step is an
 * Euler step of the gradient flow with h = η (x + η·(−∇F), the same arithmetic as `euler`), so this is Euler with
 * a step chosen by the objective rather than by a stability bound. `stepSizes` holds the accepted η's.
 *
 * If no step passes in `maxShrinks` tries, the run stops there with status `converged` and says so in the
 * message: near a minimum the decrease has sunk below the rounding of F (a wrong `grad` also ends here). One gradient
 * evaluation per iteration (the line search costs evaluations of F only); the stop rules read ∇F(x_k).
 *
 * @example
 * ```ts
 * const r = armijoDescent({ F: (x: number) => x * x, grad: (x: number) => 2 * x }, 3, { initialStep: 1 });
 * r.stepSizes[0]; // 0.5 (η = 1 fails: F(−3) = 9 is no decrease; η = 0.5 lands on 0)
 * r.final;        // 0
 * ```
 */
export function armijoDescent(
  objective: ScalarObjective,
  x0: number,
  options?: ArmijoOptions,
): OptimizationResult<number>;
export function armijoDescent(
  objective: SystemObjective,
  x0: ArrayLike<number>,
  options?: ArmijoOptions,
): OptimizationResult<Float64Array>;
export function armijoDescent(
  objective: ScalarObjective | SystemObjective,
  x0: number | ArrayLike<number>,
  options?: ArmijoOptions,
): OptimizationResult {
  const opts = checkOptimizerOptions(options, OWN);
  const initial =
    opts.initialStep === undefined ? 1 : requirePositive('options.initialStep', opts.initialStep);
  const c = opts.c === undefined ? 1e-4 : requireOpenUnit('options.c', opts.c);
  const shrink = opts.shrink === undefined ? 0.5 : requireOpenUnit('options.shrink', opts.shrink);
  const maxShrinks =
    opts.maxShrinks === undefined ? 60 : requireInteger('options.maxShrinks', opts.maxShrinks, 0);
  const objectiveN = normalizeObjective(objective, x0);
  const rules = stopRules(opts, objectiveN.x0);
  const { dim } = objectiveN;
  const g = new Float64Array(dim);
  const trial = new Float64Array(dim);
  const point = new Float64Array(dim);

  const step: OptimizerStep = (x, k) => {
    point.set(x);
    const f0 = objectiveN.value(point);
    point.set(x);
    objectiveN.gradient(point, g);
    let g2 = 0;
    for (let i = 0; i < dim; i++) g2 += g[i]! * g[i]!;
    let eta = initial;
    for (let tries = 0; tries <= maxShrinks; tries++) {
      for (let i = 0; i < dim; i++) trial[i] = x[i]! + eta * -g[i]!;
      point.set(trial);
      const f1 = objectiveN.value(point);
      if (f1 <= f0 - c * eta * g2) return { next: trial, gradient: g, h: eta, value: f0 };
      eta *= shrink;
    }
    return {
      next: trial,
      gradient: g,
      h: eta,
      value: f0,
      stop: {
        status: 'converged',
        message: `no step satisfied the Armijo condition at x_${k} after ${maxShrinks} shrinks: the decrease is below the rounding error of F, or ∇F is wrong`,
      },
    };
  };
  return runOptimizer(objectiveN, rules, step);
}

function requireOpenUnit(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1))
    throw invalidArgument(name, 'must be in (0, 1)', value);
  return value;
}
