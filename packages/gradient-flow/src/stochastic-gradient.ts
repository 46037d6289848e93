import { PhaseflowError } from '@phaseflow/ode';
import { type NormalizedObjective, normalizeObjective, probeSystemGradient } from './objective.ts';
import { batchSampler, seededRandom } from './seeded-random.ts';
import {
  describeValue,
  invalidArgument,
  readProperty,
  requireFunction,
  requireInteger,
  toFiniteVector,
} from './validate.ts';

/** Where SGD and Adam take their gradient from, and the objective their results are recorded against. */
export interface GradientSource {
  readonly normalized: NormalizedObjective;
  /** The gradient of step k: a minibatch's for a finite-sum objective, ∇F itself for a plain one. */
  readonly gradient: (x: Float64Array, out: Float64Array) => void;
  /** True when a batch holds fewer than all samples: the gradient is then noisy. */
  readonly partial: boolean;
}

/**
 * A finite-sum objective (one with `batchGrad`) gives the minibatch gradient of a seeded sampler; its x0 must be an
 * array of its `dim` (a number x0 on a 2-D objective is `ERR_DIM_MISMATCH`). Its `grad` is never called: the first
 * batch gradient is probed (every component written) as it is evaluated, so that probe is step 0's evaluation. A plain
 * `{ F, grad }` objective (scalar or n-D) gives ∇F, the full-batch case; `batchSize` then has no meaning and is refused.
 */
export function gradientSource(
  objective: unknown,
  x0: unknown,
  batchSize: unknown,
  seed: unknown,
): GradientSource {
  if (objective === null || typeof objective !== 'object') {
    throw invalidArgument('objective', 'must be an object { F, grad } or a finite-sum objective', objective);
  }
  const o = objective as Record<string, unknown>;
  const random = seededRandom(seed === undefined ? 0 : requireInteger('options.seed', seed, 0));
  const batchGradValue = readProperty('objective.batchGrad', o, 'batchGrad');
  if (batchGradValue === undefined) {
    if (batchSize !== undefined) {
      throw invalidArgument(
        'options.batchSize',
        'needs a finite-sum objective (with batchGrad and samples)',
        batchSize,
      );
    }
    const normalized = normalizeObjective(objective, x0);
    return { normalized, gradient: normalized.gradient, partial: false };
  }
  const batchGrad = requireFunction<(x: Float64Array, b: Int32Array, out: Float64Array) => void>(
    'objective.batchGrad',
    batchGradValue,
  );
  const samples = requireInteger('objective.samples', readProperty('objective.samples', o, 'samples'), 1);
  const dimValue = readProperty('objective.dim', o, 'dim');
  const dim = dimValue === undefined ? undefined : requireInteger('objective.dim', dimValue, 1);
  const start = typeof x0 === 'number' ? [x0] : toFiniteVector('x0', x0);
  if (dim !== undefined && start.length !== dim) {
    throw new PhaseflowError(
      'ERR_DIM_MISMATCH',
      `dimension mismatch. \`x0\` must be an array of the objective's dimension (${dim}). Value: \`${describeValue(x0)}\`.`,
    );
  }
  const size = batchSize === undefined ? samples : requireInteger('options.batchSize', batchSize, 1);
  const sampler = batchSampler(samples, Math.min(size, samples), random);
  const normalized = normalizeObjective(objective, start, { probeGradient: false });
  let first = true;
  return {
    normalized,
    partial: size < samples,
    gradient: (x, out) => {
      const batch = sampler.next();
      if (first) {
        first = false;
        out.set(probeSystemGradient((p, g) => batchGrad(p, batch, g), x, 'objective.batchGrad'));
      } else batchGrad(x, batch, out);
    },
  };
}
