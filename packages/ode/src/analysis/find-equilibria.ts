import type { ScalarRhs } from '../problem.ts';
import { checkOptions, requireInteger, requirePositive } from '../validate.ts';
import {
  type Equilibrium,
  type EquilibriumInterval,
  type Jump,
  locateEquilibria,
} from './locate-equilibria.ts';
import { readInterval } from './read-interval.ts';
import type { NonFiniteRegion } from './sample-grid.ts';
import { scalarEvaluator } from './scalar-evaluator.ts';

/** Options of {@link findEquilibria}. */
export interface FindEquilibriaOptions {
  /** Number of evenly spaced grid points, both ends included (default 1001: a spacing of (b − a)/1000). */
  gridPoints?: number;
  /** Absolute width to which roots and edges are located. Default: sign-change roots to full relative precision
   * (a bracket of about 4ε|x|), edges of zero sets and non-finite regions and touching roots to 2ε·max(|a|, |b|). */
  xtol?: number;
  /**
   * |f| at or below which a local minimum of |f| counts as a zero of f. Default: 1e-12 times the larger |f| at the
   * two grid points around the minimum (a local scale). Sign changes never need it: they are exact.
   */
  ftol?: number;
}

/** Every zero of a scalar f on [a, b], with where f could not be evaluated. Plain data. */
export interface EquilibriaResult {
  interval: [number, number];
  /** Isolated zeros, in increasing order. */
  equilibria: Equilibrium[];
  /** Sub-intervals on which f is exactly 0, in increasing order. */
  equilibriumIntervals: EquilibriumInterval[];
  /** Where f is NaN or ±∞: the grid points where it was, and regions with their ends located to xtol (a pole
   * that f changes sign across is a region too, of the width of its bracket). */
  nonFinite: { points: Float64Array; regions: NonFiniteRegion[] };
  /** Where f changes sign by jumping over zero (floor(x) − ½ at 1): not equilibria, but the flow turns there. */
  jumps: Jump[];
  /** The grid spacing used: the scale below which features can hide (see below). */
  spacing: number;
  /** Evaluations of f. */
  nfev: number;
}

const OPTIONS = ['gridPoints', 'xtol', 'ftol'] as const;

/**
 * Finds every zero of f on [a, b]: the equilibria of the scalar autonomous equation x′ = f(x).
 *
 * f is sampled at `gridPoints` evenly spaced points (default 1001, so 1000 cells of width (b − a)/1000), then:
 * - a sign change between neighbours is refined by Brent's method to machine precision (`sign-change`);
 * - f = 0 at a grid point gives a zero (`grid-zero`), and f = 0 at two or more neighbouring grid points, or on a
 *   zero set wider than a hundredth of a cell, an interval of equilibria whose ends are located by bisection;
 * - where f keeps its sign but |f| has a local minimum on the grid (interior, or at an end of [a, b]), a
 *   golden-section search minimises |f| over the two neighbouring cells. If it finds the opposite sign, both
 *   sign changes are refined, so two roots closer than the spacing are kept apart; if |f| falls to `ftol`, the
 *   point is a zero touching the axis (a double root, as x²(1 − x) at 0, or a root just outside an end, like
 *   sin at a rounded π).
 * - A sign change across which |f| grows (a pole, as 1/x at 0) is reported with the non-finite regions, and one
 *   across which |f| stays above 1% of its grid values (a discontinuity, as floor(x) − ½ at 1) as a jump.
 * - Roots less than a cell apart with |f| between them within the rounding noise of f (estimated from third
 *   differences) are merged into one, whose `accuracy` covers them all: rounding in f (a polynomial summed by
 *   Horner's rule) can make f change sign several times within about 1e-13 of one root.
 *
 * What it can miss: features narrower than a grid cell that leave no trace on the grid values, namely a pair of
 * roots (or a dip to zero) inside a cell where the grid values of |f| have no local minimum nearby; and of three
 * or more roots inside one cell (an odd cluster shows as one sign change) only one is found. Two roots in one
 * cell are kept apart as long as f evaluates to the other sign somewhere between them (the tests resolve pairs
 * 1e-10 apart); closer than that, or within the rounding noise of f, they come back as one root whose `accuracy`
 * covers both. A local minimum of |f| at or below ftol counts as a touching zero: x² + 1e-20 has a "double root"
 * at 0 with the default ftol and grid, and `accuracy` (about 2e-9 there) says how wide the doubt is. Raise
 * `gridPoints` for finer features.
 *
 * Bad input (f not a function, an empty, reversed or non-finite interval, a bad option) throws `PhaseflowError`
 * with `ERR_INVALID_ARG` or `ERR_UNKNOWN_OPTION`; f returning a non-number throws `ERR_INVALID_RETURN`. f being
 * NaN or infinite somewhere is not an error: those points are reported and the rest of the analysis stands.
 *
 * @example
 * ```ts
 * const r = findEquilibria((x) => x * x * (1 - x), [-2, 2]);
 * r.equilibria.map((e) => [e.x, e.detectedBy]); // [[0, 'grid-zero'], [1, 'grid-zero']]
 * findEquilibria(Math.sin, [-1, 4]).equilibria.map((e) => e.x); // [0, 3.1415926535897927] (π to 1 ulp)
 * ```
 */
export function findEquilibria(
  f: ScalarRhs,
  interval: ArrayLike<number>,
  options?: FindEquilibriaOptions,
): EquilibriaResult {
  const g = scalarEvaluator('f', f);
  const [a, b] = readInterval('interval', interval);
  const opts = checkOptions('options', options, OPTIONS) as FindEquilibriaOptions;
  const gridPoints =
    opts.gridPoints === undefined ? 1001 : requireInteger('options.gridPoints', opts.gridPoints, 3);
  const xtol = opts.xtol === undefined ? undefined : requirePositive('options.xtol', opts.xtol);
  const ftol = opts.ftol === undefined ? undefined : requireNonNegative('options.ftol', opts.ftol);
  const found = locateEquilibria(g, a, b, { gridPoints, xtol, ftol });
  return {
    interval: [a, b],
    equilibria: found.equilibria,
    equilibriumIntervals: found.equilibriumIntervals,
    nonFinite: { points: found.nonFinitePoints, regions: found.nonFiniteRegions },
    jumps: found.jumps,
    spacing: found.spacing,
    nfev: g.count(),
  };
}

function requireNonNegative(name: string, value: unknown): number {
  if (value === 0) return 0;
  return requirePositive(name, value);
}
