import type { ScalarTestFunction } from './test-function.ts';

/**
 * V(x) = x³/3 − x²/2, the potential of the logistic equation: −V′(x) = x(1 − x), so gradient descent on V is
 * Euler's method on x′ = x(1 − x) (bit for bit: the gradient is written as −(x(1 − x))). Local minimizer x = 1
 * (V = −1/6), local maximizer x = 0; V is unbounded below as x → −∞.
 * @example
 * ```ts
 * const v = logisticPotential();
 * [v.grad(0.5), v.hessian(1), v.minimizers[0]]; // [-0.25, 1, 1]
 * ```
 */
export function logisticPotential(): ScalarTestFunction {
  return {
    name: 'logistic potential x³/3 − x²/2',
    F: (x) => (x * x * x) / 3 - (x * x) / 2,
    grad: (x) => -(x * (1 - x)),
    hessian: (x) => 2 * x - 1,
    minimizers: [1],
    minimum: undefined,
  };
}
