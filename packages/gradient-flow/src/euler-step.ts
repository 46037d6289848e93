import { euler, init, type ScalarRhs, type Stepper, type SystemRhs } from '@phaseflow/ode';
import { flowRhs } from './gradient-flow.ts';
import type { Direction, NormalizedObjective } from './objective.ts';
import type { OptimizerStep } from './run-optimizer.ts';
import type { Schedule } from './schedules.ts';
import { invalidReturn } from './validate.ts';

/**
 * Gradient descent's step: one step of `@phaseflow/ode`'s Euler stepper on the gradient flow,
 * `init(gradientFlow(F), euler({ h }))` then `step()`, so the iterates are Euler's, computed by Euler's code. The flow's
 * right-hand side copies the ∇F it evaluates, which is the gradient the step hands to the stop rules.
 *
 * Each iteration starts a one-step stepper at x_k with h = η_k (t1 = η_k): ode's `Stepper.step()` takes no step
 * size, so a schedule needs a stepper per step (the path gradient descent has always taken for schedules), and a
 * stepper spanning the whole run may compute steps ahead of the one taken (more gradient evaluations than
 * iterations when a stop rule ends the run early). The ode engine probes its right-hand side at x_k when a stepper
 * starts; the objective's last-point memo answers that probe, so each iteration costs exactly one evaluation.
 */
export function eulerStep(
  objective: NormalizedObjective,
  direction: Direction,
  rate: number | Schedule,
): OptimizerStep {
  const { dim, scalar } = objective;
  const evaluated = new Float64Array(dim);
  const next = new Float64Array(dim);
  const read = (s: Stepper<number> | Stepper<Float64Array>) => {
    // A stepper that could not take its step (a non-finite successor) stays at x_k: mark the proposal non-finite.
    if (s.status === 'non-finite') next[0] = Number.NaN;
    else if (scalar) next[0] = s.x as number;
    else next.set(s.x as Float64Array);
  };
  // The right-hand side, and for a constant η the method, are built once; each step only makes its problem.
  const f = flowRhs(objective, direction, evaluated);
  const fixed = typeof rate === 'number' ? euler({ h: rate }) : null;
  return (x, k) => {
    const h = typeof rate === 'number' ? rate : rate(k);
    if (typeof h !== 'number' || !(h > 0 && h < Infinity)) {
      throw invalidReturn('options.learningRate', `must return a positive finite step size (at k = ${k})`, h);
    }
    evaluated.fill(Number.NaN); // a step that evaluates nothing must not hand on a stale gradient
    const method = fixed ?? euler({ h });
    const stepper = scalar
      ? init({ f: f as ScalarRhs, x0: x[0]!, t1: h }, method)
      : init({ f: f as SystemRhs, x0: x, t1: h }, method);
    stepper.step();
    read(stepper);
    return { next, gradient: evaluated, h };
  };
}
