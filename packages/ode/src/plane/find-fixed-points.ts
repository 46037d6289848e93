import { classifyFixedPoint, type FixedPointKind } from '../analysis/classify-fixed-point.ts';
import { jacobian } from '../analysis/jacobian.ts';
import { PhaseflowError } from '../errors.ts';
import type { SystemRhs } from '../problem.ts';
import { checkOptions, requireInteger, requirePositive } from '../validate.ts';
import { candidateStarts } from './candidate-starts.ts';
import { newtonPoint } from './newton-point.ts';
import { planeEvaluator } from './plane-evaluator.ts';
import { type Box, readBox } from './read-box.ts';
import { scanCells } from './scan-cells.ts';

/** Options of {@link findFixedPoints}. */
export interface FindFixedPointsOptions {
  /** Grid points per side, both edges included (default 41: 40 × 40 cells). */
  gridPoints?: number;
  /** Newton stops when a full step is below xtol·max(1, |x|, |y|) (default 1e-12). */
  xtol?: number;
  /** Newton iterations per start (default 60; a double root converges only linearly). */
  maxIterations?: number;
  /** Stop collecting at this many points (default 100): a curve of equilibria would otherwise give one per cell. */
  maxPoints?: number;
  /** Relative eigenvalue tolerance passed to `classifyFixedPoint` (default 1e-8). */
  tolerance?: number;
}

/** One fixed point of a planar system, with its linearisation. Plain data. */
export interface PlaneFixedPoint {
  x: number;
  y: number;
  /** |f(x, y)| there. */
  residual: number;
  /** The last Newton step: a bound on the distance to the true zero. */
  accuracy: number;
  kind: FixedPointKind;
  /** Sorted by decreasing real part (`classifyFixedPoint`'s order). */
  eigenvalues: { re: Float64Array; im: Float64Array };
  /** Unit eigenvectors as columns of a row-major 2×2 array (column k for eigenvalue k); null when complex. */
  eigenvectors: Float64Array | null;
  jacobian: Float64Array;
  trace: number;
  determinant: number;
  /** The linearisation decides the local picture (Hartman–Grobman): no eigenvalue on the imaginary axis. */
  hyperbolic: boolean;
  /** What the linearisation cannot decide, in a sentence; null for hyperbolic points. */
  note: string | null;
}

/** What {@link findFixedPoints} found, and what it could not resolve. */
export interface FixedPointsResult {
  points: PlaneFixedPoint[];
  /**
   * Cells `[[x0, x1], [y0, y1]]` where both components change sign (so their zero sets may cross) but Newton,
   * started from the centre and the four corners, found no fixed point in the cell or within half a cell of it:
   * look closer there.
   */
  unresolved: [[number, number], [number, number]][];
  /** `complete`, or `too-many-points` when `maxPoints` was reached (a curve of equilibria, f ≡ 0). */
  status: 'complete' | 'too-many-points';
  /** The cell size [dx, dy]: features smaller than this can hide. */
  spacing: [number, number];
  nfev: number;
}

const OPTIONS = ['gridPoints', 'xtol', 'maxIterations', 'maxPoints', 'tolerance'] as const;

const NOTES: Partial<Record<FixedPointKind, string>> = {
  center:
    'the linearisation has imaginary eigenvalues: a center for the linear system, but nonlinear terms may make it a weak focus (periodicOrbit tells)',
  'non-isolated':
    'the Jacobian is singular: the linearisation cannot decide (a double zero, or a curve of fixed points)',
  'stable-degenerate-node': 'a repeated eigenvalue: nonlinear terms may turn the node into a focus',
  'unstable-degenerate-node': 'a repeated eigenvalue: nonlinear terms may turn the node into a focus',
  'stable-star': 'a repeated eigenvalue: nonlinear terms may turn the star into a node or focus',
  'unstable-star': 'a repeated eigenvalue: nonlinear terms may turn the star into a node or focus',
};

/**
 * The fixed points of x′ = f(x), x ∈ ℝ², in a box: f is sampled on a grid; every cell where both components change
 * sign (zero counts as both signs) and their bilinear interpolants meet gets Newton's method (with the `jacobian`) from its centre and, if that finds no
 * point inside the cell, from its corners; grid nodes where |f| is a strict local minimum are extra starts (touching
 * zeros, where no component changes sign). Points are deduplicated (closer than 10⁻³ of a cell) and classified by
 * `classifyFixedPoint`, with eigenvalues and eigenvectors.
 *
 * What it can miss, said in the result: a sign-change cell where no start converges into the cell is listed in
 * `unresolved` (the zero sets may pass close without crossing, or cross at a point Newton cannot reach). Fixed
 * points where neither component changes sign and |f| has no marked grid minimum, and pairs closer than a
 * thousandth of a cell, can hide; raise `gridPoints`. A `center` comes with a `note`: the linearisation alone
 * cannot tell it from a weak focus.
 *
 * Bad input (f not a function, a malformed box, a bad option) throws `PhaseflowError`; f being NaN somewhere is
 * not an error (no point is found there).
 *
 * @example
 * ```ts
 * const pendulum = (x, _t, d) => { d[0] = x[1]; d[1] = -Math.sin(x[0]); };
 * findFixedPoints(pendulum, [[-4, 4], [-2, 2]]).points.map((p) => [p.x, p.kind]);
 * // [[-3.14159…, 'saddle'], [0, 'center'], [3.14159…, 'saddle']]
 * ```
 */
export function findFixedPoints(f: SystemRhs, box: Box, options?: FindFixedPointsOptions): FixedPointsResult {
  const g = planeEvaluator('f', f);
  const b = readBox('box', box);
  const opts = checkOptions('options', options, OPTIONS) as FindFixedPointsOptions;
  const n = opts.gridPoints === undefined ? 41 : requireInteger('options.gridPoints', opts.gridPoints, 2);
  if (n > 4001)
    throw new PhaseflowError(
      'ERR_INVALID_ARG',
      `invalid argument. \`options.gridPoints\` must be at most 4001. Value: \`${n}\`.`,
    );
  const xtol = opts.xtol === undefined ? 1e-12 : requirePositive('options.xtol', opts.xtol);
  const maxIterations =
    opts.maxIterations === undefined ? 60 : requireInteger('options.maxIterations', opts.maxIterations, 1);
  const maxPoints =
    opts.maxPoints === undefined ? 100 : requireInteger('options.maxPoints', opts.maxPoints, 1);
  const tolerance =
    opts.tolerance === undefined ? 1e-8 : requirePositive('options.tolerance', opts.tolerance);

  const scan = scanCells(g, b, n);
  const { dx, dy } = scan;
  const { signCells, minimumNodes } = candidateStarts(scan);
  // Newton may step a cell beyond the box, so that a fixed point on an edge is still reached from inside.
  const bounds = { xMin: b.xMin - dx, xMax: b.xMax + dx, yMin: b.yMin - dy, yMax: b.yMax + dy };
  const limits = { bounds, xtol, maxIterations };
  const slackX = 1e-9 * (b.xMax - b.xMin);
  const slackY = 1e-9 * (b.yMax - b.yMin);
  const found: { x: number; y: number; residual: number; accuracy: number }[] = [];
  let status: FixedPointsResult['status'] = 'complete';
  const add = (x: number, y: number) => {
    const r = newtonPoint(g, x, y, limits);
    if (!r.converged) return;
    if (r.x < b.xMin - slackX || r.x > b.xMax + slackX || r.y < b.yMin - slackY || r.y > b.yMax + slackY)
      return;
    if (found.some((p) => Math.abs(p.x - r.x) <= 1e-3 * dx && Math.abs(p.y - r.y) <= 1e-3 * dy)) return;
    if (found.length >= maxPoints) status = 'too-many-points';
    else found.push(r);
  };
  const unresolved: FixedPointsResult['unresolved'] = [];
  for (const cell of signCells) {
    if (status !== 'complete') break;
    const x0 = scan.x(cell.i);
    const x1 = scan.x(cell.i + 1);
    const y0 = scan.y(cell.j);
    const y1 = scan.y(cell.j + 1);
    // Within half a cell of it: the corner signs only sketch the zero sets, so a zero set touching the cell's edge
    // (a zero on a grid line) makes a neighbour of the cell holding the point look like a candidate too.
    const inside = (p: { x: number; y: number }) =>
      p.x >= x0 - dx / 2 && p.x <= x1 + dx / 2 && p.y >= y0 - dy / 2 && p.y <= y1 + dy / 2;
    if (found.some(inside)) continue;
    const starts: [number, number][] = [
      [(x0 + x1) / 2, (y0 + y1) / 2],
      [x0, y0],
      [x1, y0],
      [x0, y1],
      [x1, y1],
    ];
    let resolved = false;
    for (const [sx, sy] of starts) {
      add(sx, sy);
      if (found.some(inside)) {
        resolved = true;
        break;
      }
      if (status !== 'complete') break;
    }
    if (!resolved && status === 'complete')
      unresolved.push([
        [x0, x1],
        [y0, y1],
      ]);
  }
  for (const node of minimumNodes) {
    if (status !== 'complete') break;
    add(scan.x(node.i), scan.y(node.j));
  }

  const points: PlaneFixedPoint[] = [];
  for (const p of found) {
    let J: Float64Array;
    try {
      J = jacobian(g.f, [p.x, p.y]);
    } catch (error) {
      if (error instanceof PhaseflowError && error.code === 'ERR_INVALID_RETURN') continue;
      throw error;
    }
    const c = classifyFixedPoint(J, { tolerance });
    points.push({
      x: p.x,
      y: p.y,
      residual: p.residual,
      accuracy: p.accuracy,
      kind: c.kind,
      eigenvalues: c.eigenvalues,
      eigenvectors: c.eigenvectors,
      jacobian: J,
      trace: c.trace,
      determinant: c.determinant,
      hyperbolic: c.hyperbolic,
      note: NOTES[c.kind] ?? null,
    });
  }
  // By x, then y; x within 10⁻⁹ of the box counts as equal, so −1e-31 and 0 do not reorder a column.
  points.sort((p, q) => (Math.abs(p.x - q.x) > slackX ? p.x - q.x : p.y - q.y));
  return { points, unresolved, status, spacing: [dx, dy], nfev: g.count() };
}
