import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dopri5, euler, init, PhaseflowError, RK4_TABLEAU, rk4, solve, solveMany } from '../index.ts';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PhaseflowError) return error.code;
    throw error;
  }
  return undefined;
}

const logistic = (x: number) => x * (1 - x);

describe('solve(problem, method, { events }) reports only events of the solution', () => {
  test('rk4 from x0 = −1 never leaves x ≤ −1, so x − 0.105 has no zero (the interpolant overshoots, the solution does not)', () => {
    const sol = solve({ f: logistic, x0: -1, t1: 1 }, rk4({ h: 0.1 }), { events: [{ g: (x) => x - 0.105 }] });
    expect(sol.status).toBe('non-finite');
    expect(sol.events).toEqual([]);
  });

  test('every reported event has a finite state on its level, at a time inside the run (random levels, x0, h)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        (x0, level, h) => {
          const sol = solve({ f: logistic, x0, t1: 4 }, rk4({ h }), { events: [{ g: (x) => x - level }] });
          for (const e of sol.events) {
            expect(Number.isFinite(e.x)).toBe(true);
            expect(Math.abs(e.x - level)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(level)));
            expect(e.t).toBeGreaterThanOrEqual(0);
            expect(e.t).toBeLessThanOrEqual(sol.t.at(-1)!);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('runs are bounded by construction', () => {
  test('step() called from inside f throws ERR_REENTRANT', () => {
    let stepper: ReturnType<typeof init> | undefined;
    const s = init(
      {
        f: (x: number) => {
          stepper?.step();
          return -x;
        },
        x0: 1,
        t1: 1,
      },
      dopri5(),
    );
    stepper = s;
    expect(codeOf(() => s.step())).toBe('ERR_REENTRANT');
  });

  test('impossible requests are ERR_TOO_LARGE, malformed lengths ERR_INVALID_ARG, never a RangeError', () => {
    const p = { f: logistic, x0: 0.1, t1: 1 };
    expect(codeOf(() => solve(p, dopri5(), { tEval: { length: 1e9 } as never }))).toBe('ERR_TOO_LARGE');
    expect(codeOf(() => solve(p, rk4({ h: 0.1 })).at({ length: 1e9 } as never))).toBe('ERR_TOO_LARGE');
    for (const length of [-1, Number.NaN, 1.5]) {
      expect(codeOf(() => solve(p, dopri5(), { tEval: { length } as never }))).toBe('ERR_INVALID_ARG');
      expect(codeOf(() => solve({ f: () => {}, x0: { length } as never, t1: 1 }, rk4({ h: 0.1 })))).toBe(
        'ERR_INVALID_ARG',
      );
    }
    expect(
      codeOf(() => solve({ f: () => {}, x0: { length: Number.NaN } as never, t1: 1 }, rk4({ h: 0.1 }))),
    ).toBe('ERR_INVALID_ARG');
  });

  test('maxSteps 1e308 and a 1000-dim system at h = 1e-9 grow their buffers and end with a status', () => {
    const huge = solve({ f: logistic, x0: 0.1, t1: 1 }, euler({ h: 0.01 }), { maxSteps: 1e308 });
    expect(huge.status).toBe('success');
    const wide = solve(
      {
        f: (x: Float64Array, _t: number, d: Float64Array) => {
          for (let i = 0; i < x.length; i++) d[i] = -x[i]!;
        },
        x0: new Float64Array(1000).fill(1),
        t1: 1,
      },
      rk4({ h: 1e-9 }),
      { maxSteps: 5000 },
    );
    expect(wide.status).toBe('max-steps');
    expect(wide.t.length).toBe(5001);
  });

  test('default maxSteps bounds the work: x′ = sin(10⁴t) to t = 10⁶ with dopri5 stops at max-steps', () => {
    const started = performance.now();
    const sol = solve({ f: (_x, t) => Math.sin(1e4 * t), x0: 0, t1: 1e6 }, dopri5(), {
      tEval: [0, 1e6],
      denseOutput: false,
    });
    expect(sol.status).toBe('max-steps');
    expect(sol.nfev).toBeLessThanOrEqual(6_000_010);
    expect(performance.now() - started).toBeLessThan(20_000); // about a second on a quiet machine
  }, 30_000);

  test('fixed steps below the resolution of t (t0 = 1e16, h = 0.5) are ERR_INVALID_ARG, not repeated times', () => {
    expect(codeOf(() => solve({ f: logistic, x0: 0.1, t0: 1e16, t1: 1e16 + 64 }, euler({ h: 0.5 })))).toBe(
      'ERR_INVALID_ARG',
    );
  });

  test('solveMany(…, dopri5(), { tEval: [] }) is ERR_INVALID_ARG, not max-steps', () => {
    expect(codeOf(() => solveMany({ f: logistic, t1: 1 }, [0.1], dopri5(), { tEval: [] }))).toBe(
      'ERR_INVALID_ARG',
    );
  });

  test('tableaus and methods are frozen; a spread method runs with what it says, or is rejected', () => {
    expect(Object.isFrozen(RK4_TABLEAU) && Object.isFrozen(RK4_TABLEAU.a[1])).toBe(true);
    expect(Object.isFrozen(rk4({ h: 0.1 })) && Object.isFrozen(dopri5())).toBe(true);
    const p = { f: logistic, x0: 0.1, t1: 10 };
    const loose = solve(p, dopri5());
    const spread = solve(p, { ...dopri5(), rtol: 1e-12 });
    expect(spread.nfev).toBeGreaterThan(loose.nfev);
    expect(Array.from(spread.x)).toEqual(Array.from(solve(p, dopri5({ rtol: 1e-12 })).x));
    expect(codeOf(() => solve(p, { ...dopri5(), rtol: -1 }))).toBe('ERR_INVALID_ARG');
    expect(codeOf(() => solve(p, { ...rk4({ h: 0.1 }), h: Number.NaN }))).toBe('ERR_INVALID_ARG');
  });
});
