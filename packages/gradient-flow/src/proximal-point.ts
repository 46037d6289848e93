import { backwardEuler, init } from '@phaseflow/ode';
import { flowProblem } from './gradient-flow.ts';
import { hessianAt } from './hessian.ts';
import { norm2 } from './norm.ts';
import { normalizeObjective, type ScalarObjective, type SystemObjective } from './objective.ts';
import { symmetricEigenvalues } from './symmetric-eigenvalues.ts';
import { checkOptions, requireInRange, requireInteger, requirePositive } from './validate.ts';

/** Options of the proximal point method. */
export interface ProximalPointOptions {
  /** η > 0, the step of implicit Euler: any size is stable on a convex F. */
  learningRate: number;
  /** Most iterations, an integer ≥ 1 (default 1000). */
  steps?: number;
  /** Converged when ‖∇F(x_k)‖₂ ≤ gradTol (default 1e-8). */
  gradTol?: number;
}

/**
 * Why the run stopped: `converged` (‖∇F‖ ≤ gradTol), `max-iterations`, `newton-failed` (Newton could not solve a
 * step's equation ∇F(x) + (x − x_k)/η = 0 even with a fresh Hessian), `non-finite` (the Hessian was not finite).
 */
export type ProximalPointStatus = 'converged' | 'max-iterations' | 'newton-failed' | 'non-finite';

/** The iterates of the proximal point method, with what each step solved. */
export interface ProximalPointResult<P = number | Float64Array> {
  /** The iterates x_0 … x_n, row-major: component i of x_k is `x[k * dim + i]`. */
  readonly x: Float64Array;
  /** F(x_k), length n + 1. */
  readonly values: Float64Array;
  /** ‖∇F(x_k)‖₂, length n + 1. */
  readonly gradientNorms: Float64Array;
  readonly dim: number;
  readonly iterations: number;
  readonly status: ProximalPointStatus;
  readonly message: string;
  readonly final: P;
  readonly finalValue: number;
  /**
   * Steps k (from x_k to x_{k+1}) at which the Hessian of F(x) + ‖x − x_k‖²/(2η), that is ∇²F(x_{k+1}) + I/η, is
   * not positive definite: there x_{k+1} solves the step's equation but is a stationary point of the subproblem only,
   * not its minimiser (η is past 1/|λmin(∇²F)| where F curves down).
   */
  readonly stationaryOnly: Int32Array;
  /** True when no step is in `stationaryOnly`: every x_{k+1} is a strict local argmin of its subproblem (the argmin
   * itself when F + ‖·‖²/(2η) is convex, as it is for every η on a convex F). */
  readonly argmin: boolean;
}

const OPTIONS = ['learningRate', 'steps', 'gradTol'] as const;

/**
 * The proximal point method x_{k+1} = argmin F(x) + ‖x − x_k‖²/(2η): implicit (backward) Euler with h = η on the
 * gradient flow x′ = −∇F, as gradient descent is explicit Euler. It has no update loop of its own: each iteration is
 * one `step()` of `@phaseflow/ode`'s `backwardEuler({ h: η })` on `gradientFlow(F)` with the Jacobian −∇²F (the
 * objective's `hessian`, else differences of its gradient), so its iterates are bit for bit those of `solve` with
 * that method. Newton solves each step's equation ∇F(x) + (x − x_k)/η = 0. On a convex F it converges for every η;
 * gradient descent needs η < 2/λmax.
 * @example
 * ```ts
 * const F = { F: (x: number) => 50 * x * x, grad: (x: number) => 100 * x, hessian: () => 100 };
 * proximalPoint(F, 1, { learningRate: 1, steps: 2, gradTol: 0 }).x; // Float64Array [1, 0.0099…, 0.000098…] (1/101ᵏ)
 * ```
 */
export function proximalPoint(
  objective: ScalarObjective,
  x0: number,
  options: ProximalPointOptions,
): ProximalPointResult<number>;
export function proximalPoint(
  objective: SystemObjective,
  x0: ArrayLike<number>,
  options: ProximalPointOptions,
): ProximalPointResult<Float64Array>;
export function proximalPoint(
  objective: ScalarObjective | SystemObjective,
  x0: number | ArrayLike<number>,
  options: ProximalPointOptions,
): ProximalPointResult {
  const opts = checkOptions('options', options, OPTIONS);
  if (options === undefined) requirePositive('options.learningRate', undefined);
  const eta = requirePositive('options.learningRate', opts.learningRate);
  const steps = opts.steps === undefined ? 1000 : requireInteger('options.steps', opts.steps, 1);
  const gradTol =
    opts.gradTol === undefined ? 1e-8 : requireInRange('options.gradTol', opts.gradTol, 0, Infinity);
  const objectiveN = normalizeObjective(objective, x0);
  const { dim, scalar } = objectiveN;
  const flow = flowProblem(objectiveN, 'descent', objectiveN.x0, 0, steps * eta);
  // The Jacobian of x′ = −∇F is −∇²F.
  const point = new Float64Array(dim);
  const jacobian = scalar
    ? (x: number) => -hessianAt(objectiveN, Float64Array.of(x))[0]!
    : (x: Float64Array, _t: number, J: Float64Array) => {
        point.set(x);
        const H = hessianAt(objectiveN, point);
        for (let i = 0; i < dim * dim; i++) J[i] = -H[i]!;
      };
  const stepper = init({ ...flow, jacobian } as never, backwardEuler({ h: eta }));

  const xs: number[] = [];
  const values: number[] = [];
  const norms: number[] = [];
  const stationaryOnly: number[] = [];
  const g = new Float64Array(dim);
  const record = (x: Float64Array) => {
    for (let i = 0; i < dim; i++) xs.push(x[i]!);
    values.push(objectiveN.value(x));
    objectiveN.gradient(x, g);
    norms.push(norm2(g));
  };
  const current = () =>
    scalar ? Float64Array.of(stepper.x as number) : (stepper.x as unknown as Float64Array);
  record(objectiveN.x0);
  let status: ProximalPointStatus = 'max-iterations';
  let message = `ran the maximum ${steps} iterations without meeting gradTol = ${gradTol}`;
  for (let k = 0; ; k++) {
    if (norms[k]! <= gradTol) {
      status = 'converged';
      message = `‖∇F(x_${k})‖ = ${norms[k]} ≤ gradTol = ${gradTol}`;
      break;
    }
    if (k === steps) break;
    stepper.step();
    if (stepper.status !== 'running' && stepper.status !== 'success') {
      status = stepper.status === 'newton-failed' ? 'newton-failed' : 'non-finite';
      message = `step ${k + 1}: ${stepper.message}`;
      break;
    }
    const x = current();
    record(x);
    if (!positiveDefinite(hessianAt(objectiveN, x), dim, 1 / eta)) stationaryOnly.push(k);
  }
  const n = values.length - 1;
  const last = Float64Array.from(xs.slice(n * dim));
  return {
    x: Float64Array.from(xs),
    values: Float64Array.from(values),
    gradientNorms: Float64Array.from(norms),
    dim,
    iterations: n,
    status,
    message,
    final: scalar ? last[0]! : last,
    finalValue: values[n]!,
    stationaryOnly: Int32Array.from(stationaryOnly),
    argmin: stationaryOnly.length === 0,
  };
}

/** Whether H + shift·I is positive definite (its smallest eigenvalue > 0). */
function positiveDefinite(H: Float64Array, dim: number, shift: number): boolean {
  for (let i = 0; i < dim; i++) H[i * dim + i]! += shift;
  return dim === 1 ? H[0]! > 0 : symmetricEigenvalues(H, dim)[0]! > 0;
}
