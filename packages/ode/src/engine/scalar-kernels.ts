import type { ScalarRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { fixedStepKernels } from './fixed-step-kernels.ts';
import { notANumber } from './not-a-number.ts';

/**
 * Advances a scalar problem by fixed steps: step k starts at time `t0 + k·h` from `xs[offset + k]` and writes
 * `xs[offset + k + 1]`, for k in [kFrom, kTo). Returns the k reached: `kTo`, or the first k whose successor would
 * not be finite (that successor is not stored).
 */
export type ScalarKernel = (
  f: ScalarRhs,
  t0: number,
  h: number,
  kFrom: number,
  kTo: number,
  xs: Float64Array,
  offset: number,
) => number;

/**
 * The stepping loop of one tableau: the generated kernel of a built-in method (kernels/<name>-kernel.ts, written
 * out from the tableau by scripts/generate-kernels.ts, because a loop that reads coefficients from arrays inside
 * the step runs 2–3× slower), else the general kernel, which gives the same numbers for any explicit tableau.
 */
export function scalarKernel(tableau: ButcherTableau): ScalarKernel {
  return fixedStepKernels(tableau)?.scalar ?? generalScalarKernel(tableau);
}

/** Any stage count: coefficients read from arrays. Correct for every tableau; used where no kernel is written out. */
export function generalScalarKernel(tableau: ButcherTableau): ScalarKernel {
  const { a, b, c } = tableau;
  const s = b.length;
  const stages = new Float64Array(s);
  return (f, t0, h, kFrom, kTo, xs, offset) => {
    let x = xs[offset + kFrom]!;
    for (let k = kFrom; k < kTo; k++) {
      const t = t0 + k * h;
      let xNew = x;
      for (let i = 0; i < s; i++) {
        let xi = x;
        const row = a[i]!;
        for (let j = 0; j < i; j++) xi += h * row[j]! * stages[j]!;
        const v = f(xi, t + h * c[i]!);
        if (typeof v !== 'number') throw notANumber('f', v);
        stages[i] = v;
      }
      for (let i = 0; i < s; i++) xNew += h * b[i]! * stages[i]!;
      if (xNew - xNew !== 0) return k;
      xs[offset + k + 1] = xNew;
      x = xNew;
    }
    return kTo;
  };
}
