import { describe, expect, test } from 'vitest';
import { adam } from './adam.ts';
import { gradientAscent, gradientDescent } from './gradient-descent.ts';
import { armijoDescent } from './line-search.ts';
import { linearRegression } from './linear-regression.ts';
import { minibatchSgd } from './minibatch-sgd.ts';
import { heavyBall } from './momentum.ts';
import { multiStart } from './multi-start.ts';
import type { OptimizationResult } from './optimization-result.ts';
import { exponentialDecay, inverseTime } from './schedules.ts';

// Every optimiser evaluates the gradient once per iteration, plus once: n iterations read ∇ at x_0 … x_n.
function counted2d() {
  let calls = 0;
  const objective = {
    F: (x: Float64Array) => x[0]! ** 2 + 10 * x[1]! ** 2 + x[0]! ** 4,
    grad: (x: Float64Array, out: Float64Array) => {
      calls++;
      out[0] = 2 * x[0]! + 4 * x[0]! ** 3;
      out[1] = 20 * x[1]!;
    },
  };
  return { objective, calls: () => calls };
}
function counted1d() {
  let calls = 0;
  const objective = {
    F: (x: number) => x * x + Math.cos(x),
    grad: (x: number) => {
      calls++;
      return 2 * x - Math.sin(x);
    },
  };
  return { objective, calls: () => calls };
}
function countedFit() {
  const fit = linearRegression([1, 2, 3, 4, 5, 6], [2, 4, 5, 4, 6, 7]);
  let calls = 0;
  let fullCalls = 0;
  return {
    objective: {
      ...fit,
      grad: (x: Float64Array, out: Float64Array) => {
        fullCalls++;
        fit.grad(x, out);
      },
      batchGrad: (x: Float64Array, batch: ArrayLike<number>, out: Float64Array) => {
        calls++;
        fit.batchGrad(x, batch, out);
      },
    },
    calls: () => calls,
    fullCalls: () => fullCalls,
  };
}

function expectOnePerIteration(run: OptimizationResult, calls: number, status?: string) {
  if (status) expect(run.status).toBe(status);
  expect(run.iterations).toBeGreaterThan(0);
  expect(calls).toBe(run.iterations + 1);
}

describe('gradient evaluations: exactly iterations + 1 for every optimiser', () => {
  for (const status of ['converged', 'max-iterations'] as const) {
    const steps = status === 'converged' ? 100_000 : 50;
    test(`gradientDescent, 2-D, constant η (${status})`, () => {
      const c = counted2d();
      expectOnePerIteration(
        gradientDescent(c.objective, [1, 1], { learningRate: 0.04, steps }),
        c.calls(),
        status,
      );
    });
    test(`gradientDescent, scalar, schedule (${status})`, () => {
      const c = counted1d();
      const run = gradientDescent(c.objective, 3, { learningRate: exponentialDecay(0.3, 0.9999), steps });
      expectOnePerIteration(run, c.calls(), status);
    });
    test(`gradientAscent on −F, 2-D, schedule (${status})`, () => {
      const c = counted2d();
      const minus = {
        F: (x: Float64Array) => -c.objective.F(x),
        grad: (x: Float64Array, out: Float64Array) => {
          c.objective.grad(x, out);
          out[0] = -out[0]!;
          out[1] = -out[1]!;
        },
      };
      const run = gradientAscent(minus, [1, 1], { learningRate: inverseTime(0.04, 1e-4), steps });
      expectOnePerIteration(run, c.calls(), status);
    });
    for (const nesterov of [false, true]) {
      test(`heavyBall ${nesterov ? 'Nesterov' : 'Polyak'} (${status})`, () => {
        const c = counted2d();
        const run = heavyBall(c.objective, [1, 1], { learningRate: 0.02, momentum: 0.6, nesterov, steps });
        expectOnePerIteration(run, c.calls(), status);
      });
    }
    test(`armijoDescent (${status})`, () => {
      const c = counted2d();
      const run = armijoDescent(c.objective, [1, 1], { steps: status === 'converged' ? 10_000 : 5 });
      expectOnePerIteration(run, c.calls(), status);
    });
  }

  test('minibatchSgd counts batch gradients (constant η and a schedule) and never calls the full grad', () => {
    for (const learningRate of [0.01, exponentialDecay(0.02, 0.999)]) {
      const c = countedFit();
      const run = minibatchSgd(c.objective, [0, 0], { learningRate, batchSize: 2, seed: 3, steps: 300 });
      expectOnePerIteration(run, c.calls(), 'max-iterations');
      expect(c.fullCalls()).toBe(0);
    }
  });

  test('minibatchSgd on full batches stops on gradTol, still one evaluation per iteration', () => {
    const c = countedFit();
    const run = minibatchSgd(c.objective, [0, 0], { learningRate: 0.03, steps: 100_000, gradTol: 1e-6 });
    expectOnePerIteration(run, c.calls(), 'converged');
  });

  test('adam: finite-sum minibatches and a plain { F, grad } objective', () => {
    const fit = countedFit();
    const a = adam(fit.objective, [0, 0], { learningRate: 0.05, batchSize: 3, steps: 200 });
    expectOnePerIteration(a, fit.calls(), 'max-iterations');
    expect(fit.fullCalls()).toBe(0);
    const plain = counted2d();
    const b = adam(plain.objective, [1, 1], { learningRate: 0.05, steps: 50_000, gradTol: 1e-7 });
    expectOnePerIteration(b, plain.calls(), 'converged');
  });

  test('multiStart: the runs together evaluate Σ (iterations + 1)', () => {
    const c = counted1d();
    const r = multiStart(c.objective, { count: 7, range: [-3, 3], seed: 4, learningRate: 0.1 });
    expect(c.calls()).toBe(r.runs.reduce((s, run) => s + run.iterations + 1, 0));
  });

  test('a run converged at x_0 evaluates the gradient once', () => {
    const c = counted2d();
    const run = gradientDescent(c.objective, [0, 0], { learningRate: 0.1 });
    expect(run.iterations).toBe(0);
    expect(c.calls()).toBe(1);
  });
});
