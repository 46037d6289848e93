import { euler, type ScalarRhs, type SystemRhs, solve } from '@phaseflow/ode';
import { flowRhs } from './gradient-flow.ts';
import {
  type Direction,
  type NormalizedObjective,
  normalizeObjective,
  type ScalarObjective,
  type SystemObjective,
} from './objective.ts';
import type { OptimizationResult } from './optimization-result.ts';
import {
  type Advance,
  checkOptimizerOptions,
  runOptimizer,
  type StopOptions,
  stopRules,
} from './run-optimizer.ts';
import type { Schedule } from './schedules.ts';
import { invalidReturn, requirePositive } from './validate.ts';

/** Options of gradient descent and ascent. */
export interface GradientDescentOptions extends StopOptions {
  /** η: a positive number (Euler's step h), or a schedule η_k of the step index k. */
  learningRate: number | Schedule;
}

/**
 * Gradient descent x_{k+1} = x_k − η∇F(x_k), run as `@phaseflow/ode`'s Euler method with h = η on the gradient
 * flow x′ = −∇F(x): the iterates are bit-for-bit those of
 * `solve(gradientFlow(objective, { x0, t1: steps * η }), euler({ h: η }))`, because that is the code that computes
 * them. The run goes in chunks of solve calls so that it can stop at the first iterate meeting a stop rule; the
 * flow is autonomous, so where a chunk starts in t changes nothing.
 *
 * A schedule runs one Euler step of h = η_k per call. Statuses: see `OptimizerStatus`.
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
  const f = flowRhs(normalized, direction);
  const advance =
    typeof rate === 'function'
      ? scheduledEuler(normalized, f, rate as Schedule)
      : constantEuler(normalized, f, rate as number);
  return runOptimizer(normalized, rules, advance);
}

/** One solve call of `count` Euler steps of h from the current iterate. */
function eulerSteps(
  objective: NormalizedObjective,
  f: ScalarRhs | SystemRhs,
  from: Float64Array,
  h: number,
  count: number,
) {
  const t1 = count * h;
  const sol = objective.scalar
    ? solve({ f: f as ScalarRhs, x0: from[0]!, t1 }, euler({ h }))
    : solve({ f: f as SystemRhs, x0: from, t1 }, euler({ h }));
  // count·h / h is count to within a few ulps, so solve's grid is `count` full steps of h and no shorter last step;
  // the min only guards that promise.
  const steps = Math.min(sol.nsteps, count);
  return { x: sol.x.subarray(objective.dim), count: steps, failed: sol.status === 'non-finite' };
}

function constantEuler(objective: NormalizedObjective, f: ScalarRhs | SystemRhs, h: number): Advance {
  // count·h must stay finite for solve's t1; huge h then runs one step per call.
  const most = Math.max(1, Math.floor(Number.MAX_VALUE / h));
  return (from, _k, count) => ({ ...eulerSteps(objective, f, from, h, Math.min(count, most)), h });
}

function scheduledEuler(
  objective: NormalizedObjective,
  f: ScalarRhs | SystemRhs,
  schedule: Schedule,
): Advance {
  const dim = objective.dim;
  return (from, k, count) => {
    const x = new Float64Array(count * dim);
    const hs = new Float64Array(count);
    let current = from;
    for (let j = 0; j < count; j++) {
      const h = schedule(k + j);
      if (typeof h !== 'number' || !(h > 0 && h < Infinity)) {
        throw invalidReturn(
          'options.learningRate',
          `must return a positive finite step size (at k = ${k + j})`,
          h,
        );
      }
      const step = eulerSteps(objective, f, current, h, 1);
      if (step.count === 0) return { x, count: j, h: hs, failed: true };
      current = step.x;
      x.set(current, j * dim);
      hs[j] = h;
    }
    return { x, count, h: hs, failed: false };
  };
}
