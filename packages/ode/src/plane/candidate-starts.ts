import type { CellScan } from './scan-cells.ts';

/** Where a scanned grid suggests a fixed point: cells and nodes, by lower-left node (i, j). */
export interface CandidateStarts {
  /** Cells whose four corners are finite and where both components take both signs (zero counts as either). */
  signCells: { i: number; j: number }[];
  /** Nodes where |f| is below every neighbour's (3 × 3): strict local minima, where touching zeros hide. */
  minimumNodes: { i: number; j: number }[];
}

/**
 * The grid's hints of fixed points: a fixed point inside a cell makes both components change sign over its
 * corners unless a component only touches zero there, and then |f| has a local minimum near it.
 *
 * @example
 * ```ts
 * candidateStarts(scanCells(planeEvaluator('f', (x, _t, d) => { d[0] = x[0]; d[1] = x[1]; }), unitBox, 3));
 * // { signCells: 4 cells around (0, 0), minimumNodes: [{ i: 1, j: 1 }] }
 * ```
 */
export function candidateStarts(scan: CellScan): CandidateStarts {
  const { n, f1, f2 } = scan;
  const signCells: { i: number; j: number }[] = [];
  for (let j = 0; j + 1 < n; j++) {
    for (let i = 0; i + 1 < n; i++) {
      const k = j * n + i;
      if (bothSigns(f1, k, n) && bothSigns(f2, k, n)) signCells.push({ i, j });
    }
  }
  const size = new Float64Array(n * n);
  for (let k = 0; k < size.length; k++) size[k] = f1[k]! * f1[k]! + f2[k]! * f2[k]!;
  const minimumNodes: { i: number; j: number }[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const here = size[j * n + i]!;
      if (!Number.isFinite(here)) continue;
      let marked = n > 1;
      for (let b = Math.max(0, j - 1); b <= Math.min(n - 1, j + 1) && marked; b++) {
        for (let a = Math.max(0, i - 1); a <= Math.min(n - 1, i + 1); a++) {
          if ((a !== i || b !== j) && !(here < size[b * n + a]!)) {
            marked = false;
            break;
          }
        }
      }
      if (marked) minimumNodes.push({ i, j });
    }
  }
  return { signCells, minimumNodes };
}

function bothSigns(v: Float64Array, k: number, n: number): boolean {
  const a = v[k]!;
  const b = v[k + 1]!;
  const c = v[k + n]!;
  const d = v[k + n + 1]!;
  const lo = Math.min(a, b, c, d);
  const hi = Math.max(a, b, c, d);
  return Number.isFinite(lo) && Number.isFinite(hi) && lo <= 0 && hi >= 0;
}
