import { notANumber } from '../engine/not-a-number.ts';
import { invalidArgument } from '../errors.ts';
import { readArguments, requireFunction } from '../validate.ts';
import { CENTRAL_STEP } from './central-derivative.ts';

/**
 * ∇F(x) for F: Rⁿ → R by central differences, one coordinate at a time with the step of `centralDerivative`,
 * written into `out`. `work` is scratch of length n (given, so that a stepping loop calling this allocates nothing);
 * x itself is never changed. F must be a function and x, out and work Float64Arrays of one length n ≥ 1
 * (`ERR_INVALID_ARG` otherwise). Returns `out`.
 *
 * @example
 * ```ts
 * const F = (x: Float64Array) => x[0] * x[0] + 3 * x[1];
 * centralGradient(F, Float64Array.of(1, 2), new Float64Array(2), new Float64Array(2));
 * // Float64Array [1.9999999999816658, 2.9999999999724984] (exact: [2, 3])
 * ```
 */
export function centralGradient(
  F: (x: Float64Array) => number,
  x: Float64Array,
  out: Float64Array,
  work: Float64Array,
): Float64Array {
  requireFunction('F', F);
  // instanceof runs a Proxy's getPrototypeOf trap: read under the guard, where a throwing trap is ERR_INVALID_ARG.
  const n = readArguments('x', () => {
    const length = x instanceof Float64Array ? x.length : 0;
    for (const [name, v] of [
      ['x', x],
      ['out', out],
      ['work', work],
    ] as const) {
      if (!(v instanceof Float64Array) || v.length !== length || length === 0) {
        throw invalidArgument(name, 'must be a Float64Array, with x, out and work of one length n ≥ 1', v);
      }
    }
    return length;
  });
  work.set(x);
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const h = CENTRAL_STEP * Math.max(1, Math.abs(xi));
    const xp = xi + h;
    const xm = xi - h;
    work[i] = xp;
    const fp = F(work);
    work[i] = xm;
    const fm = F(work);
    if (typeof fp !== 'number') throw notANumber('F', fp);
    if (typeof fm !== 'number') throw notANumber('F', fm);
    work[i] = xi;
    out[i] = (fp - fm) / (xp - xm);
  }
  return out;
}
