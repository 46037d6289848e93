import { CENTRAL_STEP, centralDerivative, centralGradient, rk4, solve } from '@phaseflow/ode';
import { describe, expect, test } from 'vitest';
import { gradientFlow } from './gradient-flow.ts';
import { rosenbrock } from './objectives/rosenbrock.ts';

describe('gradientFlow(objective, { x0, t1, direction })', () => {
  test('on F = x² is x′ = −2x, solved by rk4 to x0·e^(−2t)', () => {
    const sol = solve(
      gradientFlow({ F: (x: number) => x * x, grad: (x: number) => 2 * x }, { x0: 1.5, t1: 2 }),
      rk4({ h: 1e-3 }),
    );
    for (const t of [0.3, 1, 2]) expect(Math.abs(sol.at(t) - 1.5 * Math.exp(-2 * t))).toBeLessThan(1e-12);
  });

  test('ascent reverses the field: x′ = +2x on F = x²', () => {
    const p = gradientFlow(
      { F: (x: number) => x * x, grad: (x: number) => 2 * x },
      { x0: 1, t1: 1, direction: 'ascent' },
    );
    expect(p.f(0.5, 0)).toBe(1);
    const down = gradientFlow({ F: (x: number) => x * x, grad: (x: number) => 2 * x }, { x0: 1, t1: 1 });
    expect(down.f(0.5, 0)).toBe(-1);
  });

  test('F never increases along the descent flow of Rosenbrock (dF/dt = −‖∇F‖²)', () => {
    const r = rosenbrock();
    const sol = solve(gradientFlow(r, { x0: [-1.2, 1], t1: 5 }), rk4({ h: 1e-4 }));
    let previous = Infinity;
    for (let k = 0; k < sol.t.length; k += 100) {
      const value = r.F(sol.x.subarray(2 * k, 2 * k + 2));
      expect(value).toBeLessThanOrEqual(previous);
      previous = value;
    }
  });

  test('without grad, the central-difference flow matches the exact one to 1e-8 on Rosenbrock', () => {
    const r = rosenbrock();
    const exact = gradientFlow(r, { x0: [-1.2, 1], t1: 1 });
    const numeric = gradientFlow({ F: r.F }, { x0: [-1.2, 1], t1: 1 });
    const a = new Float64Array(2);
    const b = new Float64Array(2);
    for (const [x, y] of [
      [-1.2, 1],
      [0.3, -0.4],
      [2, 3.5],
    ] as const) {
      exact.f(Float64Array.of(x, y), 0, a);
      numeric.f(Float64Array.of(x, y), 0, b);
      for (let i = 0; i < 2; i++)
        expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(1e-8 * (1 + Math.abs(a[i]!)));
    }
  });
});

describe('central differences with step ∛ε·max(1, |x|)', () => {
  test('the step is ∛ε ≈ 6.06e-6', () => {
    expect(CENTRAL_STEP).toBeCloseTo(6.055454452393343e-6, 20);
  });

  test('d/dx sin at x stays within the truncation + rounding bound h²/6 + 2ε/h (h = ∛ε·max(1, |x|))', () => {
    for (const x of [0, 0.7, -3, 50, 1e3, -1e4]) {
      const h = CENTRAL_STEP * Math.max(1, Math.abs(x));
      const bound = (h * h) / 6 + (2 * Number.EPSILON) / h;
      const err = Math.abs(centralDerivative(Math.sin, x) - Math.cos(x));
      if (!(err <= bound)) throw new Error(`x = ${x}: error ${err} > bound ${bound}`);
    }
  });

  test('the error is O(h²) truncation plus O(ε/h) rounding: near the ε^(2/3) ≈ 4e-11 optimum for exp', () => {
    const err = Math.abs(centralDerivative(Math.exp, 1) - Math.E);
    expect(err).toBeLessThan(1e-9);
    const g = new Float64Array(2);
    centralGradient((x) => Math.exp(x[0]!) + 3 * x[1]! ** 2, Float64Array.of(1, 2), g, new Float64Array(2));
    expect(Math.abs(g[0]! - Math.E)).toBeLessThan(1e-9);
    expect(Math.abs(g[1]! - 12)).toBeLessThan(1e-8);
  });
});
