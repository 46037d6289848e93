import { gradientAscent } from '@phaseflow/gradient-flow';
import { euler, solve } from '@phaseflow/ode';
import { logistic, logisticAntiderivative } from './logistic.ts';

/**
 * The two sequences of step 9, each computed by its own package: Euler's method on x′ = x(1 − x) at step η
 * (`@phaseflow/ode`) and gradient ascent on F(x) = x²/2 − x³/3 at learning rate η (`@phaseflow/gradient-flow`),
 * both from x0 and for `steps` steps. Gradient ascent runs without a gradient tolerance, so it takes every step.
 *
 * @example
 * ```ts
 * const { euler, ascent } = ascentAndEuler(0.1, 0.5, 12);
 * euler[1];  // 0.14500000000000002
 * ascent[1]; // 0.14500000000000002
 * ```
 */
export function ascentAndEuler(x0: number, eta: number, steps: number) {
  const eulerSol = solve({ f: logistic, x0, t1: steps * eta }, euler({ h: eta }));
  const ascent = gradientAscent({ F: logisticAntiderivative, grad: logistic }, x0, {
    learningRate: eta,
    steps,
    gradTol: 0,
  });
  return {
    euler: eulerSol.x,
    times: eulerSol.t,
    ascent: ascent.x,
    values: ascent.values,
    status: ascent.status,
  };
}
