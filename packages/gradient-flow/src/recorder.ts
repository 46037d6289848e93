import { norm2 } from './norm.ts';
import type { NormalizedObjective } from './objective.ts';
import type { OptimizationResult, OptimizerStatus } from './optimization-result.ts';
import type { Chunk, StopRules } from './run-optimizer.ts';
import { invalidArgument } from './validate.ts';

/** A Float64Array that doubles its capacity as values are appended (amortised O(1), no per-step allocation). */
class Growing {
  data: Float64Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Float64Array(Math.max(capacity, 16));
  }
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const bigger = new Float64Array(Math.max(2 * this.data.length, this.length + extra));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Records one optimiser run: F and ‖∇F‖ at each iterate offered, and the first stop rule met. Iterates offered
 * after the run stopped are ignored.
 */
export class Recorder {
  private readonly xs: Growing;
  private readonly values = new Growing(64);
  private readonly norms = new Growing(64);
  private readonly hs = new Growing(64);
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
    this.xs = new Growing(64 * dim);
    this.point = new Float64Array(dim);
    this.grad = new Float64Array(dim);
    this.last = objective.x0.slice();
    this.message = `ran the maximum ${rules.steps} iterations without meeting a convergence test`;
    // Checked when the objective was normalized; only an F that changes between calls fails here.
    this.reserve(1);
    if (!this.measure(objective.x0, 0)) {
      throw invalidArgument('x0', 'must be a point where F and ∇F are finite', objective.x0);
    }
    this.xs.data.set(objective.x0);
    this.xs.length = dim;
    if (this.norms.data[0]! <= rules.gradTol) {
      this.status = 'converged';
      this.message = `‖∇F(x_0)‖ = ${this.norms.data[0]} ≤ gradTol = ${rules.gradTol} at the start`;
    }
  }

  /** True once a stop rule holds or the iterations are used up. */
  get done(): boolean {
    return this.status !== 'max-iterations' || this.k >= this.rules.steps;
  }

  private reserve(rows: number): void {
    this.xs.reserve(rows * this.objective.dim);
    this.values.reserve(rows);
    this.norms.reserve(rows);
    this.hs.reserve(rows);
  }

  /** Evaluates F and ‖∇F‖ at the row of `source` starting at `offset`; false (nothing stored) if not finite. */
  private measure(source: Float64Array, offset: number): boolean {
    const { objective, point, grad } = this;
    const dim = point.length;
    // Fresh copies for each call: the user's F may scribble on its argument.
    for (let i = 0; i < dim; i++) point[i] = source[offset + i]!;
    const v = objective.value(point);
    for (let i = 0; i < dim; i++) point[i] = source[offset + i]!;
    objective.gradient(point, grad);
    let s = 0;
    for (let i = 0; i < dim; i++) s += grad[i]! * grad[i]!;
    // The plain sum of squares is exact enough unless it overflows or underflows; then rescale (norm2).
    const n = s < Number.MAX_VALUE && s > 1e-290 ? Math.sqrt(s) : norm2(grad);
    if (!(typeof v === 'number' && Number.isFinite(v) && Number.isFinite(n))) return false;
    // Capacity was reserved for the whole chunk: no call or check per step.
    const { values, norms } = this;
    values.data[values.length++] = v;
    norms.data[norms.length++] = n;
    return true;
  }

  /** Takes the rows of a chunk in order until a stop rule holds. */
  offer(chunk: Chunk): void {
    const { dim } = this.objective;
    const { rules, last, xs } = this;
    const rows = chunk.x;
    this.reserve(chunk.count);
    for (let j = 0; j < chunk.count && !this.done; j++) {
      const offset = j * dim;
      if (!this.measure(rows, offset)) {
        this.status = 'non-finite';
        this.message = `F or ∇F is not finite at the iterate after x_${this.k}; stopped at x_${this.k}`;
        return;
      }
      // ‖x_{k+1} − x_k‖, ‖x_{k+1}‖ and ‖x_{k+1}‖∞ without temporaries (scaled as in norm2).
      let maxAbs = 0;
      let size2 = 0;
      let step2 = 0;
      for (let i = 0; i < dim; i++) {
        const v = rows[offset + i]!;
        const d = v - last[i]!;
        maxAbs = Math.max(maxAbs, Math.abs(v));
        size2 += v * v;
        step2 += d * d;
      }
      // As in measure: rescale only when a sum of squares left the normal range.
      const size =
        size2 < Number.MAX_VALUE && size2 > 1e-290
          ? Math.sqrt(size2)
          : norm2(rows.subarray(offset, offset + dim));
      const step =
        step2 < Number.MAX_VALUE && step2 > 1e-290
          ? Math.sqrt(step2)
          : norm2(rows.subarray(offset, offset + dim), last);
      for (let i = 0; i < dim; i++) {
        const v = rows[offset + i]!;
        xs.data[xs.length++] = v;
        last[i] = v;
      }
      this.hs.data[this.hs.length++] = typeof chunk.h === 'number' ? chunk.h : chunk.h[j]!;
      const k = ++this.k;
      const gn = this.norms.data[k]!;
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
    return {
      x: this.xs.toArray(),
      values: this.values.toArray(),
      gradientNorms: this.norms.toArray(),
      stepSizes: this.hs.toArray(),
      dim,
      iterations: this.k,
      status: this.status,
      message: this.message,
      final: scalar ? this.last[0]! : this.last.slice(),
      finalValue: this.values.data[this.k]!,
    };
  }
}
