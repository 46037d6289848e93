import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PhaseflowError } from '../errors.ts';
import {
  backwardEuler,
  dop853,
  dopri5,
  EULER_TABLEAU,
  euler,
  heun,
  lyapunovExponent,
  midpoint,
  orbit,
  rk4,
  rodas4,
  solve,
  solveMany,
  stepMap,
  trapezoid,
} from '../index.ts';

// Issue 14, item 6: a value f returns after its first call is checked too. A BigInt or Symbol used to surface as a
// raw TypeError from the step's arithmetic, and a string was silently coerced ('0.5' stepped as 0.5); each is now
// ERR_INVALID_RETURN naming the function. NaN stays a numerical outcome (status `non-finite`), and an error f
// throws itself reaches the caller unchanged.
const METHODS = {
  euler: () => euler({ h: 0.1 }),
  heun: () => heun({ h: 0.1 }),
  midpoint: () => midpoint({ h: 0.1 }),
  rk4: () => rk4({ h: 0.1 }),
  dopri5: () => dopri5(),
  dop853: () => dop853(),
  backwardEuler: () => backwardEuler({ h: 0.1 }),
  trapezoid: () => trapezoid({ h: 0.1 }),
  rodas4: () => rodas4(),
  custom: () => ({ kind: 'fixed-step', tableau: { ...EULER_TABLEAU }, h: 0.1 }) as never,
};
const BAD: unknown[] = [10n, Symbol('s'), '0.5', '', {}, [1], undefined, null, true, new Number(1)];

/** f = −x for its first `good` calls, then `bad` at every call. */
function turning(good: number, bad: unknown): (x: number) => number {
  let calls = 0;
  return (x) => (++calls <= good ? -x : (bad as number));
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PhaseflowError) return error.code;
    throw error;
  }
  return 'returned';
}

describe('solve(problem whose f turns to a non-number after its first call)', () => {
  for (const [name, method] of Object.entries(METHODS)) {
    test(`${name}: throws ERR_INVALID_RETURN for BigInt, Symbol, strings and objects, at any call`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom(...BAD), (good, bad) => {
          const f = turning(good, bad);
          const code = codeOf(() => solve({ f, x0: 1, t1: 1 }, method(), { maxSteps: 200 }).at(0.55));
          // The run may end before f turns (a short run): then it returned honestly.
          expect(['ERR_INVALID_RETURN', 'returned']).toContain(code);
          if (good <= 3) expect(code).toBe('ERR_INVALID_RETURN');
        }),
        { numRuns: 200 },
      );
    });

    test(`${name}: NaN from f after its first call is a status (non-finite), with finite points`, () => {
      const sol = solve({ f: turning(3, Number.NaN), x0: 1, t1: 1 }, method(), { maxSteps: 200 });
      // The implicit methods see it as Newton's iteration failing to converge: also a status, not an error.
      expect(['non-finite', 'newton-failed']).toContain(sol.status);
      expect(sol.x.every(Number.isFinite)).toBe(true);
    });

    test(`${name}: an error f throws reaches the caller unchanged`, () => {
      const own = new TypeError('my own');
      let calls = 0;
      const f = (x: number) => {
        if (++calls > 3) throw own;
        return -x;
      };
      expect(() => solve({ f, x0: 1, t1: 1 }, method())).toThrow(own);
    });
  }

  test('the error names f and shows the value', () => {
    expect(() => solve({ f: turning(2, 10n), x0: 1, t1: 1 }, rk4({ h: 0.1 }))).toThrow(
      'invalid return value. `f` must return a number at every call. Value: `10n`.',
    );
  });
});

describe('the other callbacks, after their first call', () => {
  test('solveMany: a member whose f turns to a string throws ERR_INVALID_RETURN (fixed and adaptive)', () => {
    for (const method of [rk4({ h: 0.1 }), dopri5()]) {
      expect(codeOf(() => solveMany({ f: turning(5, '0.5'), t1: 1 }, [0.1, 0.2], method))).toBe(
        'ERR_INVALID_RETURN',
      );
    }
  });

  test('an event function g returning a BigInt later throws ERR_INVALID_RETURN naming it', () => {
    let calls = 0;
    const g = (x: number) => (++calls > 2 ? (10n as never) : x - 0.5);
    expect(() => solve({ f: (x: number) => -x, x0: 1, t1: 1 }, rk4({ h: 0.1 }), { events: [{ g }] })).toThrow(
      '`options.events[0].g` must return a number at every call',
    );
  });

  test('a scalar Jacobian returning a Symbol later throws ERR_INVALID_RETURN (rodas4, backwardEuler)', () => {
    for (const method of [rodas4(), backwardEuler({ h: 0.1 })]) {
      let calls = 0;
      const jacobian = () => (++calls > 1 ? (Symbol('s') as never) : -1);
      expect(codeOf(() => solve({ f: (x: number) => -x, jacobian, x0: 1, t1: 1 }, method))).toBe(
        'ERR_INVALID_RETURN',
      );
    }
  });

  test('orbit, lyapunovExponent and a step map with a derivative refuse a map turning to strings', () => {
    expect(codeOf(() => orbit(turning(3, '0.5'), 0.5, 10))).toBe('ERR_INVALID_RETURN');
    const map = stepMap((x) => x * (1 - x), EULER_TABLEAU, 0.5, { derivative: turning(2, 10n) });
    expect(codeOf(() => lyapunovExponent(map, 0.2, { n: 20, transient: 0 }))).toBe('ERR_INVALID_RETURN');
  });
});

describe('solveMany(default options) is bounded by the call, not per member', () => {
  test('1,000 members to t1 = 10⁶ with rk4 stop at max-steps within the evaluation budget', () => {
    const started = performance.now();
    const family = solveMany(
      { f: (x: number) => -x, t1: 1e6 },
      new Float64Array(1000).fill(0.1),
      rk4({ h: 1e-3 }),
    );
    expect(family.status.every((s) => s === 'max-steps')).toBe(true);
    expect(family.nfev).toBeLessThanOrEqual(6_000_000 + 1000);
    // It ran 187 s before (10⁷ steps per member); one second on a quiet machine, with room for a loaded one.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
