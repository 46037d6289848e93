import type { FiniteSumObjective } from './linear-regression.ts';
import type { ScalarObjective, SystemObjective } from './objective.ts';
import type { OptimizationResult } from './optimization-result.ts';
import {
  checkOptimizerOptions,
  type OptimizerStep,
  runOptimizer,
  type StopOptions,
  stopRules,
} from './run-optimizer.ts';
import type { Schedule } from './schedules.ts';
import { gradientSource } from './stochastic-gradient.ts';
import { invalidReturn, requirePositive } from './validate.ts';

/** Options of minibatch stochastic gradient descent. */
export interface MinibatchSgdOptions extends StopOptions {
  /** η: a positive number or a schedule η_k (a decaying one lets the noise average out). */
  learningRate: number | Schedule;
  /** Samples per step (default: all, which is full-batch gradient descent). */
  batchSize?: number;
  /** Seed of the batch sampler (default 0): equal seeds give equal runs. */
  seed?: number;
}

/**
 * Minibatch stochastic gradient descent: x_{k+1} = x_k − η_k·g_k, with g_k the gradient of the mean over a batch
 * drawn without replacement (epochs of seeded shuffles). It is Euler's method on the gradient flow with the
 * exact gradient replaced by an unbiased noisy one, so with a constant η it hovers around the minimizer at a
 * distance that shrinks with η. One gradient evaluation per iteration: the batch gradient g_k, which is also what
 * `gradientNorms` reports and `gradTol` tests (a noisy test: see `StopOptions`). A plain `{ F, grad }` objective
 * runs with the full gradient (full-batch descent).
 *
 * @example
 * ```ts
 * const fit = linearRegression([1, 2, 3, 4], [2, 4, 5, 4]);
 * minibatchSgd(fit, [0, 0], { learningRate: 0.01, batchSize: 1, seed: 7, steps: 500 }).final;
 * // ≈ Float64Array [0.794, 1.721]: as far from the fit (0.7, 2) as 500 full-batch steps (0.820, 1.647)
 * ```
 */
export function minibatchSgd(
  objective: FiniteSumObjective | SystemObjective,
  x0: ArrayLike<number>,
  options: MinibatchSgdOptions,
): OptimizationResult<Float64Array>;
export function minibatchSgd(
  objective: ScalarObjective,
  x0: number,
  options: MinibatchSgdOptions,
): OptimizationResult<number>;
export function minibatchSgd(
  objective: FiniteSumObjective | ScalarObjective | SystemObjective,
  x0: number | ArrayLike<number>,
  options: MinibatchSgdOptions,
): OptimizationResult {
  const opts = checkOptimizerOptions(options, ['learningRate', 'batchSize', 'seed']);
  const rate = opts.learningRate;
  if (typeof rate !== 'function') requirePositive('options.learningRate', rate);
  const { normalized, gradient, partial } = gradientSource(objective, x0, opts.batchSize, opts.seed);
  const rules = stopRules(opts, normalized.x0, partial ? 'minibatch' : 'full-batch');
  const { dim } = normalized;
  const g = new Float64Array(dim);
  const point = new Float64Array(dim);
  const next = new Float64Array(dim);

  const step: OptimizerStep = (x, k) => {
    const eta = typeof rate === 'function' ? (rate as Schedule)(k) : (rate as number);
    if (typeof eta !== 'number' || !(eta > 0 && eta < Infinity)) {
      throw invalidReturn(
        'options.learningRate',
        `must return a positive finite step size (at k = ${k})`,
        eta,
      );
    }
    point.set(x);
    gradient(point, g);
    for (let i = 0; i < dim; i++) next[i] = x[i]! + eta * -g[i]!;
    return { next, gradient: g, h: eta };
  };
  return runOptimizer(normalized, rules, step);
}
