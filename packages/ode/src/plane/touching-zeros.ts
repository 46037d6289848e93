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
  const rows: number[][] = Array.from({ length: n }, () => []);
  const columns: number[][] = Array.from({ length: n }, () => []);
  // One pass over the grid: a node that keeps its sign with both neighbours along a row (or column) and is a local
  // minimum of |v| there is a candidate; most nodes fail the first comparisons.
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      const m = v[k]!;
      if (i > 0 && i + 1 < n && dip(v[k - 1]!, m, v[k + 1]!)) {
        const y = scan.y(j);
        const x = refineDip(
          v[k - 1]!,
          m,
          v[k + 1]!,
          scan.x(i - 1),
          scan.x(i + 1),
          (s) => component(s, y),
          dx,
        );
        if (x !== null) rows[j]!.push(x);
      }
      if (j > 0 && j + 1 < n && dip(v[k - n]!, m, v[k + n]!)) {
        const x = scan.x(i);
        const y = refineDip(
          v[k - n]!,
          m,
          v[k + n]!,
          scan.y(j - 1),
          scan.y(j + 1),
          (s) => component(x, s),
          dy,
        );
        if (y !== null) columns[i]!.push(y);
      }
    }
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
  for (let i = 0; i < n; i++) {
    columns[i] = columns[i]!.filter((y) => !taken.has(Math.round((y - scan.y(0)) / dy) * (n + 2) + i));
  }
  return curves.concat(chain(columns, dy, (i, y) => [scan.x(i), y]));
}

/** m keeps the sign of both neighbours and |m| is a local minimum: |v| may touch zero near m. */
function dip(a: number, m: number, b: number): boolean {
  return m > 0 ? m < a && m <= b : m < 0 && m > a && m >= b;
}

/**
 * The parabola through the three values must dip to within 10⁻³ of the neighbours' size; then golden-section
 * search on |v| between the neighbours, kept when |v| falls to 10⁻⁸ of that size. Returns the position or null.
 */
function refineDip(
  a: number,
  m: number,
  b: number,
  from: number,
  to: number,
  along: (s: number) => number,
  spacing: number,
): number | null {
  const sign = m > 0 ? 1 : -1;
  const A = sign * a;
  const M = sign * m;
  const B = sign * b;
  const curvature = A + B - 2 * M;
  if (!(curvature > 0)) return null;
  const scale = Math.max(A, B);
  if (M - (B - A) ** 2 / (8 * curvature) > 1e-3 * scale) return null;
  const best = goldenMinimum((s) => sign * along(s), from, to, A, B, 1e-9 * spacing);
  return best.value <= 1e-8 * scale ? best.x : null;
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
