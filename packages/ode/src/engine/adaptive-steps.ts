import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import { StepInterpolant } from './step-interpolant.ts';
import type { Trajectory } from './trajectory.ts';

type Rhs = (x: Float64Array, t: number, out: Float64Array) => void;

/**
 * The stored steps of an adaptive run and their interpolants (built from the live stages when the run needs every
 * step's, for events or tEval; else on demand, see StepInterpolant): the dense output over steps 0 … n − 1, `forget` for
 * `denseOutput: false` and `truncate` for a terminal event (which cuts the last step short, so that step's
 * interpolant still spans the step as it was taken).
 */
export class AdaptiveSteps {
  /** The end of the last step when a terminal event cut it short, else NaN. */
  private lastEnd = Number.NaN;
  private cache: StepInterpolant | undefined;

  constructor(
    private readonly trajectory: Trajectory,
    private readonly tableau: EmbeddedTableau,
    private readonly problem: NormalizedProblem,
    private readonly rhs: Rhs,
    private readonly atol: Float64Array,
    private readonly rtol: Float64Array,
  ) {}

  /** The interpolant, made on first use: a run nobody interpolates never allocates it. */
  interpolant(): StepInterpolant {
    this.cache ??= new StepInterpolant(this.tableau, this.problem, this.rhs, this.atol, this.rtol);
    return this.cache;
  }

  /** x(time) into out[offset …], time in step k of the n stored. */
  dense(time: number, k: number, n: number, out: Float64Array, offset: number): void {
    const { ts, xs, dim } = this.trajectory;
    const start = xs.subarray(k * dim, (k + 1) * dim);
    // The end of step k: the stored next time, except for a last step cut short by a terminal event.
    const end = k === n - 1 && !Number.isNaN(this.lastEnd) ? this.lastEnd : ts[k + 1]!;
    this.interpolant().evaluate(time, k, ts[k]!, end, start, out, offset);
  }

  /**
   * Stores step `row`: time tNew and state xNew (also copied into x), and carries the last stage kLast over as the
   * next step's first, k1 (first same as last). Returns the sum of k1, finite exactly when every component is.
   */
  store(
    row: number,
    tNew: number,
    xNew: Float64Array,
    x: Float64Array,
    k1: Float64Array,
    kLast: Float64Array,
  ): number {
    const { ts, xs, dim } = this.trajectory;
    ts[row] = tNew;
    // Plain loops: TypedArray.set costs more than the copy itself for a handful of components.
    const at = row * dim;
    let sum = 0;
    for (let i = 0; i < dim; i++) {
      const v = xNew[i]!;
      xs[at + i] = v;
      x[i] = v;
      const d = kLast[i]!;
      k1[i] = d;
      sum += d;
    }
    return sum;
  }

  /** Moves row n to row 0 and drops the interpolants of the steps before it. */
  forget(n: number): void {
    const { ts, xs, dim } = this.trajectory;
    ts[0] = ts[n]!;
    xs.copyWithin(0, n * dim, (n + 1) * dim);
    this.lastEnd = Number.NaN;
    this.cache?.forget();
  }

  /** Ends the run at (time, state) inside the last step, row n. */
  truncate(n: number, time: number, state: Float64Array): void {
    const { ts, xs, dim } = this.trajectory;
    this.lastEnd = ts[n]!;
    ts[n] = time;
    xs.set(state, n * dim);
  }
}
