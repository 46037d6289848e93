import { CENTRAL_STEP, symmetrize } from '@phaseflow/ode';
import type { NormalizedObjective } from './objective.ts';

// Second differences of F lose ε/h² to rounding against h² of truncation: h = ε^(1/4) balances them.
const SECOND_STEP = Number.EPSILON ** 0.25;

/**
 * The Hessian of the objective at x, row-major n×n, symmetrised. The user's `hessian` when given; else central
 * differences of the user's gradient (step ∛ε·max(1, |x_j|), error O(ε^(2/3))); else second differences of F
 * (step ε^(1/4)·max(1, |x_j|), error O(ε^(1/2))), since differencing a differenced gradient would keep only ∛ε.
 */
export function hessianAt(objective: NormalizedObjective, x: Float64Array): Float64Array {
  const n = objective.dim;
  const H = new Float64Array(n * n);
  if (objective.hessian) {
    objective.hessian(x.slice(), H);
  } else if (objective.exactGradient) {
    const gp = new Float64Array(n);
    const gm = new Float64Array(n);
    const work = x.slice();
    for (let j = 0; j < n; j++) {
      const xj = x[j]!;
      const h = CENTRAL_STEP * Math.max(1, Math.abs(xj));
      const xp = xj + h;
      const xm = xj - h;
      work[j] = xp;
      objective.gradient(work.slice(), gp);
      work[j] = xm;
      objective.gradient(work.slice(), gm);
      work[j] = xj;
      for (let i = 0; i < n; i++) H[i * n + j] = (gp[i]! - gm[i]!) / (xp - xm);
    }
  } else {
    secondDifferences(objective.value, x, H);
  }
  return symmetrize(H, n);
}

function secondDifferences(F: (x: Float64Array) => number, x: Float64Array, H: Float64Array): void {
  const n = x.length;
  const w = x.slice();
  const at = (i: number, di: number, j: number, dj: number) => {
    w.set(x);
    w[i] = w[i]! + di;
    w[j] = w[j]! + dj;
    return F(w);
  };
  const f0 = F(x.slice());
  const steps = Array.from(x, (v) => {
    const h = SECOND_STEP * Math.max(1, Math.abs(v));
    return v + h - v; // a step exactly representable at v, so ±h lands where the formula assumes
  });
  for (let i = 0; i < n; i++) {
    const hi = steps[i]!;
    H[i * n + i] = (at(i, hi, i, 0) - 2 * f0 + at(i, -hi, i, 0)) / (hi * hi);
    for (let j = i + 1; j < n; j++) {
      const hj = steps[j]!;
      H[i * n + j] =
        (at(i, hi, j, hj) - at(i, hi, j, -hj) - at(i, -hi, j, hj) + at(i, -hi, j, -hj)) / (4 * hi * hj);
      H[j * n + i] = H[i * n + j]!;
    }
  }
}
