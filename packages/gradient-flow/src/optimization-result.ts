/**
 * Why an optimiser stopped:
 * - `converged`: the gradient norm fell to `gradTol`, or a step moved x by at most `stepTol·(1 + ‖x‖)` (with the
 *   default `stepTol = 0`: the iterate stopped changing in floating point); for `armijoDescent` also when no
 *   step passes the sufficient-decrease test (the decrease is below the rounding of F).
 * - `max-iterations`: `steps` iterations ran without meeting a convergence test.
 * - `diverged`: an iterate left the ball ‖x‖∞ ≤ `divergenceBound` (typically η > 2/L); the run stops there.
 * - `non-finite`: the next iterate, or F or ∇F at it, would be NaN or ±∞ (overflow, or F undefined there); the run
 *   stops at the last point where all three were finite.
 */
export type OptimizerStatus = 'converged' | 'max-iterations' | 'diverged' | 'non-finite';

/**
 * The outcome of an optimiser run. Every array holds finite numbers only. `P` is `number` for a scalar objective
 * and `Float64Array` for an n-D one.
 */
export interface OptimizationResult<P = number | Float64Array> {
  /** The iterates x_0 … x_n, row-major: component i of x_k is `x[k * dim + i]`. */
  readonly x: Float64Array;
  /** F(x_k), length n + 1. */
  readonly values: Float64Array;
  /** The norm of the gradient iteration k evaluated, length n + 1: ‖∇F(x_k)‖₂ for gradient descent, heavy ball and
   * Armijo; at Nesterov's look-ahead point y_k; the minibatch gradient at x_k for SGD and Adam (see `StopOptions`). */
  readonly gradientNorms: Float64Array;
  /** The step size (learning rate) used by step k, from x_k to x_{k+1}; length n. */
  readonly stepSizes: Float64Array;
  readonly dim: number;
  /** n, the number of steps taken. */
  readonly iterations: number;
  readonly status: OptimizerStatus;
  /** A sentence saying why the run stopped, with the numbers involved. */
  readonly message: string;
  /** The last iterate x_n. */
  readonly final: P;
  /** F(x_n). */
  readonly finalValue: number;
}
