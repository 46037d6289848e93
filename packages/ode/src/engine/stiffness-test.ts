import type { KernelWorkspace } from './adaptive-kernel.ts';

/** Accepted steps between two tests while none was positive (Hairer's NSTIFF). */
const TEST_EVERY = 1000;
/** Positive tests, in a row of tests that does not contain six negatives, that make a run stiff (Hairer: 15). */
const POSITIVES = 15;
/** Negative tests in a row that reset the count of positives (Hairer: 6). */
const NEGATIVES = 6;

/**
 * Hairer's stiffness test of DOPRI5 and DOP853 (Hairer–Wanner II, §IV.2): after an accepted step, h·λ is estimated
 * from the last two stages, which share the step's end time, as h·‖f(x₁) − f(X)‖ / ‖x₁ − X‖ with X the last trial
 * stage's argument. The pair's stability region reaches about `threshold` along the negative axis (3.25 for
 * dopri5, 6.1 for dop853): an estimate beyond it means the step is held back by stability, not accuracy. Tested
 * every 1,000 accepted steps, and at every step once a test was positive.
 */
export class StiffnessTest {
  private positives = 0;
  private negatives = 0;

  constructor(private readonly threshold: number) {}

  /** After accepted step number `naccept` of size h: true when the run has just been found stiff. */
  accepted(naccept: number, h: number, w: KernelWorkspace, stages: number): boolean {
    if (this.positives === 0 && naccept % TEST_EVERY !== 0) return false;
    const { dim, xi, xNew } = w;
    const fNew = w.k[stages - 1]!;
    const fLast = w.k[stages - 2]!;
    let num = 0;
    let den = 0;
    for (let i = 0; i < dim; i++) {
      num += (fNew[i]! - fLast[i]!) ** 2;
      den += (xNew[i]! - xi[i]!) ** 2;
    }
    const hLambda = den > 0 ? Math.abs(h) * Math.sqrt(num / den) : 0;
    if (hLambda > this.threshold) {
      this.negatives = 0;
      return ++this.positives === POSITIVES;
    }
    if (++this.negatives === NEGATIVES) this.positives = 0;
    return false;
  }
}
