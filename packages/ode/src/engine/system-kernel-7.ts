import type { SystemRhs } from '../problem.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { AdaptiveKernel, TrialStep } from './adaptive-kernel.ts';
import { cachedTrial, kernelWorkspace } from './kernel-workspace.ts';
import { onlyNonzeroAt } from './only-nonzero-at.ts';

const TRIALS = new WeakMap<EmbeddedTableau, TrialStep>();

/**
 * The adaptive kernel of a seven-stage first-same-as-last pair (dopri5),
 * for a system: the tableau's trial step (shared by every run) and this run's workspace (f,
 * tolerances, stage buffers).
 */
export function systemKernel7(
  tableau: EmbeddedTableau,
  f: SystemRhs,
  dim: number,
  atol: Float64Array,
  rtol: Float64Array,
): AdaptiveKernel {
  const trial = cachedTrial(TRIALS, tableau, systemTrial7);
  const w = kernelWorkspace(tableau, f, dim, atol, rtol);
  return { w, trial, finish: finishInTrial, trialEvaluations: 6 };
}

/** The last stage, f at the new point, is part of the trial (its error estimate uses it). */
function finishInTrial(): number {
  return 0;
}

/**
 * The trial step for one tableau. The coefficients are read into local constants once; the stage sequence is
 * written out, as in the fixed-step kernels, because a loop reading coefficients from arrays runs 2–3× slower.
 * Coefficients the written-out sequence skips are checked to be zero, so the tableau stays the single source of
 * truth.
 */
function systemTrial7(tableau: EmbeddedTableau): TrialStep {
  const { a, b, c, bHat } = tableau;
  if (b.length !== 7) throw new Error(`systemKernel7 needs 7 stages, got ${b.length}`);
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
    for (let i = 0; i < dim; i++) xi[i] = x[i]! + h * (A2_1 * k1[i]!);
    f(xi, t + h * C2, k2);
    for (let i = 0; i < dim; i++) xi[i] = x[i]! + h * (A3_1 * k1[i]! + A3_2 * k2[i]!);
    f(xi, t + h * C3, k3);
    for (let i = 0; i < dim; i++) xi[i] = x[i]! + h * (A4_1 * k1[i]! + A4_2 * k2[i]! + A4_3 * k3[i]!);
    f(xi, t + h * C4, k4);
    for (let i = 0; i < dim; i++)
      xi[i] = x[i]! + h * (A5_1 * k1[i]! + A5_2 * k2[i]! + A5_3 * k3[i]! + A5_4 * k4[i]!);
    f(xi, t + h * C5, k5);
    for (let i = 0; i < dim; i++)
      xi[i] = x[i]! + h * (A6_1 * k1[i]! + A6_2 * k2[i]! + A6_3 * k3[i]! + A6_4 * k4[i]! + A6_5 * k5[i]!);
    f(xi, tNew, k6);
    let finite = 0;
    for (let i = 0; i < dim; i++) {
      const v = x[i]! + h * (B1 * k1[i]! + B3 * k3[i]! + B4 * k4[i]! + B5 * k5[i]! + B6 * k6[i]!);
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
  };
}
