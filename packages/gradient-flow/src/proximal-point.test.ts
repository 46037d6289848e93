import { backwardEuler, solve } from '@phaseflow/ode';
import { expect, test } from 'vitest';
import { gradientDescent } from './gradient-descent.ts';
import { gradientFlow } from './gradient-flow.ts';
import { illConditionedQuadratic } from './objectives/ill-conditioned-quadratic.ts';
import { proximalPoint } from './proximal-point.ts';

const KAPPA = 100;
const q = illConditionedQuadratic(KAPPA); // F = (x² + 100·y²)/2: λ = 1 and 100, gradient descent needs η < 0.02

test('proximalPoint(F, x0, { learningRate: η }) is backwardEuler({ h: η }) on the gradient flow, bit for bit', () => {
  for (const eta of [0.001, 0.05, 3]) {
    const steps = 40;
    const prox = proximalPoint(q, [1, 1], { learningRate: eta, steps, gradTol: 0 });
    const jacobian = (x: Float64Array, _t: number, J: Float64Array) => {
      q.hessian!(x, J);
      for (let i = 0; i < 4; i++) J[i] = -J[i]!;
    };
    const flow = gradientFlow(q, { x0: [1, 1], t1: steps * eta });
    const sol = solve({ ...flow, jacobian }, backwardEuler({ h: eta }));
    expect(prox.iterations).toBe(steps);
    expect(sol.x.length).toBe(prox.x.length);
    for (let k = 0; k < sol.x.length; k++) expect(Object.is(prox.x[k], sol.x[k])).toBe(true);
  }
});

test('proximalPoint converges on an ill-conditioned quadratic at every η, where gradient descent diverges past 2/λmax', () => {
  for (const eta of [0.001, 0.019, 0.021, 0.05, 1, 100, 1e6]) {
    const prox = proximalPoint(q, [1, 1], { learningRate: eta, steps: 20_000, gradTol: 1e-8 });
    expect(prox.status).toBe('converged');
    expect(prox.argmin).toBe(true);
    // Each step divides component i by 1 + η·λ_i exactly (the closed form of implicit Euler on a quadratic).
    expect(Math.abs(prox.x[2]! - 1 / (1 + eta))).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(prox.x[3]! - 1 / (1 + KAPPA * eta))).toBeLessThanOrEqual(1e-12);
    for (let k = 1; k < prox.values.length; k++)
      expect(prox.values[k]!).toBeLessThanOrEqual(prox.values[k - 1]!);
  }
  // Gradient descent at the same problem: fine below 2/λmax = 0.02, divergent above (factor |1 − 100η| > 1 along y).
  expect(gradientDescent(q, [1, 1], { learningRate: 0.019, steps: 20_000 }).status).toBe('converged');
  for (const eta of [0.021, 0.05, 1]) {
    expect(gradientDescent(q, [1, 1], { learningRate: eta, steps: 20_000 }).status).toBe('diverged');
  }
});

test('proximalPoint reports steps whose subproblem F + ‖x − x_k‖²/(2η) is not convex: stationary points only', () => {
  // F = x⁴/4 − x²/2 has F″(0) = −1: for η > 1 the subproblem is non-convex near 0, and Newton from x_k = 0.1 lands on
  // the nearby root of x³ − x + (x − 0.1)/η = 0, a local maximum of the subproblem (F″ + 1/η < 0 there).
  const doubleWell = {
    F: (x: number) => x ** 4 / 4 - (x * x) / 2,
    grad: (x: number) => x ** 3 - x,
    hessian: (x: number) => 3 * x * x - 1,
  };
  const wild = proximalPoint(doubleWell, 0.1, { learningRate: 2, steps: 1, gradTol: 0 });
  expect(wild.stationaryOnly).toEqual(Int32Array.of(0));
  expect(wild.argmin).toBe(false);
  expect(wild.values[1]!).toBeGreaterThan(wild.values[0]! - (0.1 - wild.x[1]!) ** 2 / 4 - 1e-12); // no decrease promised
  // A step below 1/|F″| keeps every subproblem convex: each iterate is its argmin, and F decreases to the well's floor.
  const tame = proximalPoint(doubleWell, 0.1, { learningRate: 0.5, steps: 200 });
  expect(tame.argmin).toBe(true);
  expect(tame.status).toBe('converged');
  expect(Math.abs((tame.final as number) - 1)).toBeLessThan(1e-8);
});

test('proximalPoint rejects bad options with coded errors, and reports newton-failed as a status', () => {
  const code = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as { code?: string }).code;
    }
    return 'none';
  };
  expect(code(() => proximalPoint(q, [1, 1], { learningRate: -1 }))).toBe('ERR_INVALID_ARG');
  expect(code(() => proximalPoint(q, [1, 1], undefined as never))).toBe('ERR_INVALID_ARG');
  expect(code(() => proximalPoint(q, [1, 1], { learningRate: 1, steps: 0 }))).toBe('ERR_INVALID_ARG');
  expect(code(() => proximalPoint(q, [1, 1], { learningRate: 1, rate: 2 } as never))).toBe(
    'ERR_UNKNOWN_OPTION',
  );
  // F = −(2/3)·x^(3/2) on x ≥ 0: the step y + η·√y... Newton from x = 1 at η = 100 lands at y < 0, where √y is NaN.
  const cusp = {
    F: (x: number) => (x >= 0 ? (2 / 3) * x ** 1.5 : Number.NaN),
    grad: (x: number) => Math.sqrt(x),
  };
  const failed = proximalPoint(cusp, 1, { learningRate: 100, steps: 3 });
  expect(failed.status).toBe('newton-failed');
  expect(failed.iterations).toBe(0);
});
