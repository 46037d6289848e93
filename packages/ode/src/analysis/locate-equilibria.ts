import { bisectEdge } from './bisect-edge.ts';
import { brentRoot } from './brent-root.ts';
import { goldenMinimum } from './golden-minimum.ts';
import { mergeRegions, type NonFiniteRegion, nonFiniteRegions, sampleGrid } from './sample-grid.ts';

/** An isolated zero of f. */
export interface Equilibrium {
  x: number;
  /**
   * An estimate of how far the true zero may be from `x`. `sign-change`: the width of the final bracket holding
   * the sign change of f as computed. `minimum`: half the width of the neighbourhood on which |f| ≤ ftol (f cannot
   * be told from zero there, so the root may be anywhere in it). `grid-zero`: half the width of the set where f is
   * exactly 0.
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

/** What the grid search found, before any classification. */
export interface LocatedEquilibria {
  equilibria: Equilibrium[];
  equilibriumIntervals: EquilibriumInterval[];
  nonFinitePoints: Float64Array;
  nonFiniteRegions: NonFiniteRegion[];
  jumps: Jump[];
  spacing: number;
}

/** The settings of the grid search, defaults already applied except xtol and ftol. */
export interface LocateSettings {
  gridPoints: number;
  xtol: number | undefined;
  ftol: number | undefined;
}

// A local minimum of |f| a 10¹² times below |f| one grid cell away is a zero (the scale is local, so f = eˣ on
// a wide interval does not get a zero at its low end).
const FTOL_RELATIVE = 1e-12;
// A sign change whose |f| at the final bracket is still above 1% of |f| on the grid is a jump, not a zero.
const JUMP_RATIO = 0.01;

/** A point where f changes sign without passing through zero (a discontinuity): not an equilibrium, but the flow
 * turns there, so the phase line splits at it. */
export interface Jump {
  x: number;
  /** Width of the bracket the jump was located in. */
  accuracy: number;
}

/** The grid search behind `findEquilibria` (documented there), without argument checks. *
 * @example
 * ```ts
 * locateEquilibria((x) => x * (1 - x), -1, 2, { gridPoints: 31, xtol: undefined, ftol: undefined }).equilibria;
 * // [{ x: 0, accuracy: 0, detectedBy: 'grid-zero' }, { x: 1, accuracy: 0, detectedBy: 'grid-zero' }]
 * ```
 */
export function locateEquilibria(
  f: (x: number) => number,
  a: number,
  b: number,
  settings: LocateSettings,
): LocatedEquilibria {
  const n = settings.gridPoints - 1;
  const grid = sampleGrid(f, a, b, n);
  const { x: xs, f: fs, spacing } = grid;
  const xtol = settings.xtol ?? 2 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b));

  const points: Equilibrium[] = [];
  const intervals: EquilibriumInterval[] = [];
  const regions = nonFiniteRegions(f, grid, xtol);
  const isZero = (x: number) => f(x) === 0;

  // A zero at x whose zero set may extend towards `left` and `right`: a point, or a sub-interval when wide.
  const addZero = (x: number, left: number, right: number, wide: boolean, by: Equilibrium['detectedBy']) => {
    const from = left === x ? x : bisectEdge(isZero, x, left, xtol);
    const to = right === x ? x : bisectEdge(isZero, x, right, xtol);
    if (wide || to - from > spacing / 100) intervals.push({ from, to, accuracy: xtol });
    else points.push({ x, accuracy: Math.max(x - from, to - x), detectedBy: by });
  };

  // A sign change in [lo, hi], refined by Brent: a zero when |f| at the final bracket is small against |f| on the
  // grid, a pole when it is larger, a jump over zero (a discontinuity such as floor(x) − ½) in between.
  const jumps: Jump[] = [];
  const refine = (lo: number, hi: number, flo: number, fhi: number, by: Equilibrium['detectedBy']) => {
    // Roots to full relative precision (Brent stops at 4ε|x|) unless xtol is given: 3 in [−1e305, 1e305] is 3.
    const root = brentRoot(f, lo, hi, flo, fhi, settings.xtol ?? 0);
    const near = Math.max(Math.abs(root.fLo), Math.abs(root.fHi));
    const far = Math.max(Math.abs(flo), Math.abs(fhi));
    if (!Number.isFinite(near) || near > far) {
      regions.push({ from: root.lo, to: root.hi });
    } else if (near > JUMP_RATIO * far) {
      jumps.push({ x: root.x, accuracy: root.hi - root.lo });
    } else {
      points.push({ x: root.x, accuracy: root.hi - root.lo, detectedBy: by });
    }
  };

  for (let i = 0; i <= n; i++) {
    if (fs[i] !== 0) continue;
    // A run of grid zeros is one interval only if f is zero between them too (two roots can sit on grid points).
    let j = i;
    while (j < n && fs[j + 1] === 0 && isZero((xs[j]! + xs[j + 1]!) / 2)) j++;
    addZero(xs[i]!, i > 0 ? xs[i - 1]! : xs[i]!, j < n ? xs[j + 1]! : xs[j]!, j > i, 'grid-zero');
    if (j > i) intervals[intervals.length - 1]!.to = Math.max(intervals[intervals.length - 1]!.to, xs[j]!);
    i = j;
  }

  for (let i = 0; i < n; i++) {
    const p = fs[i]!;
    const q = fs[i + 1]!;
    if ((p < 0 && q > 0) || (p > 0 && q < 0)) refine(xs[i]!, xs[i + 1]!, p, q, 'sign-change');
  }

  // Where f keeps its sign but |f| has a local minimum on the grid, a double root or a close pair may hide.
  for (let i = 0; i <= n; i++) {
    const v = fs[i]!;
    if (!Number.isFinite(v) || v === 0) continue;
    const s = v > 0 ? 1 : -1;
    const L = i > 0 ? i - 1 : i;
    const R = i < n ? i + 1 : i;
    const gl = s * fs[L]!;
    const gr = s * fs[R]!;
    if (!(gl > 0 && gr > 0) || !(L === i || s * v < gl) || !(s * v <= gr)) continue;
    const g = (x: number) => s * f(x);
    const m = goldenMinimum(g, xs[L]!, xs[R]!, gl, gr, xtol);
    if (m.value < 0) {
      refine(xs[L]!, m.x, fs[L]!, s * m.value, 'minimum');
      refine(m.x, xs[R]!, s * m.value, fs[R]!, 'minimum');
    } else if (m.value === 0) {
      addZero(m.x, xs[L]!, xs[R]!, false, 'minimum');
    } else if (m.value <= (settings.ftol ?? FTOL_RELATIVE * Math.max(gl, gr))) {
      const ftol = settings.ftol ?? FTOL_RELATIVE * Math.max(gl, gr);
      const small = (x: number) => Math.abs(f(x)) <= ftol;
      const lo = bisectEdge(small, m.x, beyond(small, m.x, -spacing, a, b), xtol);
      const hi = bisectEdge(small, m.x, beyond(small, m.x, spacing, a, b), xtol);
      points.push({ x: m.x, accuracy: Math.max(m.x - lo, hi - m.x), detectedBy: 'minimum' });
    }
  }

  // A cell from a grid zero to a non-zero value may hide one more root, where f dips to the other sign first.
  for (let i = 0; i < n; i++) {
    const [z, o] = fs[i] === 0 ? [i, i + 1] : fs[i + 1] === 0 ? [i + 1, i] : [-1, -1];
    const v = fs[o]!;
    if (z < 0 || v === 0 || !Number.isFinite(v)) continue;
    const s = v > 0 ? 1 : -1;
    const g = (x: number) => s * f(x);
    const m =
      o < z
        ? goldenMinimum(g, xs[o]!, xs[z]!, s * v, Number.POSITIVE_INFINITY, xtol)
        : goldenMinimum(g, xs[z]!, xs[o]!, Number.POSITIVE_INFINITY, s * v, xtol);
    if (m.value < 0) refine(xs[o]!, m.x, v, s * m.value, 'minimum');
    else if (m.value === 0 && m.x !== xs[z])
      addZero(m.x, xs[Math.min(o, z)]!, xs[Math.max(o, z)]!, false, 'minimum');
  }

  const equilibriumIntervals = mergeRegions(intervals).map((r) => ({ ...r, accuracy: xtol }));
  return {
    equilibria: mergePoints(points, equilibriumIntervals, f, spacing, settings.ftol),
    equilibriumIntervals,
    nonFinitePoints: xs.filter((_, i) => !Number.isFinite(fs[i]!)),
    nonFiniteRegions: mergeRegions(regions),
    jumps: jumps.sort((p, q) => p.x - q.x),
    spacing,
  };
}

/** Walks from x in steps that double from `step` until `holds` fails or an end of [a, b] is passed. */
function beyond(holds: (x: number) => boolean, x: number, step: number, a: number, b: number): number {
  let y = x + step;
  while (y > a && y < b && holds(y)) {
    step *= 2;
    y = x + step;
  }
  return Math.min(b, Math.max(a, y));
}

/**
 * Sorts the points, drops those inside an interval of equilibria, and merges neighbours that cannot be told apart:
 * ranges that overlap, or two roots less than a cell apart with |f| between them within the rounding noise of f
 * there (noise in f, as in a polynomial summed by Horner's rule, makes clusters of sign changes around one root).
 */
function mergePoints(
  points: Equilibrium[],
  intervals: EquilibriumInterval[],
  f: (x: number) => number,
  spacing: number,
  ftol: number | undefined,
): Equilibrium[] {
  const sorted = points
    .filter((p) => !intervals.some((r) => p.x >= r.from - p.accuracy && p.x <= r.to + p.accuracy))
    .sort((p, q) => p.x - q.x);
  const kept: Equilibrium[] = [];
  for (const p of sorted) {
    const last = kept[kept.length - 1];
    if (last && p.x - last.x <= p.accuracy + last.accuracy) {
      if (p.accuracy < last.accuracy) kept[kept.length - 1] = p;
      continue;
    }
    if (last && p.x - last.x < spacing) {
      const m = (p.x + last.x) / 2;
      if (Math.abs(f(m)) <= Math.max(ftol ?? 0, roundingNoise(f, m, p.x - last.x))) {
        const lo = Math.min(last.x - last.accuracy, p.x - p.accuracy);
        const hi = Math.max(last.x + last.accuracy, p.x + p.accuracy);
        kept[kept.length - 1] = { x: m, accuracy: Math.max(m - lo, hi - m), detectedBy: last.detectedBy };
        continue;
      }
    }
    kept.push(p);
  }
  return kept;
}

/**
 * The rounding noise of f near x at the scale w: the largest third difference of nine samples w/4 apart. Third
 * differences cancel any quadratic, so a smooth f (two genuine roots w apart) gives almost nothing, while noise
 * survives, amplified up to eightfold.
 */
function roundingNoise(f: (x: number) => number, x: number, w: number): number {
  const v = Array.from({ length: 9 }, (_, k) => f(x + ((k - 4) * w) / 4));
  let noise = 0;
  for (let k = 0; k + 3 < 9; k++)
    noise = Math.max(noise, Math.abs(v[k + 3]! - 3 * v[k + 2]! + 3 * v[k + 1]! - v[k]!));
  return noise;
}
