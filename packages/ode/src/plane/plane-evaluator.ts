import type { SystemRhs } from '../problem.ts';
import { requireFunction } from '../validate.ts';

/** A planar f called at (x, y), writing f₁ and f₂ into `out`, with a count of the calls made. */
export interface PlaneEvaluator {
  /** Writes f(x, y) into out[0], out[1]; a component f leaves unwritten reads NaN. */
  (x: number, y: number, out: Float64Array): void;
  /** Calls made so far. */
  count(): number;
  /** The user's f in its own form, counted too: for the solver and the Jacobian. */
  readonly f: SystemRhs;
}

/**
 * Wraps a user's system-form f for the plane (called at t = 0: the plane is for autonomous systems). The state
 * passed in is rewritten before every call, so an f that writes into its x cannot corrupt the scan; NaN or ±∞
 * pass through, since where f is not finite is a finding, not an error.
 *
 * @example
 * ```ts
 * const g = planeEvaluator('f', (x, _t, d) => { d[0] = x[1]; d[1] = -x[0]; });
 * const out = new Float64Array(2);
 * g(1, 2, out); // out = [2, -1], g.count() = 1
 * ```
 */
export function planeEvaluator(name: string, f: unknown): PlaneEvaluator {
  const rhs = requireFunction<SystemRhs>(name, f);
  const state = new Float64Array(2);
  const scratch = new Float64Array(2);
  let calls = 0;
  const evaluate = ((x: number, y: number, out: Float64Array) => {
    calls++;
    state[0] = x;
    state[1] = y;
    scratch[0] = Number.NaN;
    scratch[1] = Number.NaN;
    rhs(state, 0, scratch);
    out[0] = scratch[0]!;
    out[1] = scratch[1]!;
  }) as PlaneEvaluator & { f: SystemRhs };
  evaluate.count = () => calls;
  evaluate.f = (x, t, dxdt) => {
    calls++;
    rhs(x, t, dxdt);
  };
  return evaluate;
}
