import { requireInRange } from '../validate.ts';
import type { SystemTestFunction } from './test-function.ts';

/**
 * F(x, y) = (x² + κ·y²)/2: Hessian diag(1, κ), so μ = 1, L = κ and the condition number is κ. Gradient descent
 * must keep η < 2/κ for the steep y direction and then crawls along x at rate 1 − η: the zigzag.
 * @example
 * ```ts
 * const q = illConditionedQuadratic(10);
 * q.F(Float64Array.of(1, 1)); // 5.5
 * ```
 */
export function illConditionedQuadratic(kappa: number): SystemTestFunction {
  const k = requireInRange('kappa', kappa, 1, Number.MAX_VALUE, true);
  return {
    name: `ill-conditioned quadratic (κ = ${k})`,
    dim: 2,
    F: (x) => 0.5 * (x[0]! * x[0]! + k * x[1]! * x[1]!),
    grad: (x, out) => {
      out[0] = x[0]!;
      out[1] = k * x[1]!;
    },
    hessian: (_x, out) => {
      out[0] = 1;
      out[1] = 0;
      out[2] = 0;
      out[3] = k;
    },
    minimizers: [[0, 0]],
    minimum: 0,
  };
}
