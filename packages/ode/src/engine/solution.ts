import { invalidArgument, noDenseOutput } from '../errors.ts';
import { readArguments, requireLength } from '../validate.ts';
import { type DenseOutput, linearFallback } from './dense-output.ts';

// Re-exported for integrators written against this module before dense output had its own file.
export type { DenseOutput } from './dense-output.ts';

import { locate } from './locate.ts';

/**
 * Why a run ended:
 * - `success`: reached t1.
 * - `terminated`: a terminal event fired before t1.
 * - `max-steps`: the `maxSteps` option would have been exceeded; the points so far are returned.
 * - `step-too-small`: an adaptive step fell below ten spacings of t (a singularity or finite-time blow-up).
 * - `non-finite`: the next state would hold NaN or ±∞ (blow-up, or f undefined there); the run stops at the last
 *   finite point, so `x` never holds a non-finite number.
 * - `stiff`: the stiffness test of dopri5/dop853 fired (Hairer's test, 15 positive h·λ estimates): the run is held
 *   back by stability, not accuracy; use an implicit method (`rodas4()`), or `stiffness: 'warn'` to go on.
 * - `memory-limit`: storing the next point would pass the memory cap (MAX_STORED_NUMBERS, 512 MB of times and
 *   states); the points so far are returned.
 * - `newton-failed`: an implicit method (backwardEuler) could not solve a step's equation by Newton's method, even
 *   with a fresh Jacobian (the step is too large for the nonlinearity, or the iterates left f's domain); the run
 *   stops at the last converged point.
 */
export type SolveStatus =
  | 'success'
  | 'terminated'
  | 'max-steps'
  | 'step-too-small'
  | 'non-finite'
  | 'memory-limit'
  | 'stiff'
  | 'newton-failed';

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
  /** The time at which the stiffness test first fired, with `stiffness: 'warn'` (or at a `stiff` end), else null. */
  readonly stiffAt: number | null;
  /** Jacobian evaluations (stiff methods only; a differenced one costs dim evaluations of f, counted in nfev). */
  readonly njev?: number;
  /** LU factorisations of the stiff methods' iteration matrix (stiff methods only). */
  readonly nlu?: number;
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
  fields: SolutionFields & { scalar: boolean; events?: readonly unknown[] },
  dense: DenseOutput | null,
): ScalarSolution & SystemSolution {
  return new DenseSolution(fields, dense) as unknown as ScalarSolution & SystemSolution;
}

// A class, not closures over the fields: a solve makes one per run, and this costs a tenth of the closures and
// object spread it replaces (measured about 0.1 µs against 1.5 µs). `at` is bound, so it also works detached; the
// interpolation state is in private fields, so the object's own keys are the solution's fields and `at`.
class DenseSolution {
  readonly t: Float64Array;
  readonly x: Float64Array;
  readonly dim: number;
  readonly status: SolveStatus;
  readonly message: string;
  readonly nfev: number;
  readonly nsteps: number;
  readonly naccept: number;
  readonly nreject: number;
  readonly stiffAt: number | null;
  readonly events: readonly unknown[];
  // `declare`: own keys only on the stiff methods' solutions, which set them.
  declare readonly njev?: number;
  declare readonly nlu?: number;
  /** Null for a run that kept no steps (`denseOutput: false`): `at` then throws ERR_NO_DENSE_OUTPUT. */
  readonly #dense: DenseOutput | null;
  readonly #scalar: boolean;
  readonly #lo: number;
  readonly #hi: number;

  constructor(
    fields: SolutionFields & { scalar: boolean; events?: readonly unknown[] },
    dense: DenseOutput | null,
  ) {
    const { t } = fields;
    this.t = t;
    this.x = fields.x;
    this.dim = fields.dim;
    this.status = fields.status;
    this.message = fields.message;
    this.nfev = fields.nfev;
    this.nsteps = fields.nsteps;
    this.naccept = fields.naccept;
    this.nreject = fields.nreject;
    this.stiffAt = fields.stiffAt;
    this.events = fields.events ?? [];
    if (fields.njev !== undefined) (this as { njev?: number }).njev = fields.njev;
    if (fields.nlu !== undefined) (this as { nlu?: number }).nlu = fields.nlu;
    this.#dense = dense;
    this.#scalar = fields.scalar;
    this.#lo = Math.min(t[0]!, t[t.length - 1]!);
    this.#hi = Math.max(t[0]!, t[t.length - 1]!);
    this.at = this.at.bind(this);
  }

  at(time: number | ArrayLike<number>): number | Float64Array {
    if (this.#dense === null) throw noDenseOutput();
    const { dim } = this;
    if (typeof time === 'number') {
      const out = new Float64Array(dim);
      this.#fill(time, 't', out, 0);
      return this.#scalar ? out[0]! : out;
    }
    // The times are read first, inside the guard (a throwing getter is ERR_INVALID_ARG); the interpolant may call
    // f (the Hermite slopes), so it runs outside, where an error f throws reaches the caller unchanged.
    const times = readArguments('t', () => {
      if (time === null || typeof time !== 'object' || typeof time.length !== 'number') {
        throw invalidArgument('t', 'must be a number or an array of numbers', time);
      }
      return Array.from({ length: requireLength('t', time.length, dim) }, (_, j) => time[j] as unknown);
    });
    const out = new Float64Array(times.length * dim);
    for (let j = 0; j < times.length; j++) this.#fill(times[j], `t[${j}]`, out, j * dim);
    return out;
  }

  #fill(time: unknown, name: string, out: Float64Array, offset: number): void {
    const lo = this.#lo;
    const hi = this.#hi;
    if (typeof time !== 'number' || !(time >= lo && time <= hi)) {
      throw invalidArgument(name, `must be a time within the computed span [${lo}, ${hi}]`, time);
    }
    if (this.t.length === 1) {
      for (let i = 0; i < this.dim; i++) out[offset + i] = this.x[i]!;
      return;
    }
    const k = locate(this.t, time);
    this.#dense!(time, k, out, offset);
    linearFallback(out, offset, this.dim, time, k, this.t, this.x);
  }
}
