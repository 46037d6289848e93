import type { ScalarRhs } from '../problem.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { AdaptiveKernel } from './adaptive-kernel.ts';
import { onlyNonzeroAt } from './only-nonzero-at.ts';

// Tableaus whose zero pattern has been checked against the written-out sequence (once each, not per run).
const CHECKED = new WeakSet<EmbeddedTableau>();

/**
 * The adaptive trial step of a seven-stage first-same-as-last pair (dopri5), for a scalar problem.
 * The coefficients are read from the tableau into local constants once; the stage sequence is written out, as in
 * the fixed-step kernels, because a loop reading coefficients from arrays runs 2–3× slower. Coefficients the
 * written-out sequence skips are checked to be zero, so the tableau stays the single source of truth.
 */
export function scalarKernel7(
  tableau: EmbeddedTableau,
  f: ScalarRhs,
  atol: Float64Array,
  rtol: Float64Array,
): AdaptiveKernel {
  const dim = 1;
  const { a, b, c } = tableau;
  if (b.length !== 7) throw new Error(`scalarKernel7 needs 7 stages, got ${b.length}`);
  const bHat = tableau.bHat;
  if (!CHECKED.has(tableau)) {
    onlyNonzeroAt(a[1]!, [0], 'a[1]');
    onlyNonzeroAt(a[2]!, [0, 1], 'a[2]');
    onlyNonzeroAt(a[3]!, [0, 1, 2], 'a[3]');
    onlyNonzeroAt(a[4]!, [0, 1, 2, 3], 'a[4]');
    onlyNonzeroAt(a[5]!, [0, 1, 2, 3, 4], 'a[5]');
    onlyNonzeroAt(b, [0, 2, 3, 4, 5], 'b');
    onlyNonzeroAt(
      b.map((bj, j) => bj - bHat[j]!),
      [0, 2, 3, 4, 5, 6],
      'b - bHat',
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
  const A4_2 = a[3]![1]!;
  const A4_3 = a[3]![2]!;
  const C5 = c[4]!;
  const A5_1 = a[4]![0]!;
  const A5_2 = a[4]![1]!;
  const A5_3 = a[4]![2]!;
  const A5_4 = a[4]![3]!;
  const A6_1 = a[5]![0]!;
  const A6_2 = a[5]![1]!;
  const A6_3 = a[5]![2]!;
  const A6_4 = a[5]![3]!;
  const A6_5 = a[5]![4]!;
  const B1 = b[0]!;
  const B3 = b[2]!;
  const B4 = b[3]!;
  const B5 = b[4]!;
  const B6 = b[5]!;
  const E1 = b[0]! - bHat[0]!;
  const E3 = b[2]! - bHat[2]!;
  const E4 = b[3]! - bHat[3]!;
  const E5 = b[4]! - bHat[4]!;
  const E6 = b[5]! - bHat[5]!;
  const E7 = b[6]! - bHat[6]!;
  const k = Array.from({ length: 7 + tableau.denseC.length }, () => new Float64Array(dim));
  const [k1, k2, k3, k4, k5, k6, k7] = k as [
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
    trialEvaluations: 6,
    trial(t, h, tNew, x) {
      const t2 = t + h * C2;
      const hA2_1 = h * A2_1;
      const t3 = t + h * C3;
      const hA3_1 = h * A3_1;
      const hA3_2 = h * A3_2;
      const t4 = t + h * C4;
      const hA4_1 = h * A4_1;
      const hA4_2 = h * A4_2;
      const hA4_3 = h * A4_3;
      const t5 = t + h * C5;
      const hA5_1 = h * A5_1;
      const hA5_2 = h * A5_2;
      const hA5_3 = h * A5_3;
      const hA5_4 = h * A5_4;
      const hA6_1 = h * A6_1;
      const hA6_2 = h * A6_2;
      const hA6_3 = h * A6_3;
      const hA6_4 = h * A6_4;
      const hA6_5 = h * A6_5;
      const hB1 = h * B1;
      const hB3 = h * B3;
      const hB4 = h * B4;
      const hB5 = h * B5;
      const hB6 = h * B6;
      const x0 = x[0]!;
      const s1 = k1[0]!;
      const s2 = f(x0 + hA2_1 * s1, t2);
      const s3 = f(x0 + hA3_1 * s1 + hA3_2 * s2, t3);
      const s4 = f(x0 + hA4_1 * s1 + hA4_2 * s2 + hA4_3 * s3, t4);
      const s5 = f(x0 + hA5_1 * s1 + hA5_2 * s2 + hA5_3 * s3 + hA5_4 * s4, t5);
      const s6 = f(x0 + hA6_1 * s1 + hA6_2 * s2 + hA6_3 * s3 + hA6_4 * s4 + hA6_5 * s5, tNew);
      const x1 = x0 + hB1 * s1 + hB3 * s3 + hB4 * s4 + hB5 * s5 + hB6 * s6;
      const s7 = f(x1, tNew);
      k7[0] = s7;
      k2[0] = s2;
      k3[0] = s3;
      k4[0] = s4;
      k5[0] = s5;
      k6[0] = s6;
      xNew[0] = x1;
      if (x1 - x1 !== 0) return Number.NaN;
      const sk = atol[0]! + rtol[0]! * Math.max(Math.abs(x0), Math.abs(x1));
      const err = (E1 * s1 + E3 * s3 + E4 * s4 + E5 * s5 + E6 * s6 + E7 * s7) / sk;
      return Math.abs(h * err);
    },
    finish() {
      return 0;
    },
  };
}
