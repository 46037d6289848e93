import type { NormalizedProblem } from '../engine/normalize-problem.ts';
import { notANumber } from '../engine/not-a-number.ts';
import { describeValue, invalidArgument, PhaseflowError } from '../errors.ts';
import type { JacobianFn } from './rosenbrock-integrator.ts';

// Two unlikely values: an entry still holding its sentinel after both probe calls was never written.
const SENTINEL_A = -7.8125e-301;
const SENTINEL_B = 3.0517578125e299;

/**
 * The problem's `jacobian` in the system form, checked once before any step, or undefined when the problem has
 * none (the stiff methods then difference f). A scalar problem's `jacobian(x, t)` returns ∂f/∂x; a system's
 * `jacobian(x, t, J)` writes all dim² entries of J row-major (J[i·dim + j] = ∂f_i/∂x_j), which two probe calls at
 * (x0, t0) check, as `f` is checked.
 * @example
 * ```ts
 * readJacobian({ scalar: true, f: (x) => -x, jacobian: () => -1, dim: 1, x0: Float64Array.of(1), t0: 0, t1: 1, nfev: 1 });
 * // (x, t, J) => { J[0] = -1 }
 * ```
 */
export function readJacobian(p: NormalizedProblem & { jacobian?: unknown }): JacobianFn | undefined {
  const user = p.jacobian;
  if (user === undefined) return undefined;
  if (typeof user !== 'function') {
    throw invalidArgument('problem.jacobian', 'must be a function when present', user);
  }
  if (p.scalar) {
    const scalar = user as (x: number, t: number) => unknown;
    const value = scalar(p.x0[0]!, p.t0);
    if (typeof value !== 'number') {
      throw new PhaseflowError(
        'ERR_INVALID_RETURN',
        `invalid return value. \`problem.jacobian\` must return a number (∂f/∂x) for a scalar x0. Value: \`${describeValue(value)}\`.`,
      );
    }
    return (x, t, J) => {
      const v = scalar(x[0]!, t);
      if (typeof v !== 'number') throw notANumber('problem.jacobian', v);
      J[0] = v;
    };
  }
  const system = user as JacobianFn;
  const { dim } = p;
  const a = new Float64Array(dim * dim).fill(SENTINEL_A);
  const b = new Float64Array(dim * dim).fill(SENTINEL_B);
  system(p.x0.slice(), p.t0, a);
  system(p.x0.slice(), p.t0, b);
  let written = 0;
  for (let i = 0; i < dim * dim; i++) if (a[i] !== SENTINEL_A || b[i] !== SENTINEL_B) written++;
  if (written !== dim * dim) {
    throw new PhaseflowError(
      'ERR_DIM_MISMATCH',
      `dimension mismatch. \`problem.jacobian\` must write all ${dim}×${dim} entries of \`J\` (row-major). Value: \`${written} written\`.`,
    );
  }
  return system;
}
