import type { ScalarRhs } from '../problem.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { AdaptiveKernel, KernelWorkspace, TrialStep } from './adaptive-kernel.ts';
import { dop853Norm } from './dop853-norm.ts';
import { cachedTrial, kernelWorkspace } from './kernel-workspace.ts';
import { onlyNonzeroAt } from './only-nonzero-at.ts';

const TRIALS = new WeakMap<EmbeddedTableau, TrialStep>();

/**
 * The adaptive kernel of a twelve-stage pair plus f at the new point, with two error estimators (dop853),
 * for a scalar problem: the tableau's trial step (shared by every run) and this run's workspace (f,
 * tolerances, stage buffers).
 */
export function scalarKernel13(
  tableau: EmbeddedTableau,
  f: ScalarRhs,
  atol: Float64Array,
  rtol: Float64Array,
): AdaptiveKernel {
  const trial = cachedTrial(TRIALS, tableau, scalarTrial13);
  const w = kernelWorkspace(tableau, f, 1, atol, rtol);
  return { w, trial, finish, trialEvaluations: 11 };
}

/** After acceptance: the thirteenth stage, f at the new point, which is also the next step's first. */
function finish(w: KernelWorkspace, tNew: number): number {
  w.k[12]![0] = (w.f as ScalarRhs)(w.xNew[0]!, tNew);
  return 1;
}

/**
 * The trial step for one tableau. The coefficients are read into local constants once; the stage sequence is
 * written out, as in the fixed-step kernels, because a loop reading coefficients from arrays runs 2–3× slower.
 * Coefficients the written-out sequence skips are checked to be zero, so the tableau stays the single source of
 * truth.
 */
function scalarTrial13(tableau: EmbeddedTableau): TrialStep {
  const { a, b, c, bHat } = tableau;
  if (b.length !== 13) throw new Error(`scalarKernel13 needs 13 stages, got ${b.length}`);
  const bHatLow = tableau.bHatLow!;
  onlyNonzeroAt(a[1]!, [0], 'a[1]');
  onlyNonzeroAt(a[2]!, [0, 1], 'a[2]');
  onlyNonzeroAt(a[3]!, [0, 2], 'a[3]');
  onlyNonzeroAt(a[4]!, [0, 2, 3], 'a[4]');
  onlyNonzeroAt(a[5]!, [0, 3, 4], 'a[5]');
  onlyNonzeroAt(a[6]!, [0, 3, 4, 5], 'a[6]');
  onlyNonzeroAt(a[7]!, [0, 3, 4, 5, 6], 'a[7]');
  onlyNonzeroAt(a[8]!, [0, 3, 4, 5, 6, 7], 'a[8]');
  onlyNonzeroAt(a[9]!, [0, 3, 4, 5, 6, 7, 8], 'a[9]');
  onlyNonzeroAt(a[10]!, [0, 3, 4, 5, 6, 7, 8, 9], 'a[10]');
  onlyNonzeroAt(a[11]!, [0, 3, 4, 5, 6, 7, 8, 9, 10], 'a[11]');
  onlyNonzeroAt(b, [0, 5, 6, 7, 8, 9, 10, 11], 'b');
  onlyNonzeroAt(
    b.map((bj, j) => bj - bHat[j]!),
    [0, 5, 6, 7, 8, 9, 10, 11],
    'b - bHat',
  );
  onlyNonzeroAt(
    b.map((bj, j) => bj - bHatLow[j]!),
    [0, 5, 6, 7, 8, 9, 10, 11],
    'b - bHatLow',
  );
  const C2 = c[1]!;
  const A2_1 = a[1]![0]!;
  const C3 = c[2]!;
  const A3_1 = a[2]![0]!;
  const A3_2 = a[2]![1]!;
  const C4 = c[3]!;
  const A4_1 = a[3]![0]!;
  const A4_3 = a[3]![2]!;
  const C5 = c[4]!;
  const A5_1 = a[4]![0]!;
  const A5_3 = a[4]![2]!;
  const A5_4 = a[4]![3]!;
  const C6 = c[5]!;
  const A6_1 = a[5]![0]!;
  const A6_4 = a[5]![3]!;
  const A6_5 = a[5]![4]!;
  const C7 = c[6]!;
  const A7_1 = a[6]![0]!;
  const A7_4 = a[6]![3]!;
  const A7_5 = a[6]![4]!;
  const A7_6 = a[6]![5]!;
  const C8 = c[7]!;
  const A8_1 = a[7]![0]!;
  const A8_4 = a[7]![3]!;
  const A8_5 = a[7]![4]!;
  const A8_6 = a[7]![5]!;
  const A8_7 = a[7]![6]!;
  const C9 = c[8]!;
  const A9_1 = a[8]![0]!;
  const A9_4 = a[8]![3]!;
  const A9_5 = a[8]![4]!;
  const A9_6 = a[8]![5]!;
  const A9_7 = a[8]![6]!;
  const A9_8 = a[8]![7]!;
  const C10 = c[9]!;
  const A10_1 = a[9]![0]!;
  const A10_4 = a[9]![3]!;
  const A10_5 = a[9]![4]!;
  const A10_6 = a[9]![5]!;
  const A10_7 = a[9]![6]!;
  const A10_8 = a[9]![7]!;
  const A10_9 = a[9]![8]!;
  const C11 = c[10]!;
  const A11_1 = a[10]![0]!;
  const A11_4 = a[10]![3]!;
  const A11_5 = a[10]![4]!;
  const A11_6 = a[10]![5]!;
  const A11_7 = a[10]![6]!;
  const A11_8 = a[10]![7]!;
  const A11_9 = a[10]![8]!;
  const A11_10 = a[10]![9]!;
  const A12_1 = a[11]![0]!;
  const A12_4 = a[11]![3]!;
  const A12_5 = a[11]![4]!;
  const A12_6 = a[11]![5]!;
  const A12_7 = a[11]![6]!;
  const A12_8 = a[11]![7]!;
  const A12_9 = a[11]![8]!;
  const A12_10 = a[11]![9]!;
  const A12_11 = a[11]![10]!;
  const B1 = b[0]!;
  const B6 = b[5]!;
  const B7 = b[6]!;
  const B8 = b[7]!;
  const B9 = b[8]!;
  const B10 = b[9]!;
  const B11 = b[10]!;
  const B12 = b[11]!;
  const E1 = b[0]! - bHat[0]!;
  const E6 = b[5]! - bHat[5]!;
  const E7 = b[6]! - bHat[6]!;
  const E8 = b[7]! - bHat[7]!;
  const E9 = b[8]! - bHat[8]!;
  const E10 = b[9]! - bHat[9]!;
  const E11 = b[10]! - bHat[10]!;
  const E12 = b[11]! - bHat[11]!;
  const L1 = b[0]! - bHatLow[0]!;
  const L6 = b[5]! - bHatLow[5]!;
  const L7 = b[6]! - bHatLow[6]!;
  const L8 = b[7]! - bHatLow[7]!;
  const L9 = b[8]! - bHatLow[8]!;
  const L10 = b[9]! - bHatLow[9]!;
  const L11 = b[10]! - bHatLow[10]!;
  const L12 = b[11]! - bHatLow[11]!;
  return (w, t, h, tNew, x) => {
    const f = w.f as ScalarRhs;
    const k = w.k;
    const x0 = x[0]!;
    const s1 = k[0]![0]!;
    const s2 = f(x0 + h * (A2_1 * s1), t + h * C2);
    const s3 = f(x0 + h * (A3_1 * s1 + A3_2 * s2), t + h * C3);
    const s4 = f(x0 + h * (A4_1 * s1 + A4_3 * s3), t + h * C4);
    const s5 = f(x0 + h * (A5_1 * s1 + A5_3 * s3 + A5_4 * s4), t + h * C5);
    const s6 = f(x0 + h * (A6_1 * s1 + A6_4 * s4 + A6_5 * s5), t + h * C6);
    const s7 = f(x0 + h * (A7_1 * s1 + A7_4 * s4 + A7_5 * s5 + A7_6 * s6), t + h * C7);
    const s8 = f(x0 + h * (A8_1 * s1 + A8_4 * s4 + A8_5 * s5 + A8_6 * s6 + A8_7 * s7), t + h * C8);
    const s9 = f(
      x0 + h * (A9_1 * s1 + A9_4 * s4 + A9_5 * s5 + A9_6 * s6 + A9_7 * s7 + A9_8 * s8),
      t + h * C9,
    );
    const s10 = f(
      x0 + h * (A10_1 * s1 + A10_4 * s4 + A10_5 * s5 + A10_6 * s6 + A10_7 * s7 + A10_8 * s8 + A10_9 * s9),
      t + h * C10,
    );
    const s11 = f(
      x0 +
        h *
          (A11_1 * s1 +
            A11_4 * s4 +
            A11_5 * s5 +
            A11_6 * s6 +
            A11_7 * s7 +
            A11_8 * s8 +
            A11_9 * s9 +
            A11_10 * s10),
      t + h * C11,
    );
    const s12 = f(
      x0 +
        h *
          (A12_1 * s1 +
            A12_4 * s4 +
            A12_5 * s5 +
            A12_6 * s6 +
            A12_7 * s7 +
            A12_8 * s8 +
            A12_9 * s9 +
            A12_10 * s10 +
            A12_11 * s11),
      tNew,
    );
    const x1 = x0 + h * (B1 * s1 + B6 * s6 + B7 * s7 + B8 * s8 + B9 * s9 + B10 * s10 + B11 * s11 + B12 * s12);
    k[1]![0] = s2;
    k[2]![0] = s3;
    k[3]![0] = s4;
    k[4]![0] = s5;
    k[5]![0] = s6;
    k[6]![0] = s7;
    k[7]![0] = s8;
    k[8]![0] = s9;
    k[9]![0] = s10;
    k[10]![0] = s11;
    k[11]![0] = s12;
    w.xNew[0] = x1;
    if (x1 - x1 !== 0) return Number.NaN;
    const sk = w.atol[0]! + w.rtol[0]! * Math.max(Math.abs(x0), Math.abs(x1));
    const err = (E1 * s1 + E6 * s6 + E7 * s7 + E8 * s8 + E9 * s9 + E10 * s10 + E11 * s11 + E12 * s12) / sk;
    const errLow = (L1 * s1 + L6 * s6 + L7 * s7 + L8 * s8 + L9 * s9 + L10 * s10 + L11 * s11 + L12 * s12) / sk;
    return dop853Norm(h, err * err, errLow * errLow, 1);
  };
}
