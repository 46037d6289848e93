import { describe, expect, test } from 'vitest';
import { euler, heun, midpoint, PhaseflowError, rk4, solve } from '../index.ts';

const logistic = (x: number) => x * (1 - x);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof PhaseflowError) return error.code;
    throw error;
  }
  return undefined;
}

describe('solve(problem, method) time grid', () => {
  test('takes exactly n steps of exactly h when t1 − t0 = n·h up to rounding, ending on t1', () => {
    const sol = solve({ f: logistic, x0: 0.1, t0: 0, t1: 0.3 }, euler({ h: 0.1 }));
    expect(sol.nsteps).toBe(3);
    expect(Array.from(sol.t)).toEqual([0, 0.1, 0.2, 0.3]);
    // Every step used h itself: x1 = x0 + h f(x0) exactly.
    expect(sol.x[1]).toBe(0.1 + 0.1 * logistic(0.1));
  });

  test('shortens the last step to land on t1 when the span is not a whole number of steps', () => {
    const sol = solve({ f: (x) => x, x0: 1, t1: 1 }, euler({ h: 0.3 }));
    expect(sol.nsteps).toBe(4);
    expect(sol.t.at(-1)).toBe(1);
    expect(sol.t[3]).toBeCloseTo(0.9, 15);
    expect(sol.x[4]).toBeCloseTo(1.3 ** 3 * 1.1, 14);
  });

  test('integrates backward when t1 < t0', () => {
    const sol = solve({ f: (x) => x, x0: Math.E, t0: 1, t1: 0 }, rk4({ h: 0.01 }));
    expect(sol.status).toBe('success');
    expect(sol.t[1]).toBeLessThan(1);
    expect(sol.at(0)).toBeCloseTo(1, 9);
  });

  test('returns the initial point when t1 === t0', () => {
    const sol = solve({ f: logistic, x0: 0.25, t0: 2, t1: 2 }, rk4({ h: 0.1 }));
    expect(sol.status).toBe('success');
    expect(Array.from(sol.t)).toEqual([2]);
    expect(Array.from(sol.x)).toEqual([0.25]);
    expect(sol.at(2)).toBe(0.25);
  });

  test('keeps t0 + k·h exact over a million steps (no drift from summing h)', () => {
    const sol = solve({ f: () => 0, x0: 0, t1: 100 }, euler({ h: 1e-4 }));
    expect(sol.nsteps).toBe(1_000_000);
    expect(sol.t[500_000]).toBe(500_000 * 1e-4);
    expect(sol.t.at(-1)).toBe(100);
  });
});

describe('solve(problem, fixed-step method) times', () => {
  const h = 0.01;
  const grid = (sol: { t: Float64Array }) => Array.from(sol.t).every((t, k) => t === k * h);

  test('t reads t0 + k·h whether it is read first, after at(), or through a spread copy', () => {
    const first = solve({ f: logistic, x0: 0.1, t1: 1 }, euler({ h }));
    expect(first.t.length).toBe(101);
    expect(Array.from(first.t.subarray(0, 100)).every((t, k) => t === k * h)).toBe(true);
    expect(first.t[100]).toBe(1);

    const afterAt = solve({ f: logistic, x0: 0.1, t1: 1 }, rk4({ h }));
    expect(afterAt.at(0.505)).toBeCloseTo(1 / (1 + 9 * Math.exp(-0.505)), 8);
    expect(afterAt.t[37]).toBe(37 * h);

    const copy = { ...solve({ f: logistic, x0: 0.1, t1: 1 }, heun({ h })) };
    expect(copy.t[50]).toBe(50 * h);
    expect(Object.keys(copy)).toContain('t');
  });

  test('runs that stop early (non-finite, max-steps) have every time written', () => {
    const blowUp = solve({ f: (x) => x * x, x0: 1, t1: 2 }, euler({ h }));
    expect(blowUp.status).toBe('non-finite');
    expect(grid(blowUp)).toBe(true);
    const capped = solve({ f: logistic, x0: 0.1, t1: 10 }, rk4({ h }), { maxSteps: 300 });
    expect(capped.status).toBe('max-steps');
    expect(grid(capped)).toBe(true);
    expect(capped.t.length).toBe(301);
  });
});

describe('solve(problem, method) result shape', () => {
  test('scalar problems have dim 1 and at(t) returns a number', () => {
    const sol = solve({ f: logistic, x0: 0.1, t1: 1 }, heun({ h: 0.1 }));
    expect(sol.dim).toBe(1);
    expect(typeof sol.at(0.55)).toBe('number');
    expect(sol.at([0, 1])).toBeInstanceOf(Float64Array);
  });

  test('systems are row-major and at(t) returns a Float64Array of length dim', () => {
    const sol = solve(
      {
        f: (x, _t, d) => {
          d[0] = x[1]!;
          d[1] = -x[0]!;
        },
        x0: [0, 1],
        t1: 1,
      },
      rk4({ h: 0.01 }),
    );
    expect(sol.dim).toBe(2);
    expect(sol.x.length).toBe(sol.t.length * 2);
    const mid = sol.at(0.505) as Float64Array;
    expect(mid.length).toBe(2);
    expect(mid[0]).toBeCloseTo(Math.sin(0.505), 9);
    expect(mid[1]).toBeCloseTo(Math.cos(0.505), 9);
    expect(Array.from(sol.at([0.25, 0.5]))).toHaveLength(4);
  });

  test('at(t) is third-order accurate between steps (cubic Hermite)', () => {
    const errorAt = (h: number) => {
      const sol = solve({ f: (x) => x, x0: 1, t1: 1 }, rk4({ h }));
      let worst = 0;
      for (let t = h / 3; t < 1; t += h) worst = Math.max(worst, Math.abs(sol.at(t) - Math.exp(t)));
      return worst;
    };
    expect(Math.log2(errorAt(0.1) / errorAt(0.05))).toBeGreaterThan(3.5);
  });

  test('at(t) outside the computed span throws ERR_INVALID_ARG', () => {
    const sol = solve({ f: logistic, x0: 0.1, t1: 1 }, euler({ h: 0.1 }));
    expect(codeOf(() => sol.at(1.5))).toBe('ERR_INVALID_ARG');
    expect(codeOf(() => sol.at(Number.NaN))).toBe('ERR_INVALID_ARG');
  });

  test('never aliases or mutates the caller’s x0', () => {
    const x0 = [1, 2];
    const sol = solve(
      {
        f: (x, _t, d) => {
          d[0] = -x[0]!;
          d[1] = -x[1]!;
        },
        x0,
        t1: 1,
      },
      euler({ h: 0.1 }),
    );
    expect(x0).toEqual([1, 2]);
    expect(sol.x[0]).toBe(1);
  });

  test('counts evaluations of f: stages per step plus the probe', () => {
    let calls = 0;
    const sol = solve(
      {
        f: (x) => {
          calls++;
          return -x;
        },
        x0: 1,
        t1: 1,
      },
      midpoint({ h: 0.1 }),
    );
    expect(sol.nfev).toBe(calls);
    expect(sol.nfev).toBe(2 * 10 + 1);
  });
});

describe('solve(problem, method) numerical statuses', () => {
  test("x' = x² from x0 = 1 ends non-finite before t = 1 with only finite points", () => {
    const sol = solve({ f: (x) => x * x, x0: 1, t1: 2 }, rk4({ h: 1e-3 }));
    expect(sol.status).toBe('non-finite');
    expect(sol.x.every(Number.isFinite)).toBe(true);
    expect(sol.t.at(-1)!).toBeLessThan(1.01);
    expect(sol.t.at(-1)!).toBeGreaterThan(0.99);
    expect(sol.t.length).toBe(sol.x.length);
  });

  test('the logistic equation from x0 < 0 reaches −∞ near t = ln(1 − 1/x0)', () => {
    const x0 = -0.5;
    const sol = solve({ f: logistic, x0, t1: 5 }, rk4({ h: 1e-3 }));
    expect(sol.status).toBe('non-finite');
    expect(Math.abs(sol.t.at(-1)! - Math.log(1 - 1 / x0))).toBeLessThan(0.01);
    expect(sol.x.every(Number.isFinite)).toBe(true);
  });

  test('f NaN from the start ends non-finite at t0', () => {
    const sol = solve({ f: () => Number.NaN, x0: 1, t1: 1 }, euler({ h: 0.1 }));
    expect(sol.status).toBe('non-finite');
    expect(Array.from(sol.x)).toEqual([1]);
  });

  test('maxSteps stops a long run with status max-steps and the points so far', () => {
    const sol = solve({ f: logistic, x0: 0.1, t1: 10 }, euler({ h: 0.001 }), { maxSteps: 100 });
    expect(sol.status).toBe('max-steps');
    expect(sol.nsteps).toBe(100);
    expect(sol.t.at(-1)).toBeCloseTo(0.1, 15);
  });
});

describe('solve(problem, method) bad input', () => {
  const f = logistic;
  test.each([
    ['non-finite x0', () => solve({ f, x0: Number.NaN, t1: 1 }, euler({ h: 0.1 })), 'ERR_INVALID_ARG'],
    [
      'non-finite x0 component',
      () => solve({ f: () => {}, x0: [1, Infinity], t1: 1 }, euler({ h: 0.1 })),
      'ERR_INVALID_ARG',
    ],
    ['empty x0', () => solve({ f: () => {}, x0: [], t1: 1 }, euler({ h: 0.1 })), 'ERR_INVALID_ARG'],
    ['non-finite t0', () => solve({ f, x0: 1, t0: Infinity, t1: 1 }, euler({ h: 0.1 })), 'ERR_INVALID_ARG'],
    ['missing t1', () => solve({ f, x0: 1 } as never, euler({ h: 0.1 })), 'ERR_INVALID_ARG'],
    ['h ≤ 0', () => euler({ h: -0.1 }), 'ERR_INVALID_ARG'],
    ['h = 0', () => rk4({ h: 0 }), 'ERR_INVALID_ARG'],
    ['h NaN', () => heun({ h: Number.NaN }), 'ERR_INVALID_ARG'],
    ['no options', () => midpoint(undefined as never), 'ERR_INVALID_ARG'],
    ['unknown method option', () => rk4({ h: 0.1, rtol: 1 } as never), 'ERR_UNKNOWN_OPTION'],
    [
      'unknown solve option',
      () => solve({ f, x0: 1, t1: 1 }, rk4({ h: 0.1 }), { tspan: 1 } as never),
      'ERR_UNKNOWN_OPTION',
    ],
    ['f not a function', () => solve({ f: 3, x0: 1, t1: 1 } as never, rk4({ h: 0.1 })), 'ERR_INVALID_ARG'],
    [
      'scalar f returning a string',
      () => solve({ f: () => 'x', x0: 1, t1: 1 } as never, rk4({ h: 0.1 })),
      'ERR_INVALID_RETURN',
    ],
    [
      'system f returning an array',
      () => solve({ f: () => [1, 2], x0: [1, 2], t1: 1 } as never, rk4({ h: 0.1 })),
      'ERR_INVALID_RETURN',
    ],
    [
      'system f writing too few components',
      () =>
        solve(
          {
            f: (_x: Float64Array, _t: number, d: Float64Array) => {
              d[0] = 1;
            },
            x0: [1, 2],
            t1: 1,
          },
          rk4({ h: 0.1 }),
        ),
      'ERR_DIM_MISMATCH',
    ],
    [
      'maxSteps not an integer',
      () => solve({ f, x0: 1, t1: 1 }, rk4({ h: 0.1 }), { maxSteps: 1.5 }),
      'ERR_INVALID_ARG',
    ],
  ])('%s throws %s', (_name, run, code) => {
    expect(codeOf(run)).toBe(code);
  });

  test('the message names the argument, the rule and the value', () => {
    expect(() => euler({ h: -0.1 })).toThrow(
      '`euler(options).h` must be a positive finite number. Value: `-0.1`.',
    );
  });
});
