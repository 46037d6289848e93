import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { solve } from '../engine/solve.ts';
import { rk4 } from '../fixed-step-methods.ts';
import { blowUpTime } from './blow-up-time.ts';

const logistic = (x: number) => x * (1 - x);

describe('blowUpTime', () => {
  test('blowUpTime(logistic, x0 < 0) is ln(1 − 1/x0) to 1e-9, within its own accuracy estimate', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: -1e-3, noNaN: true }), (x0) => {
        const r = blowUpTime(logistic, x0);
        const exact = Math.log(1 - 1 / x0);
        expect(r.status).toBe('blow-up');
        expect(r.direction).toBe(-1);
        expectClose(`t* from x0 = ${x0}`, r.time!, exact, 0, 1e-9);
        expect(Math.abs(r.time! - exact)).toBeLessThanOrEqual(r.accuracy! + 4 * Number.EPSILON * exact);
      }),
      { numRuns: 200 },
    );
  });

  test('blowUpTime(logistic, −0.5) agrees with solve(…, rk4): status non-finite within a few steps of ln 3', () => {
    const predicted = blowUpTime(logistic, -0.5).time!;
    expectClose('ln 3', predicted, Math.log(3), 1e-10);
    for (const h of [1e-2, 1e-3, 1e-4]) {
      const sol = solve({ f: logistic, x0: -0.5, t1: 3 }, rk4({ h }));
      expect(sol.status).toBe('non-finite');
      const last = sol.t[sol.t.length - 1]!;
      expectClose(`last finite t at h = ${h}`, last, predicted, 5 * h);
    }
  });

  test('blowUpTime(logistic, x0 > 1, { backward: true }) is the negative time ln(1 − 1/x0), as solve backwards', () => {
    for (const x0 of [1.5, 2, 10]) {
      const r = blowUpTime(logistic, x0, { backward: true });
      expect(r.status).toBe('blow-up');
      expectClose(`t* from x0 = ${x0}`, r.time!, Math.log(1 - 1 / x0), 0, 1e-9);
      const sol = solve({ f: logistic, x0, t1: -3 }, rk4({ h: 1e-3 }));
      expect(sol.status).toBe('non-finite');
      expectClose('solve backwards', sol.t[sol.t.length - 1]!, r.time!, 5e-3);
    }
  });

  test('blowUpTime(1 + x², x0) is π/2 − atan(x0) and blowUpTime(x³, x0) is 1/(2x0²)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (a, b) => {
          expectClose(
            `1 + x² from ${a}`,
            blowUpTime((x) => 1 + x * x, a).time!,
            Math.PI / 2 - Math.atan(a),
            0,
            1e-9,
          );
          expectClose(`x³ from ${b}`, blowUpTime((x) => x ** 3, b).time!, 1 / (2 * b * b), 0, 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('blowUpTime says no blow-up exactly where solve succeeds over a long time', () => {
    const cases: [(x: number) => number, number, string][] = [
      [logistic, 0.5, 'approaches-equilibrium'],
      [(x) => x, 1, 'unbounded'],
      [(x) => -x * x * x, 2, 'approaches-equilibrium'],
      [(x) => x * x, 1, 'blow-up'],
    ];
    for (const [f, x0, status] of cases) {
      expect(blowUpTime(f, x0).status).toBe(status);
      const sol = solve({ f, x0, t1: 20 }, rk4({ h: 0.01 }));
      expect(sol.status, `solve from ${x0}`).toBe(status === 'blow-up' ? 'non-finite' : 'success');
    }
  });

  test('blowUpTime tells apart equilibria ahead, unbounded growth and non-finite f', () => {
    expect(blowUpTime(logistic, 0.5)).toMatchObject({
      status: 'approaches-equilibrium',
      limit: 1,
      direction: 1,
      time: null,
    });
    expect(blowUpTime(logistic, 1)).toMatchObject({ status: 'at-equilibrium', direction: 0 });
    expect(blowUpTime((x) => x, 1).status).toBe('unbounded');
    expect(blowUpTime(() => -2, 1).status).toBe('unbounded');
    const touch = (x: number) => x * x * (1 - x);
    expect(blowUpTime(touch, -3)).toMatchObject({ status: 'approaches-equilibrium', limit: 0 });
    expect(blowUpTime(touch, 0.5, { backward: true })).toMatchObject({
      status: 'approaches-equilibrium',
      limit: 0,
    });
    expect(blowUpTime(touch, -3, { backward: true }).status).toBe('blow-up');
    const pole = blowUpTime((x) => 1 / (1 - x), 0); // x(t) = 1 − √(1 − 2t) reaches the pole at t = 1/2
    expect(pole).toMatchObject({ status: 'non-finite', limit: 1 });
    expectClose('time to the pole', pole.time!, 0.5, 1e-10);
    expect(blowUpTime((x) => x * Math.log(x), 3).status).toBe('undetermined');
    // x′ = 1 − 2·[x > 1] drives x to the jump at 1 (from 0, at t = 1) and cannot go past it.
    const jump = blowUpTime((x) => (x > 1 ? -1 : 1), 0);
    expect(jump).toMatchObject({ status: 'undetermined', direction: 1 });
    expectClose('jump location', jump.limit!, 1, 1e-15);
    expectClose('time to the jump', jump.time!, 1, 1e-12);
  });

  test('blowUpTime throws on bad input', () => {
    expect(() => blowUpTime(logistic, Number.POSITIVE_INFINITY)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
    expect(() => blowUpTime(logistic, 0, { rtol: 0 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
    expect(() => blowUpTime(logistic, 0, { backward: 1 } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
    expect(() => blowUpTime(logistic, 0, { reverse: true } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_UNKNOWN_OPTION' }),
    );
  });
});
