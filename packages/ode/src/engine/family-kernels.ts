import type { ScalarRhs, SystemRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { fixedStepKernels } from './fixed-step-kernels.ts';
import { scalarKernel } from './scalar-kernels.ts';
import { systemKernel } from './system-kernels.ts';

/**
 * Advances a family of `count` members by fixed steps, step-major: row r of `xs` holds every member's state at
 * one time (`xs[(r·count + m)·dim + i]`). Step k starts at t0 + k·h from row `offset + k`, for k in [kFrom, kTo).
 * A member whose next state would not be finite stops: `alive[m]` becomes 0, `stopped[m]` records the row it
 * reached, and its later rows repeat that state, while the other members go on.
 */
export type FamilyKernel = (
  t0: number,
  h: number,
  kFrom: number,
  kTo: number,
  xs: Float64Array,
  offset: number,
  alive: Uint8Array,
  stopped: Int32Array,
) => void;

/** The family kernel of a tableau: the generated one of a built-in method (kernels/<name>-kernel.ts), else each
 * member's step is the single-trajectory kernel of the same tableau run for one step (identical arithmetic). */
export function familyKernel(
  tableau: ButcherTableau,
  f: ScalarRhs | SystemRhs,
  scalar: boolean,
  dim: number,
  count: number,
): FamilyKernel {
  const generated = fixedStepKernels(tableau);
  if (generated !== undefined) {
    return scalar
      ? generated.scalarFamily(f as ScalarRhs, count)
      : generated.systemFamily(f as SystemRhs, dim, count);
  }
  const width = dim * count;
  const pair = new Float64Array(2 * dim);
  const single = scalar
    ? (
        (k) => (t: number, h: number) =>
          k(f as ScalarRhs, t, h, 0, 1, pair, 0)
      )(scalarKernel(tableau))
    : (
        (k) => (t: number, h: number) =>
          k(f as SystemRhs, t, h, 0, 1, pair, 0)
      )(systemKernel(tableau, dim));
  return (t0, h, kFrom, kTo, xs, offset, alive, stopped) => {
    for (let k = kFrom; k < kTo; k++) {
      const base = (offset + k) * width;
      const t = t0 + k * h;
      for (let m = 0; m < count; m++) {
        const from = base + m * dim;
        for (let i = 0; i < dim; i++) pair[i] = xs[from + i]!;
        if (alive[m] === 1 && single(t, h) === 0) {
          alive[m] = 0;
          stopped[m] = offset + k;
        }
        const source = alive[m] === 1 ? dim : 0;
        for (let i = 0; i < dim; i++) xs[from + width + i] = pair[source + i]!;
      }
    }
  };
}
