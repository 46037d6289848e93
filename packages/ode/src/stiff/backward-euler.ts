import { BACKWARD_EULER_TABLEAU } from './backward-euler-tableau.ts';
import { type ImplicitMethod, type ImplicitOptions, implicitMethod } from './implicit-method.ts';

/** Options of backwardEuler: the step, and how hard Newton tries. */
export type BackwardEulerOptions = ImplicitOptions;

/** What backwardEuler (and trapezoid) return: an implicit θ-method at a fixed step, solved by Newton. */
export type BackwardEulerMethod = ImplicitMethod;

/**
 * Backward (implicit) Euler at a fixed step h: x_{k+1} = x_k + h·f(t_{k+1}, x_{k+1}), each step solved by Newton
 * with J (the problem's `jacobian`, or forward differences) reused across iterations and steps while it converges.
 * First order, and stable for every h on a decaying mode: R(z) = 1/(1 − z). On x′ = −∇F each step is the proximal
 * point step argmin F(x) + ‖x − x_k‖²/(2h). A step whose Newton iteration fails even with J renewed at every iterate
 * ends the run with status `newton-failed`.
 * @example
 * ```ts
 * // x′ = −1000·x at h = 0.1, where explicit Euler's factor 1 − 100 = −99 explodes:
 * solve({ f: (x) => -1000 * x, x0: 1, t1: 0.2 }, backwardEuler({ h: 0.1 })).at(0.2); // 9.80e-5 (= 1/101²)
 * ```
 */
export function backwardEuler(options: BackwardEulerOptions): BackwardEulerMethod {
  return implicitMethod('backwardEuler', BACKWARD_EULER_TABLEAU, 1, options);
}
