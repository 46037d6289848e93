import { PhaseflowError } from '@phaseflow/ode';
import { centralDerivative, centralGradient } from './central-difference.ts';
import { norm2 } from './norm.ts';
import {
  describeValue,
  invalidArgument,
  invalidReturn,
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

/**
 * Validates `objective` and the starting point `x0` (a number for a scalar objective, an array for n-D), then probes
 * F and the gradient at x0: a wrong return type is `ERR_INVALID_RETURN`, a gradient that does not fill all n
 * components is `ERR_DIM_MISMATCH`, and a start where F or ∇F is not finite is `ERR_INVALID_ARG`.
 */
export function normalizeObjective(objective: unknown, x0: unknown, x0Name = 'x0'): NormalizedObjective {
  if (objective === null || typeof objective !== 'object') {
    throw invalidArgument('objective', 'must be an object { F, grad?, hessian? }', objective);
  }
  const o = objective as Record<string, unknown>;
  const F = requireFunction<(x: never) => number>('objective.F', o.F);
  const grad =
    o.grad === undefined
      ? undefined
      : requireFunction<(...args: never[]) => unknown>('objective.grad', o.grad);
  const hess =
    o.hessian === undefined
      ? undefined
      : requireFunction<(...args: never[]) => unknown>('objective.hessian', o.hessian);

  let result: NormalizedObjective;
  if (typeof x0 === 'number') {
    const start = requireFinite(x0Name, x0);
    const f = F as unknown as (x: number) => number;
    const g = grad as unknown as ((x: number) => number) | undefined;
    const derivative = g ?? ((x: number) => centralDerivative(f, x));
    const h = hess as unknown as ((x: number) => number) | undefined;
    result = {
      scalar: true,
      dim: 1,
      x0: Float64Array.of(start),
      value: (x) => f(x[0]!),
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
    const d = derivative(start);
    if (typeof d !== 'number')
      throw invalidReturn('objective.grad', 'must return a number for a scalar x0', d);
  } else {
    const start = toFiniteVector(x0Name, x0);
    const dim = start.length;
    const f = F as unknown as (x: Float64Array) => number;
    const work = new Float64Array(dim);
    const g =
      (grad as unknown as ((x: Float64Array, out: Float64Array) => void) | undefined) ??
      ((x: Float64Array, out: Float64Array) => centralGradient(f, x, out, work));
    result = {
      scalar: false,
      dim,
      x0: start,
      value: f,
      gradient: g,
      derivative: () => Number.NaN,
      exactGradient: grad !== undefined,
      hessian: hess as unknown as ((x: Float64Array, out: Float64Array) => void) | undefined,
    };
    if (grad) probeSystemGradient(g, start);
  }

  const value = result.value(result.x0.slice());
  if (typeof value !== 'number') throw invalidReturn('objective.F', 'must return a number', value);
  if (!Number.isFinite(value)) throw invalidArgument(x0Name, 'must be a point where F is finite', x0);
  const g0 = new Float64Array(result.dim);
  result.gradient(result.x0.slice(), g0);
  if (!Number.isFinite(norm2(g0))) throw invalidArgument(x0Name, 'must be a point where ∇F is finite', x0);
  return result;
}

function probeSystemGradient(g: (x: Float64Array, out: Float64Array) => void, x0: Float64Array): void {
  const dim = x0.length;
  const a = new Float64Array(dim).fill(SENTINEL_A);
  const b = new Float64Array(dim).fill(SENTINEL_B);
  const returned = g(x0.slice(), a) as unknown;
  g(x0.slice(), b);
  // Returning a fresh array instead of writing `out` is the usual slip when coming from the scalar form.
  if (returned !== a && typeof returned === 'object' && returned !== null && 'length' in returned) {
    throw invalidReturn(
      'objective.grad',
      `must write ∇F into its second argument \`out\` (length ${dim}), not return it`,
      returned,
    );
  }
  let written = 0;
  for (let i = 0; i < dim; i++) if (a[i] !== SENTINEL_A || b[i] !== SENTINEL_B) written++;
  if (written !== dim) {
    throw new PhaseflowError(
      'ERR_DIM_MISMATCH',
      `dimension mismatch. \`objective.grad\` must write all ${dim} components of \`out\` (the length of x0). Value: \`${describeValue(written)} written\`.`,
    );
  }
}
