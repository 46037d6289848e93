import { describe, expect, test } from 'vitest';
import { compareWithReference, loadReference, referenceRhs } from '../../test/reference.ts';
import { dop853, dopri5, euler, init, type Method, PhaseflowError, solve } from '../index.ts';
import { DOP853_TABLEAU } from '../tableaus/dop853.ts';
import { DOPRI5_TABLEAU } from '../tableaus/dopri5.ts';

const rotation = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = -x[1]!;
  d[1] = x[0]!;
};
const logistic = (x: number) => x * (1 - x);
const logisticExact = (t: number) => 0.1 / (0.1 + 0.9 * Math.exp(-t));

function observedOrder(tableau: typeof DOPRI5_TABLEAU, hs: number[], t1: number): number[] {
  const errors = hs.map((h) => {
    const method: Method = { kind: 'fixed-step', tableau, h };
    const sol = solve({ f: rotation, x0: [1, 0], t1 }, method);
    return Math.hypot(sol.x.at(-2)! - Math.cos(t1), sol.x.at(-1)! - Math.sin(t1));
  });
  return errors.slice(1).map((e, k) => Math.log2(errors[k]! / e));
}

describe('the embedded pairs on the fixed-step engine', () => {
  test('solve(rotation, DOPRI5 tableau at fixed h) has global error O(h^5)', () => {
    for (const order of observedOrder(DOPRI5_TABLEAU, [0.4, 0.2, 0.1, 0.05, 0.025], 2)) {
      expect(order).toBeGreaterThan(4.9);
      expect(order).toBeLessThan(5.1);
    }
  });

  test('solve(rotation, DOP853 tableau at fixed h) has global error O(h^8)', () => {
    for (const order of observedOrder(DOP853_TABLEAU, [1, 0.5, 0.25, 0.125], 10)) {
      expect(order).toBeGreaterThan(7.8);
      expect(order).toBeLessThan(8.3);
    }
  });
});

describe('solve(problem, dopri5 | dop853) accuracy', () => {
  test.each([
    ['dopri5', dopri5],
    ['dop853', dop853],
  ])('solve(rotation, %s) error at t1 is proportional to the tolerance from 1e-3 to 1e-10', (_, m) => {
    const tols = [1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10];
    const ratios = tols.map((tol) => {
      const sol = solve({ f: rotation, x0: [1, 0], t1: 10 }, m({ rtol: tol, atol: tol }));
      return Math.hypot(sol.x.at(-2)! - Math.cos(10), sol.x.at(-1)! - Math.sin(10)) / tol;
    });
    // In proportion: err/tol stays within one band (a factor 3 across seven decades), near 1.
    expect(Math.max(...ratios) / Math.min(...ratios)).toBeLessThan(3);
    for (const r of ratios) {
      expect(r).toBeGreaterThan(0.1);
      expect(r).toBeLessThan(10);
    }
  });

  test.each([
    ['dopri5', dopri5],
    ['dop853', dop853],
  ])('solve(logistic, %s) stays within 10·tol of the closed form at t1 and inside the run', (_, m) => {
    for (const tol of [1e-3, 1e-6, 1e-9]) {
      const sol = solve({ f: logistic, x0: 0.1, t1: 10 }, m({ rtol: tol, atol: tol }));
      for (const t of [0.5, 3.3, 7.1, 10]) {
        expect(Math.abs(sol.at(t) - logisticExact(t))).toBeLessThan(10 * tol);
      }
    }
  });

  test.each([
    ['dopri5', dopri5],
    ['dop853', dop853],
  ])('solve(rotation, %s) forward then backward returns to x0 within tolerance', (_, m) => {
    const method = m({ rtol: 1e-9, atol: 1e-12 });
    const forward = solve({ f: rotation, x0: [1, 0.5], t1: 7 }, method);
    const back = solve({ f: rotation, x0: forward.x.slice(-2), t0: 7, t1: 0 }, method);
    expect(back.status).toBe('success');
    expect(back.t.at(-1)).toBe(0);
    expect(Math.abs(back.x.at(-2)! - 1)).toBeLessThan(1e-7);
    expect(Math.abs(back.x.at(-1)! - 0.5)).toBeLessThan(1e-7);
  });

  describe.each(['van-der-pol', 'lorenz', 'lotka-volterra', 'pendulum'])('reference %s', (name) => {
    const ref = loadReference(name);
    test.each([
      ['dopri5', dopri5],
      ['dop853', dop853],
    ])('solve(%s at rtol 1e-10) matches the reference within 1e-6 + 1e-6·|e|', (_, m) => {
      const sol = solve(
        { f: referenceRhs(ref), x0: ref.x0, t0: ref.t0, t1: ref.t1 },
        m({ rtol: 1e-10, atol: 1e-12 }),
      );
      expect(sol.status).toBe('success');
      expect(compareWithReference(ref, (t) => sol.at(t), 1e-6, 1e-6)).toEqual([]);
    });
  });
});

describe('solve(problem, dopri5) step control', () => {
  test('the last step lands exactly on t1, forward and backward', () => {
    expect(solve({ f: logistic, x0: 0.1, t1: Math.PI }, dopri5()).t.at(-1)).toBe(Math.PI);
    expect(solve({ f: logistic, x0: 0.9, t0: 1.7, t1: -Math.E }, dop853()).t.at(-1)).toBe(-Math.E);
  });

  test('maxStep bounds every step, firstStep sets the first', () => {
    const sol = solve({ f: logistic, x0: 0.1, t1: 10 }, dopri5({ maxStep: 0.25, firstStep: 0.01 }));
    expect(sol.t[1]).toBeCloseTo(0.01, 15);
    for (let k = 1; k < sol.t.length; k++)
      expect(sol.t[k]! - sol.t[k - 1]!).toBeLessThanOrEqual(0.25 + 1e-15);
  });

  test('nfev counts every evaluation of f; naccept + nreject counts every trial', () => {
    for (const m of [dopri5({ rtol: 1e-6 }), dop853({ rtol: 1e-9 })]) {
      let calls = 0;
      const f = (x: Float64Array, t: number, d: Float64Array) => {
        calls++;
        d[0] = x[1]!;
        d[1] = 5 * (1 - x[0]! * x[0]!) * x[1]! - x[0]!;
        return t;
      };
      const sol = solve(
        { f: f as (x: Float64Array, t: number, d: Float64Array) => void, x0: [2, 0], t1: 20 },
        m,
      );
      expect(sol.nfev).toBe(calls);
      expect(sol.naccept).toBe(sol.t.length - 1);
      expect(sol.nreject).toBeGreaterThan(0);
      const perTrial = m.tableau.name === 'dopri5' ? 6 : 11;
      const fsal = m.tableau.name === 'dopri5' ? 0 : sol.naccept;
      // 2 probe calls (normalizeProblem), f(x0), the initial-step estimate, then the trials.
      expect(sol.nfev).toBe(4 + perTrial * (sol.naccept + sol.nreject) + fsal);
    }
  });

  test('tEval is filled from the interpolant without changing the steps, bit for bit with at()', () => {
    const tEval = [0, 0.3, 1, 2.5, 2.5, 7, 10];
    for (const m of [dopri5(), dop853({ rtol: 1e-8 })]) {
      const plain = solve({ f: rotation, x0: [1, 0], t1: 10 }, m);
      const sampled = solve({ f: rotation, x0: [1, 0], t1: 10 }, m, { tEval });
      expect(sampled.naccept).toBe(plain.naccept);
      expect(Array.from(sampled.t)).toEqual(tEval);
      expect(Array.from(sampled.x)).toEqual(Array.from(plain.at(tEval)));
      expect(Array.from(sampled.at(tEval))).toEqual(Array.from(plain.at(tEval)));
    }
  });

  test.each([
    ['dopri5', dopri5],
    ['dop853', dop853],
  ])('solve(rotation, %s).at(t) between the steps is as accurate as the steps themselves', (_, m) => {
    for (const tol of [1e-6, 1e-9]) {
      const sol = solve({ f: rotation, x0: [1, 0], t1: 10 }, m({ rtol: tol, atol: tol }));
      let atSteps = 0;
      for (let k = 0; k < sol.t.length; k++) {
        atSteps = Math.max(
          atSteps,
          Math.hypot(sol.x[2 * k]! - Math.cos(sol.t[k]!), sol.x[2 * k + 1]! - Math.sin(sol.t[k]!)),
        );
      }
      const ts = Array.from({ length: 997 }, (_, j) => (10 * (j + 0.5)) / 997);
      const xs = sol.at(ts);
      let between = 0;
      ts.forEach((t, j) => {
        between = Math.max(between, Math.hypot(xs[2 * j]! - Math.cos(t), xs[2 * j + 1]! - Math.sin(t)));
      });
      expect(sol.t.length).toBeLessThan(ts.length / 2); // most sample times fall strictly inside steps
      expect(between).toBeLessThan(3 * atSteps + tol);
    }
  });

  test('the dense output is the interpolant of the method: dopri5 4th order, dop853 7th order in h', () => {
    // At a fixed step (firstStep = maxStep, loose tolerance so nothing is rejected), mid-step error vs h.
    const mid = (m: typeof dopri5, h: number) => {
      const sol = solve(
        { f: rotation, x0: [1, 0], t1: 16 * h },
        m({ firstStep: h, maxStep: h, rtol: 1, atol: 1 }),
      );
      const t = 8.5 * h;
      const x = sol.at(t);
      return Math.hypot(x[0]! - Math.cos(t), x[1]! - Math.sin(t)) - 0; // includes the global error of order p
    };
    const p5 = Math.log2(mid(dopri5, 0.2) / mid(dopri5, 0.1));
    const p8 = Math.log2(mid(dop853, 0.4) / mid(dop853, 0.2));
    expect(p5).toBeGreaterThan(3.8);
    expect(p8).toBeGreaterThan(6.8);
  });
});

describe('solve(problem, adaptive) statuses, never NaN', () => {
  const finite = (v: Float64Array) => v.every(Number.isFinite);

  test("x' = x² from 1 ends with step-too-small or non-finite at the blow-up (t = 1 up to the global error)", () => {
    for (const [m, tol] of [
      [dopri5(), 1e-3],
      [dop853(), 1e-3],
      // The pole guard stops once the pole is within the run's accumulated error in time (about 1.4e-6 here).
      [dopri5({ rtol: 1e-10 }), 1e-5],
    ] as const) {
      const sol = solve({ f: (x) => x * x, x0: 1, t1: 2 }, m);
      expect(['step-too-small', 'non-finite']).toContain(sol.status);
      expect(Math.abs(sol.t.at(-1)! - 1)).toBeLessThan(tol);
      expect(finite(sol.x) && finite(sol.t)).toBe(true);
    }
  });

  test("x' = 1/(1 − t) stops before t = 1 without evaluating f past the span", () => {
    const sol = solve({ f: (_x, t) => 1 / (1 - t), x0: 0, t1: 3 }, dopri5());
    expect(sol.status).not.toBe('success');
    expect(sol.t.at(-1)!).toBeLessThanOrEqual(1);
    expect(finite(sol.x)).toBe(true);
  });

  test('f undefined beyond x = 2 ends with non-finite at the last finite point', () => {
    const sol = solve({ f: (x) => (x < 2 ? 1 : Number.NaN), x0: 0, t1: 5 }, dopri5());
    expect(sol.status).toBe('non-finite');
    expect(sol.x.at(-1)!).toBeLessThan(2);
    expect(sol.x.at(-1)!).toBeGreaterThan(1.99);
    expect(finite(sol.x)).toBe(true);
  });

  test('tEval and at() stay finite inside the last step of a blow-up, where f at the last point overflows', () => {
    const tEval = Array.from({ length: 201 }, (_, j) => j / 100);
    const sol = solve({ f: (x) => x * x, x0: 1, t1: 2 }, euler({ h: 0.01 }), { tEval });
    expect(sol.status).toBe('non-finite');
    expect(sol.t.length).toBeGreaterThan(100);
    expect(sol.x.every(Number.isFinite)).toBe(true);
    const plain = solve({ f: (x) => x * x, x0: 1, t1: 2 }, euler({ h: 0.01 }));
    const last = plain.t.length - 1;
    const mid = (plain.t[last - 1]! + plain.t[last]!) / 2;
    expect(Number.isFinite(plain.at(mid))).toBe(true);
  });

  test('maxSteps stops the run with max-steps and the points so far', () => {
    const sol = solve({ f: rotation, x0: [1, 0], t1: 100 }, dopri5({ rtol: 1e-10 }), { maxSteps: 20 });
    expect(sol.status).toBe('max-steps');
    expect(sol.naccept + sol.nreject).toBe(20);
    expect(sol.t.length).toBe(sol.naccept + 1);
  });

  test('a non-finite f at x0 ends at once with non-finite', () => {
    const sol = solve({ f: (x) => Math.log(x - 1), x0: 1, t1: 1 }, dopri5());
    expect(sol.status).toBe('non-finite');
    expect(Array.from(sol.t)).toEqual([0]);
  });
});

describe('scalar and system kernels', () => {
  test.each([
    ['dopri5', dopri5({ rtol: 1e-7 })],
    ['dop853', dop853({ rtol: 1e-9 })],
  ])('solve(logistic, %s) as a scalar and as a 1-D system give the same trajectory bit for bit', (_, m) => {
    const scalar = solve({ f: logistic, x0: 0.2, t1: 8 }, m);
    const system = solve(
      {
        f: (x, _t, d) => {
          d[0] = logistic(x[0]!);
        },
        x0: [0.2],
        t1: 8,
      },
      m,
    );
    expect(Array.from(scalar.t)).toEqual(Array.from(system.t));
    expect(Array.from(scalar.x)).toEqual(Array.from(system.x));
    expect(scalar.nreject).toBe(system.nreject);
  });

  test('tEval with a fixed-step method is filled from the Hermite interpolant, and t1 = t0 gives x0', () => {
    const sol = solve(
      { f: logistic, x0: 0.1, t1: 2 },
      { kind: 'fixed-step', tableau: DOPRI5_TABLEAU, h: 0.1 },
      {
        tEval: [0, 0.05, 1.55, 2],
      },
    );
    expect(sol.t.length).toBe(4);
    for (let j = 0; j < 4; j++) expect(sol.x[j]).toBeCloseTo(logisticExact(sol.t[j]!), 6);
    const still = solve({ f: logistic, x0: 0.3, t0: 1, t1: 1 }, dopri5(), { tEval: [1, 1] });
    expect(still.status).toBe('success');
    expect(Array.from(still.x)).toEqual([0.3, 0.3]);
  });
});

describe('init(problem, method) stepper', () => {
  test.each([
    ['dopri5', dopri5()],
    ['dop853', dop853({ rtol: 1e-7 })],
  ])('stepping %s to the end gives solve’s trajectory bit for bit', (_, m) => {
    const problem = { f: rotation, x0: [1, 0], t1: 6 };
    const stepper = init(problem, m);
    const ts = [stepper.t];
    const xs = [...stepper.x];
    while (stepper.status === 'running') {
      stepper.step();
      ts.push(stepper.t);
      xs.push(...stepper.x);
    }
    const sol = solve(problem, m);
    expect(stepper.status).toBe('success');
    expect(ts).toEqual(Array.from(sol.t));
    expect(xs).toEqual(Array.from(sol.x));
    expect(Array.from(stepper.at([0.5, 5.9]))).toEqual(Array.from(sol.at([0.5, 5.9])));
  });

  test('a scalar stepper reports numbers and interpolates what it has reached', () => {
    const stepper = init({ f: logistic, x0: 0.1, t1: 10 }, dopri5({ rtol: 1e-9 }));
    stepper.step();
    stepper.step();
    expect(typeof stepper.x).toBe('number');
    const t = stepper.t / 2;
    expect(stepper.at(t)).toBeCloseTo(logisticExact(t), 8);
    expect(() => stepper.at(stepper.t * 1.5)).toThrow(PhaseflowError);
  });
});

describe('dop853 at tight tolerances', () => {
  test('solve(problem, dop853) needs well under half of dopri5’s evaluations at rtol 1e-10', () => {
    const lorenz = (x: Float64Array, _t: number, d: Float64Array) => {
      d[0] = 10 * (x[1]! - x[0]!);
      d[1] = x[0]! * (28 - x[2]!) - x[1]!;
      d[2] = x[0]! * x[1]! - (8 / 3) * x[2]!;
    };
    for (const [f, x0, t1] of [
      [rotation, [1, 0], 20],
      [lorenz, [1, 1, 1], 5],
    ] as const) {
      const five = solve({ f, x0, t1 }, dopri5({ rtol: 1e-10, atol: 1e-10 }));
      const eight = solve({ f, x0, t1 }, dop853({ rtol: 1e-10, atol: 1e-10 }));
      expect(eight.nfev).toBeLessThan(0.5 * five.nfev);
    }
  });
});
