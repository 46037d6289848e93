import { bisectEdge } from './bisect-edge.ts';

/** A stretch of x where f is not finite (NaN or ±∞), or where it is unbounded (a pole f changes sign across). */
export interface NonFiniteRegion {
  from: number;
  to: number;
}

/** f sampled on an evenly spaced grid. */
export interface Grid {
  x: Float64Array;
  f: Float64Array;
  spacing: number;
}

/**
 * Samples f at n + 1 evenly spaced points of [a, b], both ends included. x_i = a + (b − a)·(i/n), computed so the
 * ends are exact and a symmetric interval puts 0 exactly on the grid.
 *
 * @example
 * ```ts
 * sampleGrid(Math.log, -1, 1, 4).f; // Float64Array [NaN, NaN, -Infinity, -0.6931471805599453, 0]
 * ```
 */
export function sampleGrid(f: (x: number) => number, a: number, b: number, n: number): Grid {
  const x = new Float64Array(n + 1);
  const values = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    x[i] = i === n ? b : a + (b - a) * (i / n);
    values[i] = f(x[i]!);
  }
  return { x, f: values, spacing: (b - a) / n };
}

/**
 * Groups the grid points where f is not finite into regions and moves each region's ends, by bisection, to where
 * f stops being finite (to within `xtol`), so the phase-line picture can shade them.
 *
 * @example
 * ```ts
 * nonFiniteRegions(Math.log, sampleGrid(Math.log, -1, 1, 4), 1e-12); // [{ from: -1, to: 0 }]
 * ```
 */
export function nonFiniteRegions(f: (x: number) => number, grid: Grid, xtol: number): NonFiniteRegion[] {
  const bad = (x: number) => !Number.isFinite(f(x));
  const regions: NonFiniteRegion[] = [];
  const n = grid.x.length - 1;
  let i = 0;
  while (i <= n) {
    if (Number.isFinite(grid.f[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !Number.isFinite(grid.f[j + 1]!)) j++;
    const from = i === 0 ? grid.x[0]! : bisectEdge(bad, grid.x[i]!, grid.x[i - 1]!, xtol);
    const to = j === n ? grid.x[n]! : bisectEdge(bad, grid.x[j]!, grid.x[j + 1]!, xtol);
    regions.push({ from, to });
    i = j + 1;
  }
  return regions;
}

/** Sorts regions and merges those that overlap. *
 * @example
 * ```ts
 * mergeRegions([{ from: 0, to: 2 }, { from: 1, to: 3 }, { from: 5, to: 6 }]); // [{ from: 0, to: 3 }, { from: 5, to: 6 }]
 * ```
 */
export function mergeRegions(regions: NonFiniteRegion[]): NonFiniteRegion[] {
  const sorted = [...regions].sort((p, q) => p.from - q.from);
  const merged: NonFiniteRegion[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}
