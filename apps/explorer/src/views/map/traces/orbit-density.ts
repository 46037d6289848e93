/** An orbit diagram binned for a heatmap: column j, row i counts the kept iterates of column j in bin i. */
export interface OrbitDensity {
  readonly x: number[];
  readonly y: number[];
  /** z[i][j]: how many kept iterates of column j fall in bin i; null where none (drawn transparent). */
  readonly z: (number | null)[][];
  readonly yRange: [number, number];
}

/**
 * Bins the kept iterates of the bounded columns into `bins` rows over their range, so the diagram draws as one
 * image (a heatmap) rather than 200,000 markers: plotly's SVG markers are slow at that count and its WebGL ones
 * log GPU warnings in a browser without a GPU.
 *
 * @example
 * ```ts
 * orbitDensity(Float64Array.of(1, 2), Float64Array.of(1, 1, 0.5, 1.5), () => true, 2, 3).z;
 * // [[null, 1], [2, null], [null, 1]]
 * ```
 */
export function orbitDensity(
  h: ArrayLike<number>,
  x: ArrayLike<number>,
  bounded: (j: number) => boolean,
  keep: number,
  bins: number,
  maxColumns = h.length,
): OrbitDensity {
  // Image columns: consecutive columns share one when there are more than maxColumns (a brick narrower than a
  // pixel is dropped by the browser's image scaling, so thin branches would show as dotted).
  const out = Math.max(1, Math.min(h.length, maxColumns));
  const imageColumn = (j: number) => Math.floor((j * out) / h.length);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < h.length; j++) {
    if (!bounded(j)) continue;
    for (let i = 0; i < keep; i++) {
      const v = x[j * keep + i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(lo <= hi)) [lo, hi] = [-1, 1];
  const pad = (hi - lo) * 0.04 || Math.max(1e-3, Math.abs(hi) * 0.05);
  [lo, hi] = [lo - pad, hi + pad];
  const width = (hi - lo) / bins;
  const z: (number | null)[][] = Array.from({ length: bins }, () => new Array<number | null>(out).fill(null));
  const centers = new Array<number>(out).fill(0);
  const counts = new Array<number>(out).fill(0);
  for (let j = 0; j < h.length; j++) {
    const c = imageColumn(j);
    centers[c] = centers[c]! + h[j]!;
    counts[c] = counts[c]! + 1;
    if (!bounded(j)) continue;
    for (let i = 0; i < keep; i++) {
      const row = Math.min(bins - 1, Math.floor((x[j * keep + i]! - lo) / width));
      const cell = z[row]!;
      cell[c] = (cell[c] ?? 0) + 1;
    }
  }
  return {
    x: centers.map((sum, c) => sum / counts[c]!),
    y: Array.from({ length: bins }, (_, i) => lo + (i + 0.5) * width),
    z,
    yRange: [lo, hi],
  };
}
