import type { CellScan } from './scan-cells.ts';

/** The zero set of one component cut into segments: crossing points on grid edges, joined two by two. */
export interface ContourSegments {
  /** Crossing c at `[2c]`, `[2c + 1]`, one per grid edge that holds one. */
  points: Float64Array;
  /** Segments as pairs of crossing indices: segment s joins crossings `edges[2s]` and `edges[2s + 1]`. Two
   * segments share a crossing only through the grid edge it lies on. */
  edges: number[];
}

/** Locates the zero of one component between two grid nodes; returns the fraction s ∈ [0, 1] along the edge, or
 * NaN when the sign change is not a zero (a pole or a jump). */
export type EdgeRoot = (x0: number, y0: number, x1: number, y1: number, a: number, b: number) => number;

/**
 * Marching squares on one component v of a scanned grid: in each cell whose four corners are finite, the corners
 * with v > 0 are inside, and each edge between an inside and an outside corner holds one crossing (located by
 * `root`). The two ambiguous cells (inside corners on one diagonal) are decided by the sign of v at the cell's
 * centre, evaluated by `centre`, not guessed: that is what keeps two branches passing through one cell apart.
 *
 * Edge ids: the horizontal edge from node (i, j) to (i + 1, j) is j·(n − 1) + i; the vertical one from (i, j) to
 * (i, j + 1) is n·(n − 1) + j·n + i.
 *
 * @example
 * ```ts
 * // v = x on [-1, 1]²: one vertical line of crossings at x = 0, one segment per cell row.
 * marchingSquares(scan, scan.f1, linearRoot, () => 0).edges.length / 2; // n − 1
 * ```
 */
export function marchingSquares(
  scan: CellScan,
  v: Float64Array,
  root: EdgeRoot,
  centre: (x: number, y: number) => number,
): ContourSegments {
  const { n } = scan;
  const horizontal = n * (n - 1);
  // Crossings are few (a curve meets about n edges of the 2n(n − 1)): a slot per edge, 0 until looked at, −1 for
  // none, else 1 + the crossing's index in `xy`.
  const slot = new Int32Array(2 * n * (n - 1));
  const xy: number[] = [];
  const edges: number[] = [];
  const cross = (id: number, i0: number, j0: number, i1: number, j1: number): boolean => {
    if (slot[id] === 0) {
      const x0 = scan.x(i0);
      const y0 = scan.y(j0);
      const x1 = scan.x(i1);
      const y1 = scan.y(j1);
      const s = root(x0, y0, x1, y1, v[j0 * n + i0]!, v[j1 * n + i1]!);
      if (s >= 0 && s <= 1) {
        xy.push(s === 1 ? x1 : x0 + s * (x1 - x0), s === 1 ? y1 : y0 + s * (y1 - y0));
        slot[id] = xy.length / 2;
      } else slot[id] = -1;
    }
    return slot[id]! > 0;
  };
  // Per cell: the id of each side (0 bottom, 1 right, 2 top, 3 left) and its two end nodes (i, j, i', j').
  const side = new Int32Array(4);
  const ends = new Int32Array(16);
  for (let j = 0; j + 1 < n; j++) {
    for (let i = 0; i + 1 < n; i++) {
      const a = v[j * n + i]!;
      const b = v[j * n + i + 1]!;
      const c = v[(j + 1) * n + i + 1]!;
      const d = v[(j + 1) * n + i]!;
      if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(d))) continue;
      const index = (a > 0 ? 1 : 0) | (b > 0 ? 2 : 0) | (c > 0 ? 4 : 0) | (d > 0 ? 8 : 0);
      if (index === 0 || index === 15) continue;
      side[0] = j * (n - 1) + i;
      side[1] = horizontal + j * n + i + 1;
      side[2] = (j + 1) * (n - 1) + i;
      side[3] = horizontal + j * n + i;
      setEnds(ends, i, j);
      let pairs = CASES[index]!;
      if (index === 5 || index === 10) {
        const positive = centre((scan.x(i) + scan.x(i + 1)) / 2, (scan.y(j) + scan.y(j + 1)) / 2) > 0;
        // Centre inside: the inside corners connect through it, so the segments cut off the outside corners.
        pairs = (index === 5) === positive ? SADDLE_JOINED : SADDLE_APART;
      }
      for (let m = 0; m < pairs.length; m += 2) {
        const p = pairs[m]!;
        const q = pairs[m + 1]!;
        const ok =
          cross(side[p]!, ends[4 * p]!, ends[4 * p + 1]!, ends[4 * p + 2]!, ends[4 * p + 3]!) &&
          cross(side[q]!, ends[4 * q]!, ends[4 * q + 1]!, ends[4 * q + 2]!, ends[4 * q + 3]!);
        if (ok) edges.push(slot[side[p]!]! - 1, slot[side[q]!]! - 1);
      }
    }
  }
  return { points: Float64Array.from(xy), edges };
}

// Corner bits: 1 lower-left, 2 lower-right, 4 upper-right, 8 upper-left; each segment names its two edges.
/** The end nodes (i, j, i′, j′) of the four sides of cell (i, j), in the side order below. */
function setEnds(ends: Int32Array, i: number, j: number): void {
  ends[0] = i;
  ends[1] = j;
  ends[2] = i + 1;
  ends[3] = j;
  ends[4] = i + 1;
  ends[5] = j;
  ends[6] = i + 1;
  ends[7] = j + 1;
  ends[8] = i;
  ends[9] = j + 1;
  ends[10] = i + 1;
  ends[11] = j + 1;
  ends[12] = i;
  ends[13] = j;
  ends[14] = i;
  ends[15] = j + 1;
}

// Sides: 0 bottom, 1 right, 2 top, 3 left; each case lists its segments as pairs of sides.
const CASES: readonly (readonly number[])[] = [
  [],
  [3, 0],
  [0, 1],
  [3, 1],
  [1, 2],
  [],
  [0, 2],
  [3, 2],
  [3, 2],
  [0, 2],
  [],
  [1, 2],
  [3, 1],
  [0, 1],
  [3, 0],
  [],
];
const SADDLE_JOINED = [2, 3, 0, 1];
const SADDLE_APART = [3, 0, 1, 2];
