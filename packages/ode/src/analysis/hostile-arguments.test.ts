import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PhaseflowError } from '../errors.ts';
import { blowUpTime } from './blow-up-time.ts';
import { classifyEquilibrium } from './classify-equilibrium.ts';
import { classifyFixedPoint } from './classify-fixed-point.ts';
import { eigenvalues } from './eigenvalues.ts';
import { findEquilibria } from './find-equilibria.ts';
import { jacobian } from './jacobian.ts';
import { phaseLine } from './phase-line.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

// Issue 14, item 6: every analysis function, fed hostile values in every argument, returns or throws a
// PhaseflowError with a code, nothing else (no TypeError, RangeError, hang or out-of-memory).
const throwing = () =>
  Object.defineProperty({}, 'length', {
    get() {
      throw new Error('getter');
    },
    enumerable: true,
  });
const trap = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('get');
      },
      ownKeys() {
        throw new Error('ownKeys');
      },
      getPrototypeOf() {
        throw new Error('getPrototypeOf');
      },
    },
  );
const HOSTILE: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => true,
  () => 0,
  () => -0,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => 1e308,
  () => -1e308,
  () => 5e-324,
  () => -1,
  () => 'x',
  () => 10n,
  () => Symbol('s'),
  () => [],
  () => [Number.NaN, 1],
  () => [0, 1],
  () => [-1e308, 1e308],
  () => [5e-324, 1e-323],
  () => [
    [1, 2],
    [3, 4],
  ],
  () => [
    [1e308, 1e308],
    [1e308, 1e308],
  ],
  () => new Array(1e9),
  () => ({ length: -1 }),
  () => ({ length: Number.NaN }),
  () => ({ length: 1.5 }),
  () => ({ length: 1e9 }),
  () => ({ length: 2 ** 53 + 2 }),
  () => Object.freeze([0, 1]),
  () => Object.freeze({}),
  () => ({ step: 5e-324 }),
  () => ({ gridPoints: 2 ** 53 + 2 }),
  () => ({ rtol: 5e-324 }),
  () => ({ accuracy: 1e308 }),
  () => ({ tolerance: Number.NaN }),
  throwing,
  trap,
  () =>
    Object.defineProperty({}, 'step', {
      get: () => {
        throw new Error('option getter');
      },
      enumerable: true,
    }),
  () => (x: number) => x,
  () => () => 'not a number',
  () => () => 1n,
  () => (x: number, _t: number, d: Float64Array) => {
    if (d) d[0] = x;
  },
];
const hostile = fc.integer({ min: 0, max: HOSTILE.length - 1 });

const FUNCTIONS: [string, (...args: unknown[]) => unknown][] = [
  ['findEquilibria', findEquilibria as never],
  ['classifyEquilibrium', classifyEquilibrium as never],
  ['phaseLine', phaseLine as never],
  ['blowUpTime', blowUpTime as never],
  ['jacobian', jacobian as never],
  ['classifyFixedPoint', classifyFixedPoint as never],
  ['eigenvalues', eigenvalues as never],
  ['symmetricEigen', symmetricEigen as never],
];

describe('every analysis function with hostile arguments', () => {
  for (const [name, f] of FUNCTIONS) {
    test(`${name}(hostile…) returns or throws a coded PhaseflowError`, () => {
      fc.assert(
        fc.property(fc.array(hostile, { maxLength: 3 }), (picks) => {
          try {
            f(...picks.map((k) => HOSTILE[k]!()));
          } catch (error) {
            expect(error).toBeInstanceOf(PhaseflowError);
            expect((error as PhaseflowError).code).toMatch(/^ERR_[A-Z_]+$/);
          }
        }),
        { numRuns: 10_000 },
      );
    }, 60_000);
  }
});
