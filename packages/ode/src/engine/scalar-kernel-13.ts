import type { ScalarRhs } from '../problem.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { AdaptiveKernel } from './adaptive-kernel.ts';
import { onlyNonzeroAt } from './only-nonzero-at.ts';

// Tableaus whose zero pattern has been checked against the written-out sequence (once each, not per run).
const CHECKED = new WeakSet<EmbeddedTableau>();

/**
 * The adaptive trial step of a twelve-stage pair whose thirteenth stage is f at the new point, with two error estimators (dop853), for a scalar problem.
 * The coefficients are read from the tableau into local constants once; the stage sequence is written out, as in
 * the fixed-step kernels, because a loop reading coefficients from arrays runs 2–3× slower. Coefficients the
 * written-out sequence skips are checked to be zero, so the tableau stays the single source of truth.
 */
export function scalarKernel13(
  tableau: EmbeddedTableau,
  f: ScalarRhs,
  atol: Float64Array,
  rtol: Float64Array,
): AdaptiveKernel {
  const dim = 1;
  const { a, b, c } = tableau;
  if (b.length !== 13) throw new Error(`scalarKernel13 needs 13 stages, got ${b.length}`);
  const bHat = tableau.bHat;
  const bHatLow = tableau.bHatLow!;
  if (!CHECKED.has(tableau)) {
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
    CHECKED.add(tableau);
  }
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
  const k = Array.from({ length: 13 + tableau.denseC.length }, () => new Float64Array(dim));
  const [k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11, k12, k13] = k as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const xNew = new Float64Array(dim);
  return {
    k,
    xNew,
    trialEvaluations: 11,
    trial(t, h, tNew, x) {
      const t2 = t + h * C2;
      const hA2_1 = h * A2_1;
      const t3 = t + h * C3;
      const hA3_1 = h * A3_1;
      const hA3_2 = h * A3_2;
      const t4 = t + h * C4;
      const hA4_1 = h * A4_1;
      const hA4_3 = h * A4_3;
      const t5 = t + h * C5;
      const hA5_1 = h * A5_1;
      const hA5_3 = h * A5_3;
      const hA5_4 = h * A5_4;
      const t6 = t + h * C6;
      const hA6_1 = h * A6_1;
      const hA6_4 = h * A6_4;
      const hA6_5 = h * A6_5;
      const t7 = t + h * C7;
      const hA7_1 = h * A7_1;
      const hA7_4 = h * A7_4;
      const hA7_5 = h * A7_5;
      const hA7_6 = h * A7_6;
      const t8 = t + h * C8;
      const hA8_1 = h * A8_1;
      const hA8_4 = h * A8_4;
      const hA8_5 = h * A8_5;
      const hA8_6 = h * A8_6;
      const hA8_7 = h * A8_7;
      const t9 = t + h * C9;
      const hA9_1 = h * A9_1;
      const hA9_4 = h * A9_4;
      const hA9_5 = h * A9_5;
      const hA9_6 = h * A9_6;
      const hA9_7 = h * A9_7;
      const hA9_8 = h * A9_8;
      const t10 = t + h * C10;
      const hA10_1 = h * A10_1;
      const hA10_4 = h * A10_4;
      const hA10_5 = h * A10_5;
      const hA10_6 = h * A10_6;
      const hA10_7 = h * A10_7;
      const hA10_8 = h * A10_8;
      const hA10_9 = h * A10_9;
      const t11 = t + h * C11;
      const hA11_1 = h * A11_1;
      const hA11_4 = h * A11_4;
      const hA11_5 = h * A11_5;
      const hA11_6 = h * A11_6;
      const hA11_7 = h * A11_7;
      const hA11_8 = h * A11_8;
      const hA11_9 = h * A11_9;
      const hA11_10 = h * A11_10;
      const hA12_1 = h * A12_1;
      const hA12_4 = h * A12_4;
      const hA12_5 = h * A12_5;
      const hA12_6 = h * A12_6;
      const hA12_7 = h * A12_7;
      const hA12_8 = h * A12_8;
      const hA12_9 = h * A12_9;
      const hA12_10 = h * A12_10;
      const hA12_11 = h * A12_11;
      const hB1 = h * B1;
      const hB6 = h * B6;
      const hB7 = h * B7;
      const hB8 = h * B8;
      const hB9 = h * B9;
      const hB10 = h * B10;
      const hB11 = h * B11;
      const hB12 = h * B12;
      const x0 = x[0]!;
      const s1 = k1[0]!;
      const s2 = f(x0 + hA2_1 * s1, t2);
      const s3 = f(x0 + hA3_1 * s1 + hA3_2 * s2, t3);
      const s4 = f(x0 + hA4_1 * s1 + hA4_3 * s3, t4);
      const s5 = f(x0 + hA5_1 * s1 + hA5_3 * s3 + hA5_4 * s4, t5);
      const s6 = f(x0 + hA6_1 * s1 + hA6_4 * s4 + hA6_5 * s5, t6);
      const s7 = f(x0 + hA7_1 * s1 + hA7_4 * s4 + hA7_5 * s5 + hA7_6 * s6, t7);
      const s8 = f(x0 + hA8_1 * s1 + hA8_4 * s4 + hA8_5 * s5 + hA8_6 * s6 + hA8_7 * s7, t8);
      const s9 = f(x0 + hA9_1 * s1 + hA9_4 * s4 + hA9_5 * s5 + hA9_6 * s6 + hA9_7 * s7 + hA9_8 * s8, t9);
      const s10 = f(
        x0 + hA10_1 * s1 + hA10_4 * s4 + hA10_5 * s5 + hA10_6 * s6 + hA10_7 * s7 + hA10_8 * s8 + hA10_9 * s9,
        t10,
      );
      const s11 = f(
        x0 +
          hA11_1 * s1 +
          hA11_4 * s4 +
          hA11_5 * s5 +
          hA11_6 * s6 +
          hA11_7 * s7 +
          hA11_8 * s8 +
          hA11_9 * s9 +
          hA11_10 * s10,
        t11,
      );
      const s12 = f(
        x0 +
          hA12_1 * s1 +
          hA12_4 * s4 +
          hA12_5 * s5 +
          hA12_6 * s6 +
          hA12_7 * s7 +
          hA12_8 * s8 +
          hA12_9 * s9 +
          hA12_10 * s10 +
          hA12_11 * s11,
        tNew,
      );
      const x1 =
        x0 + hB1 * s1 + hB6 * s6 + hB7 * s7 + hB8 * s8 + hB9 * s9 + hB10 * s10 + hB11 * s11 + hB12 * s12;
      k2[0] = s2;
      k3[0] = s3;
      k4[0] = s4;
      k5[0] = s5;
      k6[0] = s6;
      k7[0] = s7;
      k8[0] = s8;
      k9[0] = s9;
      k10[0] = s10;
      k11[0] = s11;
      k12[0] = s12;
      xNew[0] = x1;
      if (x1 - x1 !== 0) return Number.NaN;
      const sk = atol[0]! + rtol[0]! * Math.max(Math.abs(x0), Math.abs(x1));
      const err = (E1 * s1 + E6 * s6 + E7 * s7 + E8 * s8 + E9 * s9 + E10 * s10 + E11 * s11 + E12 * s12) / sk;
      const errLow =
        (L1 * s1 + L6 * s6 + L7 * s7 + L8 * s8 + L9 * s9 + L10 * s10 + L11 * s11 + L12 * s12) / sk;
      return dop853Norm(h, err * err, errLow * errLow, 1);
    },
    finish(tNew) {
      k13[0] = f(xNew[0]!, tNew);
      return 1;
    },
  };
}

/** Hairer's DOP853 norm: the fifth-order estimate, damped where the third-order one is much larger. */
function dop853Norm(h: number, sum: number, sumLow: number, dim: number): number {
  if (sum - sum !== 0 || sumLow - sumLow !== 0) return Number.NaN;
  const denominator = sum + 0.01 * sumLow;
  return denominator > 0 ? (Math.abs(h) * sum) / Math.sqrt(denominator * dim) : 0;
}
