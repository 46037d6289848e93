import { checkOptions, invalidArgument, requirePositive } from './validate.ts';

/** The heavy-ball ODE x″ + γx′ = −∇F(x) at step h. */
export interface HeavyBallParameters {
  h: number;
  gamma: number;
}

/** Polyak's momentum method: learning rate η and momentum β. */
export interface MomentumParameters {
  learningRate: number;
  momentum: number;
}

/**
 * (h, γ) → (η, β) = (h², 1 − γh): the momentum method that the heavy-ball ODE becomes when x″ is replaced by the
 * central second difference and x′ by the backward difference at step h. Needs 0 < γh ≤ 1, so that β is in [0, 1)
 * (γ = 0 would give β = 1, which `heavyBall` rejects).
 * @example
 * ```ts
 * momentumFromHeavyBall({ h: 0.1, gamma: 2 }); // { learningRate: 0.010000000000000002, momentum: 0.8 }
 * ```
 */
export function momentumFromHeavyBall(parameters: HeavyBallParameters): MomentumParameters {
  const p = checkOptions('parameters', parameters, ['h', 'gamma']);
  const h = requirePositive('parameters.h', p.h);
  const gamma = p.gamma;
  // β = 1 − γh must land in [0, 1) as `heavyBall` requires: γ = 0 (no friction) or a γh below half an ulp of 1
  // would give β = 1 exactly, a ball that never settles.
  if (typeof gamma !== 'number' || !(gamma > 0 && gamma * h <= 1 && 1 - gamma * h < 1)) {
    throw invalidArgument(
      'parameters.gamma',
      `must be a number with 0 < γ·h ≤ 1 and 1 − γ·h < 1 (h = ${h})`,
      gamma,
    );
  }
  return { learningRate: h * h, momentum: 1 - gamma * h };
}

/**
 * (η, β) → (h, γ) = (√η, (1 − β)/√η): the heavy ball a momentum method discretizes. Small β is strong friction
 * (β = 0 is plain gradient descent, the overdamped limit); β → 1 is a frictionless ball.
 * @example
 * ```ts
 * heavyBallFromMomentum({ learningRate: 0.01, momentum: 0.9 }); // { h: 0.1, gamma: 0.9999999999999998 }
 * ```
 */
export function heavyBallFromMomentum(parameters: MomentumParameters): HeavyBallParameters {
  const p = checkOptions('parameters', parameters, ['learningRate', 'momentum']);
  const eta = requirePositive('parameters.learningRate', p.learningRate);
  const beta = p.momentum;
  if (typeof beta !== 'number' || !(beta >= 0 && beta < 1)) {
    throw invalidArgument('parameters.momentum', 'must be a number in [0, 1)', beta);
  }
  const h = Math.sqrt(eta);
  return { h, gamma: (1 - beta) / h };
}
