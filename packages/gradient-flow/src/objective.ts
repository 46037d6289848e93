import { centralDerivative, centralGradient, PhaseflowError } from '@phaseflow/ode';
import { norm2 } from './norm.ts';
import {
  describeValue,
  invalidArgument,
  invalidReturn,
  readProperty,
  requireFinite,
  requireFunction,
  toFiniteVector,
} from './validate.ts';

/** A function of one variable to minimise: F, and optionally its derivative and second derivative. */
export interface ScalarObjective {
  F: (x: number) => number;
  /** F′(x). Without it a central difference is used (step ∛ε·max(1, |x|)). */
  grad?: (x: number) => number;
  /** F″(x). Without it a central difference of the gradient is used. */
  hessian?: (x: number) => number;
}

/** A function of n variables: F(x), and optionally ∇F written into `out` and the Hessian (row-major n×n). */
export interface SystemObjective {
  F: (x: Float64Array) => number;
  /** Writes ∇F(x) into `out` (length n), the same convention as an ODE's `f(x, t, dxdt)`. */
  grad?: (x: Float64Array, out: Float64Array) => void;
  /** Writes the Hessian, row-major, into `out` (length n²). */
  hessian?: (x: Float64Array, out: Float64Array) => void;
}

export type Objective = ScalarObjective | SystemObjective;

/** Which way a flow runs: `descent` is x′ = −∇F (F decreases), `ascent` is x′ = +∇F. */
export type Direction = 'descent' | 'ascent';

/** An objective after validation at a starting point, seen uniformly as a function of a Float64Array. */
export interface NormalizedObjective {
  readonly scalar: boolean;
  readonly dim: number;
  readonly x0: Float64Array;
  readonly value: (x: Float64Array) => number;
  readonly gradient: (x: Float64Array, out: Float64Array) => void;
  /** The scalar derivative (scalar objectives only): the flow of a scalar objective stays scalar. */
  readonly derivative: (x: number) => number;
  /** True when the user gave `grad`; false when ∇F is a central difference of F. */
  readonly exactGradient: boolean;
  /** The user's Hessian in the array form, when one was given. */
  readonly hessian: ((x: Float64Array, out: Float64Array) => void) | undefined;
}

const SENTINEL_A = -7.8125e-301;
const SENTINEL_B = 3.0517578125e299;

/** What `normalizeObjective` checks beyond F. */
export interface NormalizeOptions {
  /** The name x0 goes by in error messages (default `x0`). */
  x0Name?: string;
  /** Probe the gradient at x0 (default true). The stochastic methods, which never call `grad`, switch it off. */
  probeGradient?: boolean;
}

/**
 * Validates `objective` and the starting point `x0` (a number for a scalar objective, an array for n-D), then probes
 * F and the gradient at x0: a wrong return type is `ERR_INVALID_RETURN`, a gradient that does not fill all n
 * components is `ERR_DIM_MISMATCH`, and a start where F or ∇F is not finite is `ERR_INVALID_ARG`.
 *
 * The probe is the run's first gradient evaluation, not an extra one: `gradient` and `derivative` remember the last
 * point they were called at (see `lastPointMemo`), so the first step, which evaluates ∇F(x_0) again, reads it back.
 */
export function normalizeObjective(
  objective: unknown,
  x0: unknown,
  options: NormalizeOptions | string = {},
): NormalizedObjective {
  const { x0Name = 'x0', probeGradient = true } = typeof options === 'string' ? { x0Name: options } : options;
  if (objective === null || typeof objective !== 'object') {
    throw invalidArgument('objective', 'must be an object { F, grad?, hessian? }', objective);
  }
  const o = objective as Record<string, unknown>;
  const oGrad = readProperty('objective.grad', o, 'grad');
  const oHess = readProperty('objective.hessian', o, 'hessian');
  const F = requireFunction<(x: never) => number>('objective.F', readProperty('objective.F', o, 'F'));
  const grad =
    oGrad === undefined ? undefined : requireFunction<(...args: never[]) => unknown>('objective.grad', oGrad);
  const hess =
    oHess === undefined
      ? undefined
      : requireFunction<(...args: never[]) => unknown>('objective.hessian', oHess);

  // F first: a wrong F is reported as itself, not as the central difference it would make of ∇F.
  const start0 = typeof x0 === 'number' ? requireFinite(x0Name, x0) : toFiniteVector(x0Name, x0);
  const value = (F as unknown as (x: unknown) => unknown)(
    typeof start0 === 'number' ? start0 : start0.slice(),
  );
  if (typeof value !== 'number') throw invalidReturn('objective.F', 'must return a number', value);
  if (!Number.isFinite(value)) throw invalidArgument(x0Name, 'must be a point where F is finite', x0);

  let result: NormalizedObjective;
  if (typeof start0 === 'number') {
    const start = start0;
    const f = F as unknown as (x: number) => number;
    const g = grad as unknown as ((x: number) => number) | undefined;
    const raw = g ? numberValued('objective.grad', g) : (x: number) => centralDerivative(f, x);
    const h = hess && numberValued('objective.hessian', hess as unknown as (x: number) => unknown);
    let derivative = raw;
    if (probeGradient) {
      const d0 = raw(start);
      if (typeof d0 !== 'number')
        throw invalidReturn('objective.grad', 'must return a number for a scalar x0', d0);
      if (!Number.isFinite(d0)) throw invalidArgument(x0Name, 'must be a point where ∇F is finite', x0);
      derivative = scalarMemo(raw, start, d0);
    }
    result = {
      scalar: true,
      dim: 1,
      x0: Float64Array.of(start),
      value: numberValued('objective.F', (x: Float64Array) => f(x[0]!)),
      gradient: (x, out) => {
        out[0] = derivative(x[0]!);
      },
      derivative,
      exactGradient: g !== undefined,
      hessian:
        h &&
        ((x, out) => {
          out[0] = h(x[0]!);
        }),
    };
  } else {
    const start = start0;
    const dim = start.length;
    const f = F as unknown as (x: Float64Array) => number;
    const work = new Float64Array(dim);
    const raw =
      (grad as unknown as ((x: Float64Array, out: Float64Array) => void) | undefined) ??
      ((x: Float64Array, out: Float64Array) => centralGradient(f, x, out, work));
    let gradient = raw;
    if (probeGradient) {
      const g0 = grad ? probeSystemGradient(raw, start) : new Float64Array(dim);
      if (!grad) raw(start.slice(), g0);
      if (!Number.isFinite(norm2(g0)))
        throw invalidArgument(x0Name, 'must be a point where ∇F is finite', x0);
      gradient = lastPointMemo(raw, start, g0);
    }
    result = {
      scalar: false,
      dim,
      x0: start,
      value: numberValued('objective.F', f),
      gradient,
      derivative: () => Number.NaN,
      exactGradient: grad !== undefined,
      hessian: hess as unknown as ((x: Float64Array, out: Float64Array) => void) | undefined,
    };
  }
  return result;
}

/**
 * The gradient remembering the last point it was called at: called again at the same point (bit for bit) it copies
 * the stored ∇F instead of calling the user's `grad`. Validators probe x0, the ode engine probes its right-hand side
 * at x0, and a step may evaluate the point its predecessor ended at: each such repeat costs no evaluation, so every
 * optimiser evaluates the gradient once per iteration. The point is copied before the call, so a `grad` that
 * scribbles on its argument cannot corrupt the key.
 */
export function lastPointMemo(
  raw: (x: Float64Array, out: Float64Array) => void,
  x0: Float64Array,
  g0: Float64Array,
): (x: Float64Array, out: Float64Array) => void {
  const dim = x0.length;
  const lastX = x0.slice();
  const lastG = g0.slice();
  return (x, out) => {
    let same = true;
    for (let i = 0; i < dim; i++) {
      const a = x[i]!;
      const b = lastX[i]!;
      // −0 and +0 are the same number but may be different points for F (1/x): compare them by sign.
      if (a !== b || (a === 0 && 1 / a !== 1 / b)) {
        same = false;
        break;
      }
    }
    if (same) {
      for (let i = 0; i < dim; i++) out[i] = lastG[i]!;
      return;
    }
    for (let i = 0; i < dim; i++) lastX[i] = x[i]!;
    raw(x, out);
    for (let i = 0; i < dim; i++) lastG[i] = out[i]!;
  };
}

/**
 * A user's number-valued function with its value checked at every call (#14): after the probe, a BigInt or Symbol
 * would otherwise throw a raw TypeError in the optimiser's arithmetic and a string be silently coerced.
 */
function numberValued<X>(name: string, fn: (x: X) => unknown): (x: X) => number {
  return (x) => {
    const v = fn(x);
    if (typeof v !== 'number') throw invalidReturn(name, 'must return a number at every call', v);
    return v;
  };
}

function scalarMemo(raw: (x: number) => number, x0: number, d0: number): (x: number) => number {
  let lastX = x0;
  let lastD = d0;
  return (x) => {
    if (x === lastX && (x !== 0 || 1 / x === 1 / lastX)) return lastD;
    lastX = x;
    lastD = raw(x);
    return lastD;
  };
}

/**
 * One call that both probes and evaluates: ∇F(x0) into a buffer filled with a sentinel. Only when a component still
 * holds it (a gradient that skips components, or one whose value is exactly the sentinel) is a second call made,
 * with another sentinel, to tell the two apart. Returns ∇F(x0).
 */
export function probeSystemGradient(
  g: (x: Float64Array, out: Float64Array) => void,
  x0: Float64Array,
  name = 'objective.grad',
): Float64Array {
  const dim = x0.length;
  const a = new Float64Array(dim).fill(SENTINEL_A);
  const returned = g(x0.slice(), a) as unknown;
  // Returning a fresh array instead of writing `out` is the usual slip when coming from the scalar form.
  if (returned !== a && typeof returned === 'object' && returned !== null && 'length' in returned) {
    throw invalidReturn(
      name,
      `must write ∇F into its second argument \`out\` (length ${dim}), not return it`,
      returned,
    );
  }
  if (!a.includes(SENTINEL_A)) return a;
  const b = new Float64Array(dim).fill(SENTINEL_B);
  g(x0.slice(), b);
  let written = 0;
  for (let i = 0; i < dim; i++) if (a[i] !== SENTINEL_A || b[i] !== SENTINEL_B) written++;
  if (written !== dim) {
    throw new PhaseflowError(
      'ERR_DIM_MISMATCH',
      `dimension mismatch. \`${name}\` must write all ${dim} components of \`out\` (the length of x0). Value: \`${describeValue(written)} written\`.`,
    );
  }
  return b;
}
