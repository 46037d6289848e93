import { PhaseflowError } from '@phaseflow/ode';
import { describe, expect, test } from 'vitest';
import { adam } from './adam.ts';
import { gradientAscent, gradientDescent } from './gradient-descent.ts';
import { gradientFlow } from './gradient-flow.ts';
import { heavyBallFromMomentum, momentumFromHeavyBall } from './heavy-ball-parameters.ts';
import { learningRateRegime } from './learning-rate-regime.ts';
import { armijoDescent } from './line-search.ts';
import { linearRegression } from './linear-regression.ts';
import { minibatchSgd } from './minibatch-sgd.ts';
import { heavyBall } from './momentum.ts';
import { multiStart } from './multi-start.ts';
import { exponentialDecay, inverseTime, stepDecay } from './schedules.ts';
import { batchSampler } from './seeded-random.ts';
import { stepSizeBound } from './step-size-bound.ts';
import { symmetricEigenvalues } from './symmetric-eigenvalues.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof PhaseflowError) return error.code;
    throw error;
  }
  return undefined;
}

const square = { F: (x: number) => x * x, grad: (x: number) => 2 * x };
const plane = {
  F: (x: Float64Array) => x[0]! ** 2 + x[1]! ** 2,
  grad: (x: Float64Array, out: Float64Array) => {
    out[0] = 2 * x[0]!;
    out[1] = 2 * x[1]!;
  },
};
// biome-ignore lint/suspicious/noExplicitAny: deliberately wrong inputs
const gd = (objective: any, x0: any, options: any) => gradientDescent(objective, x0, options);

describe('gradientDescent bad input', () => {
  test.each([[Number.NaN], [Infinity], [-Infinity], ['1'], [[1, Number.NaN]], [[]], [null]])(
    'x0 = %s is ERR_INVALID_ARG',
    (x0) => {
      const objective = Array.isArray(x0) ? plane : square;
      expect(codeOf(() => gd(objective, x0, { learningRate: 0.1 }))).toBe('ERR_INVALID_ARG');
    },
  );

  test.each([[0], [-0.1], [Number.NaN], [Infinity], ['0.1'], [undefined]])(
    'learningRate = %s is ERR_INVALID_ARG',
    (learningRate) => {
      expect(codeOf(() => gd(square, 1, { learningRate }))).toBe('ERR_INVALID_ARG');
    },
  );

  test.each([[-1], [1.5], [Number.NaN], [Infinity], ['10']])('steps = %s is ERR_INVALID_ARG', (steps) => {
    expect(codeOf(() => gd(square, 1, { learningRate: 0.1, steps }))).toBe('ERR_INVALID_ARG');
  });

  test('steps = 0 is allowed and returns x0 alone', () => {
    const r = gd(square, 2, { learningRate: 0.1, steps: 0 });
    expect(Array.from(r.x)).toEqual([2]);
    expect(r.status).toBe('max-iterations');
  });

  test('a gradient that fills 1 of 2 components is ERR_DIM_MISMATCH', () => {
    const short = {
      F: plane.F,
      grad: (x: Float64Array, out: Float64Array) => {
        out[0] = x[0]!;
      },
    };
    expect(codeOf(() => gd(short, [1, 2], { learningRate: 0.1 }))).toBe('ERR_DIM_MISMATCH');
    expect(codeOf(() => gradientFlow(short, { x0: [1, 2], t1: 1 }))).toBe('ERR_DIM_MISMATCH');
  });

  test('a gradient returning an array, or a scalar gradient returning a string, is ERR_INVALID_RETURN', () => {
    const returns = { F: plane.F, grad: (x: Float64Array) => [2 * x[0]!, 2 * x[1]!] };
    expect(codeOf(() => gd(returns, [1, 2], { learningRate: 0.1 }))).toBe('ERR_INVALID_RETURN');
    expect(codeOf(() => gd({ F: square.F, grad: () => 'up' }, 1, { learningRate: 0.1 }))).toBe(
      'ERR_INVALID_RETURN',
    );
    expect(codeOf(() => gd({ F: () => 'low' }, 1, { learningRate: 0.1 }))).toBe('ERR_INVALID_RETURN');
  });

  test('a start where F is not finite is ERR_INVALID_ARG', () => {
    expect(codeOf(() => gd({ F: Math.log }, -1, { learningRate: 0.1 }))).toBe('ERR_INVALID_ARG');
  });

  test('an objective without F, or not an object, is ERR_INVALID_ARG', () => {
    expect(codeOf(() => gd({ grad: square.grad }, 1, { learningRate: 0.1 }))).toBe('ERR_INVALID_ARG');
    expect(codeOf(() => gd(null, 1, { learningRate: 0.1 }))).toBe('ERR_INVALID_ARG');
  });

  test('an unknown option is ERR_UNKNOWN_OPTION (a typo is not silently ignored)', () => {
    expect(codeOf(() => gd(square, 1, { learningrate: 0.1 }))).toBe('ERR_UNKNOWN_OPTION');
  });

  test('a schedule returning a non-positive step is ERR_INVALID_RETURN at that step', () => {
    const schedule = (k: number) => (k < 5 ? 0.1 : -1);
    expect(codeOf(() => gd(square, 1, { learningRate: schedule, steps: 10 }))).toBe('ERR_INVALID_RETURN');
  });
});

describe('other entry points reject bad input with codes', () => {
  test.each([
    ['gradientAscent direction', () => gradientFlow(square, { x0: 1, t1: 1, direction: 'up' as never })],
    ['gradientAscent learningRate', () => gradientAscent(square, 1, { learningRate: -1 })],
    ['armijo c', () => armijoDescent(square, 1, { c: 1 })],
    ['armijo shrink', () => armijoDescent(square, 1, { shrink: 0 })],
    ['heavyBall momentum 1', () => heavyBall(square, 1, { learningRate: 0.1, momentum: 1 })],
    [
      'heavyBall nesterov',
      () => heavyBall(square, 1, { learningRate: 0.1, momentum: 0.5, nesterov: 1 as never }),
    ],
    ['momentumFromHeavyBall γh > 1', () => momentumFromHeavyBall({ h: 0.5, gamma: 3 })],
    ['heavyBallFromMomentum β < 0', () => heavyBallFromMomentum({ learningRate: 0.1, momentum: -0.1 })],
    ['regime η = 0', () => learningRateRegime(0, 2)],
    ['regime L < 0', () => learningRateRegime(0.1, -2)],
    ['exponentialDecay 0', () => exponentialDecay(0.1, 0)],
    ['exponentialDecay 1.5', () => exponentialDecay(0.1, 1.5)],
    ['stepDecay every 0', () => stepDecay(0.1, 0.5, 0)],
    ['inverseTime rate −1', () => inverseTime(0.1, -1)],
    ['stepSizeBound x NaN', () => stepSizeBound(square, Number.NaN)],
    ['linearRegression lengths', () => linearRegression([1, 2], [1])],
    ['linearRegression one x', () => linearRegression([1, 1], [1, 2])],
    [
      'sgd batchSize 0',
      () => minibatchSgd(linearRegression([1, 2], [1, 2]), [0, 0], { learningRate: 0.1, batchSize: 0 }),
    ],
    [
      'sgd with a batchSize on a plain objective',
      () => minibatchSgd(plane, [0, 0], { learningRate: 0.1, batchSize: 2 }),
    ],
    ['adam beta1 1', () => adam(linearRegression([1, 2], [1, 2]), [0, 0], { beta1: 1 })],
    ['multiStart count 0', () => multiStart(square, { count: 0, range: [0, 1], learningRate: 0.1 })],
    ['multiStart range reversed', () => multiStart(square, { count: 2, range: [1, 0], learningRate: 0.1 })],
  ])('%s', (_name, fn) => {
    const code = codeOf(fn);
    expect(['ERR_INVALID_ARG', 'ERR_DIM_MISMATCH', 'ERR_INVALID_RETURN', 'ERR_UNKNOWN_OPTION']).toContain(
      code,
    );
  });
});

describe('#14: bounded by construction', () => {
  const fit2 = linearRegression([1, 2, 3, 4], [2, 4, 5, 4]);
  test('steps above 10⁶ and multiStart counts above 10⁵ (or over 2²⁵ stored numbers) are ERR_TOO_LARGE', () => {
    expect(codeOf(() => gd(square, 1, { learningRate: 0.1, steps: 1e7 }))).toBe('ERR_TOO_LARGE');
    expect(codeOf(() => gd(square, 1, { learningRate: 0.1, steps: 2 ** 53 }))).toBe('ERR_TOO_LARGE');
    expect(codeOf(() => multiStart(square, { count: 1e6, range: [0, 1], learningRate: 0.1 }))).toBe(
      'ERR_TOO_LARGE',
    );
    expect(codeOf(() => multiStart(square, { count: 1e308, range: [0, 1], learningRate: 0.1 }))).toBe(
      'ERR_TOO_LARGE',
    );
    expect(codeOf(() => multiStart(square, { count: 2 ** 40, range: [0, 1], learningRate: 0.1 }))).toBe(
      'ERR_TOO_LARGE',
    );
    expect(codeOf(() => multiStart(square, { count: 1e4, range: [0, 1], learningRate: 0.1 }))).toBe(
      'ERR_TOO_LARGE', // 1e4 runs of 1001 rows of 4 numbers: 4e7 > 2²⁵
    );
    expect(codeOf(() => gd(plane, { length: 1e9 }, { learningRate: 0.1 }))).toBe('ERR_TOO_LARGE');
  });

  test('minibatchSgd and adam with a number x0 on a 2-D objective are ERR_DIM_MISMATCH', () => {
    expect(codeOf(() => minibatchSgd(fit2, 1 as never, { learningRate: 0.1 }))).toBe('ERR_DIM_MISMATCH');
    expect(codeOf(() => adam(fit2, 1 as never))).toBe('ERR_DIM_MISMATCH');
    expect(codeOf(() => adam(fit2, [1, 2, 3]))).toBe('ERR_DIM_MISMATCH');
  });

  test('linearRegression on X near the float limits finds the line (slope 1e-200, intercept 0)', () => {
    const r = linearRegression([1e200, 2e200, 3e200], [1, 2, 3]);
    expect(Math.abs(r.solution[0]! - 1e-200)).toBeLessThanOrEqual(1e-215);
    expect(Math.abs(r.solution[1]!)).toBeLessThanOrEqual(1e-15);
    const tiny = linearRegression([1e-200, 2e-200, 3e-200], [1, 2, 3]);
    expect(Math.abs(tiny.solution[0]! - 1e200) / 1e200).toBeLessThanOrEqual(1e-15);
  });

  test('momentumFromHeavyBall never returns a momentum heavyBall rejects', () => {
    expect(codeOf(() => momentumFromHeavyBall({ h: 0.1, gamma: 0 }))).toBe('ERR_INVALID_ARG');
    expect(codeOf(() => momentumFromHeavyBall({ h: 0.1, gamma: 1e-20 }))).toBe('ERR_INVALID_ARG'); // β rounds to 1
    const p = momentumFromHeavyBall({ h: 0.5, gamma: 2 }); // γh = 1: β = 0, plain gradient descent
    expect(p.momentum).toBe(0);
    expect(heavyBall(square, 1, { ...p, steps: 3 }).iterations).toBeGreaterThan(0);
  });

  test('symmetricEigenvalues validates its matrix and scales: entries of 1e308 give finite eigenvalues', () => {
    expect(Array.from(symmetricEigenvalues([1e308, 0, 0, 1e308], 2))).toEqual([1e308, 1e308]);
    expect(codeOf(() => symmetricEigenvalues([1, 2, 3], 2))).toBe('ERR_DIM_MISMATCH');
    expect(codeOf(() => symmetricEigenvalues([1, Number.NaN, 0, 1], 2))).toBe('ERR_INVALID_ARG');
    expect(codeOf(() => symmetricEigenvalues([1], 1.5))).toBe('ERR_INVALID_ARG');
  });

  test('batchSampler validates n, batchSize and what random returns', () => {
    expect(codeOf(() => batchSampler(2 ** 40, 1, Math.random))).toBe('ERR_TOO_LARGE');
    expect(codeOf(() => batchSampler(4, 1, 'x' as never))).toBe('ERR_INVALID_ARG');
    expect(codeOf(() => batchSampler(4, 1, () => Number.NaN).next())).toBe('ERR_INVALID_RETURN');
    expect(codeOf(() => batchSampler(4, 1, () => 1).next())).toBe('ERR_INVALID_RETURN');
  });
});
