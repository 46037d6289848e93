import type { ScalarTestFunction } from './test-function.ts';

/**
 * F(x) = x⁴/4 + x³/3 − x², built from F′(x) = x(x − 1)(x + 2): a global minimum at x = −2 (F = −8/3), a local one
 * at x = 1 (F = −5/12) and a local maximum at 0 between them. Gradient descent started right of 0 ends in the
 * local minimum; restarts or momentum are needed to find the global one.
 * @example
 * ```ts
 * const f = localGlobal();
 * [f.F(-2), f.F(1)]; // [-2.6666666666666665, -0.41666666666666674] (−8/3 and −5/12)
 * ```
 */
export function localGlobal(): ScalarTestFunction {
  return {
    name: 'local and global minimum',
    F: (x) => (x * x * x * x) / 4 + (x * x * x) / 3 - x * x,
    grad: (x) => x * (x - 1) * (x + 2),
    hessian: (x) => 3 * x * x + 2 * x - 2,
    minimizers: [-2, 1],
    minimum: -8 / 3,
  };
}
