import type { NormalizedProblem } from '../engine/normalize-problem.ts';
import type { DenseOutput } from '../engine/solution.ts';
import { MAX_STORED_NUMBERS } from '../engine/trajectory.ts';

/**
 * The accepted steps of a stiff run: times, states, and per step the two rows D₀, D₁ of a Rosenbrock dense output
 * x(t + θh) = (1 − θ)·x + θ·(xNew + (1 − θ)·(D₀ + θ·D₁)), or none (`denseRows` = 0: the straight line between the
 * steps' ends). Grows by doubling; `dense` reads any stored step.
 */
export class StepStore {
  n = 0;
  ts: Float64Array;
  xs: Float64Array;
  private rows: Float64Array;
  // The end of the last step, time and state, when a terminal event cut it short.
  private lastEnd = Number.NaN;
  private cutEnd = new Float64Array(0);
  private readonly dim: number;
  /** The most rows kept: the engine's cap on stored numbers, dense rows counted. */
  private readonly maxRows: number;
  readonly dense: DenseOutput = this.denseAt.bind(this);

  constructor(
    p: NormalizedProblem,
    private readonly denseRows: number,
  ) {
    this.dim = p.dim;
    this.maxRows = Math.floor(MAX_STORED_NUMBERS / (1 + p.dim * (1 + denseRows)));
    this.ts = new Float64Array(64);
    this.xs = new Float64Array(64 * p.dim);
    this.rows = new Float64Array(64 * denseRows * p.dim);
    this.ts[0] = p.t0;
    this.xs.set(p.x0);
  }

  /** Whether one more step can be stored under the memory cap (else the run ends with `memory-limit`). */
  hasRoom(): boolean {
    return this.n + 2 <= this.maxRows;
  }

  /** Stores the step ending at (tNew, xNew) and its dense rows Σ_j H[r][j]·u_j. */
  push(tNew: number, xNew: Float64Array, u: Float64Array, H: readonly (readonly number[])[]): void {
    const { dim } = this;
    if (this.n + 2 > this.ts.length) this.grow();
    const k = this.n;
    this.ts[k + 1] = tNew;
    this.xs.set(xNew, (k + 1) * dim);
    const base = k * this.denseRows * dim;
    for (let r = 0; r < this.denseRows; r++) {
      const weights = H[r]!;
      for (let i = 0; i < dim; i++) {
        let sum = 0;
        for (let j = 0; j < weights.length; j++) sum += weights[j]! * u[j * dim + i]!;
        this.rows[base + r * dim + i] = sum;
      }
    }
    this.n = k + 1;
  }

  /** Ends the run at (time, state) inside the last step; the step's interpolant keeps its original ends. */
  truncate(time: number, state: Float64Array): void {
    this.lastEnd = this.ts[this.n]!;
    this.cutEnd = this.xs.slice(this.n * this.dim, (this.n + 1) * this.dim);
    this.ts[this.n] = time;
    this.xs.set(state, this.n * this.dim);
  }

  private denseAt(time: number, k: number, out: Float64Array, offset: number): void {
    const { dim, xs, rows } = this;
    const ta = this.ts[k]!;
    const cut = k === this.n - 1 && !Number.isNaN(this.lastEnd);
    const tb = cut ? this.lastEnd : this.ts[k + 1]!;
    const theta = (time - ta) / (tb - ta);
    const end = cut ? this.cutEnd : xs;
    const next = cut ? 0 : (k + 1) * dim;
    const base = k * this.denseRows * dim;
    const curved = this.denseRows > 0;
    for (let i = 0; i < dim; i++) {
      const x1 = end[next + i]!;
      // Without dense rows the interpolant is the straight line (first order, as backward Euler is).
      const bend = curved ? (1 - theta) * (rows[base + i]! + theta * rows[base + dim + i]!) : 0;
      out[offset + i] = (1 - theta) * xs[k * dim + i]! + theta * (x1 + bend);
    }
  }

  private grow(): void {
    const rows = Math.min(2 * this.ts.length, this.maxRows);
    const ts = new Float64Array(rows);
    const xs = new Float64Array(rows * this.dim);
    const dense = new Float64Array(rows * this.denseRows * this.dim);
    ts.set(this.ts);
    xs.set(this.xs);
    dense.set(this.rows);
    this.ts = ts;
    this.xs = xs;
    this.rows = dense;
  }
}
