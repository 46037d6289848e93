import type { FiniteSumObjective } from './linear-regression.ts';
import { normalizeObjective } from './objective.ts';
import type { OptimizationResult } from './optimization-result.ts';
import {
  type Advance,
  checkOptimizerOptions,
  runOptimizer,
  type StopOptions,
  stopRules,
} from './run-optimizer.ts';
import type { Schedule } from './schedules.ts';
import { batchSampler, seededRandom } from './seeded-random.ts';
import {
  invalidArgument,
  invalidReturn,
  requireFunction,
  requireInteger,
  requirePositive,
} from './validate.ts';

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
 * distance that shrinks with η; `gradientNorms` reports the full gradient, for comparison with descent.
 *
 * @example
 * ```ts
 * const fit = linearRegression([1, 2, 3, 4], [2, 4, 5, 4]);
 * minibatchSgd(fit, [0, 0], { learningRate: 0.01, batchSize: 1, seed: 7, steps: 500 }).final;
 * // ≈ Float64Array [0.794, 1.721]: as far from the fit (0.7, 2) as 500 full-batch steps (0.820, 1.647)
 * ```
 */
export function minibatchSgd(
  objective: FiniteSumObjective,
  x0: ArrayLike<number>,
  options: MinibatchSgdOptions,
): OptimizationResult<Float64Array> {
  const opts = checkOptimizerOptions(options, ['learningRate', 'batchSize', 'seed']);
  const rate = opts.learningRate;
  if (typeof rate !== 'function') requirePositive('options.learningRate', rate);
  const { sample } = samplerFor(objective, opts.batchSize, opts.seed);
  const normalized = normalizeObjective(objective, x0);
  const rules = stopRules(opts, normalized.x0, true);
  const { dim } = normalized;
  const g = new Float64Array(dim);
  const point = new Float64Array(dim);

  const advance: Advance = (from, k, count) => {
    const x = new Float64Array(count * dim);
    const hs = new Float64Array(count);
    const current = from.slice();
    for (let j = 0; j < count; j++) {
      const eta = typeof rate === 'function' ? (rate as Schedule)(k + j) : (rate as number);
      if (typeof eta !== 'number' || !(eta > 0 && eta < Infinity)) {
        throw invalidReturn(
          'options.learningRate',
          `must return a positive finite step size (at k = ${k + j})`,
          eta,
        );
      }
      point.set(current);
      objective.batchGrad(point, sample(), g);
      let finite = true;
      for (let i = 0; i < dim; i++) {
        current[i] = current[i]! + eta * -g[i]!;
        finite &&= Number.isFinite(current[i]!);
      }
      if (!finite) return { x, count: j, h: hs, failed: true };
      x.set(current, j * dim);
      hs[j] = eta;
    }
    return { x, count, h: hs, failed: false };
  };
  return runOptimizer(normalized, rules, advance) as OptimizationResult<Float64Array>;
}

/** Validates a finite-sum objective and builds its seeded batch sampler (shared with Adam). */
export function samplerFor(
  objective: unknown,
  batchSize: unknown,
  seed: unknown,
): { sample: () => Int32Array } {
  const o = objective as Partial<FiniteSumObjective> | null;
  if (o === null || typeof o !== 'object') throw invalidArgument('objective', 'must be an object', o);
  requireFunction('objective.batchGrad', o.batchGrad);
  const samples = requireInteger('objective.samples', o.samples, 1);
  const size = batchSize === undefined ? samples : requireInteger('options.batchSize', batchSize, 1);
  const random = seededRandom(seed === undefined ? 0 : (seed as number));
  const sampler = batchSampler(samples, Math.min(size, samples), random);
  return { sample: () => sampler.next() };
}
