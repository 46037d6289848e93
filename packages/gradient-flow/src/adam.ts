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
import { gradientSource } from './stochastic-gradient.ts';
import { invalidArgument, requirePositive } from './validate.ts';

/** Options of Adam (Kingma & Ba's defaults). */
export interface AdamOptions extends StopOptions {
  /** α, the step scale (default 0.001). */
  learningRate?: number;
  /** Decay of the first-moment average (default 0.9). */
  beta1?: number;
  /** Decay of the second-moment average (default 0.999). */
  beta2?: number;
  /** Added to √v̂ so that a zero gradient does not divide by zero (default 1e-8). */
  epsilon?: number;
  /** Samples per step (default: all). */
  batchSize?: number;
  /** Seed of the batch sampler (default 0). */
  seed?: number;
}

/**
 * Adam (Kingma & Ba, 2015): m_k = β1·m + (1 − β1)·g, v_k = β2·v + (1 − β2)·g², x_{k+1} = x_k − α·m̂/(√v̂ + ε) with
 * the bias corrections m̂ = m/(1 − β1^k), v̂ = v/(1 − β2^k). Read as a discretization it is Euler on a flow whose
 * direction is the averaged gradient rescaled per coordinate (a diagonal preconditioner), so each coordinate moves
 * about α per step whatever the curvature: a fixed α never settles exactly without decay, but the ill-conditioning
 * that forces plain descent below 2/L matters much less. It takes a finite-sum objective (minibatches) or a plain
 * `{ F, grad }` one (full gradient). One gradient evaluation per iteration; the stop rules read that gradient.
 *
 * @example
 * ```ts
 * const fit = linearRegression([1, 2, 3, 4], [2, 4, 5, 4]);
 * adam(fit, [0, 0], { learningRate: 0.05, steps: 2000 }).final; // ≈ Float64Array [0.7, 2]
 * ```
 */
export function adam(
  objective: FiniteSumObjective | SystemObjective,
  x0: ArrayLike<number>,
  options?: AdamOptions,
): OptimizationResult<Float64Array>;
export function adam(
  objective: ScalarObjective,
  x0: number,
  options?: AdamOptions,
): OptimizationResult<number>;
export function adam(
  objective: FiniteSumObjective | ScalarObjective | SystemObjective,
  x0: number | ArrayLike<number>,
  options?: AdamOptions,
): OptimizationResult {
  const opts = checkOptimizerOptions(options, [
    'learningRate',
    'beta1',
    'beta2',
    'epsilon',
    'batchSize',
    'seed',
  ]);
  const alpha =
    opts.learningRate === undefined ? 1e-3 : requirePositive('options.learningRate', opts.learningRate);
  const beta1 = opts.beta1 === undefined ? 0.9 : requireUnit('options.beta1', opts.beta1);
  const beta2 = opts.beta2 === undefined ? 0.999 : requireUnit('options.beta2', opts.beta2);
  const epsilon = opts.epsilon === undefined ? 1e-8 : requirePositive('options.epsilon', opts.epsilon);
  const { normalized, gradient, partial } = gradientSource(objective, x0, opts.batchSize, opts.seed);
  const rules = stopRules(opts, normalized.x0, partial ? 'minibatch' : 'full-batch');
  const { dim } = normalized;
  const g = new Float64Array(dim);
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const point = new Float64Array(dim);
  const next = new Float64Array(dim);

  const step: OptimizerStep = (x, k) => {
    const t = k + 1;
    point.set(x);
    gradient(point, g);
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (let i = 0; i < dim; i++) {
      m[i] = beta1 * m[i]! + (1 - beta1) * g[i]!;
      v[i] = beta2 * v[i]! + (1 - beta2) * g[i]! * g[i]!;
      next[i] = x[i]! - (alpha * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + epsilon);
    }
    return { next, gradient: g, h: alpha };
  };
  return runOptimizer(normalized, rules, step);
}

function requireUnit(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1))
    throw invalidArgument(name, 'must be in [0, 1)', value);
  return value;
}
