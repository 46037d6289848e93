import type { DenseOutput, SolveStatus } from './solution.ts';

/**
 * The state of a run that a stepper drives: the trajectory so far (`ts[0..n]`, `xs` row-major), why it ended, and
 * its work counters. Fixed-step and adaptive runs implement it; events, `tEval` and the stepper sit on top.
 */
export interface Integrator {
  status: 'running' | SolveStatus;
  message: string;
  /** Index of the last stored point. */
  n: number;
  /** Times and states, with room for more rows than `n + 1`; read through the integrator (they may grow). */
  ts: Float64Array;
  xs: Float64Array;
  nfev: number;
  naccept: number;
  nreject: number;
  /** Advances one step, or (`batch`) as far as it can in one go: to the end or to a failure. */
  advance(batch: boolean): void;
  /** The interpolant over the stored steps: t in step k, from ts[k] to ts[k + 1]. */
  dense: DenseOutput;
  /** Ends the run at (t, x) inside the last step, replacing its end point (a terminal event). */
  truncate(t: number, x: Float64Array): void;
  /**
   * Writes any times left unwritten (a fixed-step plain solve defers them: they are t0 + k·h). Called before the
   * solution's `t` is first read; absent where times are always written as the run goes.
   */
  completeTimes?(): void;
  /** The interpolant for the finished solution over exactly the given arrays. */
  finalDense(t: Float64Array, x: Float64Array): DenseOutput;
}
