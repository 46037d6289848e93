import { describe, expect, test } from 'vitest';
import { adam } from './adam.ts';
import { gradientDescent } from './gradient-descent.ts';
import { linearRegression } from './linear-regression.ts';
import { minibatchSgd } from './minibatch-sgd.ts';
import { inverseTime } from './schedules.ts';
import { conditionNumber, hessianEigenvalues, stepSizeBound } from './step-size-bound.ts';

const X = [1, 2, 3, 4];
const Y = [2, 4, 5, 4];
const fit = linearRegression(X, Y);

function close(actual: number, expected: number, atol: number, rtol: number, what: string) {
  const tol = atol + rtol * Math.abs(expected);
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(`${what}: actual ${actual}, expected ${expected}, tolerance ${tol}`);
  }
}

/** The textbook's loop, transcribed: w1 -= lr * (−2·mean(X·r)), w2 -= lr * (−2·mean(r)). */
function textbookLoop(steps: number, lr: number): [number, number] {
  let w1 = 0;
  let w2 = 0;
  for (let s = 0; s < steps; s++) {
    let sxr = 0;
    let sr = 0;
    for (let i = 0; i < 4; i++) {
      const r = Y[i]! - (w1 * X[i]! + w2);
      sxr += X[i]! * r;
      sr += r;
    }
    const g1 = -2 * (sxr / 4);
    const g2 = -2 * (sr / 4);
    w1 -= lr * g1;
    w2 -= lr * g2;
  }
  return [w1, w2];
}

describe('the textbook regression X = [1, 2, 3, 4], y = [2, 4, 5, 4], MSE', () => {
  test('the least-squares solution is w = (0.7, 2) with MSE 0.575', () => {
    close(fit.solution[0]!, 0.7, 1e-15, 0, 'slope');
    close(fit.solution[1]!, 2, 1e-15, 0, 'intercept');
    close(fit.minimum, 0.575, 1e-15, 0, 'MSE');
  });

  test('its Hessian [[15, 5], [5, 2]] has eigenvalues (17 ± √269)/2, so κ ≈ 55.78 and 2/L ≈ 0.11976', () => {
    const lambda = hessianEigenvalues(fit, [0, 0]);
    close(lambda[1]!, (17 + Math.sqrt(269)) / 2, 0, 1e-14, 'L');
    close(lambda[0]!, 10 / (17 + Math.sqrt(269)), 0, 1e-12, 'μ = det/L'); // det = 30 − 25 = 5
    close(conditionNumber(fit, [0, 0]), (17 + Math.sqrt(269)) ** 2 / 20, 0, 1e-12, 'κ = L/μ');
    close(stepSizeBound(fit, [0, 0]), 4 / (17 + Math.sqrt(269)), 0, 1e-14, '2/L');
  });

  test('500 steps of lr 0.01 from (0, 0) give (0.81995, 1.64734), bit-for-bit the textbook loop, not the fit', () => {
    const run = gradientDescent(fit, [0, 0], { learningRate: 0.01, steps: 500, gradTol: 0 });
    expect(run.status).toBe('max-iterations');
    const [w1, w2] = textbookLoop(500, 0.01);
    expect(run.final[0]).toBe(w1);
    expect(run.final[1]).toBe(w2);

    // Independent reference: on a quadratic e_k = (I − ηH)^k e_0, summed over H's eigenvectors.
    const lambdas = [(17 - Math.sqrt(269)) / 2, (17 + Math.sqrt(269)) / 2];
    const e0 = [-0.7, -2];
    const e500 = [0, 0];
    for (const lambda of lambdas) {
      const q = [5, lambda - 15]; // (H − λI)q = 0 from the first row: 15q1 + 5q2 = λq1
      const norm = Math.hypot(q[0]!, q[1]!);
      const coeff = ((q[0]! * e0[0]! + q[1]! * e0[1]!) / norm) * (1 - 0.01 * lambda) ** 500;
      e500[0] += (coeff * q[0]!) / norm;
      e500[1] += (coeff * q[1]!) / norm;
    }
    close(run.final[0]!, 0.7 + e500[0]!, 1e-12, 0, 'w1 after 500 steps');
    close(run.final[1]!, 2 + e500[1]!, 1e-12, 0, 'w2 after 500 steps');
    close(run.final[0]!, 0.81995, 5e-6, 0, 'w1 to 5 decimals');
    close(run.final[1]!, 1.64734, 5e-6, 0, 'w2 to 5 decimals');
    close(run.finalValue, 0.595771, 5e-7, 0, 'MSE after 500 steps');
    // The chapter's "w1 ≈ 0.8, w2 ≈ 1.5 … converges to the least-squares solution" is neither: the slow mode
    // (λ ≈ 0.2994) has only shrunk by (1 − 0.01·0.2994)^500 ≈ 0.223.
    expect(Math.hypot(run.final[0]! - 0.7, run.final[1]! - 2)).toBeGreaterThan(0.37);
    close((1 - 0.01 * lambdas[0]!) ** 500, 0.2233, 5e-5, 0, 'slow-mode factor');
  });

  test('reaching ‖∇F‖ ≤ 1e-6 takes 4377 steps at lr 0.01 and 472 at lr 2/(μ + L) = 2/17', () => {
    const slow = gradientDescent(fit, [0, 0], { learningRate: 0.01, steps: 100_000, gradTol: 1e-6 });
    const best = gradientDescent(fit, [0, 0], { learningRate: 2 / 17, steps: 100_000, gradTol: 1e-6 });
    expect(slow.iterations).toBe(4377);
    expect(best.iterations).toBe(472);
    // The rate bound: at η = 2/(μ + L) the error shrinks by at least ρ = (κ − 1)/(κ + 1) per step, and
    // ‖∇F‖ = ‖H·e‖ ≤ L·‖e‖, so ‖∇F(x_k)‖ ≤ L·ρ^k·‖e_0‖ falls below 1e-6 by k = log(1e-6/(L‖e_0‖))/log ρ.
    const L = (17 + Math.sqrt(269)) / 2;
    const kappa = L ** 2 / 5;
    const bound = Math.log(1e-6 / (L * Math.hypot(0.7, 2))) / Math.log((kappa - 1) / (kappa + 1));
    expect(best.iterations).toBeLessThanOrEqual(Math.ceil(bound));
  });
});

describe('minibatchSgd(fit, x0, { batchSize, seed })', () => {
  test('equal seeds give equal runs; different seeds differ', () => {
    const run = (seed: number) =>
      minibatchSgd(fit, [0, 0], { learningRate: 0.01, batchSize: 1, seed, steps: 200 });
    expect(Array.from(run(3).x)).toEqual(Array.from(run(3).x));
    expect(Array.from(run(3).x)).not.toEqual(Array.from(run(4).x));
  });

  test('with the full batch it is gradient descent up to the order of the sum (1e-13)', () => {
    const sgd = minibatchSgd(fit, [0, 0], { learningRate: 0.01, seed: 5, steps: 500, gradTol: 0 });
    const gd = gradientDescent(fit, [0, 0], { learningRate: 0.01, steps: 500, gradTol: 0 });
    for (let i = 0; i < gd.x.length; i++) close(sgd.x[i]!, gd.x[i]!, 1e-13, 0, `x[${i}]`);
  });

  test('with an inverse-time schedule it settles near the fit; with a constant rate it keeps hovering', () => {
    const decayed = minibatchSgd(fit, [0, 0], {
      learningRate: inverseTime(0.05, 1e-3),
      batchSize: 1,
      seed: 11,
      steps: 100_000,
      gradTol: 0,
    });
    expect(Math.hypot(decayed.final[0]! - 0.7, decayed.final[1]! - 2)).toBeLessThan(0.01);
    const constant = minibatchSgd(fit, [0, 0], {
      learningRate: 0.05,
      batchSize: 1,
      seed: 11,
      steps: 100_000,
    });
    expect(constant.status).toBe('max-iterations');
    // Its full-gradient norm over the last 1000 iterates never falls to where descent would stop.
    const g = new Float64Array(2);
    let least = Infinity;
    for (let k = constant.iterations - 999; k <= constant.iterations; k++) {
      fit.grad(constant.x.slice(2 * k, 2 * k + 2), g);
      least = Math.min(least, Math.hypot(g[0]!, g[1]!));
    }
    expect(least).toBeGreaterThan(1e-4);
  });
});

describe('adam(fit, x0, options)', () => {
  test('with α = 0.05 converges to the least-squares fit', () => {
    const r = adam(fit, [0, 0], { learningRate: 0.05, steps: 5000, gradTol: 1e-7 });
    expect(r.status).toBe('converged');
    close(r.final[0]!, 0.7, 1e-6, 0, 'slope');
    close(r.final[1]!, 2, 1e-6, 0, 'intercept');
  });

  test('its first step moves every coordinate by α (bias correction makes m̂/√v̂ = sign g)', () => {
    const r = adam(fit, [0, 0], { learningRate: 0.05, steps: 1, gradTol: 0 });
    close(r.x[2]!, 0.05, 1e-9, 0, 'w1');
    close(r.x[3]!, 0.05, 1e-9, 0, 'w2');
  });

  test('minibatch Adam is reproducible by seed', () => {
    const run = () => adam(fit, [0, 0], { learningRate: 0.02, batchSize: 2, seed: 9, steps: 300 });
    expect(Array.from(run().x)).toEqual(Array.from(run().x));
  });
});
