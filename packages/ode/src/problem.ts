/** Right-hand side of a scalar ODE x′ = f(x, t). */
export type ScalarRhs = (x: number, t: number) => number;

/** Right-hand side of a system x′ = f(x, t): writes the derivative into `dxdt` (no allocation per call). */
export type SystemRhs = (x: Float64Array, t: number, dxdt: Float64Array) => void;

/** A scalar initial value problem: `x0` is a number and `f` returns a number. */
export interface ScalarProblem {
  f: ScalarRhs;
  /** ∂f/∂x at (x, t), for the stiff methods (rodas4, backwardEuler); finite differences of f when absent. */
  jacobian?: (x: number, t: number) => number;
  x0: number;
  /** Start time; 0 when omitted. */
  t0?: number;
  t1: number;
}

/** A system initial value problem: `x0` is array-like of length `dim` and `f` writes into `dxdt`. */
export interface SystemProblem {
  f: SystemRhs;
  /** Writes ∂f_i/∂x_j at (x, t) into J[i·dim + j], for the stiff methods; finite differences of f when absent. */
  jacobian?: (x: Float64Array, t: number, J: Float64Array) => void;
  x0: ArrayLike<number>;
  t0?: number;
  t1: number;
}

export type Problem = ScalarProblem | SystemProblem;
