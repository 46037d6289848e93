import { adaptiveGaussLegendre } from './adaptive-gauss-legendre.ts';

/** Options of {@link numericAntiderivative}. */
export interface NumericAntiderivativeOptions {
  /** Where F is 0 (the lower limit of the integral); 0 by default. */
  anchor?: number;
  /** Width of the cells of the cached grid; 1/8 by default. */
  cellWidth?: number;
}

/** Cells cached on each side of the anchor before F gives up and returns NaN (10⁶ cells of 1/8: |x| ≤ 125 000). */
const MAX_CELLS = 1_000_000;

/**
 * F(x) = ∫_anchor^x f, by composite adaptive 8-point Gauss–Legendre on a grid of cells anchored at `anchor`. The integrals
 * over whole cells are cached as running sums, grown lazily in either direction, so F(x) costs one partial cell
 * (8 calls of f) however far x is from the anchor. Where f is NaN on a cell, F is NaN from that cell outwards:
 * the integral does not exist past a point where f is undefined.
 *
 * @example
 * ```ts
 * const F = numericAntiderivative(Math.cos);
 * F(1); // 0.8414709848078965 (sin 1)
 * ```
 */
export function numericAntiderivative(
  f: (x: number) => number,
  options?: NumericAntiderivativeOptions,
): (x: number) => number {
  const anchor = options?.anchor ?? 0;
  const w = options?.cellWidth ?? 1 / 8;
  // running[j] = ∫ from the anchor to the j-th grid point on that side (j = 0 is the anchor itself).
  const right = [0];
  const left = [0];
  const extend = (sums: number[], cells: number, sign: 1 | -1) => {
    while (sums.length <= cells) {
      const j = sums.length - 1;
      const a = anchor + sign * j * w;
      sums.push(
        sums[j]! + sign * adaptiveGaussLegendre(f, Math.min(a, a + sign * w), Math.max(a, a + sign * w)),
      );
    }
  };
  return (x: number) => {
    if (Number.isNaN(x)) return Number.NaN;
    const offset = (x - anchor) / w;
    const cells = Math.floor(Math.abs(offset));
    if (!(cells < MAX_CELLS)) return Number.NaN;
    const sign = offset >= 0 ? 1 : -1;
    const sums = sign === 1 ? right : left;
    extend(sums, cells, sign);
    const start = anchor + sign * cells * w;
    return sums[cells]! + (x === start ? 0 : adaptiveGaussLegendre(f, start, x));
  };
}
