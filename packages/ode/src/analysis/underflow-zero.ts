import { scanUp } from './scan-scales.ts';

/**
 * Whether a zero of f at z is only f falling below the doubles, not an equilibrium: read at doubling distances
 * from z (on the side `side` it is approached from, or both for `side` 0), f never approaches 0 like a power of
 * the distance, yet it is not 0 everywhere either. e^(−x) is 0 from x ≈ 745.1 on, reached through ever smaller
 * subnormals with no power law: an underflow. x² is 0 within 1.5e-162 of 0, reached like d²: a genuine double
 * root. f ≡ 0 near z: an interval of equilibria, genuine. Something wild (sin(1/x) at 0) counts as an underflow
 * too: in either case z cannot be called an equilibrium.
 *
 * @example
 * ```ts
 * isUnderflowZero((x) => Math.exp(-x), 800, -1); // true
 * isUnderflowZero((x) => x * x, 0, -1);          // false
 * ```
 */
export function isUnderflowZero(f: (x: number) => number, z: number, side: -1 | 0 | 1): boolean {
  const g = side === 0 ? f : (x: number) => ((x - z) * side > 0 ? f(x) : Number.NaN);
  const cap = 2 * Math.max(1, Math.abs(z));
  const scan = scanUp(g, z, 0, 0, 0, cap, false);
  return !scan.clean && scan.moved;
}
