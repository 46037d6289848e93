import { describeValue, invalidArgument, PhaseflowError } from '../errors.ts';
import type { Problem, ScalarRhs, SystemRhs } from '../problem.ts';
import { requireFinite, requireFunction, toFiniteVector } from '../validate.ts';

/** A problem after validation: the initial state copied, scalar and system forms told apart. */
export type NormalizedProblem = (
  | { scalar: true; f: ScalarRhs; dim: 1; x0: Float64Array; t0: number; t1: number; nfev: number }
  | { scalar: false; f: SystemRhs; dim: number; x0: Float64Array; t0: number; t1: number; nfev: number }
) & {
  /** The problem's `jacobian` as given, unchecked: only the stiff methods read it (and check it, see readJacobian). */
  jacobian?: unknown;
};

// Two unlikely values: a component still holding its sentinel after both probe calls was never written by f.
const SENTINEL_A = -7.8125e-301;
const SENTINEL_B = 3.0517578125e299;

/**
 * Validates `{ f, x0, t0 = 0, t1 }` once, before any stepping, and probes f at (x0, t0) to check what it returns
 * (scalar) or how much of `dxdt` it writes (system: two probe calls). The probe calls are counted in `nfev`.
 */
export function normalizeProblem(problem: Problem): NormalizedProblem {
  if (problem === null || typeof problem !== 'object') {
    throw invalidArgument('problem', 'must be an object { f, x0, t0?, t1 }', problem);
  }
  // Extra fields are allowed on a problem (a name, parameters, an exact solution): only options are strict.
  const p = problem as Partial<Problem>;
  const f = requireFunction<ScalarRhs | SystemRhs>('problem.f', p.f);
  const t0 = p.t0 === undefined ? 0 : requireFinite('problem.t0', p.t0);
  const t1 = requireFinite('problem.t1', p.t1);

  if (typeof p.x0 === 'number') {
    const x0 = requireFinite('problem.x0', p.x0);
    const value = (f as ScalarRhs)(x0, t0);
    if (typeof value !== 'number') {
      throw new PhaseflowError(
        'ERR_INVALID_RETURN',
        `invalid return value. \`problem.f\` must return a number for a scalar x0. Value: \`${describeValue(value)}\`.`,
      );
    }
    const scalar = {
      scalar: true,
      f: f as ScalarRhs,
      dim: 1,
      x0: Float64Array.of(x0),
      t0,
      t1,
      nfev: 1,
    } as const;
    return p.jacobian === undefined ? scalar : { ...scalar, jacobian: p.jacobian };
  }

  const x0 = toFiniteVector('problem.x0', p.x0);
  const dim = x0.length;
  const system = f as SystemRhs;
  const dxdtA = new Float64Array(dim).fill(SENTINEL_A);
  const dxdtB = new Float64Array(dim).fill(SENTINEL_B);
  const returned = system(x0.slice(), t0, dxdtA);
  system(x0.slice(), t0, dxdtB);
  if (returned !== undefined && typeof returned === 'object' && returned !== null && 'length' in returned) {
    throw new PhaseflowError(
      'ERR_INVALID_RETURN',
      `invalid return value. \`problem.f\` must write the derivative into its third argument \`dxdt\` (length ${dim}), not return it. Value: \`${describeValue(returned)}\`.`,
    );
  }
  let written = 0;
  for (let i = 0; i < dim; i++) if (dxdtA[i] !== SENTINEL_A || dxdtB[i] !== SENTINEL_B) written++;
  if (written !== dim) {
    throw new PhaseflowError(
      'ERR_DIM_MISMATCH',
      `dimension mismatch. \`problem.f\` must write all ${dim} components of \`dxdt\` (the length of x0). Value: \`${written} written\`.`,
    );
  }
  const normalized = { scalar: false, f: system, dim, x0, t0, t1, nfev: 2 } as const;
  return p.jacobian === undefined ? normalized : { ...normalized, jacobian: p.jacobian };
}
