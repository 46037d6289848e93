/**
 * An explicit Runge–Kutta method as data (a Butcher tableau): stage times `c`, the strictly lower-triangular
 * coupling `a` (row i holds a[i][0..i-1]), and the weights `b`. An adaptive method adds `bHat`, the weights of its
 * embedded lower-order solution. Every method in phaseflow is one of these, run by the same engine.
 */
export interface ButcherTableau {
  /** Short name used in messages and plots (`'rk4'`). */
  readonly name: string;
  /** Order of the solution given by `b`. */
  readonly order: number;
  readonly c: readonly number[];
  readonly a: readonly (readonly number[])[];
  readonly b: readonly number[];
  /** Weights of the embedded solution, for error estimation (adaptive methods only). */
  readonly bHat?: readonly number[];
  /** Order of the embedded solution. */
  readonly orderHat?: number;
  /** First same as last: the last stage is f at the new point, so it is the next step's first stage. */
  readonly fsal?: boolean;
}
