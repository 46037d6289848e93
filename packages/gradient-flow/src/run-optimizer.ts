import { norm2 } from './norm.ts';
import type { NormalizedObjective } from './objective.ts';
import type { OptimizationResult, OptimizerStatus } from './optimization-result.ts';
import { Recorder } from './recorder.ts';
import { requireStorage } from './storage-cap.ts';
import {
  checkOptions,
  invalidArgument,
  requireInRange,
  requireInteger,
  requirePositive,
} from './validate.ts';

/**
 * When to stop, shared by every optimiser in this package. Each rule reads the gradient that the step from x_k
 * evaluated (its one gradient evaluation): ∇F(x_k) for gradient descent, heavy ball and Armijo; ∇F(y_k) at the
 * look-ahead point y_k = x_k + β(x_k − x_{k−1}) for Nesterov (so gradTol asks that the point the method is about to
 * step from be stationary); the minibatch gradient at x_k for SGD and Adam (so gradTol asks that the batch drawn for
 * step k see a flat F: a noisy test, and with full batches the plain ‖∇F(x_k)‖ test).
 */
export interface StopOptions {
  /** Most iterations (default 1000, at most `MAX_STEPS` = 10⁶; beyond, `ERR_TOO_LARGE`). */
  steps?: number;
  /** Converged when the norm of the gradient evaluated at step k is ≤ gradTol (default 1e-8; off for SGD and Adam
   * on minibatches smaller than the data, where one batch's gradient can vanish far from the minimum). */
  gradTol?: number;
  /** Converged when ‖x_k − x_{k−1}‖₂ ≤ stepTol·(1 + ‖x_k‖₂) (default 0: x stopped changing; off for the
   * stochastic methods, where one batch's zero gradient says nothing about F). */
  stepTol?: number;
  /** Diverged when ‖x_k‖∞ exceeds this (default 1e8·max(1, ‖x_0‖∞)). */
  divergenceBound?: number;
}

export const STOP_OPTIONS = ['steps', 'gradTol', 'stepTol', 'divergenceBound'] as const;

/** The most iterations one optimiser run takes: 10⁶ iterations of even a cheap objective are seconds of work. */
export const MAX_STEPS = 1e6;

/** The most rows (times the dimension) a run's record allocates before its first iteration: 8 MB a column. */
const UP_FRONT_ROWS = 2 ** 20;

export interface StopRules {
  readonly steps: number;
  readonly gradTol: number;
  readonly stepTol: number;
  readonly divergenceBound: number;
}

/** Validates the stop options found in an already key-checked options object. */
export function stopRules(
  opts: Record<string, unknown>,
  x0: Float64Array,
  stochastic: 'no' | 'full-batch' | 'minibatch' = 'no',
): StopRules {
  let scale = 1;
  for (let i = 0; i < x0.length; i++) scale = Math.max(scale, Math.abs(x0[i]!));
  const steps = opts.steps === undefined ? 1000 : requireInteger('options.steps', opts.steps, 0);
  // A run keeps x_k (dim numbers), F, the gradient norm and the step size per iterate.
  requireStorage('options.steps', steps, MAX_STEPS, (steps + 1) * (x0.length + 3));
  return {
    steps,
    // −∞ switches a test off: no length is ≤ −∞. One sample's gradient can vanish exactly (the line through it) with
    // F far from its minimum, so a minibatch run tests the gradient only when asked to.
    gradTol:
      opts.gradTol === undefined
        ? stochastic === 'minibatch'
          ? -Infinity
          : 1e-8
        : requireInRange('options.gradTol', opts.gradTol, 0, Infinity),
    stepTol:
      opts.stepTol === undefined
        ? stochastic !== 'no'
          ? -Infinity
          : 0
        : requireInRange('options.stepTol', opts.stepTol, 0, Infinity),
    divergenceBound:
      opts.divergenceBound === undefined
        ? 1e8 * scale
        : requirePositive('options.divergenceBound', opts.divergenceBound),
  };
}

/** Checks `options` against the stop options plus the optimiser's own names. */
export function checkOptimizerOptions(options: unknown, own: readonly string[]): Record<string, unknown> {
  return checkOptions('options', options, [...own, ...STOP_OPTIONS]);
}

/** What one step of an optimiser computed from its iterate x_k. */
export interface StepResult {
  /** x_{k+1} (read before the next call: steps may reuse the buffer). */
  readonly next: Float64Array;
  /** The gradient the step evaluated: its one evaluation (see `StopOptions` for which gradient each method's is). */
  readonly gradient: Float64Array;
  /** The step size used, η_k. */
  readonly h: number;
  /** F(x_k), when the step computed it anyway (Armijo), so that the driver does not evaluate it again. */
  readonly value?: number;
  /** Set when the method cannot step from x_k although no stop rule holds (a line search found no acceptable
   * step): the run ends at x_k with this status and message. */
  readonly stop?: { readonly status: OptimizerStatus; readonly message: string };
}

/**
 * One iteration of an optimiser: from x_k (and k), the next iterate and the gradient it evaluated. A step is a
 * closure that may carry the method's memory (the previous iterate, Adam's moments): the driver calls it once for
 * each k = 0, 1, 2, … in order, with x_k equal to the `next` of the previous call, never modifies what it returns, and reads it before the next call (a step may return the
 * same object, updated).
 */
export type OptimizerStep = (x: Float64Array, k: number) => StepResult;

/**
 * The one driver of every optimiser. Step k evaluates the gradient at (or near) x_k and proposes x_{k+1}; the stop
 * rules are then applied at x_k with that gradient, and x_{k+1} is kept only if none holds. So n iterations cost n + 1
 * steps, that is n + 1 gradient evaluations (the first shares the objective's probe at x_0; the last, at x_n, is the
 * one the final stop test reads, and its proposed x_{n+1} is dropped).
 */
export function runOptimizer(
  objective: NormalizedObjective,
  rules: StopRules,
  step: OptimizerStep,
): OptimizationResult {
  // Room for every iteration up front (at most UP_FRONT_ROWS): memory the run never touches costs nothing, and the
  // record then needs neither regrowth nor a final copy.
  const recorder = new Recorder(
    objective,
    Math.min(rules.steps + 1, Math.floor(UP_FRONT_ROWS / objective.dim)),
  );
  const x = objective.x0.slice();
  const previous = x.slice();
  const point = new Float64Array(objective.dim);
  let status: OptimizerStatus = 'max-iterations';
  let message = `ran the maximum ${rules.steps} iterations without meeting a convergence test`;
  let h = 0;
  for (let k = 0; ; k++) {
    const s = step(x, k);
    let value = s.value;
    if (value === undefined) {
      copy(x, point); // a fresh copy: the user's F may scribble on its argument
      value = objective.value(point);
    }
    const gn = fastNorm(s.gradient);
    if (!(typeof value === 'number' && Number.isFinite(value) && Number.isFinite(gn))) {
      if (k === 0) throw invalidArgument('x0', 'must be a point where F and the gradient are finite', x);
      status = 'non-finite';
      message = `F or the gradient is not finite at the iterate after x_${k - 1}; stopped at x_${k - 1}`;
      break;
    }
    recorder.push(x, value, gn, h, k);
    if (gn <= rules.gradTol) {
      status = 'converged';
      message =
        k === 0
          ? `‖∇F(x_0)‖ = ${gn} ≤ gradTol = ${rules.gradTol} at the start`
          : `‖∇F(x_${k})‖ = ${gn} ≤ gradTol = ${rules.gradTol}`;
      break;
    }
    if (k > 0) {
      const stop = stepRules(x, previous, rules, k);
      if (stop) {
        status = stop.status;
        message = stop.message;
        break;
      }
    }
    if (k === rules.steps) break;
    if (s.stop) {
      status = s.stop.status;
      message = s.stop.message;
      break;
    }
    const next = s.next;
    if (!allFinite(next)) {
      status = 'non-finite';
      message = `the step from x_${k} would give a non-finite iterate (overflow, or ∇F undefined there); stopped at x_${k}`;
      break;
    }
    copy(x, previous);
    copy(next, x);
    h = s.h;
  }
  return recorder.result(status, message);
}

/** ‖v‖₂: the plain sum of squares, exact enough unless it overflows or underflows; then rescaled (norm2). */
function fastNorm(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  return s < Number.MAX_VALUE && s > 1e-290 ? Math.sqrt(s) : norm2(v);
}

/** `to.set(from)` for equal lengths, as a loop: for the few numbers of an iterate, `set` costs more than the copy. */
function copy(from: Float64Array, to: Float64Array): void {
  for (let i = 0; i < from.length; i++) to[i] = from[i]!;
}

function allFinite(v: Float64Array): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i]!)) return false;
  return true;
}

/** The divergence and step-length rules at x_k (k ≥ 1): null when neither holds. */
function stepRules(
  x: Float64Array,
  previous: Float64Array,
  rules: StopRules,
  k: number,
): { status: OptimizerStatus; message: string } | null {
  // ‖x_k − x_{k−1}‖, ‖x_k‖ and ‖x_k‖∞ without temporaries (rescaled as in norm2 when a sum leaves the normal range).
  let maxAbs = 0;
  let size2 = 0;
  let step2 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    const d = v - previous[i]!;
    maxAbs = Math.max(maxAbs, Math.abs(v));
    size2 += v * v;
    step2 += d * d;
  }
  if (maxAbs > rules.divergenceBound) {
    return {
      status: 'diverged',
      message: `‖x_${k}‖∞ = ${maxAbs} exceeded divergenceBound = ${rules.divergenceBound} (is the step size above 2/L?)`,
    };
  }
  const size = size2 < Number.MAX_VALUE && size2 > 1e-290 ? Math.sqrt(size2) : norm2(x);
  const step = step2 < Number.MAX_VALUE && step2 > 1e-290 ? Math.sqrt(step2) : norm2(x, previous);
  if (step <= rules.stepTol * (1 + size)) {
    return {
      status: 'converged',
      message: `the step to x_${k} had length ${step} ≤ stepTol·(1 + ‖x‖) with stepTol = ${rules.stepTol}`,
    };
  }
  return null;
}
