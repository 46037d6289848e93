import { invalidArgument } from '../errors.ts';
import { locate } from './locate.ts';

/**
 * Why a run ended:
 * - `success`: reached t1.
 * - `terminated`: a terminal event fired before t1.
 * - `max-steps`: the `maxSteps` option would have been exceeded; the points so far are returned.
 * - `step-too-small`: an adaptive step fell below ten spacings of t (a singularity or finite-time blow-up).
 * - `non-finite`: the next state would hold NaN or ±∞ (blow-up, or f undefined there); the run stops at the last
 *   finite point, so `x` never holds a non-finite number.
 */
export type SolveStatus = 'success' | 'terminated' | 'max-steps' | 'step-too-small' | 'non-finite';

/** Fills `out[offset .. offset + dim)` with the solution at time t, which lies in step k (ts[k] to ts[k + 1]). */
export type DenseOutput = (t: number, k: number, out: Float64Array, offset: number) => void;

interface SolutionFields {
  /** The times reached, t0 first; the last is t1 when `status` is `success`. */
  readonly t: Float64Array;
  /** The states, row-major: component i at time t[k] is `x[k * dim + i]`. */
  readonly x: Float64Array;
  readonly dim: number;
  readonly status: SolveStatus;
  /** A sentence saying why the run ended, with the time and the numbers involved. */
  readonly message: string;
  /** Evaluations of f, the probe calls included. */
  readonly nfev: number;
  /** Steps taken (accepted steps for adaptive methods). */
  readonly nsteps: number;
  /** Accepted and rejected trial steps (an adaptive method's work; a fixed-step run rejects none). */
  readonly naccept: number;
  readonly nreject: number;
}

/** One occurrence of an event: which of `options.events` (`index`), when, and the state then. */
export interface EventHit<X> {
  readonly index: number;
  readonly t: number;
  readonly x: X;
}

/** The result of solving a scalar problem: `at(t)` returns a number. */
export interface ScalarSolution extends SolutionFields {
  /** The events found, in the order they happened. */
  readonly events: readonly EventHit<number>[];
  at(t: number): number;
  at(ts: ArrayLike<number>): Float64Array;
}

/** The result of solving a system: `at(t)` returns a Float64Array of length `dim`. */
export interface SystemSolution extends SolutionFields {
  readonly events: readonly EventHit<Float64Array>[];
  at(t: number): Float64Array;
  /** Row-major: component i at ts[j] is `result[j * dim + i]`. */
  at(ts: ArrayLike<number>): Float64Array;
}

export type Solution = ScalarSolution | SystemSolution;

/** Wraps computed arrays in a solution object whose `at` reads the given dense output. */
export function makeSolution(
  fields: SolutionFields & { scalar: boolean },
  dense: DenseOutput,
): ScalarSolution & SystemSolution {
  const { t, dim, scalar } = fields;
  const n = t.length - 1;
  const lo = Math.min(t[0]!, t[n]!);
  const hi = Math.max(t[0]!, t[n]!);

  const fill = (time: unknown, name: string, out: Float64Array, offset: number) => {
    if (typeof time !== 'number' || !(time >= lo && time <= hi)) {
      throw invalidArgument(name, `must be a time within the computed span [${lo}, ${hi}]`, time);
    }
    if (n === 0) {
      for (let i = 0; i < dim; i++) out[offset + i] = fields.x[i]!;
      return;
    }
    dense(time, locate(t, time), out, offset);
  };

  function at(time: number | ArrayLike<number>): number | Float64Array {
    if (typeof time === 'number') {
      const out = new Float64Array(dim);
      fill(time, 't', out, 0);
      return scalar ? out[0]! : out;
    }
    if (time === null || typeof time !== 'object' || typeof time.length !== 'number') {
      throw invalidArgument('t', 'must be a number or an array of numbers', time);
    }
    const out = new Float64Array(time.length * dim);
    for (let j = 0; j < time.length; j++) fill(time[j], `t[${j}]`, out, j * dim);
    return out;
  }

  const { scalar: _scalar, ...rest } = fields;
  return { ...rest, at } as ScalarSolution & SystemSolution;
}
