import type { ScalarTestFunction } from './test-function.ts';

/**
 * F(x) = sin x. Its minimizers are −π/2 + 2πk for every integer k (all with F = −1); `minimizers` lists k = −3 … 3.
 * Which one gradient descent reaches depends on the start: the basin of −π/2 + 2πk is (−3π/2 + 2πk, π/2 + 2πk).
 * @example
 * ```ts
 * sine().minimizers[3]; // -1.5707963267948966 (−π/2)
 * ```
 */
export function sine(): ScalarTestFunction {
  return {
    name: 'sin x',
    F: Math.sin,
    grad: Math.cos,
    hessian: (x) => -Math.sin(x),
    minimizers: [-3, -2, -1, 0, 1, 2, 3].map((k) => -Math.PI / 2 + 2 * Math.PI * k),
    minimum: -1,
  };
}
