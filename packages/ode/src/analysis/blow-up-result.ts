/**
 * What happens to the solution of x′ = f(x), x(0) = x0:
 * - `blow-up`: |x| → ∞ at the finite time `time` (∫ dx/f converges: f grows like |x|^p with p > 1, measured);
 *   `solve` ends there with status `non-finite`. `time` is within `accuracy` of the true time, which is finite
 *   however far beyond |x| = 1e300 the rest of the path runs (x′ = x^1.001 from 1 blows up at t = 1000).
 * - `at-equilibrium`: f(x0) = 0, x stays at x0.
 * - `approaches-equilibrium`: an equilibrium `limit` lies ahead; x tends to it (as t → ∞ when f is Lipschitz).
 * - `unbounded`: x grows without bound but only as t → ∞: up to |x| = 1e300, f grows at most linearly (p ≤ 1, as
 *   x′ = x or x′ = −2).
 * - `non-finite`: f stops being finite at `limit` before anything else happens; `time` is when x gets there.
 * - `undetermined`: none of these can be told apart: the growth rate is too close to linear to decide (x′ = x·ln x,
 *   whose exponent p = 1 + 1/ln x falls towards 1; x′ = x^p with p − 1 below rounding); f underflows to 0 (a
 *   zero of f reached through subnormal values with no power law, e^(−x) from x ≈ 745, is not an equilibrium:
 *   `limit` is where, and x is too slow to follow beyond); or f jumps over zero ahead (a discontinuity at `limit`,
 *   reached at `time`, past which x′ = f(x) has no classical solution).
 */
export type BlowUpStatus =
  | 'blow-up'
  | 'at-equilibrium'
  | 'approaches-equilibrium'
  | 'unbounded'
  | 'non-finite'
  | 'undetermined';

/** Options of `blowUpTime`. */
export interface BlowUpOptions {
  /** Run time backwards (x′ = −f(x)): `time` is then negative. Default false. */
  backward?: boolean;
  /** Relative accuracy wanted for `time`: a number in [1e-15, 1] (default 1e-10; a double holds no more than
   * about 1e-16, so smaller values are refused). */
  rtol?: number;
}

/** The fate of one solution. Plain data: no NaN or ∞, null where a field does not apply. */
export interface BlowUpResult {
  status: BlowUpStatus;
  /** The direction x moves in: +1 up, −1 down, 0 at rest. */
  direction: 1 | -1 | 0;
  /** `blow-up`: the time at which |x| reaches ∞; `non-finite` (and `undetermined` at a jump): the time at which x
   * reaches `limit`. */
  time: number | null;
  /** A bound on the error in `time`: quadrature error, rounding, the extrapolated tail and its doubt. */
  accuracy: number | null;
  /** `approaches-equilibrium`: the equilibrium ahead; `non-finite`: where f stops being finite; `undetermined`: the
   * jump ahead, or where f underflows to 0. */
  limit: number | null;
  message: string;
  nfev: number;
}
