import { type ImplicitMethod, type ImplicitOptions, implicitMethod } from './implicit-method.ts';
import { TRAPEZOID_TABLEAU } from './trapezoid-tableau.ts';

/**
 * The implicit trapezoid rule at a fixed step h: x_{k+1} = x_k + (h/2)·(f(t_k, x_k) + f(t_{k+1}, x_{k+1})), solved
 * by Newton as backwardEuler is (same options, statuses and Jacobian reuse). Second order and A-stable,
 * R(z) = (1 + z/2)/(1 − z/2); on very stiff modes R ≈ −1, so they persist as a sign-flipping ripple where
 * backwardEuler or rodas4 damp them.
 * @example
 * ```ts
 * solve({ f: (x) => -x, x0: 1, t1: 1 }, trapezoid({ h: 0.5 })).at(1); // 0.36 (= (0.75/1.25)², e⁻¹ ≈ 0.368)
 * ```
 */
export function trapezoid(options: ImplicitOptions): ImplicitMethod {
  return implicitMethod('trapezoid', TRAPEZOID_TABLEAU, 0.5, options);
}
