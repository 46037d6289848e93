import { notANumber } from '../engine/not-a-number.ts';
import { invalidArgument, invalidReturn } from '../errors.ts';
import { checkOptions, readArguments, requireFinite, requireInteger, requirePositive } from '../validate.ts';

/**
 * How an orbit ended: `bounded` (every iterate computed, all within the escape radius), `escaped` (an iterate left
 * |x| ≤ escapeRadius: it is kept, and iteration stops there), `non-finite` (a step gave NaN or ±∞ from inside the
 * radius: f is not finite there, or overflowed in one step; that value is not kept).
 */
export type OrbitStatus = 'bounded' | 'escaped' | 'non-finite';

/** A map to iterate: a step map, any object with `apply`, or a plain function x ↦ Φ(x). */
export type MapLike = { apply(x: number): number } | ((x: number) => number);

/** Options shared by the orbit functions. */
export interface EscapeOptions {
  /** An orbit has escaped once |x| exceeds this (default 10⁶·max(1, |x0|)). */
  escapeRadius?: number;
}

/** The map as a plain function, checked. */
export function readMap(map: unknown): (x: number) => number {
  if (typeof map === 'function') return map as (x: number) => number;
  // apply is read once, inside the guard (a throwing getter is ERR_INVALID_ARG), and called as a method after.
  const apply = readArguments('map', () =>
    map !== null && typeof map === 'object' ? (map as { apply?: unknown }).apply : undefined,
  );
  if (typeof apply === 'function') return (x) => apply.call(map, x);
  throw invalidArgument('map', 'must be a step map, an object with apply(x), or a function', map);
}

/** Reads `x0`, `n` and the escape radius (an option), with the standard errors. */
export function readOrbitInput(
  name: string,
  x0: unknown,
  n: unknown,
  options: unknown,
  extra: readonly string[] = [],
): { x0: number; n: number; radius: number; options: Record<string, unknown> } {
  const start = requireFinite('x0', x0);
  const steps = requireInteger('n', n, 0);
  if (steps > 1e8) throw invalidArgument('n', 'must be at most 1e8', n);
  const o = checkOptions(`${name}(options)`, options, ['escapeRadius', ...extra]);
  const radius =
    o.escapeRadius === undefined
      ? 1e6 * Math.max(1, Math.abs(start))
      : requirePositive('options.escapeRadius', o.escapeRadius);
  return { x0: start, n: steps, radius, options: o };
}

/** Checks that the map returns numbers (a formula returning a string would otherwise poison every iterate). */
export function checkReturn(step: (x: number) => number, x0: number): void {
  const y = step(x0);
  if (typeof y !== 'number') throw invalidReturn('map', 'must return a number', y);
}

/**
 * Iterates x_{k+1} = step(x_k) from out[0] = x0 for up to n steps into `out` (length ≥ n + 1). Returns the count
 * of iterates stored and the status (see {@link OrbitStatus}).
 */
export function iterateInto(
  step: (x: number) => number,
  x0: number,
  n: number,
  radius: number,
  out: Float64Array,
): { count: number; status: OrbitStatus } {
  out[0] = x0;
  if (!(Math.abs(x0) <= radius)) return { count: 1, status: 'escaped' };
  let x = x0;
  for (let k = 1; k <= n; k++) {
    const y = step(x);
    if (typeof y !== 'number') throw notANumber('map', y);
    if (y - y !== 0) return { count: k, status: 'non-finite' };
    out[k] = y;
    if (!(Math.abs(y) <= radius)) return { count: k + 1, status: 'escaped' };
    x = y;
  }
  return { count: n + 1, status: 'bounded' };
}
