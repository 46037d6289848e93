import { euler, init, type ScalarRhs, type Stepper, type SystemRhs } from '@phaseflow/ode';
import { flowRhs } from './gradient-flow.ts';
import type { Direction, NormalizedObjective } from './objective.ts';
import type { OptimizerStep } from './run-optimizer.ts';
import type { Schedule } from './schedules.ts';
import { invalidReturn } from './validate.ts';

/** Most iterations one Euler stepper spans before the next starts: it stores its steps, and a short span keeps them
 * in cache (64 kB for dim 1) while a new stepper every 4,096 iterations costs nothing measurable. */
const SPAN_STEPS = 4096;

/**
 * Gradient descent's step: one `step(η_k)` of `@phaseflow/ode`'s Euler stepper on the gradient flow
 * (`init(gradientFlow(F), euler({ h }))`), so the iterates are Euler's, computed by Euler's kernel. The flow's
 * right-hand side copies the ∇F it evaluates, which is the gradient the step hands to the stop rules.
 *
 * `step(h)` takes exactly the step asked for and computes nothing ahead, so each iteration evaluates ∇F once, and a
 * schedule's η_k is just the h of step k. A stepper spans at most SPAN_STEPS iterations; the next one starts at x_k
 * when it ends, when η_k would pass its t1, or when η_k falls below the spacing of its times (a fast-decaying
 * schedule). The engine probes its right-hand side at x_k when a stepper starts; the objective's last-point memo
 * answers the step's own evaluation there, so a new stepper costs no extra gradient evaluation.
 */
export function eulerStep(
  objective: NormalizedObjective,
  direction: Direction,
  rate: number | Schedule,
  steps: number,
): OptimizerStep {
  const { dim, scalar } = objective;
  const evaluated = new Float64Array(dim);
  const next = new Float64Array(dim);
  const f = flowRhs(objective, direction, evaluated);
  // One result object, updated in place: the driver reads it before the next call (see OptimizerStep).
  const result = { next, gradient: evaluated, h: 0 };
  let stepper: Stepper<number> | Stepper<Float64Array> | null = null;
  // Where the stepper is (t, the running sum of its steps as it keeps them), its end t1 and the steps left in it.
  let t = 0;
  let t1 = 0;
  let left = 0;
  const start = (x: Float64Array, k: number, h: number) => {
    left = Math.max(1, Math.min(SPAN_STEPS, steps + 1 - k));
    t = 0;
    t1 = 2 * (left + 1) * h;
    const method = euler({ h });
    const options = { maxSteps: left };
    stepper = scalar
      ? init({ f: f as ScalarRhs, x0: x[0]!, t1 }, method, options)
      : init({ f: f as SystemRhs, x0: x, t1 }, method, options);
    return stepper;
  };
  return (x, k) => {
    const h = typeof rate === 'number' ? rate : rate(k);
    if (typeof h !== 'number' || !(h > 0 && h < Infinity)) {
      throw invalidReturn('options.learningRate', `must return a positive finite step size (at k = ${k})`, h);
    }
    // A step that evaluates nothing must not hand on a stale gradient (a loop: `fill` costs more for a few numbers).
    for (let i = 0; i < dim; i++) evaluated[i] = Number.NaN;
    // A new stepper at x_k when this one has no steps left, when η_k would reach its t1, or when η_k is below the
    // spacing of its times. (A stepper that met a non-finite proposal is not asked again: the driver stops.)
    let s = stepper;
    if (s === null || left === 0 || t + h >= t1 || h < 8 * t * Number.EPSILON) s = start(x, k, h);
    left--;
    t += h;
    s.step(h);
    // A step that could not be taken (a non-finite successor) leaves the stepper at x_k: the proposal is non-finite.
    if (s.status === 'non-finite') next[0] = Number.NaN;
    else if (scalar) next[0] = s.x as number;
    else next.set(s.x as Float64Array);
    result.h = h;
    return result;
  };
}
