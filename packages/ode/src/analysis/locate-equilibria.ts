import type { Equilibrium, EquilibriumInterval, Jump, Search } from './equilibrium-search.ts';
import { crossing, dip, type Mode, unexplainedZeros, zeros } from './feature-roots.ts';
import { type GridFeature, type GridValues, gridFeatures } from './grid-features.ts';
import { mergePoints, mergeRanges, subtractRegions } from './merge-points.ts';
import { mergeRegions, type NonFiniteRegion, nonFiniteRegions, sampleGrid } from './sample-grid.ts';

export type { Equilibrium, EquilibriumInterval, Jump } from './equilibrium-search.ts';

/** What the grid search found, before any classification. */
export interface LocatedEquilibria {
  equilibria: Equilibrium[];
  equilibriumIntervals: EquilibriumInterval[];
  nonFinitePoints: Float64Array;
  nonFiniteRegions: NonFiniteRegion[];
  jumps: Jump[];
  /** Cells [a, b] where roots may hide below the resolution reached (sorted, disjoint). */
  unresolved: [number, number][];
  spacing: number;
}

/** The settings of the grid search, defaults already applied except xtol and ftol. */
export interface LocateSettings {
  gridPoints: number;
  xtol: number | undefined;
  ftol: number | undefined;
  /** Look for a root just beyond an end of [a, b] (where |f| is least at the end); default true. Pieces of a
   * longer path (blowUpTime) leave it to their neighbours. */
  endDips?: boolean;
}

/** How many times a cell is subdivided, and into how many parts each time: 16³ = 4096 times finer at most. */
const MAX_DEPTH = 3;
const PARTS = 16;
/** Evaluations allowed beyond the first grid, per cell of it and in all. */
const BUDGET_PER_CELL = 32;
const BUDGET_BASE = 2048;

/**
 * The grid search behind `findEquilibria` (documented there), without argument checks. Features on the grid that
 * do not look simple (see `gridFeatures`) are looked at again on a grid 16 times finer over their cells (plus one
 * cell each side), up to three times; what is still not simple then is settled on the finest grid, and what cannot
 * be settled is reported in `unresolved`. The work beyond the first grid is budgeted (32 evaluations per cell of
 * it, plus 2048): past the budget, what is left is reported as unresolved (see `examine`).
 *
 * @example
 * ```ts
 * locateEquilibria((x) => x * (1 - x), -1, 2, { gridPoints: 31, xtol: undefined, ftol: undefined }).equilibria;
 * // [{ x: 0, accuracy: 0, detectedBy: 'grid-zero' }, { x: 1, accuracy: 0, detectedBy: 'grid-zero' }]
 * ```
 */
export function locateEquilibria(
  f: (x: number) => number,
  a: number,
  b: number,
  settings: LocateSettings,
): LocatedEquilibria {
  const n = settings.gridPoints - 1;
  const grid = sampleGrid(f, a, b, n);
  const edgeTol = settings.xtol ?? 2 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b));
  const search: Search = {
    f: (x) => {
      search.calls++;
      return f(x);
    },
    calls: 0,
    limit: BUDGET_PER_CELL * n + BUDGET_BASE,
    endDips: settings.endDips ?? true,
    a,
    b,
    xtol: settings.xtol,
    edgeTol,
    ftol: settings.ftol,
    spacing: grid.spacing,
    points: [],
    intervals: [],
    regions: nonFiniteRegions(f, grid, edgeTol),
    jumps: [],
    unresolved: [],
    suspects: [],
  };
  examine(search, grid, 0, n - 1, 0);

  const equilibriumIntervals = mergeRegions(search.intervals).map((r) => ({ ...r, accuracy: edgeTol }));
  const equilibria = mergePoints(search.points, equilibriumIntervals);
  const regions = mergeRegions(search.regions);
  for (const cell of unexplained(search.suspects, equilibria, regions, search.jumps))
    search.unresolved.push(cell);
  const unresolved = subtractRegions(mergeRanges(search.unresolved), [...regions, ...equilibriumIntervals]);
  return {
    equilibria,
    equilibriumIntervals,
    nonFinitePoints: grid.x.filter((_, i) => !Number.isFinite(grid.f[i]!)),
    nonFiniteRegions: regions,
    jumps: search.jumps.sort((p, q) => p.x - q.x),
    unresolved: uncovered(unresolved, equilibria),
    spacing: grid.spacing,
  };
}

/**
 * The cells around suspect roots that nothing found explains: a root whose neighbourhood stopped being clean at
 * distance d has something within about 2d; if that is another equilibrium, a non-finite region or a jump found on
 * its own, nothing is hidden; otherwise roots may hide in its cell. One sorted sweep.
 */
function unexplained(
  suspects: Search['suspects'],
  roots: Equilibrium[],
  regions: NonFiniteRegion[],
  jumps: Jump[],
): [number, number][] {
  const marks = [
    ...roots.map((r) => [r.x - r.accuracy, r.x + r.accuracy] as const),
    ...regions.map((r) => [r.from, r.to] as const),
    ...jumps.map((j) => [j.x, j.x] as const),
  ].sort((p, q) => p[0] - q[0]);
  const starts = Float64Array.from(marks, (m) => m[0]);
  const cells: [number, number][] = [];
  for (const { x, within, cell } of suspects) {
    const reach = 2 * within;
    // Something other than x itself (a mark not containing x) within reach of it.
    let k = lowerBound(starts, x - reach - cell);
    let explained = false;
    for (; k < marks.length && marks[k]![0] <= x + reach; k++) {
      const [from, to] = marks[k]!;
      if (to >= x - reach && !(from <= x && x <= to)) {
        explained = true;
        break;
      }
    }
    if (!explained) cells.push([x - cell, x + cell]);
  }
  return cells;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cells not already inside a root's range [x − accuracy, x + accuracy] (roots hiding there are covered by it:
 * the rounding noise around an expanded (x − 1)³ leaves such cells). Both lists sorted. */
function uncovered(cells: [number, number][], roots: Equilibrium[]): [number, number][] {
  let k = 0;
  return cells.filter(([from, to]) => {
    while (k < roots.length && roots[k]!.x + roots[k]!.accuracy < to) k++;
    const r = roots[k];
    return !(r && r.x - r.accuracy <= from && r.x + r.accuracy >= to);
  });
}

/**
 * Settles the features in cells firstCell..lastCell of a grid, refining those that are not simple. Past the
 * budget, features of the first grid are still settled (on its scale) but no finer grid is made, and features of
 * finer grids are reported as unresolved without being settled: the work stays bounded by the budget plus a fixed
 * cost per feature of the first grid.
 */
function examine(s: Search, g: GridValues, firstCell: number, lastCell: number, depth: number): void {
  const n = g.x.length - 1;
  const features = gridFeatures(
    g,
    firstCell,
    lastCell,
    s.endDips && g.x[0] === s.a,
    s.endDips && g.x[n] === s.b,
  );
  const closer: { from: number; to: number; features: GridFeature[] }[] = [];
  for (const feature of features) {
    const [from, to] = cellsOf(feature, n);
    if (depth > 0 && s.calls >= s.limit) {
      s.unresolved.push([g.x[from]!, g.x[to + 1]!]);
      continue;
    }
    if (feature.simple && settle(s, g, feature, 'simple')) continue;
    if (depth >= MAX_DEPTH) {
      settleOrReport(s, g, feature);
      continue;
    }
    const last = closer[closer.length - 1];
    // Runs whose margins touch share one finer grid.
    if (last && from - 1 <= last.to + 1) {
      last.to = Math.max(last.to, to);
      last.features.push(feature);
    } else closer.push({ from, to, features: [feature] });
  }
  for (const run of closer) {
    const p = Math.max(0, run.from - 1);
    const q = Math.min(n, run.to + 2);
    if (s.calls + (q - p) * (PARTS - 1) > s.limit) {
      if (depth === 0) for (const feature of run.features) settleOrReport(s, g, feature);
      s.unresolved.push([g.x[run.from]!, g.x[run.to + 1]!]);
      continue;
    }
    const finer = subdivide(s.f, g, p, q);
    examine(s, finer, (run.from - p) * PARTS, (run.to + 1 - p) * PARTS - 1, depth + 1);
  }
}

/** The cells other roots may hide in when a feature is not simple: the cells around it (f bends there: the pair
 * of roots that bends it may sit in the next cell, where f has the same sign at both ends). */
function cellsOf(feature: GridFeature, n: number): [number, number] {
  const last = feature.type === 'crossing' ? feature.to + 1 : feature.to;
  return [Math.max(0, feature.at - 1), Math.min(n - 1, last)];
}

/** Handles a feature; false when a run of zeros was not explained (the caller looks closer). */
function settle(s: Search, g: GridValues, feature: GridFeature, mode: Mode): boolean {
  const i = feature.at;
  if (feature.type === 'crossing') {
    crossing(s, g.x[i]!, g.x[i + 1]!, g.f[i]!, g.f[i + 1]!, mode, g.x[i + 1]! - g.x[i]!);
    return true;
  }
  if (feature.type === 'zero') return zeros(s, g, i, feature.to, mode);
  dip(s, g, i, mode);
  return true;
}

function settleOrReport(s: Search, g: GridValues, feature: GridFeature): void {
  if (!settle(s, g, feature, 'terminal')) unexplainedZeros(s, g, feature.at, feature.to);
}

/** The cells p..q−1 of g, each cut into PARTS, its points kept (and their values reused). */
function subdivide(f: (x: number) => number, g: GridValues, p: number, q: number): GridValues {
  const m = (q - p) * PARTS;
  const x = new Float64Array(m + 1);
  const values = new Float64Array(m + 1);
  for (let c = p; c < q; c++) {
    const lo = g.x[c]!;
    const width = g.x[c + 1]! - lo;
    const base = (c - p) * PARTS;
    x[base] = lo;
    values[base] = g.f[c]!;
    for (let k = 1; k < PARTS; k++) {
      x[base + k] = lo + width * (k / PARTS);
      values[base + k] = f(x[base + k]!);
    }
  }
  x[m] = g.x[q]!;
  values[m] = g.f[q]!;
  return { x, f: values };
}
