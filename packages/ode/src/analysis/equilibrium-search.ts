import type { NonFiniteRegion } from './sample-grid.ts';

// What a search for equilibria finds, and the state it carries while it looks.

/** An isolated zero of f. */
export interface Equilibrium {
  x: number;
  /**
   * How far the true zero may be from `x`: the root lies in [x − accuracy, x + accuracy]. For a sign change, the
   * final bracket's width, widened to where f stops being rounding noise or other roots around x (read at doubling
   * distances: an expanded (x − 1)³ is noise within about 1e-5 of 1, so its root is reported with that accuracy,
   * not 0). `minimum`: the half-width of the neighbourhood where |f| ≤ ftol. `grid-zero`: the half-width of the
   * set where f is exactly 0, widened the same way. Roots whose ranges overlap are merged into one whose range
   * covers them all.
   */
  accuracy: number;
  /** How it was found: a sign change between grid points, a minimum of |f| reaching ftol, or f = 0 on the grid. */
  detectedBy: 'sign-change' | 'minimum' | 'grid-zero';
}

/** A sub-interval on which f is exactly zero: every point of it is an equilibrium. */
export interface EquilibriumInterval {
  from: number;
  to: number;
  /** How far each end may be from the true edge of the zero set. */
  accuracy: number;
}

/** A point where f changes sign without passing through zero (a discontinuity): not an equilibrium, but the flow
 * turns there, so the phase line splits at it. */
export interface Jump {
  x: number;
  /** Width of the bracket the jump was located in. */
  accuracy: number;
}

/** The state of one search: its settings and what it has found so far. */
export interface Search {
  /** f, counting its calls in `calls`. */
  f: (x: number) => number;
  calls: number;
  /** The evaluations the search may spend beyond its first grid. */
  limit: number;
  /** Whether a minimum of |f| at an end of [a, b] is looked into. */
  endDips: boolean;
  a: number;
  b: number;
  /** The user's xtol, if any (Brent then stops there). */
  xtol: number | undefined;
  /** The width to which edges are located: the user's xtol, or 2ε·max(|a|, |b|). */
  edgeTol: number;
  ftol: number | undefined;
  /** The spacing of the first grid. */
  spacing: number;
  points: Equilibrium[];
  intervals: EquilibriumInterval[];
  regions: NonFiniteRegion[];
  jumps: Jump[];
  unresolved: [number, number][];
  /** Roots whose neighbourhood was not clean within `within` of x on the finest grid: something else is there, a
   * root found on its own (then nothing is hidden) or not (then the cell around x is unresolved). */
  suspects: { x: number; within: number; cell: number }[];
}
