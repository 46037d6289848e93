import { euler, solve } from '@phaseflow/ode';
import { describe, expect, test } from 'vitest';
import { gradientFlow } from './gradient-flow.ts';
import { armijoDescent } from './line-search.ts';
import { illConditionedQuadratic } from './objectives/ill-conditioned-quadratic.ts';
import { rosenbrock } from './objectives/rosenbrock.ts';

const C = 1e-4;

describe('armijoDescent(objective, x0, { c: 1e-4, shrink: 0.5 })', () => {
  const cases = [
    { name: 'Rosenbrock', fn: rosenbrock(), x0: [-1.2, 1] },
    { name: 'κ = 100 quadratic', fn: illConditionedQuadratic(100), x0: [3, -2] },
  ];
  for (const { name, fn, x0 } of cases) {
    test(`${name}: every accepted step satisfies F(x+) ≤ F(x) − c·η·‖∇F(x)‖² and the one before it did not`, () => {
      const r = armijoDescent(fn, x0, { initialStep: 1, steps: 2000 });
      expect(r.iterations).toBeGreaterThan(10);
      const g = new Float64Array(2);
      for (let k = 0; k < r.iterations; k++) {
        const x = r.x.subarray(2 * k, 2 * k + 2);
        fn.grad(Float64Array.from(x), g);
        const g2 = g[0]! ** 2 + g[1]! ** 2;
        const eta = r.stepSizes[k]!;
        const bound = r.values[k]! - C * eta * g2;
        if (!(r.values[k + 1]! <= bound)) {
          throw new Error(`k = ${k}: F(x+) = ${r.values[k + 1]} > F(x) − cη‖g‖² = ${bound} (η = ${eta})`);
        }
        if (eta < 1) {
          // Backtracking takes the first passing η: 2η (tried just before) must have failed.
          const tried = Float64Array.of(x[0]! - 2 * eta * g[0]!, x[1]! - 2 * eta * g[1]!);
          expect(fn.F(tried)).toBeGreaterThan(r.values[k]! - C * 2 * eta * g2);
        }
      }
    });
  }

  test('each accepted step is bit-for-bit one Euler step of the gradient flow with h = η', () => {
    const fn = rosenbrock();
    const r = armijoDescent(fn, [-1.2, 1], { steps: 200 });
    for (let k = 0; k < r.iterations; k++) {
      const h = r.stepSizes[k]!;
      const x = Array.from(r.x.subarray(2 * k, 2 * k + 2));
      const sol = solve(gradientFlow(fn, { x0: x, t1: h }), euler({ h }));
      expect(sol.nsteps).toBe(1);
      expect(Object.is(sol.x[2], r.x[2 * k + 2]) && Object.is(sol.x[3], r.x[2 * k + 3])).toBe(true);
    }
  });

  test('reaches the Rosenbrock minimizer (1, 1) where fixed η = 1e-3 needs far more steps', () => {
    const r = armijoDescent(rosenbrock(), [-1.2, 1], { steps: 50_000, gradTol: 1e-8 });
    expect(r.status).toBe('converged');
    expect(Math.abs(r.final[0]! - 1)).toBeLessThan(1e-6);
    expect(Math.abs(r.final[1]! - 1)).toBeLessThan(1e-6);
  });

  test('on F = x² from 3 the first step halves η = 1 to 0.5 and lands on 0', () => {
    const r = armijoDescent({ F: (x: number) => x * x, grad: (x: number) => 2 * x }, 3);
    expect(r.stepSizes[0]).toBe(0.5);
    expect(r.final).toBe(0);
    expect(r.status).toBe('converged');
  });

  test('stops, without a step, when no trial passes in maxShrinks tries (a gradient pointing downhill)', () => {
    // The wrong sign: −∇F points uphill, so every trial that moves x raises F.
    const r = armijoDescent({ F: (x: number) => x * x, grad: (x: number) => -2 * x }, 1, { maxShrinks: 30 });
    expect(r.status).toBe('converged');
    expect(r.iterations).toBe(0);
  });
});
