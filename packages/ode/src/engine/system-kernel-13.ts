import type { SystemRhs } from '../problem.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { AdaptiveKernel, KernelWorkspace, TrialStep } from './adaptive-kernel.ts';
import { dop853Norm } from './dop853-norm.ts';
import { cachedTrial, kernelWorkspace } from './kernel-workspace.ts';
import { onlyNonzeroAt } from './only-nonzero-at.ts';

const TRIALS = new WeakMap<EmbeddedTableau, TrialStep>();

/**
 * The adaptive kernel of a twelve-stage pair plus f at the new point, with two error estimators (dop853),
 * for a system: the tableau's trial step (shared by every run) and this run's workspace (f,
 * tolerances, stage buffers).
 */
export function systemKernel13(
  tableau: EmbeddedTableau,
  f: SystemRhs,
  dim: number,
  atol: Float64Array,
  rtol: Float64Array,
): AdaptiveKernel {
  const trial = cachedTrial(TRIALS, tableau, systemTrial13);
  const w = kernelWorkspace(tableau, f, dim, atol, rtol);
  return { w, trial, finish, trialEvaluations: 11 };
}

/** After acceptance: the thirteenth stage, f at the new point, which is also the next step's first. */
function finish(w: KernelWorkspace, tNew: number): number {
  (w.f as SystemRhs)(w.xNew, tNew, w.k[12]!);
  return 1;
}

/**
 * The trial step for one tableau. The coefficients are read into local constants once; the stage sequence is
 * written out, as in the fixed-step kernels, because a loop reading coefficients from arrays runs 2–3× slower.
 * Coefficients the written-out sequence skips are checked to be zero, so the tableau stays the single source of
 * truth.
 */
function systemTrial13(tableau: EmbeddedTableau): TrialStep {
  const { a, b, c, bHat } = tableau;
  if (b.length !== 13) throw new Error(`systemKernel13 needs 13 stages, got ${b.length}`);
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
    const f = w.f as SystemRhs;
    const { dim, xi, xNew, atol, rtol, k } = w;
    const k1 = k[0]!;
    const k2 = k[1]!;
    const k3 = k[2]!;
    const k4 = k[3]!;
    const k5 = k[4]!;
    const k6 = k[5]!;
    const k7 = k[6]!;
    const k8 = k[7]!;
    const k9 = k[8]!;
    const k10 = k[9]!;
    const k11 = k[10]!;
    const k12 = k[11]!;
    for (let i = 0; i < dim; i++) xi[i] = x[i]! + h * (A2_1 * k1[i]!);
    f(xi, t + h * C2, k2);
    for (let i = 0; i < dim; i++) xi[i] = x[i]! + h * (A3_1 * k1[i]! + A3_2 * k2[i]!);
    f(xi, t + h * C3, k3);
    for (let i = 0; i < dim; i++) xi[i] = x[i]! + h * (A4_1 * k1[i]! + A4_3 * k3[i]!);
    f(xi, t + h * C4, k4);
    for (let i = 0; i < dim; i++) xi[i] = x[i]! + h * (A5_1 * k1[i]! + A5_3 * k3[i]! + A5_4 * k4[i]!);
    f(xi, t + h * C5, k5);
    for (let i = 0; i < dim; i++) xi[i] = x[i]! + h * (A6_1 * k1[i]! + A6_4 * k4[i]! + A6_5 * k5[i]!);
    f(xi, t + h * C6, k6);
    for (let i = 0; i < dim; i++)
      xi[i] = x[i]! + h * (A7_1 * k1[i]! + A7_4 * k4[i]! + A7_5 * k5[i]! + A7_6 * k6[i]!);
    f(xi, t + h * C7, k7);
    for (let i = 0; i < dim; i++)
      xi[i] = x[i]! + h * (A8_1 * k1[i]! + A8_4 * k4[i]! + A8_5 * k5[i]! + A8_6 * k6[i]! + A8_7 * k7[i]!);
    f(xi, t + h * C8, k8);
    for (let i = 0; i < dim; i++)
      xi[i] =
        x[i]! +
        h * (A9_1 * k1[i]! + A9_4 * k4[i]! + A9_5 * k5[i]! + A9_6 * k6[i]! + A9_7 * k7[i]! + A9_8 * k8[i]!);
    f(xi, t + h * C9, k9);
    for (let i = 0; i < dim; i++)
      xi[i] =
        x[i]! +
        h *
          (A10_1 * k1[i]! +
            A10_4 * k4[i]! +
            A10_5 * k5[i]! +
            A10_6 * k6[i]! +
            A10_7 * k7[i]! +
            A10_8 * k8[i]! +
            A10_9 * k9[i]!);
    f(xi, t + h * C10, k10);
    for (let i = 0; i < dim; i++)
      xi[i] =
        x[i]! +
        h *
          (A11_1 * k1[i]! +
            A11_4 * k4[i]! +
            A11_5 * k5[i]! +
            A11_6 * k6[i]! +
            A11_7 * k7[i]! +
            A11_8 * k8[i]! +
            A11_9 * k9[i]! +
            A11_10 * k10[i]!);
    f(xi, t + h * C11, k11);
    for (let i = 0; i < dim; i++)
      xi[i] =
        x[i]! +
        h *
          (A12_1 * k1[i]! +
            A12_4 * k4[i]! +
            A12_5 * k5[i]! +
            A12_6 * k6[i]! +
            A12_7 * k7[i]! +
            A12_8 * k8[i]! +
            A12_9 * k9[i]! +
            A12_10 * k10[i]! +
            A12_11 * k11[i]!);
    f(xi, tNew, k12);
    let finite = 0;
    for (let i = 0; i < dim; i++) {
      const v =
        x[i]! +
        h *
          (B1 * k1[i]! +
            B6 * k6[i]! +
            B7 * k7[i]! +
            B8 * k8[i]! +
            B9 * k9[i]! +
            B10 * k10[i]! +
            B11 * k11[i]! +
            B12 * k12[i]!);
      xNew[i] = v;
      finite += v;
    }
    if (finite - finite !== 0) return Number.NaN;
    let sum = 0;
    let sumLow = 0;
    for (let i = 0; i < dim; i++) {
      const sk = atol[i]! + rtol[i]! * Math.max(Math.abs(x[i]!), Math.abs(xNew[i]!));
      const err =
        (E1 * k1[i]! +
          E6 * k6[i]! +
          E7 * k7[i]! +
          E8 * k8[i]! +
          E9 * k9[i]! +
          E10 * k10[i]! +
          E11 * k11[i]! +
          E12 * k12[i]!) /
        sk;
      sum += err * err;
      const errLow =
        (L1 * k1[i]! +
          L6 * k6[i]! +
          L7 * k7[i]! +
          L8 * k8[i]! +
          L9 * k9[i]! +
          L10 * k10[i]! +
          L11 * k11[i]! +
          L12 * k12[i]!) /
        sk;
      sumLow += errLow * errLow;
    }
    return dop853Norm(h, sum, sumLow, dim);
  };
}
