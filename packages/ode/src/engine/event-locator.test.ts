import { describe, expect, test } from 'vitest';
import { dop853, dopri5, euler, init, rk4, solve } from '../index.ts';

const oscillator = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = x[1]!;
  d[1] = -x[0]!;
};
const logistic = (x: number) => x * (1 - x);

describe('solve(problem, method, { events })', () => {
  test.each([
    ['dopri5', dopri5({ rtol: 1e-12, atol: 1e-12 })],
    ['dop853', dop853({ rtol: 1e-12, atol: 1e-12 })],
  ])("x'' = −x from (1, 0) with %s: x crosses 0 at π/2 + kπ", (_, m) => {
    const sol = solve({ f: oscillator, x0: [1, 0], t1: 20 }, m, { events: [{ g: (x) => x[0]! }] });
    expect(sol.events.length).toBe(6); // π/2 + kπ < 20 for k = 0..5
    sol.events.forEach((e, k) => {
      expect(e.index).toBe(0);
      expect(Math.abs(e.t - (Math.PI / 2 + k * Math.PI))).toBeLessThan(1e-10);
      expect(Math.abs(e.x[0]!)).toBeLessThan(1e-10);
    });
    expect(sol.status).toBe('success');
  });

  test('direction selects rising or falling crossings only', () => {
    const m = dopri5({ rtol: 1e-10, atol: 1e-12 });
    const problem = { f: oscillator, x0: [1, 0], t1: 20 };
    const falling = solve(problem, m, { events: [{ g: (x) => x[0]!, direction: -1 }] });
    const rising = solve(problem, m, { events: [{ g: (x) => x[0]!, direction: 1 }] });
    // cos t falls through 0 at π/2 + 2kπ and rises at 3π/2 + 2kπ.
    expect(falling.events.map((e) => Math.round((e.t - Math.PI / 2) / Math.PI) + 0)).toEqual([0, 2, 4]);
    expect(rising.events.map((e) => Math.round((e.t - Math.PI / 2) / Math.PI) + 0)).toEqual([1, 3, 5]);
  });

  test('the logistic equation from 0.1 crosses 0.5 at t = ln 9; a terminal event ends the run there', () => {
    const sol = solve({ f: logistic, x0: 0.1, t1: 10 }, dopri5({ rtol: 1e-12, atol: 1e-14 }), {
      events: [{ g: (x) => x - 0.5, terminal: true }],
    });
    expect(sol.status).toBe('terminated');
    expect(sol.events.length).toBe(1);
    expect(Math.abs(sol.events[0]!.t - Math.log(9))).toBeLessThan(1e-11);
    expect(sol.t.at(-1)).toBe(sol.events[0]!.t);
    expect(sol.x.at(-1)).toBe(sol.events[0]!.x);
    expect(sol.at(sol.events[0]!.t)).toBeCloseTo(0.5, 11);
  });

  test('two crossings inside one step are both found', () => {
    // x' = 1 is integrated exactly, so the steps grow to cover both roots of (x − 3)(x − 3.5) in one step.
    const sol = solve({ f: () => 1, x0: 0, t1: 10 }, dopri5(), {
      events: [{ g: (x) => (x - 3) * (x - 3.5) }],
    });
    const inOneStep = Array.from(sol.t).some((t, k) => k > 0 && sol.t[k - 1]! < 3 && t > 3.5);
    expect(inOneStep).toBe(true);
    expect(sol.events.map((e) => e.t)).toEqual([expect.closeTo(3, 12), expect.closeTo(3.5, 12)]);
  });

  test('a root exactly at a step end is counted once', () => {
    const sol = solve({ f: () => 1, x0: 0, t1: 2 }, euler({ h: 0.25 }), { events: [{ g: (x) => x - 1 }] });
    expect(sol.t).toContain(1);
    expect(sol.events.length).toBe(1);
    expect(sol.events[0]!.t).toBe(1);
  });

  test('terminal: n stops the run at the n-th occurrence', () => {
    const sol = solve({ f: oscillator, x0: [1, 0], t1: 20 }, dop853({ rtol: 1e-10, atol: 1e-12 }), {
      events: [{ g: (x) => x[0]!, terminal: 3 }, { g: (x) => x[1]! }],
    });
    expect(sol.status).toBe('terminated');
    expect(sol.events.filter((e) => e.index === 0).length).toBe(3);
    expect(sol.t.at(-1)!).toBeCloseTo(Math.PI / 2 + 2 * Math.PI, 9);
    // x′ = −sin t crosses 0 at π and 2π before that; events come in time order.
    expect(sol.events.map((e) => e.index)).toEqual([0, 1, 0, 1, 0]);
  });

  test('events work with fixed-step methods on the Hermite interpolant', () => {
    const sol = solve({ f: logistic, x0: 0.1, t1: 10 }, rk4({ h: 0.01 }), {
      events: [{ g: (x) => x - 0.5 }],
    });
    expect(sol.events.length).toBe(1);
    expect(Math.abs(sol.events[0]!.t - Math.log(9))).toBeLessThan(1e-8);
    expect(sol.status).toBe('success');
  });

  test('tEval composes with a terminal event: times after the event are left out', () => {
    const sol = solve({ f: logistic, x0: 0.1, t1: 10 }, dopri5({ rtol: 1e-9, atol: 1e-12 }), {
      tEval: [0, 1, 2, 3, 4, 5],
      events: [{ g: (x) => x - 0.5, terminal: true }],
    });
    expect(Array.from(sol.t)).toEqual([0, 1, 2]);
    expect(sol.x[2]).toBeCloseTo(0.1 / (0.1 + 0.9 * Math.exp(-2)), 8);
  });

  test('the stepper reports events as it meets them', () => {
    const stepper = init({ f: oscillator, x0: [1, 0], t1: 4 }, dopri5(), { events: [{ g: (x) => x[0]! }] });
    let before = stepper.t;
    while (stepper.events.length === 0 && stepper.status === 'running') {
      before = stepper.t;
      stepper.step();
    }
    // Found by the step that crossed it, not earlier or later.
    expect(stepper.events.length).toBe(1);
    expect(stepper.events[0]!.t).toBeCloseTo(Math.PI / 2, 3);
    expect(before).toBeLessThan(stepper.events[0]!.t);
    expect(stepper.t).toBeGreaterThanOrEqual(stepper.events[0]!.t);
    while (stepper.status === 'running') stepper.step();
    expect(stepper.events.length).toBe(1);
  });
});
