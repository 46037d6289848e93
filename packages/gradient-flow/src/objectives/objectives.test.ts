import { centralDerivative, centralGradient } from '@phaseflow/ode';
import { describe, expect, test } from 'vitest';
import { gradientDescent } from '../gradient-descent.ts';
import { symmetricEigenvalues } from '../symmetric-eigenvalues.ts';
import { illConditionedQuadratic } from './ill-conditioned-quadratic.ts';
import { localGlobal } from './local-global.ts';
import { logisticPotential } from './logistic-potential.ts';
import { notch } from './notch.ts';
import { quadratic } from './quadratic.ts';
import { rosenbrock } from './rosenbrock.ts';
import { saddle } from './saddle.ts';
import { sine } from './sine.ts';
import type { ScalarTestFunction, SystemTestFunction } from './test-function.ts';

function close(actual: number, expected: number, atol: number, rtol: number, what: string) {
  const tol = atol + rtol * Math.abs(expected);
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(`${what}: actual ${actual}, expected ${expected}, tolerance ${tol}`);
  }
}

const SCALAR: ScalarTestFunction[] = [
  quadratic(),
  quadratic(0.3),
  sine(),
  logisticPotential(),
  localGlobal(),
  notch(),
];
const SYSTEM: SystemTestFunction[] = [
  illConditionedQuadratic(25),
  rosenbrock(),
  rosenbrock({ a: -0.5, b: 3 }),
  saddle(),
];
const PROBES = [-2.7, -1.1, -0.3, 0.02, 0.45, 1.6, 2.9];

describe('scalar test functions', () => {
  for (const fn of SCALAR) {
    test(`${fn.name}: grad and hessian agree with central differences of F and grad`, () => {
      for (const x of PROBES) {
        close(fn.grad(x), centralDerivative(fn.F, x), 1e-7, 1e-7, `grad at x = ${x}`);
        close(fn.hessian(x), centralDerivative(fn.grad, x), 1e-6, 1e-7, `hessian at x = ${x}`);
      }
    });

    test(`${fn.name}: every listed minimizer has F′ = 0 and F″ > 0, and F there is ≥ the global minimum`, () => {
      for (const m of fn.minimizers) {
        close(fn.grad(m), 0, 1e-12, 0, `F′(${m})`);
        expect(fn.hessian(m)).toBeGreaterThan(0);
        if (fn.minimum !== undefined) expect(fn.F(m)).toBeGreaterThanOrEqual(fn.minimum - 1e-15);
      }
      if (fn.minimum !== undefined) {
        expect(fn.minimizers.some((m) => Math.abs(fn.F(m) - fn.minimum!) <= 1e-15)).toBe(true);
        // No probe point lies below the stated global minimum.
        for (let x = -10; x <= 10; x += 0.01) expect(fn.F(x)).toBeGreaterThanOrEqual(fn.minimum - 1e-12);
      }
    });
  }

  test('sine: descent from 0.1 reaches −π/2, from 2 reaches 3π/2', () => {
    const s = sine();
    expect(gradientDescent(s, 0.1, { learningRate: 0.5, steps: 500, gradTol: 1e-12 }).final).toBeCloseTo(
      -Math.PI / 2,
      8,
    );
    expect(gradientDescent(s, 2, { learningRate: 0.5, steps: 500, gradTol: 1e-12 }).final).toBeCloseTo(
      (3 * Math.PI) / 2,
      8,
    );
  });

  test('localGlobal: descent from the right of the local maximum stops in the local minimum x = 1', () => {
    const f = localGlobal();
    const right = gradientDescent(f, 0.2, { learningRate: 0.05, steps: 5000 });
    const left = gradientDescent(f, -0.2, { learningRate: 0.05, steps: 5000 });
    expect(right.final).toBeCloseTo(1, 8);
    expect(left.final).toBeCloseTo(-2, 8);
    expect(left.finalValue).toBeLessThan(right.finalValue);
  });

  test('notch: a constant step that suits the bowl never settles in the notch', () => {
    const f = notch();
    const r = gradientDescent(f, 3, { learningRate: 0.5, steps: 20_000 });
    expect(r.status).not.toBe('converged');
    // 0.5 > 2/F″(0) = 0.005, so the notch's minimum is unstable for this step.
    expect(0.5 * f.hessian(0)).toBeGreaterThan(2);
  });
});

describe('n-D test functions', () => {
  for (const fn of SYSTEM) {
    test(`${fn.name}: grad and hessian agree with central differences`, () => {
      const g = new Float64Array(fn.dim);
      const fd = new Float64Array(fn.dim);
      const work = new Float64Array(fn.dim);
      const H = new Float64Array(fn.dim * fn.dim);
      for (const a of PROBES) {
        for (const b of PROBES) {
          const x = Float64Array.of(a, b);
          fn.grad(x, g);
          centralGradient(fn.F, x, fd, work);
          for (let i = 0; i < fn.dim; i++) close(g[i]!, fd[i]!, 1e-6, 1e-7, `grad[${i}] at (${a}, ${b})`);
          fn.hessian(x, H);
          for (let i = 0; i < fn.dim; i++) {
            const gi = (y: Float64Array) => {
              const out = new Float64Array(fn.dim);
              fn.grad(y, out);
              return out[i]!;
            };
            centralGradient(gi, x, fd, work);
            for (let j = 0; j < fn.dim; j++)
              close(H[i * fn.dim + j]!, fd[j]!, 1e-5, 1e-7, `H[${i}][${j}] at (${a}, ${b})`);
          }
        }
      }
    });

    test(`${fn.name}: each minimizer has ∇F = 0, a positive definite Hessian and F = the minimum`, () => {
      const g = new Float64Array(fn.dim);
      const H = new Float64Array(fn.dim * fn.dim);
      for (const m of fn.minimizers) {
        const x = Float64Array.from(m);
        fn.grad(x, g);
        for (let i = 0; i < fn.dim; i++) close(g[i]!, 0, 1e-12, 0, `∇F[${i}]`);
        fn.hessian(x, H);
        expect(symmetricEigenvalues(H, fn.dim)[0]!).toBeGreaterThan(0);
        expect(fn.F(x)).toBe(fn.minimum);
      }
    });
  }

  test('saddle: the origin is a critical point with eigenvalues −2 and 2; descent off the x axis escapes', () => {
    const s = saddle();
    const H = new Float64Array(4);
    s.hessian(Float64Array.of(0, 0), H);
    expect(Array.from(symmetricEigenvalues(H, 2))).toEqual([-2, 2]);
    const onAxis = gradientDescent(s, [1, 0], { learningRate: 0.1, steps: 1000 });
    expect(onAxis.status).toBe('converged');
    const off = gradientDescent(s, [1, 1e-12], { learningRate: 0.1, steps: 1000 });
    expect(off.status).toBe('diverged');
  });

  test('rosenbrock: descent with η = 1e-3 from (−1.2, 1) reaches (1, 1) within 1e-4', () => {
    const r = gradientDescent(rosenbrock(), [-1.2, 1], { learningRate: 1e-3, steps: 100_000, gradTol: 1e-9 });
    close(r.final[0]!, 1, 1e-4, 0, 'x');
    close(r.final[1]!, 1, 1e-4, 0, 'y');
  });
});
