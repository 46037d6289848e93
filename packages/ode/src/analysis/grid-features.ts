/** f sampled at increasing points (evenly spaced within each parent cell). */
export interface GridValues {
  x: Float64Array;
  f: Float64Array;
}

/**
 * Something on the grid that may mark a root, and whether it looks simple at the grid's scale:
 * - `crossing`: f changes sign between the points `at` and `at + 1`. Simple when f is nearly linear there (the
 *   second differences next to the cell are below a quarter of the jump across it): another root would bend it.
 * - `zero`: f = 0 exactly at the points `at` to `to`. A single point is simple when f passes through it linearly
 *   (neighbours of opposite signs) or touches it like a parabola (same signs, third differences small); a run is
 *   tried as an interval of equilibria first, and looked into only if f is not 0 between its points.
 * - `dip`: |f| has a local minimum at the point `at` without a sign change (a double root or a close pair may
 *   hide there). Simple when the dip is a parabola (third differences below a quarter of the second): then a
 *   golden-section search over the two cells finds its one minimum. Also (never simple) where the parabola
 *   through f at `at` and its neighbours turns back towards zero between grid points: a double root beside a
 *   sign change leaves no minimum of |f| on the grid.
 * A feature that is not simple is looked at again on a finer grid.
 */
export interface GridFeature {
  type: 'crossing' | 'zero' | 'dip';
  at: number;
  to: number;
  simple: boolean;
}

const BEND = 0.25;

/**
 * The features of a grid whose cells `firstCell` to `lastCell` (inclusive) are under study: crossings in those
 * cells; zeros and dips at their points. Points at the ends of the whole interval (`atStart`, `atEnd`) get a dip
 * test too (a root just beyond an end, as sin at a rounded π); the ends of a finer grid inside it do not.
 *
 * @example
 * ```ts
 * const x = Float64Array.from([0, 1, 2, 3, 4], (i) => i / 2 - 1);
 * gridFeatures({ x, f: x.map((v) => v) }, 0, 3, true, true); // [{ type: 'zero', at: 2, to: 2, simple: true }]
 * ```
 */
export function gridFeatures(
  grid: GridValues,
  firstCell: number,
  lastCell: number,
  atStart: boolean,
  atEnd: boolean,
): GridFeature[] {
  const { f } = grid;
  const n = f.length - 1;
  const out: GridFeature[] = [];
  for (let i = firstCell; i <= lastCell + 1; i++) {
    const v = f[i]!;
    if (v === 0) {
      if (i > firstCell && f[i - 1] === 0) continue;
      let j = i;
      while (j < n && f[j + 1] === 0) j++;
      // A run of zeros is settled at once when f is 0 between them (an interval); only if not is it looked into.
      out.push({ type: 'zero', at: i, to: j, simple: j > i || zeroIsSimple(f, i) });
      continue;
    }
    if (i <= lastCell) {
      const w = f[i + 1]!;
      if ((v < 0 && w > 0) || (v > 0 && w < 0))
        out.push({ type: 'crossing', at: i, to: i, simple: linearAt(f, i) });
    }
    if (!Number.isFinite(v)) continue;
    const s = v > 0 ? 1 : -1;
    const left = i > 0 ? s * f[i - 1]! : Number.NaN;
    const right = i < n ? s * f[i + 1]! : Number.NaN;
    if (i > 0 && i < n) {
      if (left > 0 && right > 0 && s * v < left && s * v <= right) {
        out.push({ type: 'dip', at: i, to: i, simple: parabolaAt(f, i) });
      } else if (left > 0 && right > 0 && turnsBack(left, s * v, right)) {
        out.push({ type: 'dip', at: i, to: i, simple: false });
      }
    } else if ((i === 0 && atStart && right > s * v) || (i === n && atEnd && left > s * v)) {
      out.push({ type: 'dip', at: i, to: i, simple: true });
    }
  }
  return out;
}

/**
 * Whether the parabola through three positive values (at −h, 0, h) turns within 1.5 cells and reaches a tenth of
 * the least of them or below there: a minimum of |f| between grid points that the grid values alone do not show
 * (a double root beside a sign change, where the grid minimum of |f| is at the sign change instead).
 */
function turnsBack(left: number, mid: number, right: number): boolean {
  const bend = left - 2 * mid + right;
  if (!(bend > 0)) return false;
  const slope = (right - left) / 2;
  const offset = -slope / bend;
  const lowest = mid - (slope * slope) / (2 * bend);
  return Math.abs(offset) <= 1.5 && lowest <= 0.1 * Math.min(left, mid, right);
}

/** Second differences at the points next to cell i (where they exist) against the jump across it. */
function linearAt(f: Float64Array, i: number): boolean {
  const jump = Math.abs(f[i + 1]! - f[i]!);
  return bendsBelow(f, [i, i + 1], BEND * jump);
}

function bendsBelow(f: Float64Array, points: number[], limit: number): boolean {
  const n = f.length - 1;
  let tested = 0;
  for (const j of points) {
    if (j < 1 || j > n - 1) continue;
    const bend = Math.abs(f[j + 1]! - 2 * f[j]! + f[j - 1]!);
    if (!(bend <= limit)) return false;
    tested++;
  }
  return tested > 0;
}

function zeroIsSimple(f: Float64Array, i: number): boolean {
  const n = f.length - 1;
  const l = i > 0 ? f[i - 1]! : Number.NaN;
  const r = i < n ? f[i + 1]! : Number.NaN;
  if (Number.isNaN(l)) return Number.isFinite(r) && bendsBelow(f, [i + 1], BEND * Math.abs(r));
  if (Number.isNaN(r)) return Number.isFinite(l) && bendsBelow(f, [i - 1], BEND * Math.abs(l));
  if ((l < 0 && r > 0) || (l > 0 && r < 0))
    return bendsBelow(f, [i - 1, i, i + 1], (BEND * Math.abs(r - l)) / 2);
  return parabolaAt(f, i);
}

/** Both third differences around i against the second difference at i: a parabola has none (a fourth difference
 * would not do: a cubic, such as three roots closer than the grid, has none either). */
function parabolaAt(f: Float64Array, i: number): boolean {
  if (i < 2 || i > f.length - 3) return false;
  const second = Math.abs(f[i - 1]! - 2 * f[i]! + f[i + 1]!);
  const right = Math.abs(f[i + 2]! - 3 * f[i + 1]! + 3 * f[i]! - f[i - 1]!);
  const left = Math.abs(f[i + 1]! - 3 * f[i]! + 3 * f[i - 1]! - f[i - 2]!);
  return right <= BEND * second && left <= BEND * second;
}
