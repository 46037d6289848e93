import type { SystemTestFunction } from './test-function.ts';

/**
 * F(x, y) = x² − y²: one critical point, the saddle at the origin (Hessian diag(2, −2)), no minimizers, unbounded
 * below. Gradient descent started exactly on the x axis converges to the saddle; any y ≠ 0 grows as (1 + 2η)^k.
 * @example
 * ```ts
 * saddle().minimizers.length; // 0
 * ```
 */
export function saddle(): SystemTestFunction {
  return {
    name: 'saddle x² − y²',
    dim: 2,
    F: (x) => x[0]! * x[0]! - x[1]! * x[1]!,
    grad: (x, out) => {
      out[0] = 2 * x[0]!;
      out[1] = -2 * x[1]!;
    },
    hessian: (_x, out) => {
      out[0] = 2;
      out[1] = 0;
      out[2] = 0;
      out[3] = -2;
    },
    minimizers: [],
    minimum: undefined,
  };
}
