import { eulerStep } from './euler-step.ts';
import {
  type Direction,
  normalizeObjective,
  type ScalarObjective,
  type SystemObjective,
} from './objective.ts';
import type { OptimizationResult } from './optimization-result.ts';
import { checkOptimizerOptions, runOptimizer, type StopOptions, stopRules } from './run-optimizer.ts';
import type { Schedule } from './schedules.ts';
import { requirePositive } from './validate.ts';

/** Options of gradient descent and ascent. */
export interface GradientDescentOptions extends StopOptions {
  /** η: a positive number (Euler's step h), or a schedule η_k of the step index k. */
  learningRate: number | Schedule;
}

/**
 * Gradient descent x_{k+1} = x_k − η∇F(x_k), run as `@phaseflow/ode`'s Euler method with h = η on the gradient
 * flow x′ = −∇F(x): the iterates are bit-for-bit those of
 * `solve(gradientFlow(objective, { x0, t1: steps * η }), euler({ h: η }))`, because that is the code that computes
 * them: each iteration is one `step(η)` of an ode Euler stepper (`init`), and the run stops at the first iterate
 * meeting a stop rule. The gradient is evaluated once per iteration, plus once at x_n for the last stop test.
 *
 * A schedule runs `step(η_k)`: one Euler step of h = η_k per iteration. Statuses: see `OptimizerStatus`.
 *
 * @example
 * ```ts
 * const r = gradientDescent({ F: (x: number) => x * x, grad: (x: number) => 2 * x }, 1, { learningRate: 0.25 });
 * r.x.slice(0, 3); // Float64Array [1, 0.5, 0.25]
 * r.status;        // 'converged' (after 28 steps, |2x| ≤ 1e-8)
 * ```
 */
export function gradientDescent(
  objective: ScalarObjective,
  x0: number,
  options: GradientDescentOptions,
): OptimizationResult<number>;
export function gradientDescent(
  objective: SystemObjective,
  x0: ArrayLike<number>,
  options: GradientDescentOptions,
): OptimizationResult<Float64Array>;
export function gradientDescent(
  objective: ScalarObjective | SystemObjective,
  x0: number | ArrayLike<number>,
  options: GradientDescentOptions,
): OptimizationResult {
  return runFlow(objective, x0, options, 'descent');
}

/**
 * Gradient ascent x_{k+1} = x_k + η∇F(x_k): Euler with h = η on x′ = +∇F(x). Ascent on F is descent on −F.
 *
 * @example
 * ```ts
 * // F(x) = x²/2 − x³/3 has F′(x) = x(1 − x): ascent on F is Euler on the logistic equation.
 * gradientAscent({ F: (x: number) => x * x / 2 - x ** 3 / 3, grad: (x: number) => x * (1 - x) }, 0.5,
 *   { learningRate: 0.5, steps: 1 }).x; // Float64Array [0.5, 0.625]
 * ```
 */
export function gradientAscent(
  objective: ScalarObjective,
  x0: number,
  options: GradientDescentOptions,
): OptimizationResult<number>;
export function gradientAscent(
  objective: SystemObjective,
  x0: ArrayLike<number>,
  options: GradientDescentOptions,
): OptimizationResult<Float64Array>;
export function gradientAscent(
  objective: ScalarObjective | SystemObjective,
  x0: number | ArrayLike<number>,
  options: GradientDescentOptions,
): OptimizationResult {
  return runFlow(objective, x0, options, 'ascent');
}

function runFlow(
  objective: unknown,
  x0: unknown,
  options: unknown,
  direction: Direction,
): OptimizationResult {
  const opts = checkOptimizerOptions(options, ['learningRate']);
  const rate = opts.learningRate;
  if (typeof rate !== 'function') requirePositive('options.learningRate', rate);
  const normalized = normalizeObjective(objective, x0);
  const rules = stopRules(opts, normalized.x0);
  return runOptimizer(
    normalized,
    rules,
    eulerStep(normalized, direction, rate as number | Schedule, rules.steps),
  );
}
