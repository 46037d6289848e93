import { norm2 } from './norm.ts';
import type { NormalizedObjective } from './objective.ts';
import type { OptimizationResult, OptimizerStatus } from './optimization-result.ts';
import {
  checkOptions,
  invalidArgument,
  requireInRange,
  requireInteger,
  requirePositive,
} from './validate.ts';

/** When to stop, shared by every optimiser in this package. */
export interface StopOptions {
  /** Most iterations (default 1000). */
  steps?: number;
  /** Converged when ‖∇F(x_k)‖₂ ≤ gradTol (default 1e-8). */
  gradTol?: number;
  /** Converged when ‖x_k − x_{k−1}‖₂ ≤ stepTol·(1 + ‖x_k‖₂) (default 0: x stopped changing; off for the
   * stochastic methods, where one batch's zero gradient says nothing about F). */
  stepTol?: number;
  /** Diverged when ‖x_k‖∞ exceeds this (default 1e8·max(1, ‖x_0‖∞)). */
  divergenceBound?: number;
}

export const STOP_OPTIONS = ['steps', 'gradTol', 'stepTol', 'divergenceBound'] as const;

export interface StopRules {
  readonly steps: number;
  readonly gradTol: number;
  readonly stepTol: number;
  readonly divergenceBound: number;
}

/** Validates the stop options found in an already key-checked options object. */
export function stopRules(opts: Record<string, unknown>, x0: Float64Array, stochastic = false): StopRules {
  let scale = 1;
  for (let i = 0; i < x0.length; i++) scale = Math.max(scale, Math.abs(x0[i]!));
  return {
    steps: opts.steps === undefined ? 1000 : requireInteger('options.steps', opts.steps, 0),
    gradTol: opts.gradTol === undefined ? 1e-8 : requireInRange('options.gradTol', opts.gradTol, 0, Infinity),
    // −∞ switches the step test off: no length is ≤ −∞.
    stepTol:
      opts.stepTol === undefined
        ? stochastic
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

/**
 * Steps computed by an optimiser from `from` (= x_k): rows x_{k+1} … x_{k+count} in `x`, row-major, and the step
 * size each used. `failed` says the step after the last row would not have been finite.
 */
export interface Chunk {
  readonly x: Float64Array;
  readonly count: number;
  readonly h: number | Float64Array;
  readonly failed: boolean;
  /** Set when the optimiser cannot take a further step although no stop rule holds (a line search found no
   * acceptable step): the run ends after the rows above with this status and message. */
  readonly stop?: { readonly status: OptimizerStatus; readonly message: string };
}

/** Computes up to `count` steps starting from iterate k, whose value is `from`. */
export type Advance = (from: Float64Array, k: number, count: number) => Chunk;

const FIRST_CHUNK = 8;
const MAX_CHUNK = 1024;

/**
 * The driver shared by all optimisers: asks `advance` for steps in chunks (8, 16, … 1024) and hands them to a
 * `Recorder`, which stops at the first iterate meeting a stop rule. The steps computed past that iterate, because
 * the chunk ran on, are dropped, so the result does not depend on the chunk sizes.
 */
export function runOptimizer(
  objective: NormalizedObjective,
  rules: StopRules,
  advance: Advance,
): OptimizationResult {
  const recorder = new Recorder(objective, rules);
  let size = FIRST_CHUNK;
  while (!recorder.done) {
    recorder.offer(advance(recorder.last, recorder.k, Math.min(size, rules.steps - recorder.k)));
    size = Math.min(2 * size, MAX_CHUNK);
  }
  return recorder.result();
}

/** The chunk sizes `runOptimizer` uses, for drivers that advance several runs together (multiStart). */
export function nextChunkSize(size: number): number {
  return size === 0 ? FIRST_CHUNK : Math.min(2 * size, MAX_CHUNK);
}

/**
 * Records one optimiser run: F and ‖∇F‖ at each iterate offered, and the first stop rule met. Iterates offered
 * after the run stopped are ignored.
 */
export class Recorder {
  private readonly rows: Float64Array[];
  private readonly values: number[] = [];
  private readonly norms: number[] = [];
  private readonly hs: number[] = [];
  private readonly point: Float64Array;
  private readonly grad: Float64Array;
  /** The current iterate x_k. */
  readonly last: Float64Array;
  /** The number of steps recorded. */
  k = 0;
  private status: OptimizerStatus = 'max-iterations';
  private message: string;

  constructor(
    private readonly objective: NormalizedObjective,
    private readonly rules: StopRules,
  ) {
    const { dim } = objective;
    this.rows = [objective.x0.slice()];
    this.point = new Float64Array(dim);
    this.grad = new Float64Array(dim);
    this.last = objective.x0.slice();
    this.message = `ran the maximum ${rules.steps} iterations without meeting a convergence test`;
    // Checked when the objective was normalized; only an F that changes between calls fails here.
    if (!this.measure(objective.x0))
      throw invalidArgument('x0', 'must be a point where F and ∇F are finite', objective.x0);
    if (this.norms[0]! <= rules.gradTol) {
      this.status = 'converged';
      this.message = `‖∇F(x_0)‖ = ${this.norms[0]} ≤ gradTol = ${rules.gradTol} at the start`;
    }
  }

  /** True once a stop rule holds or the iterations are used up. */
  get done(): boolean {
    return this.status !== 'max-iterations' || this.k >= this.rules.steps;
  }

  private measure(row: Float64Array): boolean {
    const { objective, point, grad } = this;
    point.set(row);
    const v = objective.value(point);
    point.set(row);
    objective.gradient(point, grad);
    const n = norm2(grad);
    if (!(typeof v === 'number' && Number.isFinite(v) && Number.isFinite(n))) return false;
    this.values.push(v);
    this.norms.push(n);
    return true;
  }

  /** Takes the rows of a chunk in order until a stop rule holds. */
  offer(chunk: Chunk): void {
    const { dim } = this.objective;
    const { rules, last } = this;
    for (let j = 0; j < chunk.count && !this.done; j++) {
      const row = chunk.x.subarray(j * dim, (j + 1) * dim);
      if (!this.measure(row)) {
        this.status = 'non-finite';
        this.message = `F or ∇F is not finite at the iterate after x_${this.k}; stopped at x_${this.k}`;
        return;
      }
      const step = norm2(row, last);
      const size = norm2(row);
      let maxAbs = 0;
      for (let i = 0; i < dim; i++) maxAbs = Math.max(maxAbs, Math.abs(row[i]!));
      this.rows.push(row);
      this.hs.push(typeof chunk.h === 'number' ? chunk.h : chunk.h[j]!);
      last.set(row);
      const k = ++this.k;
      const gn = this.norms[k]!;
      if (gn <= rules.gradTol) {
        this.status = 'converged';
        this.message = `‖∇F(x_${k})‖ = ${gn} ≤ gradTol = ${rules.gradTol}`;
      } else if (maxAbs > rules.divergenceBound) {
        this.status = 'diverged';
        this.message = `‖x_${k}‖∞ = ${maxAbs} exceeded divergenceBound = ${rules.divergenceBound} (is the step size above 2/L?)`;
      } else if (step <= rules.stepTol * (1 + size)) {
        this.status = 'converged';
        this.message = `the step to x_${k} had length ${step} ≤ stepTol·(1 + ‖x‖) with stepTol = ${rules.stepTol}`;
      }
    }
    if (this.done) return;
    if (chunk.stop) {
      this.status = chunk.stop.status;
      this.message = chunk.stop.message;
    } else if (chunk.failed) {
      this.status = 'non-finite';
      this.message = `the step from x_${this.k} would give a non-finite iterate (overflow, or ∇F undefined there); stopped at x_${this.k}`;
    }
  }

  /** The result so far (call once done). */
  result(): OptimizationResult {
    const { dim, scalar } = this.objective;
    const x = new Float64Array(this.rows.length * dim);
    this.rows.forEach((row, i) => {
      x.set(row.subarray(0, dim), i * dim);
    });
    return {
      x,
      values: Float64Array.from(this.values),
      gradientNorms: Float64Array.from(this.norms),
      stepSizes: Float64Array.from(this.hs),
      dim,
      iterations: this.k,
      status: this.status,
      message: this.message,
      final: scalar ? this.last[0]! : this.last.slice(),
      finalValue: this.values[this.k]!,
    };
  }
}
