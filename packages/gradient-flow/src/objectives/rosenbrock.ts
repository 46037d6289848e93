import { checkOptions, requireFinite, requirePositive } from '../validate.ts';
import type { SystemTestFunction } from './test-function.ts';

/**
 * Rosenbrock's banana F(x, y) = (a − x)² + b(y − x²)² (defaults a = 1, b = 100): one minimizer (a, a²) with F = 0,
 * at the end of a long curved valley where the gradient is small and the curvature across the valley large.
 * @example
 * ```ts
 * const r = rosenbrock();
 * [r.F(Float64Array.of(1, 1)), r.F(Float64Array.of(-1.2, 1))]; // [0, 24.199999999999996]
 * ```
 */
export function rosenbrock(options?: { a?: number; b?: number }): SystemTestFunction {
  const o = checkOptions('options', options, ['a', 'b']);
  const a = o.a === undefined ? 1 : requireFinite('options.a', o.a);
  const b = o.b === undefined ? 100 : requirePositive('options.b', o.b);
  return {
    name: 'Rosenbrock',
    dim: 2,
    F: (x) => (a - x[0]!) ** 2 + b * (x[1]! - x[0]! ** 2) ** 2,
    grad: (x, out) => {
      const r = x[1]! - x[0]! * x[0]!;
      out[0] = -2 * (a - x[0]!) - 4 * b * x[0]! * r;
      out[1] = 2 * b * r;
    },
    hessian: (x, out) => {
      out[0] = 2 - 4 * b * (x[1]! - 3 * x[0]! * x[0]!);
      out[1] = -4 * b * x[0]!;
      out[2] = out[1];
      out[3] = 2 * b;
    },
    minimizers: [[a, a * a]],
    minimum: 0,
  };
}
