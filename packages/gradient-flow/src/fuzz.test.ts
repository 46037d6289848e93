import { PhaseflowError } from '@phaseflow/ode';
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { gradientAscent, gradientDescent } from './gradient-descent.ts';
import { armijoDescent } from './line-search.ts';
import { heavyBall } from './momentum.ts';
import type { OptimizationResult } from './optimization-result.ts';

const CODES = new Set(['ERR_INVALID_ARG', 'ERR_DIM_MISMATCH', 'ERR_INVALID_RETURN', 'ERR_UNKNOWN_OPTION']);
const STATUSES = new Set(['converged', 'max-iterations', 'diverged', 'non-finite']);

// Objectives that are steep, flat, periodic, unbounded, or undefined on part of the line.
const SCALAR = [
  { F: (x: number) => x * x, grad: (x: number) => 2 * x },
  { F: (x: number) => x ** 4, grad: (x: number) => 4 * x ** 3 },
  { F: Math.sin, grad: Math.cos },
  { F: Math.exp, grad: Math.exp },
  { F: (x: number) => x - Math.log(x), grad: (x: number) => 1 - 1 / x },
  { F: (x: number) => Math.sqrt(Math.abs(x)) },
  { F: (x: number) => -(x ** 2) },
  { F: (x: number) => 1e300 * x * x, grad: (x: number) => 2e300 * x },
];
const number = fc.oneof(
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.double(),
  fc.constantFrom(0, -0, 1e-300, 1e300, Number.MAX_VALUE, Number.NaN, Infinity),
);
const rate = fc.oneof(
  fc.double({ min: 1e-6, max: 3, noNaN: true }),
  fc.double(),
  fc.constantFrom(0, -1, 1e300, 5e-324, Number.NaN),
);
const steps = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constantFrom(-1, 2.5, Number.NaN));

function check(run: () => OptimizationResult) {
  let r: OptimizationResult;
  try {
    r = run();
  } catch (error) {
    if (error instanceof PhaseflowError && CODES.has(error.code)) return;
    throw error;
  }
  if (!STATUSES.has(r.status)) throw new Error(`unknown status ${r.status}`);
  const n = r.iterations;
  if (r.x.length !== (n + 1) * r.dim || r.values.length !== n + 1 || r.gradientNorms.length !== n + 1) {
    throw new Error(`inconsistent lengths: n = ${n}, x ${r.x.length}, values ${r.values.length}`);
  }
  for (const array of [r.x, r.values, r.gradientNorms, r.stepSizes]) {
    for (const v of array)
      if (!Number.isFinite(v)) throw new Error(`non-finite ${v} in a result (${r.status})`);
  }
}

describe('fuzzed objectives, learning rates and starts', () => {
  test('gradientDescent/Ascent: coded errors only, never NaN or ∞ in the results, always returns (10⁴ cases)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SCALAR.length - 1 }),
        number,
        rate,
        steps,
        fc.boolean(),
        (i, x0, eta, n, up) => {
          const run = up ? gradientAscent : gradientDescent;
          check(() => run(SCALAR[i]!, x0, { learningRate: eta, steps: n }));
        },
      ),
      { numRuns: 10_000 },
    );
  });

  test('2-D descent, Armijo and momentum on random quadratic-plus-quartic objectives (6000 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 }),
        number,
        number,
        rate,
        steps,
        fc.integer({ min: 0, max: 2 }),
        (c, x0, y0, eta, n, which) => {
          const objective = {
            F: (x: Float64Array) =>
              c[0]! * x[0]! ** 2 + c[1]! * x[1]! ** 2 + c[2]! * x[0]! * x[1]! + c[3]! * x[0]! ** 4,
            grad: (x: Float64Array, out: Float64Array) => {
              out[0] = 2 * c[0]! * x[0]! + c[2]! * x[1]! + 4 * c[3]! * x[0]! ** 3;
              out[1] = 2 * c[1]! * x[1]! + c[2]! * x[0]!;
            },
          };
          const start = [x0, y0];
          if (which === 0) check(() => gradientDescent(objective, start, { learningRate: eta, steps: n }));
          if (which === 1) check(() => armijoDescent(objective, start, { initialStep: eta, steps: n }));
          if (which === 2) {
            check(() =>
              heavyBall(objective, start, {
                learningRate: eta,
                momentum: 0.9,
                steps: n,
                nesterov: n % 2 === 0,
              }),
            );
          }
        },
      ),
      { numRuns: 6000 },
    );
  });
});
