import fc from 'fast-check';
import { expect, test } from 'vitest';
import { PhaseflowError, type ScalarRhs, type SystemRhs, solve } from '../index.ts';
import { backwardEuler } from './backward-euler.ts';
import { rodas4 } from './rodas4.ts';
import { trapezoid } from './trapezoid.ts';

// Right-hand sides that hit every path: stiff, blowing up in finite time, singular in t, NaN on part of the line,
// returning the wrong kind of value.
const SCALAR_RHS: ScalarRhs[] = [
  (x) => -1e4 * (x - 1),
  (x) => x * x,
  (_x, t) => 1 / (1 - t),
  (x) => -Math.sqrt(x),
  (x) => Math.log(x),
  () => Number.NaN,
  (x) => Math.exp(x),
  () => 'a' as unknown as number,
];
const SYSTEM_RHS: SystemRhs[] = [
  (x, _t, d) => {
    d.fill(0);
    d[0] = x[1 % x.length]!;
    d[x.length - 1] = -1e3 * x[0]!;
  },
  (x, _t, d) => {
    for (let i = 0; i < x.length; i++) d[i] = x[i]! * x[i]!;
  },
  (x, _t, d) => {
    for (let i = 0; i < x.length; i++) d[i] = -Math.sqrt(x[i]!);
  },
  (_x, _t, d) => {
    d[0] = 1;
  },
];
// Jacobians: none, a right one for the first right-hand sides, a wrong kind, one that writes nothing.
const JACOBIANS: unknown[] = [
  undefined,
  (_x: number | Float64Array, _t: number, J?: Float64Array) => {
    if (J === undefined) return -1e4;
    J.fill(0);
    return undefined;
  },
  'not a function',
  () => undefined,
];

const anyNumber = fc.oneof(
  fc.double({ min: -10, max: 10 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e-300, 1e300),
);

test('solve(problem, rodas4 | backwardEuler | trapezoid) over 10⁴ random inputs returns finite points or throws a coded PhaseflowError', () => {
  let returned = 0;
  let thrown = 0;
  fc.assert(
    fc.property(
      fc.boolean(),
      fc.nat(SCALAR_RHS.length - 1),
      fc.nat(SYSTEM_RHS.length - 1),
      fc.nat(JACOBIANS.length - 1),
      fc.array(anyNumber, { minLength: 1, maxLength: 3 }),
      anyNumber,
      anyNumber,
      fc.oneof(fc.double({ min: 1e-3, max: 2 }), anyNumber),
      fc.nat(2),
      (scalar, fi, gi, ji, x0Array, t0, t1, parameter, which) => {
        const x0 = scalar ? x0Array[0]! : x0Array;
        const before = scalar ? [] : [...x0Array];
        const jacobian = JACOBIANS[ji];
        const problem = {
          f: scalar ? SCALAR_RHS[fi]! : SYSTEM_RHS[gi]!,
          x0,
          t0,
          t1,
          ...(jacobian ? { jacobian } : {}),
        };
        try {
          const method =
            which === 0
              ? rodas4({ rtol: parameter, atol: parameter })
              : which === 1
                ? backwardEuler({ h: parameter })
                : trapezoid({ h: parameter });
          const sol = solve(problem as never, method, { maxSteps: 200 });
          returned++;
          expect(sol.x.every(Number.isFinite)).toBe(true);
          expect(sol.t.every(Number.isFinite)).toBe(true);
          expect(sol.x.length).toBe(sol.t.length * sol.dim);
          expect(['success', 'non-finite', 'max-steps', 'step-too-small', 'newton-failed']).toContain(
            sol.status,
          );
          if (sol.status === 'success') expect(sol.t.at(-1) === t1).toBe(true);
        } catch (error) {
          thrown++;
          expect(error).toBeInstanceOf(PhaseflowError);
          expect((error as PhaseflowError).code).toMatch(/^ERR_[A-Z_]+$/);
        }
        if (!scalar) expect(x0Array).toEqual(before);
      },
    ),
    { numRuns: 10_000 },
  );
  // Both channels were exercised, so the property did not hold vacuously.
  expect(returned).toBeGreaterThan(1000);
  expect(thrown).toBeGreaterThan(1000);
}, 60_000);
