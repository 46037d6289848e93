import { PhaseflowError } from '../errors.ts';
import type { SystemRhs } from '../problem.ts';
import { checkOptions, requireInteger } from '../validate.ts';
import { joinSegments } from './join-segments.ts';
import { type EdgeRoot, marchingSquares } from './marching-squares.ts';
import { planeEvaluator } from './plane-evaluator.ts';
import { type Box, readBox } from './read-box.ts';
import { scanCells } from './scan-cells.ts';
import { touchingZeros } from './touching-zeros.ts';

/** Options of {@link nullclines}. */
export interface NullclinesOptions {
  /** Grid points per side, both edges included (default 201: 200 × 200 cells). */
  gridPoints?: number;
  /** Refine each crossing on f itself (Illinois, to 10⁻¹⁰ of the edge) rather than stop at the linear
   * interpolation of the grid values (default true; false is about twice as fast and accurate to O(h²)). */
  refine?: boolean;
  /** Look for curves where a component touches zero without changing sign (default true). */
  touching?: boolean;
}

/** The nullclines of a planar system: curves (interleaved x, y) where f₁ = 0 (`x`) and where f₂ = 0 (`y`). */
export interface NullclinesResult {
  /** Where ẋ = 0: the flow is vertical there. */
  x: Float64Array[];
  /** Where ẏ = 0: the flow is horizontal there. */
  y: Float64Array[];
  /** The cell size [dx, dy]: branches closer than this may not be told apart. */
  spacing: [number, number];
  nfev: number;
}

const OPTIONS = ['gridPoints', 'refine', 'touching'] as const;

/**
 * The zero sets of each component of f in a box, every branch. f is sampled once on a grid; for each component,
 * marching squares puts a crossing on every grid edge where it changes sign (refined on f along the edge, not
 * only interpolated), decides the ambiguous saddle cells by the sign at the cell centre, and joins the segments
 * into curves through shared edges, so two branches are never joined by a false segment and every segment stays
 * inside one cell. A sign change across which |f| does not fall (a pole, as 1/x, or a jump) is dropped when
 * refining. Curves where a component touches zero without changing sign (ẋ = x²) are found from the minima of
 * |f| along grid rows and columns. Closed curves repeat their first point at the end.
 *
 * What it can miss: branches that enter and leave a cell through the same edge, closed curves smaller than a
 * cell, and a zero set lying exactly on grid nodes with f ≤ 0 on both sides (f > 0 on one side draws it). Bad input throws `PhaseflowError`; NaN regions of f are left blank.
 *
 * @example
 * ```ts
 * const pendulum = (x, _t, d) => { d[0] = x[1]; d[1] = -Math.sin(x[0]); };
 * const { x, y } = nullclines(pendulum, [[-4, 4], [-2, 2]]);
 * x.length; // 1: the axis y = 0
 * y.length; // 3: the lines x = −π, 0, π
 * ```
 */
export function nullclines(f: SystemRhs, box: Box, options?: NullclinesOptions): NullclinesResult {
  const g = planeEvaluator('f', f);
  const b = readBox('box', box);
  const opts = checkOptions('options', options, OPTIONS) as NullclinesOptions;
  const n = opts.gridPoints === undefined ? 201 : requireInteger('options.gridPoints', opts.gridPoints, 2);
  if (n > 4001) {
    throw new PhaseflowError(
      'ERR_INVALID_ARG',
      `invalid argument. \`options.gridPoints\` must be at most 4001. Value: \`${n}\`.`,
    );
  }
  const refine = readFlag('options.refine', opts.refine);
  const touching = readFlag('options.touching', opts.touching);
  const scan = scanCells(g, b, n);
  const out = new Float64Array(2);
  const curves = [scan.f1, scan.f2].map((v, c) => {
    const component = (x: number, y: number) => {
      g(x, y, out);
      return out[c]!;
    };
    const root: EdgeRoot = refine ? refinedRoot(component) : linearRoot;
    const segments = marchingSquares(scan, v, root, component);
    const lines = joinSegments(segments.edges, segments.points);
    return touching ? lines.concat(touchingZeros(scan, v, component)) : lines;
  });
  return { x: curves[0]!, y: curves[1]!, spacing: [scan.dx, scan.dy], nfev: g.count() };
}

function readFlag(name: string, value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'boolean') {
    throw new PhaseflowError(
      'ERR_INVALID_ARG',
      `invalid argument. \`${name}\` must be true or false. Value: \`${String(value)}\`.`,
    );
  }
  return value;
}

const linearRoot: EdgeRoot = (_x0, _y0, _x1, _y1, a, b) => a / (a - b);

/**
 * Illinois iterations on v along the edge from the linear-interpolation guess, bracketing always, to a bracket of
 * 10⁻¹⁰ of the edge (at most 60 evaluations). A zero at a node needs none. The sign change is refused (NaN) when
 * |v| at the end is not below 10⁻³ of the larger end value: |v| grows toward a pole and stays put across a jump.
 */
function refinedRoot(v: (x: number, y: number) => number): EdgeRoot {
  return (x0, y0, x1, y1, a, b) => {
    if (a === 0) return 0;
    if (b === 0) return 1;
    let lo = 0;
    let hi = 1;
    let va = a;
    let vb = b;
    let side = 0;
    let s = a / (a - b);
    let vs = Number.NaN;
    for (let k = 0; k < 60 && hi - lo > 1e-10; k++) {
      s = (lo * vb - hi * va) / (vb - va);
      if (!(s > lo && s < hi)) s = (lo + hi) / 2;
      vs = v(x0 + s * (x1 - x0), y0 + s * (y1 - y0));
      if (vs === 0 || Number.isNaN(vs)) break;
      if (vs > 0 === va > 0) {
        lo = s;
        va = vs;
        if (side === -1) vb /= 2;
        side = -1;
      } else {
        hi = s;
        vb = vs;
        if (side === 1) va /= 2;
        side = 1;
      }
    }
    return Math.abs(vs) <= 1e-3 * Math.max(Math.abs(a), Math.abs(b)) ? s : Number.NaN;
  };
}
