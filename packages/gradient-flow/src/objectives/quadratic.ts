import { requirePositive } from '../validate.ts';
import type { ScalarTestFunction } from './test-function.ts';

/**
 * F(x) = (L/2)·x², curvature L (default 2, i.e. F = x²): the model problem of every step-size rule. Gradient
 * descent multiplies x by 1 − ηL each step.
 * @example
 * ```ts
 * const f = quadratic(); // F = x²
 * [f.F(3), f.grad(3), f.hessian(3), f.minimizers[0]]; // [9, 6, 2, 0]
 * ```
 */
export function quadratic(curvature = 2): ScalarTestFunction {
  const L = requirePositive('curvature', curvature);
  return {
    name: L === 2 ? 'x²' : `(${L}/2)x²`,
    F: (x) => 0.5 * L * x * x,
    grad: (x) => L * x,
    hessian: () => L,
    minimizers: [0],
    minimum: 0,
  };
}
