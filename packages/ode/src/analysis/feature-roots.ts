import { bisectEdge } from './bisect-edge.ts';
import { brentRoot } from './brent-root.ts';
import type { Equilibrium, Search } from './equilibrium-search.ts';
import { goldenMinimum } from './golden-minimum.ts';
import type { GridValues } from './grid-features.ts';
import { noiseBeside, roundingNoise } from './rounding-noise.ts';
import { scanUp } from './scan-scales.ts';

// A local minimum of |f| 10¹² times below |f| one grid cell away is a zero (the scale is local, so f = eˣ on
// a wide interval does not get a zero at its low end).
const FTOL_RELATIVE = 1e-12;
// A sign change whose |f| at the final bracket is still above 1% of |f| on the grid is a jump, not a zero.
const JUMP_RATIO = 0.01;
// How far (in first-grid cells) the scan for an honest accuracy may widen before it gives up.
const ACCURACY_CAP_CELLS = 4;

/** How a feature is treated: `simple` (it looked simple on its grid) or `terminal` (the finest grid, still not). */
export type Mode = 'simple' | 'terminal';

/**
 * A sign change of f on [lo, hi], refined by Brent: a zero when |f| at the final bracket is small against |f| at
 * lo and hi, a pole when larger, a jump over zero in between. A zero's accuracy is widened to where f stops being
 * noise around it; on the finest grid (`terminal`) the whole range up to the cell width is checked, since roots
 * closer than the grid can resolve would show there.
 *
 * @example
 * ```ts
 * crossing(search, -1, 2, -1, 2, 'simple', 3); // adds { x: 0, … } to search.points for f = x
 * ```
 */
export function crossing(
  s: Search,
  lo: number,
  hi: number,
  flo: number,
  fhi: number,
  mode: Mode,
  cell: number,
  by: Equilibrium['detectedBy'] = 'sign-change',
): void {
  const root = brentRoot(s.f, lo, hi, flo, fhi, s.xtol ?? 0);
  const near = Math.max(Math.abs(root.fLo), Math.abs(root.fHi));
  const far = Math.max(Math.abs(flo), Math.abs(fhi));
  // On a grid fine enough to sit inside the rounding noise of f, |f| is noise at both ends: a root, not a jump.
  const odd = !Number.isFinite(near) || near > JUMP_RATIO * far;
  if (odd && !(Number.isFinite(near) && near <= 8 * noiseBeside(s.f, root.x))) {
    if (!Number.isFinite(near) || near > far) s.regions.push({ from: root.lo, to: root.hi });
    else s.jumps.push({ x: root.x, accuracy: root.hi - root.lo });
  } else {
    addRoot(s, root.x, root.hi - root.lo, mode, cell, by);
  }
}

/** Adds a root at x known to `width`, widened by the scan of its neighbourhood. */
function addRoot(
  s: Search,
  x: number,
  width: number,
  mode: Mode,
  cell: number,
  by: Equilibrium['detectedBy'],
) {
  const cap = ACCURACY_CAP_CELLS * s.spacing;
  // Read from the doubt in x up (but from at most 2⁻⁶⁰ of a cell: a root at 0 has no scale of its own).
  const scan = scanUp(s.f, x, s.f(x), Math.max(width, cell * 2 ** -60), cell, cap, mode === 'terminal');
  if (!scan.clean) s.unresolved.push([Math.max(s.a, x - cell), Math.min(s.b, x + cell)]);
  else if (!scan.settled) s.suspects.push({ x, within: scan.disturbedAt, cell });
  const accuracy = scan.clean ? Math.max(width, scan.radius) : width;
  s.points.push({ x, accuracy, detectedBy: by });
}

/**
 * Exact zeros of f at the grid points `i` to `j`. One point: a root, or an interval of equilibria when the zero set
 * around it is wider than a hundredth of a first-grid cell and f is 0 at every one of 16 points inside (a cluster
 * of roots is not an interval). Several points: an interval when f is 0 between them too. Returns false, adding
 * nothing, when the zeros are not explained so (a run that is not an interval): the caller looks closer, or calls
 * {@link unexplainedZeros}.
 *
 * @example
 * ```ts
 * zeros(search, grid, 500, 500, 'simple'); // the root x = grid.x[500]
 * ```
 */
export function zeros(
  s: Search,
  g: GridValues,
  i: number,
  j: number,
  mode: Mode,
  by: Equilibrium['detectedBy'] = 'grid-zero',
): boolean {
  const n = g.x.length - 1;
  const isZero = (x: number) => s.f(x) === 0;
  const left = i > 0 ? g.x[i - 1]! : g.x[i]!;
  const right = j < n ? g.x[j + 1]! : g.x[j]!;
  const from = left === g.x[i] ? g.x[i]! : bisectEdge(isZero, g.x[i]!, left, s.edgeTol);
  const to = right === g.x[j] ? g.x[j]! : bisectEdge(isZero, g.x[j]!, right, s.edgeTol);
  if (j > i || to - from > s.spacing / 100) {
    if (!zeroThroughout(isZero, from, to)) return false;
    s.intervals.push({ from, to, accuracy: s.edgeTol });
    return true;
  }
  addRoot(s, g.x[i]!, Math.max(g.x[i]! - from, to - g.x[i]!), mode, right - left, by);
  // f touching 0 at a grid point may be a double root there, or one of two roots with the other nearby (where f
  // dips to the other sign): always look. Passing through it linearly, f hides nothing unless it bends.
  const touching = i > 0 && j < n && g.f[i - 1]! * g.f[j + 1]! > 0;
  if (mode === 'terminal' || touching) {
    if (i > 0) beside(s, g.x[i - 1]!, g.f[i - 1]!, g.x[i]!, mode);
    if (j < n) beside(s, g.x[j + 1]!, g.f[j + 1]!, g.x[j]!, mode);
  }
  return true;
}

/**
 * Zeros that {@link zeros} could not explain, on the finest grid: each is a root, and the cells around them are
 * unresolved (more roots, or none, may lie between).
 *
 * @example
 * ```ts
 * unexplainedZeros(search, grid, 10, 12, 'grid-zero');
 * ```
 */
export function unexplainedZeros(
  s: Search,
  g: GridValues,
  i: number,
  j: number,
  by: Equilibrium['detectedBy'] = 'grid-zero',
): void {
  const n = g.x.length - 1;
  for (let k = i; k <= j; k++) addRoot(s, g.x[k]!, 0, 'terminal', g.x[Math.min(k + 1, n)]! - g.x[k]!, by);
  s.unresolved.push([g.x[Math.max(0, i - 1)]!, g.x[Math.min(n, j + 1)]!]);
}

/** f = 0 at 16 evenly spread points of (from, to) and at its ends. */
function zeroThroughout(isZero: (x: number) => boolean, from: number, to: number): boolean {
  for (let k = 0; k <= 16; k++) if (!isZero(from + ((to - from) * k) / 16)) return false;
  return true;
}

/** A cell from a zero of f (at z) to a non-zero value v at o may hide one more root, where f dips to the other
 * sign first. */
function beside(s: Search, o: number, v: number, z: number, mode: Mode): void {
  if (v === 0 || !Number.isFinite(v)) return;
  const sign = v > 0 ? 1 : -1;
  const g = (x: number) => sign * s.f(x);
  const m =
    o < z
      ? goldenMinimum(g, o, z, sign * v, Number.POSITIVE_INFINITY, s.edgeTol)
      : goldenMinimum(g, z, o, Number.POSITIVE_INFINITY, sign * v, s.edgeTol);
  if (m.value < 0)
    crossing(
      s,
      Math.min(o, m.x),
      Math.max(o, m.x),
      o < m.x ? v : sign * m.value,
      o < m.x ? sign * m.value : v,
      mode,
      Math.abs(o - z),
      'minimum',
    );
}

/**
 * A local minimum of |f| at the grid point i (or at an end of [a, b]): a golden-section search over the two
 * neighbouring cells for where |f| is least. The other sign there: two sign changes, both refined. Zero: a zero
 * of f. At most ftol (default 1e-12 times |f| one cell away, and never below 8 times the rounding noise of f
 * there): a root touching the axis, with the half-width of the set where |f| ≤ ftol as its accuracy. Above: no root; on the finest grid, a dip that is not a parabola and falls
 * a hundredfold below its neighbours is reported as unresolved (a pair of roots may hide in it).
 *
 * @example
 * ```ts
 * dip(search, grid, 500, 'simple'); // x² + 1e-20 near 0: a touching root
 * ```
 */
export function dip(s: Search, g: GridValues, i: number, mode: Mode): void {
  const n = g.x.length - 1;
  const v = g.f[i]!;
  const sign = v > 0 ? 1 : -1;
  const L = i > 0 ? i - 1 : i;
  const R = i < n ? i + 1 : i;
  const gl = sign * g.f[L]!;
  const gr = sign * g.f[R]!;
  const h = (x: number) => sign * s.f(x);
  const m = goldenMinimum(h, g.x[L]!, g.x[R]!, gl, gr, s.edgeTol);
  const cell = g.x[R]! - g.x[L]!;
  if (m.value < 0) {
    crossing(s, g.x[L]!, m.x, g.f[L]!, sign * m.value, mode, cell, 'minimum');
    crossing(s, m.x, g.x[R]!, sign * m.value, g.f[R]!, mode, cell, 'minimum');
    return;
  }
  if (m.value === 0) {
    const grid = { x: Float64Array.of(g.x[L]!, m.x, g.x[R]!), f: Float64Array.of(g.f[L]!, 0, g.f[R]!) };
    if (!zeros(s, grid, 1, 1, mode, 'minimum')) unexplainedZeros(s, grid, 1, 1, 'minimum');
    return;
  }
  // Within the rounding noise of f, a minimum cannot be told from a zero either (an expanded polynomial's double
  // root often comes out as a minimum of 1e-16 rather than as 0 or a sign change).
  const ftol = Math.max(s.ftol ?? FTOL_RELATIVE * Math.max(gl, gr), 8 * roundingNoise(s.f, m.x));
  // A minimum at an end of the bracket is f falling towards something next door (found there), unless the end is
  // an end of [a, b], where a root just beyond shows exactly so.
  const interior = inside(m.x, g.x[L]!, g.x[R]!, s.edgeTol);
  if (!interior && L !== i && R !== i) return;
  if (m.value <= ftol) {
    const small = (x: number) => Math.abs(s.f(x)) <= ftol;
    const lo = bisectEdge(small, m.x, beyond(small, m.x, -s.spacing, s.a, s.b), s.edgeTol);
    const hi = bisectEdge(small, m.x, beyond(small, m.x, s.spacing, s.a, s.b), s.edgeTol);
    s.points.push({ x: m.x, accuracy: Math.max(m.x - lo, hi - m.x), detectedBy: 'minimum' });
  } else if (mode === 'terminal' && m.value < 0.01 * Math.max(gl, gr) && interior) {
    s.unresolved.push([g.x[L]!, g.x[R]!]);
  }
}

/** Whether x is inside (lo, hi) by more than the golden search's tolerance: a minimum at an end of the bracket is
 * only f falling towards a minimum next door, found there. */
function inside(x: number, lo: number, hi: number, tol: number): boolean {
  const margin = tol + 8 * Number.EPSILON * Math.max(Math.abs(lo), Math.abs(hi));
  return x - lo > margin && hi - x > margin;
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
