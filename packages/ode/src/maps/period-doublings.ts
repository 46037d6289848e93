import { invalidArgument, invalidReturn } from '../errors.ts';
import type { ScalarRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { checkOptions, readArguments, requireFinite, requireFunction, requireInteger } from '../validate.ts';
import { periodicPoint } from './periodic-point.ts';
import { readTableau } from './read-tableau.ts';
import { stepMap } from './step-map.ts';

/** Most orbit evaluations one call may make: twelve scans and bisections take a few hundred. */
const MAX_EVALUATIONS = 5000;

/** Options of {@link periodDoublings}. */
export interface PeriodDoublingOptions {
  /** The step sizes [lo, hi] to search, 0 ≤ lo < hi. */
  h: ArrayLike<number>;
  /** Where every orbit starts (default 0.5). */
  x0?: number;
  /** How many doublings to find at most (an integer from 1 to 12; default 4). */
  count?: number;
  /** f′, for exact multipliers (a central difference of the step map otherwise). */
  derivative?: (x: number) => number;
  /** Iterates before Newton's method takes over (default 2000; at least 64 per point of the orbit). */
  transient?: number;
}

/**
 * The first `count` period-doubling steps of a method's step map in [lo, hi], in increasing order: where the
 * attracting orbit of period p = 1, 2, 4, … loses stability to one of period 2p, found numerically as the root of
 * μ_p(h) + 1, μ_p the multiplier of the period-p orbit (Newton's method on Φ^p(x) = x, then bisection on h to
 * full precision). The attracting period at lo is found first (up to 256; none when lo is chaotic); steps are scanned upward from there until μ_p < −1. Fewer than
 * `count` when the orbit escapes, stops being periodic, or hi comes first. Euler on x′ = x(1 − x) is the logistic
 * map with r = 1 + h: its doublings are h = 2, √6 = 2.449…, 2.544…, converging to 2.5699456…
 *
 * @example
 * ```ts
 * const f = (x: number) => x * (1 - x);
 * periodDoublings(f, EULER_TABLEAU, { h: [1, 3], count: 2, derivative: (x) => 1 - 2 * x });
 * // Float64Array [2, 2.449489742783178] (2 and √6, each to about 1e-15)
 * ```
 */
export function periodDoublings(
  f: ScalarRhs,
  tableau: ButcherTableau,
  options: PeriodDoublingOptions,
): Float64Array {
  requireFunction('f', f);
  const checked = readTableau('tableau', tableau, true);
  if (options === undefined) throw invalidArgument('options', 'must be an object with h: [lo, hi]', options);
  const o = checkOptions('periodDoublings(options)', options, [
    'h',
    'x0',
    'count',
    'derivative',
    'transient',
  ]);
  const [lo, hi] = readArguments('options.h', () => {
    const range = o.h as ArrayLike<unknown> | undefined;
    if (range === null || typeof range !== 'object' || range.length !== 2) {
      throw invalidArgument('options.h', 'must be two step sizes [lo, hi] with 0 ≤ lo < hi', o.h);
    }
    return [range[0], range[1]];
  });
  if (typeof lo !== 'number' || typeof hi !== 'number' || !(lo >= 0 && lo < hi && Number.isFinite(hi))) {
    throw invalidArgument('options.h', 'must be two step sizes [lo, hi] with 0 ≤ lo < hi, both finite', o.h);
  }
  const x0 = requireFinite('options.x0', o.x0 ?? 0.5);
  const count = requireInteger('options.count', o.count ?? 4, 1);
  if (count > 12) throw invalidArgument('options.count', 'must be at most 12', count);
  const transient = requireInteger('options.transient', o.transient ?? 2000, 0);
  if (transient > 1e7) throw invalidArgument('options.transient', 'must be at most 1e7', transient);
  if (o.derivative !== undefined) requireFunction('options.derivative', o.derivative);
  const probe = f(x0, 0);
  if (typeof probe !== 'number') throw invalidReturn('f', 'must return a number', probe);
  const radius = 1e6 * Math.max(1, Math.abs(x0));
  const mapOptions = o.derivative === undefined ? {} : { derivative: o.derivative as (x: number) => number };
  // The last periodic point found: Newton's starting point where every orbit escapes (the orbit followed by
  // continuation, as for x′ = −2x past η = 1, where the fixed point 0 still exists but repels).
  let anchor: number | null = null;
  let evaluations = 0;
  const multiplier = (h: number, p: number): number | null => {
    evaluations++;
    const map = stepMap(f, checked, h, mapOptions);
    const point = periodicPoint(map, x0, p, Math.max(transient, 64 * p), radius, anchor);
    if (point === null) return null;
    anchor = point.x;
    return point.multiplier;
  };

  const found: number[] = [];
  let p = 1;
  let m = multiplier(lo, p);
  // The attracting orbit at lo: the first period up to 256 whose orbit has |μ| ≤ 1 (a chaotic lo has none).
  while (m !== null && !(Math.abs(m) <= 1) && p < 256) {
    p *= 2;
    m = multiplier(lo, p);
  }
  if (m === null || !(Math.abs(m) <= 1)) return new Float64Array(0);
  let a = lo;
  let stride = (hi - lo) / 64;
  while (found.length < count) {
    // Scan up from a (where μ_p ≥ −1) until μ_p < −1, then bisect.
    let b = Number.NaN;
    for (let h = a; h < hi; ) {
      const next = Math.min(h + stride, hi);
      if (!(next > h) || evaluations > MAX_EVALUATIONS) return Float64Array.from(found);
      const mu = multiplier(next, p);
      if (mu === null) return Float64Array.from(found);
      if (mu < -1) {
        b = next;
        break;
      }
      a = h = next;
    }
    if (Number.isNaN(b)) break;
    for (let it = 0; it < 200 && b - a > 2 * Number.EPSILON * Math.max(1, b); it++) {
      const mid = a + (b - a) / 2;
      const mu = multiplier(mid, p);
      if (mu === null) break;
      if (mu < -1) b = mid;
      else a = mid;
    }
    const doubling = a + (b - a) / 2;
    // The next gap is about a 4.67th of this one (Feigenbaum's δ): scan it in steps of an eighth. (A scan that
    // stalls ends on the evaluation budget.)
    if (found.length > 0) stride = Math.max((doubling - found[found.length - 1]!) / 8, (hi - lo) * 2 ** -40);
    found.push(doubling);
    a = doubling;
    p *= 2;
  }
  return Float64Array.from(found);
}
