import type { NormalizedObjective } from './objective.ts';
import type { OptimizationResult, OptimizerStatus } from './optimization-result.ts';

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
  push(v: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = v;
  }
  /** The values pushed: the buffer itself when full, a view when at most half of it is spare, else a copy. */
  toArray(): Float64Array {
    if (this.length === this.data.length) return this.data;
    return 2 * this.length >= this.data.length
      ? this.data.subarray(0, this.length)
      : this.data.slice(0, this.length);
  }
}

/** The record of one optimiser run: the iterates accepted by the driver, F and the gradient norm at each. */
export class Recorder {
  private readonly xs: Growing;
  private readonly values: Growing;
  private readonly norms: Growing;
  private readonly hs: Growing;

  constructor(
    private readonly objective: NormalizedObjective,
    rows: number,
  ) {
    this.xs = new Growing(rows * objective.dim);
    this.values = new Growing(rows);
    this.norms = new Growing(rows);
    this.hs = new Growing(rows);
  }

  /** Appends x_k with F(x_k), its gradient norm and (k ≥ 1) the step size h_{k−1} that reached it. */
  push(x: Float64Array, value: number, gradientNorm: number, h: number, k: number): void {
    const { xs } = this;
    xs.reserve(x.length);
    for (let i = 0; i < x.length; i++) xs.data[xs.length++] = x[i]!;
    this.values.push(value);
    this.norms.push(gradientNorm);
    if (k > 0) this.hs.push(h);
  }

  /** The result, ending at the last row pushed. */
  result(status: OptimizerStatus, message: string): OptimizationResult {
    const { dim, scalar } = this.objective;
    const n = this.values.length - 1;
    const finalRow = this.xs.data.slice(n * dim, (n + 1) * dim);
    return {
      x: this.xs.toArray(),
      values: this.values.toArray(),
      gradientNorms: this.norms.toArray(),
      stepSizes: this.hs.toArray(),
      dim,
      iterations: n,
      status,
      message,
      final: scalar ? finalRow[0]! : finalRow,
      finalValue: this.values.data[n]!,
    };
  }
}
