/**
 * A Rosenbrock method in Hairer–Wanner's transformed form (HNW II §IV.7, eq. (7.4′)), the form their RODAS code
 * runs: with E = I/(hγ) − J, stage i solves
 *   E·u_i = f(t + c_i·h, x + Σ_{j<i} a_ij·u_j) + Σ_{j<i} (C_ij / h)·u_j + h·d_i·∂f/∂t,
 * and the last stage's point plus its increment is the solution. `a` and `C` are strictly lower triangular by rows
 * (row i holds the coefficients of u_0 … u_{i−1}).
 */
export interface RosenbrockTableau {
  readonly name: string;
  /** Order of the solution; the embedded one is one lower. */
  readonly order: number;
  /** γ, the diagonal of the method (one LU of I/(hγ) − J serves every stage). */
  readonly gamma: number;
  /** Stage times as fractions of h. */
  readonly c: readonly number[];
  /** Coefficients of the stage points. */
  readonly a: readonly (readonly number[])[];
  /** Coefficients of the earlier increments on each stage's right-hand side (divided by h when used). */
  readonly C: readonly (readonly number[])[];
  /** Weights of h·∂f/∂t on each stage's right-hand side (non-autonomous problems). */
  readonly d: readonly number[];
  /**
   * Dense output: x(t + θh) = (1 − θ)·x + θ·(xNew + (1 − θ)·(D₀ + θ·D₁)), where D_r = Σ_j denseH[r][j]·u_j over the
   * stages that carry a weight.
   */
  readonly denseH: readonly (readonly number[])[];
}
