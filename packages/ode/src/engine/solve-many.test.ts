import { describe, expect, test } from 'vitest';
import { dopri5, heun, type PhaseflowError, rk4, solve, solveMany } from '../index.ts';

const logistic = (x: number) => x * (1 - x);
const rotation = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = -x[1]!;
  d[1] = x[0]!;
};

describe('solveMany(problem, x0s, method)', () => {
  test('each member of a fixed-step family equals solve from its x0, bit for bit (scalar, rk4 and heun)', () => {
    const x0s = [0.1, 0.5, 1.2, -0.3];
    for (const method of [rk4({ h: 0.07 }), heun({ h: 0.07 })]) {
      const family = solveMany({ f: logistic, t1: 2 }, x0s, method);
      x0s.forEach((x0, m) => {
        const single = solve({ f: logistic, x0, t1: 2 }, method);
        const rows = family.rows[m]!;
        expect(rows).toBe(single.t.length);
        expect(Array.from(family.t.subarray(0, rows))).toEqual(Array.from(single.t));
        const column = Array.from({ length: rows }, (_, r) => family.x[r * family.count + m]);
        expect(column).toEqual(Array.from(single.x));
        expect(family.status[m]).toBe(single.status);
      });
    }
  });

  test('each member of a system family equals solve from its x0, bit for bit', () => {
    const x0s = [
      [1, 0],
      [0, 2],
      [-1, 0.5],
    ];
    const method = rk4({ h: 0.1 });
    const family = solveMany({ f: rotation, t1: 1.05 }, x0s, method);
    expect(family.dim).toBe(2);
    x0s.forEach((x0, m) => {
      const single = solve({ f: rotation, x0, t1: 1.05 }, method);
      const rows = Array.from(family.t, (_, r) => [
        family.x[(r * family.count + m) * 2]!,
        family.x[(r * family.count + m) * 2 + 1]!,
      ]).flat();
      expect(rows).toEqual(Array.from(single.x));
    });
  });

  test('the blow-up of one member stops only that member, with its own status', () => {
    // From x0 < 0 the logistic equation reaches −∞ at t = ln(1 − 1/x0): for −0.5, at ln 3 ≈ 1.0986.
    const family = solveMany({ f: logistic, t1: 5 }, [0.1, -0.5, 1.5], rk4({ h: 0.01 }));
    expect(family.status).toEqual(['success', 'non-finite', 'success']);
    expect(family.rows[0]).toBe(family.t.length);
    expect(family.t[family.rows[1]! - 1]!).toBeLessThan(1.5);
    expect(family.x.every(Number.isFinite)).toBe(true);
    const single = solve({ f: logistic, x0: -0.5, t1: 5 }, rk4({ h: 0.01 }));
    expect(family.rows[1]).toBe(single.t.length);
  });

  test('an adaptive family gives each member solve’s values at the output times, bit for bit', () => {
    const tEval = [0, 0.5, 1, 2, 4];
    const x0s = [0.1, 0.9, -0.2];
    const method = dopri5({ rtol: 1e-8 });
    const family = solveMany({ f: logistic, t1: 4 }, x0s, method, { tEval });
    x0s.forEach((x0, m) => {
      const single = solve({ f: logistic, x0, t1: 4 }, method, { tEval });
      const column = tEval.map((_, r) => family.x[r * 3 + m]);
      if (single.status === 'success') expect(column).toEqual(Array.from(single.x));
      expect(family.status[m]).toBe(single.status);
    });
    expect(family.status[2]).not.toBe('success'); // −0.2 blows up at ln 6 ≈ 1.79
    expect(family.status.slice(0, 2)).toEqual(['success', 'success']);
  });

  test('a member that cannot start stops alone and leaves no NaN, whatever the output times', () => {
    const f = (x: number) => (x < 0 ? Math.sqrt(x) : -x);
    for (const tEval of [
      [0, 1, 2],
      [1, 2],
    ]) {
      const family = solveMany({ f, t1: 2 }, [1, -1, 2], dopri5(), { tEval });
      expect(family.status).toEqual(['success', 'non-finite', 'success']);
      expect(family.x.every(Number.isFinite)).toBe(true);
      expect(family.rows[1]).toBe(tEval[0] === 0 ? 1 : 0);
      expect(family.x[tEval.length * 3 - 1]).toBeCloseTo(2 * Math.exp(-2), 3);
    }
  });

  test('bad input throws PhaseflowError codes', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as PhaseflowError).code;
      }
      return undefined;
    };
    expect(code(() => solveMany({ f: logistic, t1: 1 }, [], rk4({ h: 0.1 })))).toBe('ERR_INVALID_ARG');
    expect(code(() => solveMany({ f: logistic, t1: 1 }, [0.1, Number.NaN], rk4({ h: 0.1 })))).toBe(
      'ERR_INVALID_ARG',
    );
    expect(code(() => solveMany({ f: rotation, t1: 1 }, [[1, 0], [1]], rk4({ h: 0.1 })))).toBe(
      'ERR_DIM_MISMATCH',
    );
    expect(
      code(() => solveMany({ f: logistic, t1: 1 }, [0.1], rk4({ h: 0.1 }), { events: [] } as never)),
    ).toBe('ERR_UNKNOWN_OPTION');
    expect(code(() => solveMany({ f: logistic, t1: 1, x0: 3 } as never, [0.1], rk4({ h: 0.1 })))).toBe(
      'ERR_INVALID_ARG',
    );
    // Extra fields are allowed, as in solve.
    expect(solveMany({ f: logistic, t1: 1, name: 'logistic' } as never, [0.1], rk4({ h: 0.1 })).count).toBe(
      1,
    );
    expect(
      code(() => solveMany({ f: logistic, t1: 1 }, [0.1], { kind: 'fixed-step', h: 0.1 } as never)),
    ).toBe('ERR_INVALID_ARG');
  });
});
