import { invalidArgument, invalidReturn } from '../errors.ts';
import type { Problem, ScalarRhs, SystemRhs } from '../problem.ts';
import {
  readArguments,
  requireFinite,
  requireFunction,
  requireWritesEveryComponent,
  toFiniteVector,
} from '../validate.ts';

/** A problem after validation: the initial state copied, scalar and system forms told apart. */
export type NormalizedProblem = (
  | { scalar: true; f: ScalarRhs; dim: 1; x0: Float64Array; t0: number; t1: number; nfev: number }
  | { scalar: false; f: SystemRhs; dim: number; x0: Float64Array; t0: number; t1: number; nfev: number }
) & {
  /** The problem's `jacobian` as given, unchecked: only the stiff methods read it (and check it, see readJacobian). */
  jacobian?: unknown;
};

/**
 * Validates `{ f, x0, t0 = 0, t1 }` once, before any stepping, and probes f at (x0, t0) to check what it returns
 * (scalar) or how much of `dxdt` it writes (system: two probe calls). The probe calls are counted in `nfev`.
 */
export function normalizeProblem(problem: Problem): NormalizedProblem {
  // Every field is read once, inside the guard (a throwing getter is ERR_INVALID_ARG); f is called outside it, so
  // that an error f itself throws reaches the caller unchanged.
  const p = readArguments('problem', () => {
    if (problem === null || typeof problem !== 'object') {
      throw invalidArgument('problem', 'must be an object { f, x0, t0?, t1 }', problem);
    }
    // Extra fields are allowed on a problem (a name, parameters, an exact solution): only options are strict.
    const { f, x0, t0, t1, jacobian } = problem as Partial<Problem>;
    return {
      f: requireFunction<ScalarRhs | SystemRhs>('problem.f', f),
      t0: t0 === undefined ? 0 : requireFinite('problem.t0', t0),
      t1: requireFinite('problem.t1', t1),
      x0: typeof x0 === 'number' ? requireFinite('problem.x0', x0) : toFiniteVector('problem.x0', x0),
      jacobian,
    };
  });
  const { f, t0, t1 } = p;

  if (typeof p.x0 === 'number') {
    const x0 = p.x0;
    const value = (f as ScalarRhs)(x0, t0);
    if (typeof value !== 'number')
      throw invalidReturn('problem.f', 'must return a number for a scalar x0', value);
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

  const x0 = p.x0;
  const dim = x0.length;
  const system = f as SystemRhs;
  requireWritesEveryComponent('problem.f', system, x0, t0);
  const normalized = { scalar: false, f: system, dim, x0, t0, t1, nfev: 2 } as const;
  return p.jacobian === undefined ? normalized : { ...normalized, jacobian: p.jacobian };
}
