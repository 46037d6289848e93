import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import { type AdaptiveKernel, adaptiveKernel } from './adaptive-kernel.ts';
import {
  buildContinuousExtension,
  continuousExtensionRows,
  evaluateContinuousExtension,
} from './dense-output.ts';
import type { NormalizedProblem } from './normalize-problem.ts';

type Rhs = (x: Float64Array, t: number, out: Float64Array) => void;

/**
 * The interpolant of one step of an adaptive run at a time, cached by step index. It is built from the live stages
 * right after a step (`fromStages`, when events or tEval need every step's), or rebuilt on demand by repeating the
 * step from its stored start with a second kernel (`replay`): the same computation on the same inputs, so the same
 * numbers bit for bit.
 */
export class StepInterpolant {
  private readonly rows: Float64Array;
  private readonly count: number;
  private cached = -1;
  private replayKernel: AdaptiveKernel | undefined;
  private readonly start: Float64Array;
  private readonly dim: number;

  constructor(
    private readonly tableau: EmbeddedTableau,
    private readonly problem: NormalizedProblem,
    private readonly rhs: Rhs,
    private readonly atol: Float64Array,
    private readonly rtol: Float64Array,
  ) {
    const { dim } = problem;
    this.dim = dim;
    this.count = continuousExtensionRows(tableau);
    this.rows = new Float64Array(this.count * dim);
    this.start = new Float64Array(dim);
  }

  /** Builds step k's interpolant from the kernel that just took it; returns the extra evaluations of f. */
  fromStages(k: number, t: number, h: number, x: Float64Array, kernel: AdaptiveKernel): number {
    const { w } = kernel;
    const evaluations = buildContinuousExtension(
      this.tableau,
      this.rhs,
      this.dim,
      t,
      h,
      x,
      w.xNew,
      w.k,
      this.rows,
    );
    this.cached = k;
    return evaluations;
  }

  /** Drops the cached step (its index is about to be reused, see AdaptiveIntegrator.forget). */
  forget(): void {
    this.cached = -1;
  }

  /** Writes the state at `time`, in step k from (ta, xa) to tb, into out[offset ..]. */
  evaluate(
    time: number,
    k: number,
    ta: number,
    tb: number,
    xa: Float64Array,
    out: Float64Array,
    offset: number,
  ): void {
    if (k !== this.cached) this.replay(k, ta, tb, xa);
    evaluateContinuousExtension(this.rows, this.count, this.dim, (time - ta) / (tb - ta), out, offset);
  }

  private replay(k: number, ta: number, tb: number, stored: Float64Array): void {
    this.replayKernel ??= adaptiveKernel(this.tableau, this.problem, this.atol, this.rtol);
    const kernel = this.replayKernel;
    const { w } = kernel;
    // A copy: f receives it, and the stored trajectory must not be open to f.
    const xa = this.start;
    xa.set(stored);
    this.rhs(xa, ta, w.k[0]!);
    kernel.trial(w, ta, tb - ta, tb, xa);
    kernel.finish(w, tb);
    this.fromStages(k, ta, tb - ta, xa, kernel);
  }
}
