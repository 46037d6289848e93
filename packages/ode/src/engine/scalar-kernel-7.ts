import type { ScalarRhs } from '../problem.ts';
import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { AdaptiveKernel, TrialStep } from './adaptive-kernel.ts';
import { cachedTrial, kernelWorkspace } from './kernel-workspace.ts';
import { onlyNonzeroAt } from './only-nonzero-at.ts';

const TRIALS = new WeakMap<EmbeddedTableau, TrialStep>();

/**
 * The adaptive kernel of a seven-stage first-same-as-last pair (dopri5),
 * for a scalar problem: the tableau's trial step (shared by every run) and this run's workspace (f,
 * tolerances, stage buffers).
 */
export function scalarKernel7(
  tableau: EmbeddedTableau,
  f: ScalarRhs,
  atol: Float64Array,
  rtol: Float64Array,
): AdaptiveKernel {
  const trial = cachedTrial(TRIALS, tableau, scalarTrial7);
  const w = kernelWorkspace(tableau, f, 1, atol, rtol);
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
function scalarTrial7(tableau: EmbeddedTableau): TrialStep {
  const { a, b, c, bHat } = tableau;
  if (b.length !== 7) throw new Error(`scalarKernel7 needs 7 stages, got ${b.length}`);
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
    const f = w.f as ScalarRhs;
    const k = w.k;
    const x0 = x[0]!;
    const s1 = k[0]![0]!;
    const s2 = f(x0 + h * (A2_1 * s1), t + h * C2);
    const s3 = f(x0 + h * (A3_1 * s1 + A3_2 * s2), t + h * C3);
    const s4 = f(x0 + h * (A4_1 * s1 + A4_2 * s2 + A4_3 * s3), t + h * C4);
    const s5 = f(x0 + h * (A5_1 * s1 + A5_2 * s2 + A5_3 * s3 + A5_4 * s4), t + h * C5);
    const s6 = f(x0 + h * (A6_1 * s1 + A6_2 * s2 + A6_3 * s3 + A6_4 * s4 + A6_5 * s5), tNew);
    const x1 = x0 + h * (B1 * s1 + B3 * s3 + B4 * s4 + B5 * s5 + B6 * s6);
    const s7 = f(x1, tNew);
    k[6]![0] = s7;
    k[1]![0] = s2;
    k[2]![0] = s3;
    k[3]![0] = s4;
    k[4]![0] = s5;
    k[5]![0] = s6;
    w.xNew[0] = x1;
    if (x1 - x1 !== 0) return Number.NaN;
    const sk = w.atol[0]! + w.rtol[0]! * Math.max(Math.abs(x0), Math.abs(x1));
    const err = (E1 * s1 + E3 * s3 + E4 * s4 + E5 * s5 + E6 * s6 + E7 * s7) / sk;
    return Math.abs(h * err);
  };
}
