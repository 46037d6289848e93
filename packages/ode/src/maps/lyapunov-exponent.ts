import { notANumber } from '../engine/not-a-number.ts';
import { invalidArgument } from '../errors.ts';
import { checkOptions, readArguments, requireInteger } from '../validate.ts';
import { checkReturn, type EscapeOptions, type OrbitStatus, readOrbitInput } from './iterate-map.ts';

/** Options of {@link lyapunovExponent}. */
export interface LyapunovOptions extends EscapeOptions {
  /** Iterates averaged over (an integer ≥ 1; default 1000). */
  n?: number;
  /** Iterates discarded first (default 500). */
  transient?: number;
}

/** The Lyapunov exponent of an orbit, or why there is none. */
export interface LyapunovResult {
  /**
   * The mean of ln|Φ′(x_k)| over the averaged iterates: negative on an attracting periodic orbit, positive on a
   * chaotic one; −Infinity when an iterate lands where Φ′ = 0 (a superstable orbit). Null unless `status` is
   * `bounded`.
   */
  readonly exponent: number | null;
  /** `bounded`, `escaped`, `non-finite` as for an orbit; also `non-finite` when Φ′ is not finite on the orbit. */
  readonly status: OrbitStatus;
  /** Iterates averaged. */
  readonly n: number;
}

/** A map with its derivative: a step map, or any object with `apply` and `derivative`. */
export interface DifferentiableMap {
  apply(x: number): number;
  derivative(x: number): number;
}

/**
 * The Lyapunov exponent λ = (1/n)·Σ ln|Φ′(x_k)| along the orbit of x0, after `transient` iterates: the mean rate
 * at which nearby orbits separate. For a step map at an attracting fixed point x* it tends to ln|R(h·f′(x*))|, so
 * Euler on the logistic equation gives ln|1 − h| for h < 2; it crosses 0 at each period doubling and is positive
 * where the orbit is chaotic (ln 2 for the logistic map at r = 4, Euler's step h = 3).
 *
 * @example
 * ```ts
 * const map = stepMap((x) => x * (1 - x), EULER_TABLEAU, 0.5, { derivative: (x) => 1 - 2 * x });
 * lyapunovExponent(map, 0.2, { n: 1000, transient: 100 }).exponent; // -0.6931471805599453 (= ln 0.5)
 * ```
 */
export function lyapunovExponent(
  map: DifferentiableMap,
  x0: number,
  options?: LyapunovOptions,
): LyapunovResult {
  // apply and derivative read once, inside the guard (a throwing getter is ERR_INVALID_ARG), then called as methods.
  const [apply, fPrime] = readArguments('map', () =>
    map !== null && typeof map === 'object' ? [map.apply, map.derivative] : [undefined, undefined],
  );
  if (typeof apply !== 'function' || typeof fPrime !== 'function') {
    throw invalidArgument('map', 'must have apply(x) and derivative(x) (a step map)', map);
  }
  const o = checkOptions('lyapunovExponent(options)', options, [
    'escapeRadius',
    'n',
    'transient',
  ]) as LyapunovOptions;
  const input = readOrbitInput('lyapunovExponent', x0, o.n ?? 1000, o, ['n', 'transient']);
  if (input.n < 1) throw invalidArgument('options.n', 'must be an integer ≥ 1', o.n);
  const transient = requireInteger('options.transient', o.transient ?? 500, 0);
  if (transient > 1e8) throw invalidArgument('options.transient', 'must be at most 1e8', transient);
  const step = (x: number): number => apply.call(map, x);
  checkReturn(step, input.x0);
  let x = input.x0;
  if (!(Math.abs(x) <= input.radius)) return { exponent: null, status: 'escaped', n: input.n };
  let sum = 0;
  for (let k = 0; k < transient + input.n; k++) {
    if (k >= transient) {
      const d = fPrime.call(map, x);
      if (typeof d !== 'number') throw notANumber('map.derivative', d);
      if (Number.isNaN(d) || d === Number.POSITIVE_INFINITY || d === Number.NEGATIVE_INFINITY) {
        return { exponent: null, status: 'non-finite', n: input.n };
      }
      sum += Math.log(Math.abs(d));
    }
    const y = step(x);
    if (typeof y !== 'number') throw notANumber('map.apply', y);
    if (y - y !== 0) return { exponent: null, status: 'non-finite', n: input.n };
    if (!(Math.abs(y) <= input.radius)) return { exponent: null, status: 'escaped', n: input.n };
    x = y;
  }
  return { exponent: sum / input.n, status: 'bounded', n: input.n };
}
