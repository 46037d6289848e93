import type { FormulaLoss } from '@phaseflow/formula';
import { findFixedPoints } from '@phaseflow/ode';

/** The critical points of F in the box: the fixed points of the descent flow x′ = −∇F, at most `max`. */
export interface CriticalPoints {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Cells where the search could not settle whether a point hides. */
  readonly unresolved: number;
  /** True when more points were found than kept (a curve of critical points, F flat). */
  readonly truncated: boolean;
}

/**
 * The zeros of ∇F in the box, found by `findFixedPoints` on −∇F (sign changes of both components on a 41×41 grid,
 * then Newton with the flow's Jacobian −∇²F, the loss's own Hessian).
 *
 * @example
 * ```ts
 * criticalPoints(loss, [-2, 2, -1.6, 1.6]).points; // [{ x: 0, y: -1 }, { x: 0, y: 0 }, { x: 0, y: 1 }] (saddle preset)
 * ```
 */
export function criticalPoints(
  loss: FormulaLoss,
  box: readonly [number, number, number, number],
  max = 12,
): CriticalPoints {
  const f = (x: Float64Array, _t: number, d: Float64Array) => {
    loss.grad(x, d);
    d[0] = -d[0]!;
    d[1] = -d[1]!;
  };
  const found = findFixedPoints(f, [
    [box[0], box[1]],
    [box[2], box[3]],
  ]);
  const points = found.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  return {
    points: points.slice(0, max).map((p) => ({ x: p.x, y: p.y })),
    unresolved: found.unresolved.length,
    truncated: found.status !== 'complete' || points.length > max,
  };
}
