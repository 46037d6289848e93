import { normalizeObjective, type ScalarObjective, type SystemObjective } from './objective.ts';
import type { OptimizationResult } from './optimization-result.ts';
import {
  checkOptimizerOptions,
  type OptimizerStep,
  runOptimizer,
  type StopOptions,
  stopRules,
} from './run-optimizer.ts';
import { invalidArgument, requirePositive } from './validate.ts';

/** Options of the momentum methods. */
export interface MomentumOptions extends StopOptions {
  /** η, the gradient step (h² of the heavy-ball ODE). */
  learningRate: number;
  /** β in [0, 1), the weight of the previous step (1 − γh of the heavy-ball ODE). */
  momentum: number;
  /** Evaluate the gradient at the look-ahead point x_k + β(x_k − x_{k−1}) (default false: Polyak). */
  nesterov?: boolean;
}

const OWN = ['learningRate', 'momentum', 'nesterov'] as const;

/**
 * Gradient descent with momentum, the discretized heavy ball x″ + γx′ = −∇F(x):
 *
 *   Polyak:   x_{k+1} = x_k − η∇F(x_k) + β(x_k − x_{k−1}),
 *   Nesterov: y_k = x_k + β(x_k − x_{k−1}),  x_{k+1} = y_k − η∇F(y_k),
 *
 * with x_{−1} = x_0 (the ball starts at rest). One gradient evaluation per iteration: at x_k (Polyak) or at the
 * look-ahead point y_k (Nesterov), and that gradient is the one the stop rules read (see `StopOptions`). Replacing x″ by (x_{k+1} − 2x_k + x_{k−1})/h² and x′ by
 * (x_k − x_{k−1})/h gives Polyak's update with η = h² and β = 1 − γh (see `heavyBallFromMomentum`).
 *
 * The momentum term carries the previous *step*, which points downhill. The blog post in the seeds writes it as
 * x_{k+1} = x_k + β∇F(x_{k−1}) − η∇F(x_k): that adds the previous *gradient*, which points uphill, so the old
 * information pushes the wrong way. Polyak's x_k − x_{k−1} ≈ −η∇F(x_{k−1}) would contribute −βη∇F(x_{k−1}): the
 * blog's sign is flipped and its scale lacks the η. On F = x² with η = 0.1, β = 0.9 its iterates grow like 1.8^k
 * while Polyak's converge (a test shows both).
 *
 * @example
 * ```ts
 * const r = heavyBall({ F: (x: number) => x * x, grad: (x: number) => 2 * x }, 1,
 *   { learningRate: 0.1, momentum: 0.5 });
 * r.x.slice(0, 3); // Float64Array [1, 0.8, 0.54] (0.8 − 0.16 − 0.1)
 * ```
 */
export function heavyBall(
  objective: ScalarObjective,
  x0: number,
  options: MomentumOptions,
): OptimizationResult<number>;
export function heavyBall(
  objective: SystemObjective,
  x0: ArrayLike<number>,
  options: MomentumOptions,
): OptimizationResult<Float64Array>;
export function heavyBall(
  objective: ScalarObjective | SystemObjective,
  x0: number | ArrayLike<number>,
  options: MomentumOptions,
): OptimizationResult {
  const opts = checkOptimizerOptions(options, OWN);
  const eta = requirePositive('options.learningRate', opts.learningRate);
  const beta = opts.momentum;
  if (typeof beta !== 'number' || !(beta >= 0 && beta < 1)) {
    throw invalidArgument('options.momentum', 'must be a number in [0, 1)', beta);
  }
  if (opts.nesterov !== undefined && typeof opts.nesterov !== 'boolean') {
    throw invalidArgument('options.nesterov', 'must be a boolean', opts.nesterov);
  }
  const nesterov = opts.nesterov === true;
  const normalized = normalizeObjective(objective, x0);
  const rules = stopRules(opts, normalized.x0);
  const { dim } = normalized;
  const previous = normalized.x0.slice();
  const y = new Float64Array(dim);
  const g = new Float64Array(dim);
  const next = new Float64Array(dim);

  const step: OptimizerStep = (x) => {
    if (nesterov) {
      for (let i = 0; i < dim; i++) y[i] = x[i]! + beta * (x[i]! - previous[i]!);
      normalized.gradient(y, g);
      for (let i = 0; i < dim; i++) next[i] = y[i]! - eta * g[i]!;
    } else {
      y.set(x);
      normalized.gradient(y, g);
      for (let i = 0; i < dim; i++) next[i] = x[i]! - eta * g[i]! + beta * (x[i]! - previous[i]!);
    }
    previous.set(x);
    return { next, gradient: g, h: eta };
  };
  return runOptimizer(normalized, rules, step);
}
