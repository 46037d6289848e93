import { rk4, solve } from '@phaseflow/ode';
import { describe, expect, test } from 'vitest';
import { gradientDescent } from './gradient-descent.ts';
import { heavyBallFlow } from './heavy-ball-flow.ts';
import { heavyBallFromMomentum, momentumFromHeavyBall } from './heavy-ball-parameters.ts';
import { heavyBall } from './momentum.ts';
import { illConditionedQuadratic } from './objectives/ill-conditioned-quadratic.ts';
import { quadratic } from './objectives/quadratic.ts';
import { rosenbrock } from './objectives/rosenbrock.ts';

// A smooth nonlinear 2-D objective with minimizer (0, 0): F = log cosh x + (1 + x²/10)·y²/2.
const bowl = {
  F: (x: Float64Array) => Math.log(Math.cosh(x[0]!)) + 0.5 * (1 + 0.1 * x[0]! ** 2) * x[1]! ** 2,
  grad: (x: Float64Array, out: Float64Array) => {
    out[0] = Math.tanh(x[0]!) + 0.1 * x[0]! * x[1]! ** 2;
    out[1] = (1 + 0.1 * x[0]! ** 2) * x[1]!;
  },
};

describe('heavyBall(objective, x0, { learningRate, momentum })', () => {
  test('takes Polyak steps x_{k+1} = x_k − η∇F(x_k) + β(x_k − x_{k−1}) from rest', () => {
    const r = heavyBall(quadratic(), 1, { learningRate: 0.1, momentum: 0.5, steps: 3, gradTol: 0 });
    const want = [1];
    let prev = 1;
    let x = 1;
    for (let k = 0; k < 3; k++) {
      const next = x - 0.1 * (2 * x) + 0.5 * (x - prev);
      prev = x;
      x = next;
      want.push(x);
    }
    expect(Array.from(r.x)).toEqual(want);
    expect(r.x[2]).toBeCloseTo(0.54, 15);
  });

  test('with β = 0 is gradient descent: the same numbers', () => {
    const a = heavyBall(rosenbrock(), [-1.2, 1], { learningRate: 1e-3, momentum: 0, steps: 500, gradTol: 0 });
    const b = gradientDescent(rosenbrock(), [-1.2, 1], { learningRate: 1e-3, steps: 500, gradTol: 0 });
    expect(a.x.length).toBe(b.x.length);
    for (let i = 0; i < a.x.length; i++) expect(a.x[i] === b.x[i]).toBe(true);
  });

  test('is the semi-implicit Euler step of x′ = v, v′ = −γv − ∇F with η = h², β = 1 − γh', () => {
    const h = 0.05;
    const gamma = 3;
    const { learningRate, momentum } = momentumFromHeavyBall({ h, gamma });
    const r = heavyBall(bowl, [1.5, -1], { learningRate, momentum, steps: 400, gradTol: 0 });
    const x = Float64Array.of(1.5, -1);
    const v = new Float64Array(2);
    const g = new Float64Array(2);
    for (let k = 1; k <= 400; k++) {
      bowl.grad(x, g);
      for (let i = 0; i < 2; i++) {
        v[i] = v[i]! + h * (-gamma * v[i]! - g[i]!);
        x[i] = x[i]! + h * v[i]!;
        const got = r.x[2 * k + i]!;
        if (!(Math.abs(got - x[i]!) <= 1e-13 + 1e-11 * Math.abs(x[i]!))) {
          throw new Error(`k = ${k}, component ${i}: Polyak ${got}, semi-implicit Euler ${x[i]}`);
        }
      }
    }
  });

  test('converges to the heavy-ball ODE solution with order 1 in h (η = h², β = 1 − γh)', () => {
    const gamma = 1.5;
    const T = 2;
    const exact = solve(heavyBallFlow(bowl, { x0: [1.5, -1], gamma, t1: T }), rk4({ h: 1e-3 })).at(T);
    const errors = [0.04, 0.02, 0.01].map((h) => {
      const steps = Math.round(T / h);
      const r = heavyBall(bowl, [1.5, -1], { ...momentumFromHeavyBall({ h, gamma }), steps, gradTol: 0 });
      return Math.hypot(r.final[0]! - exact[0]!, r.final[1]! - exact[1]!);
    });
    for (let i = 1; i < errors.length; i++) {
      const order = Math.log2(errors[i - 1]! / errors[i]!);
      if (!(order > 0.85 && order < 1.15))
        throw new Error(`observed order ${order} (errors ${errors.join(', ')})`);
    }
  });

  test('the blog post’s sign, x_{k+1} = x_k + β∇F(x_{k−1}) − η∇F(x_k), diverges on x² where Polyak converges', () => {
    const grad = (x: number) => 2 * x;
    let prev = 1;
    let x = 1;
    for (let k = 0; k < 60; k++) {
      const next = x + 0.9 * grad(prev) - 0.1 * grad(x);
      prev = x;
      x = next;
    }
    // Characteristic root of r² − 0.8r − 1.8 = 0 is 1.8: |x_60| ≈ 1.8^60 / 2.6.
    expect(Math.abs(x)).toBeGreaterThan(1e13);
    const polyak = heavyBall(quadratic(), 1, { learningRate: 0.1, momentum: 0.9, steps: 1000 });
    expect(polyak.status).toBe('converged');
  });

  test('Nesterov and Polyak with η = 1/L, β = (√κ − 1)/(√κ + 1) need far fewer steps than descent at κ = 100', () => {
    const q = illConditionedQuadratic(100);
    const beta = (10 - 1) / (10 + 1);
    const opts = { learningRate: 0.01, steps: 100_000, gradTol: 1e-8 };
    const gd = gradientDescent(q, [1, 1], opts);
    const nesterov = heavyBall(q, [1, 1], { ...opts, momentum: beta, nesterov: true });
    const polyak = heavyBall(q, [1, 1], { ...opts, momentum: beta });
    for (const r of [gd, nesterov, polyak]) expect(r.status).toBe('converged');
    expect(nesterov.iterations * 4).toBeLessThan(gd.iterations);
    expect(polyak.iterations * 4).toBeLessThan(gd.iterations);
  });
});

describe('momentumFromHeavyBall and heavyBallFromMomentum', () => {
  test('are inverse maps: (h, γ) → (h², 1 − γh) → (h, γ)', () => {
    for (const [h, gamma] of [
      [0.1, 2],
      [0.01, 0.5],
      [0.3, 3],
    ] as const) {
      const m = momentumFromHeavyBall({ h, gamma });
      expect(m.learningRate).toBe(h * h);
      expect(m.momentum).toBe(1 - gamma * h);
      const back = heavyBallFromMomentum(m);
      expect(back.h).toBeCloseTo(h, 15);
      expect(back.gamma).toBeCloseTo(gamma, 12);
    }
  });
});

describe('heavyBallFlow(objective, { x0, gamma, t1 })', () => {
  test('without friction on F = x²/2 is the oscillator x = cos t', () => {
    const p = heavyBallFlow(
      { F: (x: number) => (x * x) / 2, grad: (x: number) => x },
      { x0: 1, gamma: 0, t1: 3 },
    );
    const sol = solve(p, rk4({ h: 1e-3 }));
    for (const t of [0.5, 1.7, 3]) {
      const [x, v] = sol.at(t);
      expect(Math.abs(x! - Math.cos(t))).toBeLessThan(1e-12);
      expect(Math.abs(v! + Math.sin(t))).toBeLessThan(1e-12);
    }
  });
});
