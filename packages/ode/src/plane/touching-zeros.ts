import { goldenMinimum } from '../analysis/golden-minimum.ts';
import type { CellScan } from './scan-cells.ts';

/**
 * Curves where one component touches zero without changing sign (ẋ = x² on x = 0): no grid edge holds a sign
 * change, so marching squares sees nothing. Along every grid row (and column), a node where |v| has a local
 * minimum, keeps its sign with both neighbours, and whose parabola through the three values dips to within 10⁻³ of
 * the neighbours' size is refined by golden-section search on |v| over the two cells; where |v| falls to 10⁻⁸ of
 * the neighbours' size (or changes sign: two roots in one cell), a point of the zero set is kept. Points on
 * neighbouring rows at most one cell apart are joined (so no segment is longer than a cell diagonal); column
 * points within a cell of a row point are dropped, so a diagonal curve is drawn once.
 *
 * @example
 * ```ts
 * touchingZeros(scan, scan.f1, (x, y) => x * x); // one vertical curve at x ≈ 0 when f₁ = x²
 * ```
 */
export function touchingZeros(
  scan: CellScan,
  v: Float64Array,
  component: (x: number, y: number) => number,
): Float64Array[] {
  const { n, dx, dy } = scan;
  const rows: number[][] = [];
  for (let j = 0; j < n; j++) {
    const y = scan.y(j);
    rows.push(lineMinima(v, j * n, 1, n, scan.x, (x) => component(x, y), dx));
  }
  const curves = chain(rows, dx, (j, x) => [x, scan.y(j)]);
  // Cells already drawn by a row curve: a column point there is the same curve seen the other way.
  const taken = new Set<number>();
  for (const curve of curves) {
    for (let k = 0; k < curve.length; k += 2) {
      const i = Math.round((curve[k]! - scan.x(0)) / dx);
      const j = Math.round((curve[k + 1]! - scan.y(0)) / dy);
      for (let a = i - 1; a <= i + 1; a++) for (let b = j - 1; b <= j + 1; b++) taken.add(b * (n + 2) + a);
    }
  }
  const columns: number[][] = [];
  for (let i = 0; i < n; i++) {
    const x = scan.x(i);
    const found = lineMinima(v, i, n, n, scan.y, (y) => component(x, y), dy);
    columns.push(found.filter((y) => !taken.has(Math.round((y - scan.y(0)) / dy) * (n + 2) + i)));
  }
  return curves.concat(chain(columns, dy, (i, y) => [scan.x(i), y]));
}

/** Touching zeros along one grid line: node k's value at v[offset + k·stride], its position at(k). */
function lineMinima(
  v: Float64Array,
  offset: number,
  stride: number,
  n: number,
  at: (k: number) => number,
  along: (s: number) => number,
  spacing: number,
): number[] {
  const found: number[] = [];
  for (let k = 1; k + 1 < n; k++) {
    const m = v[offset + k * stride]!;
    const a = v[offset + (k - 1) * stride]!;
    const b = v[offset + (k + 1) * stride]!;
    if (!(a * m > 0 && b * m > 0)) continue;
    const sign = m > 0 ? 1 : -1;
    const A = sign * a;
    const M = sign * m;
    const B = sign * b;
    const curvature = A + B - 2 * M;
    if (!(M < A && M <= B && curvature > 0)) continue;
    const scale = Math.max(A, B);
    if (M - (B - A) ** 2 / (8 * curvature) > 1e-3 * scale) continue;
    const best = goldenMinimum((s) => sign * along(s), at(k - 1), at(k + 1), A, B, 1e-9 * spacing);
    if (best.value <= 1e-8 * scale) found.push(best.x);
  }
  return found;
}

/** Joins points on consecutive lines (rows or columns) at most one spacing apart into polylines. */
function chain(
  lines: number[][],
  spacing: number,
  point: (line: number, s: number) => [number, number],
): Float64Array[] {
  const curves: Float64Array[] = [];
  const used = lines.map((l) => new Uint8Array(l.length));
  for (let line = 0; line < lines.length; line++) {
    for (let k = 0; k < lines[line]!.length; k++) {
      if (used[line]![k] === 1) continue;
      const coords: number[] = [];
      let l = line;
      let index = k;
      while (index >= 0) {
        used[l]![index] = 1;
        coords.push(...point(l, lines[l]![index]!));
        const s = lines[l]![index]!;
        const next = l + 1 < lines.length ? lines[l + 1]! : [];
        index = next.findIndex((t, m) => used[l + 1]![m] === 0 && Math.abs(t - s) <= spacing * (1 + 1e-9));
        l++;
      }
      if (coords.length >= 4) curves.push(Float64Array.from(coords));
    }
  }
  return curves;
}
