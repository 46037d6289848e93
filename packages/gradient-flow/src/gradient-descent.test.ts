import { euler, solve } from '@phaseflow/ode';
import { describe, expect, test } from 'vitest';
import { gradientAscent, gradientDescent } from './gradient-descent.ts';
import { gradientFlow } from './gradient-flow.ts';
import { constant } from './schedules.ts';

const square = { F: (x: number) => x * x, grad: (x: number) => 2 * x };

// Rosenbrock with a = 1, b = 100: curved valley, so the iterates are not a simple geometric sequence.
const rosen = {
  F: (x: Float64Array) => (1 - x[0]!) ** 2 + 100 * (x[1]! - x[0]! ** 2) ** 2,
  grad: (x: Float64Array, out: Float64Array) => {
    out[0] = -2 * (1 - x[0]!) - 400 * x[0]! * (x[1]! - x[0]! ** 2);
    out[1] = 200 * (x[1]! - x[0]! ** 2);
  },
};

function expectSameBits(actual: Float64Array, expected: Float64Array) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) {
      throw new Error(`index ${i}: actual ${actual[i]} expected ${expected[i]} (bit-for-bit)`);
    }
  }
}

describe('gradientDescent(objective, x0, { learningRate }) is Euler on the gradient flow', () => {
  test('scalar iterates are bit-for-bit solve(gradientFlow(F), euler({ h: learningRate }))', () => {
    const sine = { F: Math.sin, grad: Math.cos };
    const eta = 0.01;
    const steps = 1500;
    const run = gradientDescent(sine, 2.5, { learningRate: eta, steps, gradTol: 0 });
    const sol = solve(gradientFlow(sine, { x0: 2.5, t1: steps * eta }), euler({ h: eta }));
    expect(run.status).toBe('max-iterations');
    expect(sol.nsteps).toBe(steps);
    expectSameBits(run.x, sol.x);
  });

  test('2-D iterates are bit-for-bit solve(gradientFlow(F), euler({ h })) on Rosenbrock', () => {
    const eta = 1e-3;
    const steps = 2500;
    const run = gradientDescent(rosen, [-1.2, 1], { learningRate: eta, steps, gradTol: 0 });
    const sol = solve(gradientFlow(rosen, { x0: [-1.2, 1], t1: steps * eta }), euler({ h: eta }));
    expect(run.iterations).toBe(steps);
    expectSameBits(run.x, sol.x);
  });

  test('a converged run is a bit-for-bit prefix of the uninterrupted Euler run', () => {
    const eta = 0.1;
    const run = gradientDescent(square, 3, { learningRate: eta, steps: 10_000 });
    expect(run.status).toBe('converged');
    const sol = solve(gradientFlow(square, { x0: 3, t1: 10_000 * eta }), euler({ h: eta }));
    expectSameBits(run.x, sol.x.subarray(0, run.iterations + 1));
    // It stopped at the first iterate meeting the rule.
    expect(run.gradientNorms[run.iterations]).toBeLessThanOrEqual(1e-8);
    expect(run.gradientNorms[run.iterations - 1]).toBeGreaterThan(1e-8);
  });

  test('a schedule that is constant gives the same bits as the number learning rate', () => {
    const a = gradientDescent(rosen, [0, 0], { learningRate: 2e-3, steps: 300, gradTol: 0 });
    const b = gradientDescent(rosen, [0, 0], { learningRate: constant(2e-3), steps: 300, gradTol: 0 });
    expectSameBits(b.x, a.x);
    expect(Array.from(b.stepSizes)).toEqual(new Array(300).fill(2e-3));
  });
});

describe('the logistic equation x′ = x(1 − x) is a gradient flow', () => {
  const logistic = (x: number) => x * (1 - x);
  // F(x) = x²/2 − x³/3 has F′(x) = x − x² = x(1 − x); the gradient is written in the logistic's own form.
  const F = { F: (x: number) => (x * x) / 2 - (x * x * x) / 3, grad: logistic };
  const minusF = { F: (x: number) => -F.F(x), grad: (x: number) => -logistic(x) };

  for (const h of [0.01, 0.1, 0.5, 1.3]) {
    test(`Euler with h = ${h} is bit-for-bit ascent on F and descent on −F with learningRate ${h}`, () => {
      const steps = 200;
      const sol = solve({ f: logistic, x0: 0.05, t1: steps * h }, euler({ h }));
      const up = gradientAscent(F, 0.05, { learningRate: h, steps, gradTol: 0 });
      const down = gradientDescent(minusF, 0.05, { learningRate: h, steps, gradTol: 0 });
      expect(sol.nsteps).toBe(steps);
      // The runs stop early once x reaches a floating-point fixed point (a zero step); from there on the Euler
      // run only repeats that point.
      expectSameBits(up.x, sol.x.subarray(0, up.x.length));
      expectSameBits(down.x, up.x);
      for (let k = up.iterations; k <= steps; k++) expect(sol.x[k]).toBe(up.final);
      expect(up.iterations).toBeGreaterThan(20);
      if (h < 1) {
        // F″ = 1 − 2x lies in [−1, 1] on [0, 1], so ascent climbs F monotonically for h < 2/1.
        for (let k = 1; k <= up.iterations; k++)
          expect(up.values[k]!).toBeGreaterThanOrEqual(up.values[k - 1]!);
      }
    });
  }
});

describe('gradientDescent statuses', () => {
  test('max-iterations when the steps run out', () => {
    const r = gradientDescent(square, 1, { learningRate: 1e-3, steps: 10 });
    expect(r.status).toBe('max-iterations');
    expect(r.iterations).toBe(10);
    expect(r.x.length).toBe(11);
    expect(r.values.length).toBe(11);
    expect(r.gradientNorms.length).toBe(11);
    expect(r.stepSizes.length).toBe(10);
  });

  test('converged by a zero step when the iterate stops moving in floating point (stepTol = 0)', () => {
    // F(x) = x has gradient 1 everywhere, but 1e20 − 0.5 rounds back to 1e20: a floating-point fixed point.
    const line = { F: (x: number) => x, grad: () => 1 };
    const r = gradientDescent(line, 1e20, { learningRate: 0.5, steps: 100 });
    expect(r.status).toBe('converged');
    expect(r.iterations).toBe(1);
    expect(r.final).toBe(1e20);
  });

  test('stepTol stops when a step is small relative to ‖x‖', () => {
    const r = gradientDescent(square, 1, { learningRate: 0.01, steps: 10_000, gradTol: 0, stepTol: 1e-6 });
    expect(r.status).toBe('converged');
    const k = r.iterations;
    const step = (j: number) => Math.abs(r.x[j]! - r.x[j - 1]!);
    expect(step(k)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(r.x[k]!)));
    expect(step(k - 1)).toBeGreaterThan(1e-6 * (1 + Math.abs(r.x[k - 1]!)));
  });

  test('diverged, detected early, when η > 2/L', () => {
    const r = gradientDescent(square, 1, { learningRate: 1.5, steps: 1_000_000 });
    expect(r.status).toBe('diverged');
    expect(r.iterations).toBeLessThan(40); // |x_k| = 2^k passes 1e8 at k = 27
    expect(Math.abs(r.final)).toBeGreaterThan(1e8);
  });

  test('non-finite when an iterate would overflow; no NaN or ∞ is stored', () => {
    const quartic = { F: (x: number) => x ** 4, grad: (x: number) => 4 * x ** 3 };
    const r = gradientDescent(quartic, 10, {
      learningRate: 1,
      steps: 100,
      divergenceBound: Number.MAX_VALUE,
    });
    expect(r.status).toBe('non-finite');
    for (const a of [r.x, r.values, r.gradientNorms]) expect(a.every(Number.isFinite)).toBe(true);
  });

  test('non-finite when F is undefined at the next iterate, stopping at the last good one', () => {
    const barrier = { F: (x: number) => x - Math.log(x), grad: (x: number) => 1 - 1 / x };
    const r = gradientDescent(barrier, 3, { learningRate: 10, steps: 100 });
    expect(r.status).toBe('non-finite');
    expect(Array.from(r.x)).toEqual([3]);
    expect(r.iterations).toBe(0);
  });

  test('converged at the start when ∇F(x0) is already below gradTol', () => {
    const r = gradientDescent(square, 0, { learningRate: 0.1 });
    expect(r.status).toBe('converged');
    expect(r.iterations).toBe(0);
  });
});

describe('gradientAscent(F) and gradientDescent(−F)', () => {
  test('are bit-for-bit the same iterates in 2-D', () => {
    const bump = {
      F: (x: Float64Array) => Math.exp(-(x[0]! ** 2) - 2 * x[1]! ** 2),
      grad: (x: Float64Array, out: Float64Array) => {
        const e = Math.exp(-(x[0]! ** 2) - 2 * x[1]! ** 2);
        out[0] = -2 * x[0]! * e;
        out[1] = -4 * x[1]! * e;
      },
    };
    const negated = {
      F: (x: Float64Array) => -bump.F(x),
      grad: (x: Float64Array, out: Float64Array) => {
        bump.grad(x, out);
        out[0] = -out[0]!;
        out[1] = -out[1]!;
      },
    };
    const up = gradientAscent(bump, [0.8, -0.6], { learningRate: 0.2, steps: 400 });
    const down = gradientDescent(negated, [0.8, -0.6], { learningRate: 0.2, steps: 400 });
    expect(up.status).toBe('converged');
    expectSameBits(up.x, down.x);
  });
});
