import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gradientDescent } from './gradient-descent.ts';
import { learningRateRegime } from './learning-rate-regime.ts';
import { illConditionedQuadratic } from './objectives/ill-conditioned-quadratic.ts';
import { quadratic } from './objectives/quadratic.ts';
import { rosenbrock } from './objectives/rosenbrock.ts';
import { conditionNumber, hessianEigenvalues, stepSizeBound } from './step-size-bound.ts';

function close(actual: number, expected: number, rtol: number, what: string) {
  if (!(Math.abs(actual - expected) <= rtol * Math.abs(expected))) {
    throw new Error(
      `${what}: actual ${actual}, expected ${expected}, tolerance ${rtol * Math.abs(expected)}`,
    );
  }
}

describe('stepSizeBound(objective, x) = 2/L', () => {
  test('on F = x² it is 1, from F alone (second differences), from grad, and from the Hessian', () => {
    const q = quadratic();
    close(stepSizeBound({ F: q.F }, 3), 1, 1e-6, 'F only');
    close(stepSizeBound({ F: q.F, grad: q.grad }, 3), 1, 1e-9, 'with grad');
    expect(stepSizeBound(q, 3)).toBe(1);
  });

  test('on the κ-quadratic it is 2/κ and the condition number is κ, from finite differences', () => {
    for (const kappa of [1, 10, 1e3]) {
      const q = illConditionedQuadratic(kappa);
      close(stepSizeBound({ F: q.F, grad: q.grad }, [0.3, -0.2]), 2 / kappa, 1e-8, `κ = ${kappa}`);
      close(conditionNumber({ F: q.F }, [0.3, -0.2]), kappa, 1e-5, `cond κ = ${kappa}`);
    }
  });

  test('on Rosenbrock at (1, 1) the finite-difference eigenvalues match the exact Hessian [[802, −400], [−400, 200]]', () => {
    const r = rosenbrock();
    const exact = hessianEigenvalues(r, [1, 1]);
    const fromGrad = hessianEigenvalues({ F: r.F, grad: r.grad }, [1, 1]);
    const fromF = hessianEigenvalues({ F: r.F }, [1, 1]);
    // 501 ± √(301² + 400²): the closed form of a 2×2's eigenvalues; λmin = det/λmax avoids the cancellation.
    const lambdaMax = 501 + Math.sqrt(301 ** 2 + 400 ** 2);
    close(exact[1]!, lambdaMax, 1e-14, 'λmax exact');
    close(exact[0]!, (802 * 200 - 400 * 400) / lambdaMax, 1e-11, 'λmin exact');
    close(fromGrad[1]!, exact[1]!, 1e-8, 'λmax from grad');
    close(fromF[1]!, exact[1]!, 1e-6, 'λmax from F');
  });

  test('is Infinity where no direction curves upward', () => {
    expect(stepSizeBound({ F: (x: number) => -x * x }, 1)).toBe(Infinity);
  });

  test('the bound is sharp: descent on the κ-quadratic converges just below it and diverges just above', () => {
    const q = illConditionedQuadratic(50);
    const bound = stepSizeBound(q, [1, 1]);
    expect(gradientDescent(q, [1, 1], { learningRate: 0.98 * bound, steps: 100_000 }).status).toBe(
      'converged',
    );
    expect(gradientDescent(q, [1, 1], { learningRate: 1.02 * bound, steps: 100_000 }).status).toBe(
      'diverged',
    );
  });
});

describe('learningRateRegime(learningRate, curvature) on F = x² (L = 2)', () => {
  const f = quadratic();
  const run = (eta: number) => gradientDescent(f, 1, { learningRate: eta, steps: 60, gradTol: 0 });

  test('too-small (η = 0.05): monotone from one side, still far after 10 steps', () => {
    expect(learningRateRegime(0.05, 2)).toBe('too-small');
    const r = run(0.05);
    for (let k = 1; k <= 10; k++) {
      expect(r.x[k]!).toBeGreaterThan(0);
      expect(r.x[k]!).toBeLessThan(r.x[k - 1]!);
    }
    expect(r.x[10]).toBeCloseTo(0.9 ** 10, 15);
  });

  test('optimal (η = 1/2 = 1/L): the minimum in exactly one step', () => {
    expect(learningRateRegime(0.5, 2)).toBe('optimal');
    const r = run(0.5);
    expect(r.x[1]).toBe(0);
    expect(r.status).toBe('converged');
    expect(r.iterations).toBe(1);
  });

  test('oscillating (1/2 < η = 0.8 < 1): the sign alternates while |x| shrinks by 0.6 a step', () => {
    expect(learningRateRegime(0.8, 2)).toBe('oscillating');
    const r = run(0.8);
    for (let k = 1; k <= 20; k++) {
      expect(Math.sign(r.x[k]!)).toBe(-Math.sign(r.x[k - 1]!));
      expect(Math.abs(r.x[k]!)).toBeCloseTo(0.6 * Math.abs(r.x[k - 1]!), 15);
    }
  });

  test('divergent (η = 1.1 > 2/L = 1): |x| grows by 1.2 a step until the run reports diverged', () => {
    expect(learningRateRegime(1.1, 2)).toBe('divergent');
    const r = gradientDescent(f, 1, { learningRate: 1.1, steps: 10_000 });
    expect(r.status).toBe('diverged');
    for (let k = 1; k <= r.iterations; k++) expect(Math.abs(r.x[k]!)).toBeGreaterThan(Math.abs(r.x[k - 1]!));
  });

  test('η = 2/L exactly is divergent: the error flips sign at constant size', () => {
    expect(learningRateRegime(1, 2)).toBe('divergent');
    const r = run(1);
    expect(Array.from(r.x.subarray(0, 4))).toEqual([1, -1, 1, -1]);
  });
});

describe('learningRateRegime agrees with what descent does (fast-check over η and L)', () => {
  test('too-small: same sign, shrinking; oscillating: sign flips, shrinking; divergent: |x| never shrinks', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        (L, etaL) => {
          const eta = etaL / L;
          const regime = learningRateRegime(eta, L);
          const r = gradientDescent(quadratic(L), 1, { learningRate: eta, steps: 5, gradTol: 0 });
          const x = r.x;
          for (let k = 1; k < x.length; k++) {
            const ratio = x[k]! / x[k - 1]!;
            if (regime === 'too-small') expect(ratio > 0 && ratio < 1).toBe(true);
            if (regime === 'oscillating') expect(ratio < 0 && ratio > -1).toBe(true);
            if (regime === 'divergent') expect(Math.abs(ratio)).toBeGreaterThanOrEqual(1 - 1e-12);
          }
          if (regime === 'optimal') expect(Math.abs(x[1]!)).toBeLessThan(1e-14);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('stepSizeBound on random 2-D quadratics (fast-check)', () => {
  test('equals 2/λmax of the Hessian R·diag(a, b)·Rᵀ, from the gradient by finite differences', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0, max: Math.PI, noNaN: true }),
        (a, b, angle) => {
          const c = Math.cos(angle);
          const s = Math.sin(angle);
          const h11 = a * c * c + b * s * s;
          const h22 = a * s * s + b * c * c;
          const h12 = (a - b) * c * s;
          const objective = {
            F: (x: Float64Array) => 0.5 * (h11 * x[0]! ** 2 + 2 * h12 * x[0]! * x[1]! + h22 * x[1]! ** 2),
            grad: (x: Float64Array, out: Float64Array) => {
              out[0] = h11 * x[0]! + h12 * x[1]!;
              out[1] = h12 * x[0]! + h22 * x[1]!;
            },
          };
          const L = Math.max(a, b);
          const bound = stepSizeBound(objective, [0.4, -1.3]);
          if (L <= 0) expect(bound).toBe(Infinity);
          else
            close(
              bound,
              2 / L,
              1e-7 * (1 + Math.abs(Math.min(a, b)) / L),
              `a = ${a}, b = ${b}, θ = ${angle}`,
            );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
