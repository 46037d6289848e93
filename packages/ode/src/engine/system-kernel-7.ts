import type { SystemRhs } from '../problem.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { AdaptiveKernel } from './adaptive-kernel.ts';
import { onlyNonzeroAt } from './only-nonzero-at.ts';

// Tableaus whose zero pattern has been checked against the written-out sequence (once each, not per run).
const CHECKED = new WeakSet<EmbeddedTableau>();

/**
 * The adaptive trial step of a seven-stage first-same-as-last pair (dopri5), for a system.
 * The coefficients are read from the tableau into local constants once; the stage sequence is written out, as in
 * the fixed-step kernels, because a loop reading coefficients from arrays runs 2–3× slower. Coefficients the
 * written-out sequence skips are checked to be zero, so the tableau stays the single source of truth.
 */
export function systemKernel7(
  tableau: EmbeddedTableau,
  f: SystemRhs,
  dim: number,
  atol: Float64Array,
  rtol: Float64Array,
): AdaptiveKernel {
  const { a, b, c } = tableau;
  if (b.length !== 7) throw new Error(`systemKernel7 needs 7 stages, got ${b.length}`);
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
  const xi = new Float64Array(dim);
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
      for (let i = 0; i < dim; i++) xi[i] = x[i]! + hA2_1 * k1[i]!;
      f(xi, t2, k2);
      for (let i = 0; i < dim; i++) xi[i] = x[i]! + hA3_1 * k1[i]! + hA3_2 * k2[i]!;
      f(xi, t3, k3);
      for (let i = 0; i < dim; i++) xi[i] = x[i]! + hA4_1 * k1[i]! + hA4_2 * k2[i]! + hA4_3 * k3[i]!;
      f(xi, t4, k4);
      for (let i = 0; i < dim; i++)
        xi[i] = x[i]! + hA5_1 * k1[i]! + hA5_2 * k2[i]! + hA5_3 * k3[i]! + hA5_4 * k4[i]!;
      f(xi, t5, k5);
      for (let i = 0; i < dim; i++)
        xi[i] = x[i]! + hA6_1 * k1[i]! + hA6_2 * k2[i]! + hA6_3 * k3[i]! + hA6_4 * k4[i]! + hA6_5 * k5[i]!;
      f(xi, tNew, k6);
      let finite = 0;
      for (let i = 0; i < dim; i++) {
        const v = x[i]! + hB1 * k1[i]! + hB3 * k3[i]! + hB4 * k4[i]! + hB5 * k5[i]! + hB6 * k6[i]!;
        xNew[i] = v;
        finite += v;
      }
      if (finite - finite !== 0) return Number.NaN;
      f(xNew, tNew, k7);
      let sum = 0;
      for (let i = 0; i < dim; i++) {
        const sk = atol[i]! + rtol[i]! * Math.max(Math.abs(x[i]!), Math.abs(xNew[i]!));
        const err = (E1 * k1[i]! + E3 * k3[i]! + E4 * k4[i]! + E5 * k5[i]! + E6 * k6[i]! + E7 * k7[i]!) / sk;
        sum += err * err;
      }
      return Math.abs(h) * Math.sqrt(sum / dim);
    },
    finish() {
      return 0;
    },
  };
}
