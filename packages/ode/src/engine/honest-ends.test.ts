import { describe, expect, test } from 'vitest';
import { dop853, dopri5, euler, init, PhaseflowError, rk4, solve, solveMany } from '../index.ts';

const METHODS = [
  ['dopri5', dopri5],
  ['dop853', dop853],
] as const;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PhaseflowError) return error.code;
    throw error;
  }
  return undefined;
}

/** Robertson's chemical kinetics (HNW II, §IV.1): the classic stiff test problem. */
const robertson = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = -0.04 * x[0]! + 1e4 * x[1]! * x[2]!;
  d[1] = 0.04 * x[0]! - 1e4 * x[1]! * x[2]! - 3e7 * x[1]! * x[1]!;
  d[2] = 3e7 * x[1]! * x[1]!;
};

describe.each(METHODS)('solve(problem, %s) ends honestly', (_name, method) => {
  test('x′ = x² from 1 (blow-up at t = 1): the last time is ≤ 1 with a status, for rtol 1e-3 … 1e-12 (atol default or = rtol)', () => {
    for (let e = 3; e <= 12; e++) {
      for (const options of [{ rtol: 10 ** -e }, { rtol: 10 ** -e, atol: 10 ** -e }]) {
        const sol = solve({ f: (x) => x * x, x0: 1, t1: 2 }, method(options));
        expect(sol.status).toBe('step-too-small');
        expect(sol.t.at(-1)!).toBeLessThanOrEqual(1);
        expect(sol.x.every(Number.isFinite)).toBe(true);
      }
    }
  });

  test('f turning NaN or ∞ ends the run non-finite within 100 evaluations of its first non-finite value', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (const edge of [0.3, 0.77, 5]) {
        let calls = 0;
        let first = -1;
        const f = (x: number, t: number) => {
          calls++;
          if (t < edge) return -x;
          if (first < 0) first = calls;
          return bad;
        };
        const sol = solve({ f, x0: 1, t1: 10 }, method());
        expect(sol.status).toBe('non-finite');
        expect(calls - first).toBeLessThanOrEqual(100);
        expect(sol.t.at(-1)!).toBeLessThan(edge);
      }
    }
  });

  // At rtol = atol = 1e-6, where Hairer's DOPRI5 reports "probably stiff" after about 6,000 evaluations.
  test(`Robertson on [0, 1e11] ends stiff after a few thousand evaluations, with a message naming rodas4`, () => {
    const sol = solve({ f: robertson, x0: [1, 0, 0], t1: 1e11 }, method({ rtol: 1e-6, atol: 1e-6 }));
    expect(sol.status).toBe('stiff');
    expect(sol.nfev).toBeLessThan(20_000);
    expect(sol.message).toContain('rodas4');
    expect(sol.stiffAt).toBe(sol.t.at(-1));
    expect(sol.x.every(Number.isFinite)).toBe(true);
  });

  test("stiffness: 'warn' goes on and records stiffAt; 'ignore' does not test", () => {
    const problem = { f: robertson, x0: [1, 0, 0], t1: 1e11 };
    const tight = method({ rtol: 1e-6, atol: 1e-6 });
    const warned = solve(problem, tight, { stiffness: 'warn', maxSteps: 4000 });
    expect(warned.status).toBe('max-steps');
    expect(warned.stiffAt).toBeGreaterThan(0);
    expect(warned.t.at(-1)!).toBeGreaterThan(warned.stiffAt!);
    const ignored = solve(problem, tight, { stiffness: 'ignore', maxSteps: 4000 });
    expect(ignored.stiffAt).toBeNull();
    expect(Array.from(ignored.x)).toEqual(Array.from(warned.x));
    const family = solveMany({ f: robertson, t1: 1e11 }, [[1, 0, 0]], tight, { stiffness: 'stop' });
    expect(family.status).toEqual(['stiff']);
    expect(family.stiffAt[0]).toBeGreaterThan(0);
  });

  test('at the default tolerances Robertson still ends stiff, long before maxSteps', () => {
    const sol = solve({ f: robertson, x0: [1, 0, 0], t1: 1e11 }, method());
    expect(sol.status).toBe('stiff');
    expect(sol.nfev).toBeLessThan(200_000);
  });

  test('a non-stiff run has stiffAt null', () => {
    const sol = solve({ f: (x) => x * (1 - x), x0: 0.1, t1: 10 }, method());
    expect(sol.status).toBe('success');
    expect(sol.stiffAt).toBeNull();
  });

  test('firstStep larger than the span is ERR_INVALID_ARG, not a silent clamp', () => {
    expect(codeOf(() => solve({ f: (x) => -x, x0: 1, t1: 1 }, method({ firstStep: 2 })))).toBe(
      'ERR_INVALID_ARG',
    );
  });
});

describe('solve(problem, method, options) run options', () => {
  test('terminal: 0 and terminal: false are not terminal (as in SciPy)', () => {
    for (const terminal of [0, false]) {
      const sol = solve({ f: () => 1, x0: 0, t1: 3 }, rk4({ h: 0.1 }), {
        events: [{ g: (x) => x - 1, terminal }],
      });
      expect(sol.status).toBe('success');
      expect(sol.events.length).toBe(1);
    }
  });

  test.each([
    ['dopri5', dopri5({ rtol: 1e-8 })],
    ['dop853', dop853()],
    ['rk4', rk4({ h: 0.01 })],
    ['euler', euler({ h: 0.001 })],
  ])(
    'denseOutput: false with tEval (%s) gives the tEval rows bit for bit, and at() throws ERR_NO_DENSE_OUTPUT',
    (_, m) => {
      const tEval = Array.from({ length: 21 }, (_, j) => j / 2);
      const problem = { f: (x: number, t: number) => Math.sin(t) - 0.1 * x, x0: 1, t1: 10 };
      const dense = solve(problem, m, { tEval });
      const sparse = solve(problem, m, { tEval, denseOutput: false });
      expect(sparse.status).toBe('success');
      expect(Array.from(sparse.t)).toEqual(tEval);
      expect(Array.from(sparse.x)).toEqual(Array.from(dense.x));
      expect(codeOf(() => sparse.at(1))).toBe('ERR_NO_DENSE_OUTPUT');
      const stepper = init(problem, m, { tEval, denseOutput: false });
      stepper.step();
      expect(codeOf(() => stepper.at(0))).toBe('ERR_NO_DENSE_OUTPUT');
      expect(codeOf(() => solve(problem, m, { denseOutput: false }))).toBe('ERR_INVALID_ARG');
    },
  );

  test('stiffness must be stop, warn or ignore', () => {
    expect(
      codeOf(() => solve({ f: (x) => -x, x0: 1, t1: 1 }, dopri5(), { stiffness: 'loud' as never })),
    ).toBe('ERR_INVALID_ARG');
  });
});
