import type { CellScan } from './scan-cells.ts';

/** Where a scanned grid suggests a fixed point: cells and nodes, by lower-left node (i, j). */
export interface CandidateStarts {
  /** Cells whose four corners are finite, where both components take both signs (zero counts as either) and
   * their bilinear interpolants share a zero in the cell (with a margin of a tenth of the cell). */
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
      if (bothSigns(f1, k, n) && bothSigns(f2, k, n) && bilinearMeet(f1, f2, k, n)) signCells.push({ i, j });
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

/**
 * Whether the bilinear interpolants of the two components over cell k share a zero with (s, t) ∈ [−0.1, 1.1]²:
 * eliminating s from the first gives a quadratic in t (and eliminating t one in s, for the cases where the first
 * elimination divides by zero). Two zero sets that both cross a cell but meet only in a neighbour are told apart
 * here, which a sign count cannot do; a degenerate pair (the same line twice) is kept.
 */
function bilinearMeet(f1: Float64Array, f2: Float64Array, k: number, n: number): boolean {
  const coefficients = (v: Float64Array) => {
    const [p00, p10, p01, p11] = [v[k]!, v[k + 1]!, v[k + n]!, v[k + n + 1]!];
    return [p00, p10 - p00, p01 - p00, p11 - p10 - p01 + p00] as const; // a + b s + c t + d s t
  };
  const [a1, b1, c1, d1] = coefficients(f1);
  const [a2, b2, c2, d2] = coefficients(f2);
  return meets(a1, b1, c1, d1, a2, b2, c2, d2) || meets(a1, c1, b1, d1, a2, c2, b2, d2);
}

const LO = -0.1;
const HI = 1.1;

function meets(
  a1: number,
  b1: number,
  c1: number,
  d1: number,
  a2: number,
  b2: number,
  c2: number,
  d2: number,
): boolean {
  const qa = c2 * d1 - d2 * c1;
  const qb = a2 * d1 - b2 * c1 - d2 * a1 + c2 * b1;
  const qc = a2 * b1 - b2 * a1;
  const scale = Math.max(Math.abs(qa), Math.abs(qb), Math.abs(qc));
  if (scale === 0) return true; // the same zero set twice (or f₁ ≡ 0 on the cell): keep the cell
  const roots: number[] = [];
  if (Math.abs(qa) <= 1e-12 * scale) {
    if (qb !== 0) roots.push(-qc / qb);
  } else {
    const disc = qb * qb - 4 * qa * qc;
    if (disc >= 0) {
      const q = -0.5 * (qb + Math.sign(qb || 1) * Math.sqrt(disc));
      roots.push(q / qa);
      if (q !== 0) roots.push(qc / q);
    }
  }
  for (const t of roots) {
    if (!(t >= LO && t <= HI)) continue;
    const den = b1 + d1 * t;
    if (den === 0) continue;
    const s = -(a1 + c1 * t) / den;
    if (s >= LO && s <= HI) return true;
  }
  return false;
}
