import { rk4, solve } from '@phaseflow/ode';
import { logistic } from './logistic.ts';

/**
 * The logistic equation x′ = x(1 − x) from x0 on [0, t1], solved with RK4 at h = 0.05.
 *
 * @example
 * ```ts
 * solveLogistic(0.1, 10).at(10); // 0.99959... (exact: 1 / (1 + 9e^-10) = 0.999591...)
 * ```
 */
export function solveLogistic(x0: number, t1: number) {
  return solve({ f: logistic, x0, t1 }, rk4({ h: 0.05 }));
}
