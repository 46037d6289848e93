import { PhaseflowError } from '@phaseflow/ode';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as api from './index.ts';
import { linearRegression } from './linear-regression.ts';

// #14: every public function, fed hostile values in any argument or option, returns or throws a PhaseflowError
// with a code, nothing else (no TypeError, RangeError, hang or out-of-memory).
const CODES = new Set([
  'ERR_INVALID_ARG',
  'ERR_DIM_MISMATCH',
  'ERR_INVALID_RETURN',
  'ERR_UNKNOWN_OPTION',
  'ERR_TOO_LARGE',
]);

const KEYS = [
  'F',
  'grad',
  'hessian',
  'batchGrad',
  'samples',
  'dim',
  'length',
  '0',
  '1',
  'learningRate',
  'steps',
];
function throwingGetters(): object {
  const o = {};
  for (const key of KEYS) {
    Object.defineProperty(o, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return o;
}

const hostile = fc.constantFrom<unknown>(
  'x',
  '',
  true,
  null,
  undefined,
  Symbol('s'),
  10n,
  {},
  [],
  () => 0,
  () => 'not a number',
  -0,
  Number.NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  5e-324,
  { length: -1 },
  { length: Number.NaN },
  { length: 1.5 },
  { length: 1e9 },
  { length: 2 },
  [Number.NaN, 1],
  [1e308, -1e308],
  [1, 2, 3],
  [[0, 1]],
  new Float64Array(0),
  'getters',
  'frozen',
);

const plane = {
  F: (x: Float64Array) => x[0]! ** 2 + 2 * x[1]! ** 2,
  grad: (x: Float64Array, out: Float64Array) => {
    out[0] = 2 * x[0]!;
    out[1] = 4 * x[1]!;
  },
  hessian: (_x: Float64Array, out: Float64Array) => out.set([2, 0, 0, 4]),
};
const square = { F: (x: number) => x * x, grad: (x: number) => 2 * x };
const fit = linearRegression([1, 2, 3, 4], [2, 4, 5, 4]);

// Each export with a valid call; fuzzing replaces one argument, or one option of an options argument.
type Call = [name: string, fn: (...args: never[]) => unknown, args: unknown[]];
const CALLS: Call[] = [
  ['gradientDescent', api.gradientDescent, [plane, [1, 1], { learningRate: 0.1, steps: 20 }]],
  ['gradientAscent', api.gradientAscent, [square, 1, { learningRate: 0.1, steps: 20 }]],
  ['gradientFlow', api.gradientFlow, [square, { x0: 1, t1: 1 }]],
  ['armijoDescent', api.armijoDescent, [plane, [1, 1], { steps: 20 }]],
  ['heavyBall', api.heavyBall, [plane, [1, 1], { learningRate: 0.1, momentum: 0.5, steps: 20 }]],
  ['heavyBallFlow', api.heavyBallFlow, [plane, { x0: [1, 1], gamma: 1, t1: 1 }]],
  ['momentumFromHeavyBall', api.momentumFromHeavyBall, [{ h: 0.1, gamma: 2 }]],
  ['heavyBallFromMomentum', api.heavyBallFromMomentum, [{ learningRate: 0.01, momentum: 0.9 }]],
  ['multiStart', api.multiStart, [square, { count: 3, range: [-1, 1], learningRate: 0.1, steps: 20 }]],
  ['minibatchSgd', api.minibatchSgd, [fit, [0, 0], { learningRate: 0.01, batchSize: 2, steps: 20 }]],
  ['adam', api.adam, [fit, [0, 0], { learningRate: 0.01, steps: 20 }]],
  [
    'linearRegression',
    api.linearRegression,
    [
      [1, 2, 3],
      [1, 2, 4],
    ],
  ],
  ['stepSizeBound', api.stepSizeBound, [plane, [1, 1]]],
  ['hessianEigenvalues', api.hessianEigenvalues, [plane, [1, 1]]],
  ['conditionNumber', api.conditionNumber, [plane, [1, 1]]],
  ['learningRateRegime', api.learningRateRegime, [0.1, 2]],
  ['constant', api.constant, [0.1]],
  ['exponentialDecay', api.exponentialDecay, [0.1, 0.9]],
  ['stepDecay', api.stepDecay, [0.1, 0.5, 10]],
  ['inverseTime', api.inverseTime, [0.1, 0.5]],
  ['seededRandom', api.seededRandom, [3]],
  ['batchSampler', api.batchSampler, [4, 2, api.seededRandom(1)]],
  ['symmetricEigenvalues', api.symmetricEigenvalues, [[2, 1, 1, 2], 2]],
  ['linearRate', api.linearRate, [plane, [0, 0], { learningRate: 0.1 }]],
  ['momentumRateMap', api.momentumRateMap, [[1, 10], { learningRate: [0, 0.5], momentum: [0, 0.9], n: 4 }]],
  [
    'basins',
    api.basins,
    [
      plane,
      [
        [-1, 1],
        [-1, 1],
      ],
      { resolution: 2, learningRate: 0.1, steps: 5 },
    ],
  ],
  ['proximalPoint', api.proximalPoint, [plane, [1, 1], { learningRate: 0.1, steps: 5 }]],
  ['modifiedPotential', api.modifiedPotential, [plane, { learningRate: 0.1 }]],
  ['notch', api.notch, [{ bowl: 1 }]],
  ['quadratic', api.quadratic, []],
  ['sine', api.sine, []],
  ['logisticPotential', api.logisticPotential, []],
  ['localGlobal', api.localGlobal, []],
  ['illConditionedQuadratic', api.illConditionedQuadratic, [10]],
  ['rosenbrock', api.rosenbrock, []],
  ['saddle', api.saddle, []],
];

function clone(a: unknown): unknown {
  if (Array.isArray(a)) return a.map(clone);
  if (a !== null && typeof a === 'object' && Object.getPrototypeOf(a) === Object.prototype) {
    return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, clone(v)]));
  }
  return a;
}

function materialise(value: unknown, original: unknown): unknown {
  if (value === 'getters') return throwingGetters();
  if (value === 'frozen')
    return original !== null && typeof original === 'object'
      ? Object.freeze(clone(original))
      : Object.freeze({});
  return value;
}

function callAndUse(fn: (...args: never[]) => unknown, args: unknown[], planar = false): void {
  const out = fn(...(args as never[]));
  // What an export returns is used as its caller would: functions are called, samplers drawn, objectives evaluated.
  if (typeof out === 'function') (out as (k: unknown) => unknown)(args[0]);
  else if (out !== null && typeof out === 'object' && 'next' in out) (out as { next(): unknown }).next();
  else if (out !== null && typeof out === 'object' && 'F' in out && 'grad' in out) {
    const o = out as { F: (x: unknown) => unknown; grad: (x: unknown, g?: Float64Array) => unknown };
    if (planar) {
      o.F(Float64Array.of(0.5, 0.5));
      o.grad(Float64Array.of(0.5, 0.5), new Float64Array(2));
    } else {
      o.F(0.5);
    }
  }
}

function expectCoded(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof PhaseflowError && CODES.has(error.code)) return;
    throw error;
  }
}

describe('hostile values: every export returns or throws a coded PhaseflowError', () => {
  test('every function the package exports is fuzzed here', () => {
    const covered = new Set(CALLS.map(([name]) => name));
    for (const [name, value] of Object.entries(api)) {
      if (typeof value === 'function') expect(covered.has(name), name).toBe(true);
    }
  });

  test.each(CALLS)(
    '%s',
    (_name, fn, valid) => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(), hostile, fc.boolean(), (which, key, value, intoOption) => {
          const args = valid.map(clone);
          if (typeof valid[2] === 'function') args[2] = api.seededRandom(1);
          if (args.length === 0) {
            expectCoded(() => callAndUse(fn, [materialise(value, undefined)]));
            return;
          }
          const i = which % args.length;
          const target = args[i];
          if (intoOption && target !== null && typeof target === 'object' && !Array.isArray(target)) {
            const keys = Object.keys(target);
            const k = keys[key % keys.length]!;
            (target as Record<string, unknown>)[k] = materialise(
              value,
              (target as Record<string, unknown>)[k],
            );
          } else {
            args[i] = materialise(value, valid[i]);
          }
          expectCoded(() => callAndUse(fn, args, valid[0] === plane));
        }),
        { numRuns: 300 },
      );
    },
    60_000,
  );
});
