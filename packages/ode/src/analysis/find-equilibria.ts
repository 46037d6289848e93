import type { ScalarRhs } from '../problem.ts';
import { readArguments } from './argument-error.ts';
import {
  type Equilibrium,
  type EquilibriumInterval,
  type Jump,
  locateEquilibria,
} from './locate-equilibria.ts';
import { readInterval } from './read-interval.ts';
import { integerIn, nonNegativeNumber, positiveNumber, readOptions } from './read-options.ts';
import type { NonFiniteRegion } from './sample-grid.ts';
import { scalarEvaluator } from './scalar-evaluator.ts';

/** Options of {@link findEquilibria}. */
export interface FindEquilibriaOptions {
  /** Number of evenly spaced grid points, both ends included: an integer in [3, 10⁷ + 1] (default 1001: a
   * spacing of (b − a)/1000). The cap keeps the grid's memory under 160 MB. */
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
  /**
   * Cells `[from, to]` (plain two-number arrays, sorted, disjoint) where roots may hide below the resolution the
   * search reached: the grid showed something there (a dip of |f| towards zero, zeros that are not an interval)
   * that a 4096 times finer look could not settle, or that the subdivision budget did not reach. There may be
   * equilibria inside that are not in `equilibria` (and the flow direction inside is not certain), or none. Empty
   * when everything the grid showed was settled. Every other equilibrium is within its `accuracy` of a returned
   * one.
   */
  unresolved: [number, number][];
  /** The grid spacing used: the scale below which features can hide (see below). */
  spacing: number;
  /** Evaluations of f. */
  nfev: number;
}

const OPTIONS = ['gridPoints', 'xtol', 'ftol'] as const;
/** The largest grid: 10⁷ cells (two Float64Arrays of 80 MB). */
export const MAX_GRID_POINTS = 10_000_001;

/**
 * Finds every zero of f on [a, b]: the equilibria of the scalar autonomous equation x′ = f(x).
 *
 * f is sampled at `gridPoints` evenly spaced points (default 1001, so 1000 cells of width (b − a)/1000), then:
 * - a sign change between neighbours is refined by Brent's method to machine precision (`sign-change`);
 * - f = 0 at a grid point gives a zero (`grid-zero`), and f = 0 on a zero set wider than a hundredth of a cell an
 *   interval of equilibria whose ends are located by bisection, but only when f is 0 at 16 points inside it too
 *   (three roots 1e-4 apart are not an interval);
 * - where f keeps its sign but |f| has a local minimum on the grid (interior, or at an end of [a, b]), a
 *   golden-section search over the two neighbouring cells looks for the other sign (two close roots, both
 *   refined) or for |f| falling to `ftol` (a zero touching the axis: a double root, as x²(1 − x) at 0, or a root
 *   just outside an end, like sin at a rounded π);
 * - a sign change across which |f| grows (a pole, as 1/x at 0) is reported with the non-finite regions, and one
 *   across which |f| stays above 1% of its grid values (a discontinuity, as floor(x) − ½ at 1) as a jump.
 * Each of these must look simple on the grid (f nearly linear across a sign change or a zero, a dip shaped like a
 * parabola); otherwise its cells are sampled again 16 times finer, up to three times (4096 times finer), so
 * clusters such as (x − 1)(x − 1.0001)(x − 1.0002) come apart. What the finest grid still cannot settle goes to
 * `unresolved`. Each root's `accuracy` is honest: the bracket is widened to where f stops being rounding noise or
 * other roots around it (read at doubling distances), so a root in rounding noise (an expanded (x − 1)³) comes back
 * with an accuracy of about 1e-5, not 0; roots whose ranges overlap are merged.
 *
 * What it can miss: features narrower than a grid cell that leave no trace on the grid values (a pair of roots
 * inside a cell where f looks linear and |f| has no local minimum). Raise `gridPoints` for finer features.
 *
 * Bad input (f not a function, an empty, reversed or non-finite interval, a bad option, an argument that cannot be
 * read) throws `PhaseflowError` with `ERR_INVALID_ARG` or `ERR_UNKNOWN_OPTION`; f returning a non-number throws
 * `ERR_INVALID_RETURN`. f being NaN or infinite somewhere is not an error: those points are reported and the rest
 * of the analysis stands.
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
  const args = readArguments('options', () => {
    const g = scalarEvaluator('f', f);
    const [a, b] = readInterval('interval', interval);
    const opts = readOptions('options', options, OPTIONS);
    return {
      g,
      a,
      b,
      gridPoints:
        opts.gridPoints === undefined
          ? 1001
          : integerIn('options.gridPoints', opts.gridPoints, 3, MAX_GRID_POINTS),
      xtol: opts.xtol === undefined ? undefined : positiveNumber('options.xtol', opts.xtol),
      ftol: opts.ftol === undefined ? undefined : nonNegativeNumber('options.ftol', opts.ftol),
    };
  });
  const { g, a, b } = args;
  const found = locateEquilibria(g, a, b, args);
  return {
    interval: [a, b],
    equilibria: found.equilibria,
    equilibriumIntervals: found.equilibriumIntervals,
    nonFinite: { points: found.nonFinitePoints, regions: found.nonFiniteRegions },
    jumps: found.jumps,
    unresolved: found.unresolved,
    spacing: found.spacing,
    nfev: g.count(),
  };
}
