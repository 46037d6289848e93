import type { SystemRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { fixedStepKernels } from './fixed-step-kernels.ts';

/**
 * Advances a system by fixed steps: step k starts at time `t0 + k·h` from row `offset + k` of the row-major
 * trajectory `xs` and writes row `offset + k + 1`, for k in [kFrom, kTo). Returns the k reached: `kTo`, or the first
 * k whose successor has a non-finite component (that row does not count as computed).
 */
export type SystemKernel = (
  f: SystemRhs,
  t0: number,
  h: number,
  kFrom: number,
  kTo: number,
  xs: Float64Array,
  offset: number,
) => number;

/**
 * The stepping loop of one tableau and dimension, its stage buffers allocated here, once: the generated kernel of a
 * built-in method (kernels/<name>-kernel.ts), else the general kernel (same arithmetic in the same order).
 */
export function systemKernel(tableau: ButcherTableau, dim: number): SystemKernel {
  return fixedStepKernels(tableau)?.system(dim) ?? generalSystemKernel(tableau, dim);
}

/** The kernel for any stage count, used where none is generated; exported so tests can compare the two. */
export function generalSystemKernel(tableau: ButcherTableau, dim: number): SystemKernel {
  const k = Array.from({ length: tableau.b.length }, () => new Float64Array(dim));
  return explicitGeneral(tableau, dim, new Float64Array(dim), new Float64Array(dim), k);
}

/**
 * The sum of the new row is non-finite whenever a component is; only then is each component checked. The state
 * buffer already holds the new row by then: a kernel that stops here never steps from it again.
 */
function rowIsFinite(xs: Float64Array, row: number, dim: number, sum: number): boolean {
  if (sum - sum === 0) return true;
  for (let i = row; i < row + dim; i++) if (!Number.isFinite(xs[i]!)) return false;
  return true;
}

/** Any stage count, coefficients read from the tableau's arrays. Same arithmetic, in the same order, as above. */
function explicitGeneral(
  tableau: ButcherTableau,
  n: number,
  state: Float64Array,
  stage: Float64Array,
  slopes: Float64Array[],
): SystemKernel {
  const { a, b, c } = tableau;
  const s = b.length;
  return (f, t0, h, kFrom, kTo, xs, offset) => {
    const dim = n;
    const x = state;
    const xi = stage;
    const k = slopes;
    for (let i = 0; i < dim; i++) x[i] = xs[(offset + kFrom) * dim + i]!;
    for (let step = kFrom; step < kTo; step++) {
      const t = t0 + step * h;
      for (let j = 0; j < s; j++) {
        const row = a[j]!;
        for (let i = 0; i < dim; i++) {
          let v = x[i]!;
          for (let m = 0; m < j; m++) v += h * row[m]! * k[m]![i]!;
          xi[i] = v;
        }
        f(xi, t + h * c[j]!, k[j]!);
      }
      const out = (offset + step + 1) * dim;
      let sum = 0;
      for (let i = 0; i < dim; i++) {
        let v = x[i]!;
        for (let m = 0; m < s; m++) v += h * b[m]! * k[m]![i]!;
        xs[out + i] = v;
        x[i] = v;
        sum += v;
      }
      if (!rowIsFinite(xs, out, dim, sum)) return step;
    }
    return kTo;
  };
}
