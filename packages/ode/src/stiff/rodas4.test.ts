import { expect, test } from 'vitest';
import { init, type SystemRhs, solve, solveMany } from '../index.ts';
import { rodas4 } from './rodas4.ts';

/** x′ = −2t·x², x(0) = 1: x = 1/(1 + t²). Non-autonomous and nonlinear. */
const rational = { f: (x: number, t: number) => -2 * t * x * x, x0: 1, t1: 2 };
const rationalExact = (t: number) => 1 / (1 + t * t);

/** A stiff linear system with a known solution: x′ = −(x − cos t) − sin t, y′ = −1000·(y − sin t) + cos t. */
const K = 1000;
const stiffLinear: SystemRhs = (x, t, d) => {
  d[0] = -(x[0]! - Math.cos(t)) - Math.sin(t);
  d[1] = -K * (x[1]! - Math.sin(t)) + Math.cos(t);
};
// From (1.5, 0.5) the offsets from (cos t, sin t) decay as 0.5·e^{−t} and 0.5·e^{−1000t}.
const stiffExact = (t: number) => [Math.cos(t) + 0.5 * Math.exp(-t), Math.sin(t) + 0.5 * Math.exp(-K * t)];

/** Observed orders log2(e(h)/e(h/2)) at constant steps h = T/N (tolerances loose enough that no step is refused). */
function observedOrders(error: (n: number) => number, ns: number[]): number[] {
  const errors = ns.map(error);
  return errors.slice(1).map((e, i) => Math.log2(errors[i]! / e));
}

const constantStep = (span: number, n: number) =>
  rodas4({ rtol: 1e10, atol: 1e10, firstStep: span / n, maxStep: span / n });

test('solve(problem, rodas4) at constant steps has global error O(h^4) (observed order 4 ± 0.2)', () => {
  // Scalar autonomous: the logistic equation; scalar non-autonomous (the ∂f/∂t terms): x′ = −x + sin t; a system:
  // the rotation x′ = y, y′ = −x. Each has a closed-form solution.
  const logistic = { f: (x: number) => x * (1 - x), x0: 0.1, t1: 4 };
  const forced = { f: (x: number, t: number) => -x + Math.sin(t), x0: 1, t1: 2 };
  const turn: SystemRhs = (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = -x[0]!;
  };
  const rotation = { f: turn, x0: [1, 0], t1: 2 };
  const cases = [
    {
      orders: observedOrders(
        (n) => Math.abs(solve(logistic, constantStep(4, n)).at(4) - 1 / (1 + 9 * Math.exp(-4))),
        [10, 20, 40, 80],
      ),
    },
    {
      orders: observedOrders(
        (n) =>
          Math.abs(
            solve(forced, constantStep(2, n)).at(2) -
              (1.5 * Math.exp(-2) + 0.5 * (Math.sin(2) - Math.cos(2))),
          ),
        [10, 20, 40, 80],
      ),
    },
    {
      orders: observedOrders(
        (n) => Math.abs(solve(rotation, constantStep(2, n)).at(2)[0]! - Math.cos(2)),
        [10, 20, 40, 80, 160],
      ),
    },
  ];
  for (const { orders } of cases) for (const p of orders) expect(Math.abs(p - 4)).toBeLessThanOrEqual(0.2);
  // The constant-step setting really does take N steps of T/N.
  const sol = solve(forced, constantStep(2, 40));
  expect(sol.naccept).toBe(40);
  expect(sol.nreject).toBe(0);
});

test('solve(system, rodas4) damps a stiff mode at steps 100 times past the explicit stability limit', () => {
  // Eigenvalue −1000: explicit methods need h < ~0.003. At h = 0.1 rodas4 is stable (L-stable: R(∞) = 0), and the
  // error, dominated by the stiff component's order reduction, is still below 2·10⁻⁶.
  const sol = solve({ f: stiffLinear, x0: [1.5, 0.5], t1: 1 }, constantStep(1, 10));
  const exact = stiffExact(1);
  const x = sol.at(1);
  expect(sol.status).toBe('success');
  expect(Math.abs(x[0]! - exact[0]!)).toBeLessThan(1e-8);
  expect(Math.abs(x[1]! - exact[1]!)).toBeLessThan(2e-6);
});

test('solve(problem, rodas4) meets its tolerance, and tighter tolerances cost more steps', () => {
  let steps = 0;
  for (const rtol of [1e-4, 1e-6, 1e-8, 1e-10]) {
    const sol = solve(rational, rodas4({ rtol, atol: rtol }));
    expect(sol.status).toBe('success');
    expect(sol.t.at(-1)).toBe(2);
    expect(Math.abs(sol.x.at(-1)! - rationalExact(2))).toBeLessThanOrEqual(30 * rtol);
    expect(sol.naccept).toBeGreaterThan(steps);
    steps = sol.naccept;
  }
});

test('solution.at between rodas4 steps is as accurate as the steps (third-order dense output)', () => {
  const sol = solve(rational, rodas4({ rtol: 1e-8, atol: 1e-10 }));
  let worstStep = 0;
  for (let k = 0; k < sol.t.length; k++)
    worstStep = Math.max(worstStep, Math.abs(sol.x[k]! - rationalExact(sol.t[k]!)));
  let worstBetween = 0;
  for (let k = 0; k + 1 < sol.t.length; k++) {
    for (const theta of [0.25, 0.5, 0.75]) {
      const t = sol.t[k]! + theta * (sol.t[k + 1]! - sol.t[k]!);
      worstBetween = Math.max(worstBetween, Math.abs(sol.at(t) - rationalExact(t)));
    }
  }
  expect(worstStep).toBeLessThan(1e-7);
  expect(worstBetween).toBeLessThan(10 * worstStep + 1e-9);
});

test('solve(problem, rodas4) with the problem’s jacobian agrees with the differenced one and costs fewer evaluations', () => {
  const f: SystemRhs = (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = 100 * (1 - x[0]! * x[0]!) * x[1]! - x[0]!;
  };
  const jacobian = (x: Float64Array, _t: number, J: Float64Array) => {
    J[0] = 0;
    J[1] = 1;
    J[2] = -200 * x[0]! * x[1]! - 1;
    J[3] = 100 * (1 - x[0]! * x[0]!);
  };
  const method = rodas4({ rtol: 1e-7, atol: 1e-7 });
  const differenced = solve({ f, x0: [2, 0], t1: 100 }, method);
  const exact = solve({ f, jacobian, x0: [2, 0], t1: 100 }, method);
  expect(exact.status).toBe('success');
  const a = differenced.at(100);
  const b = exact.at(100);
  expect(Math.abs(a[0]! - b[0]!)).toBeLessThan(1e-4);
  expect(exact.nfev).toBeLessThan(differenced.nfev);
});

test('solve(problem, rodas4) reports tEval, events, njev and nlu like the adaptive methods', () => {
  const decay = { f: (x: number) => -x, x0: 1, t1: 3 };
  const sol = solve(decay, rodas4({ rtol: 1e-8, atol: 1e-10 }), {
    tEval: [0, 0.5, 1, 3],
    events: [{ g: (x: number) => x - 0.5, terminal: false }],
  });
  expect(sol.status).toBe('success');
  expect(Array.from(sol.t)).toEqual([0, 0.5, 1, 3]);
  for (let j = 0; j < 4; j++) expect(Math.abs(sol.x[j]! - Math.exp(-sol.t[j]!))).toBeLessThan(1e-7);
  expect(sol.events).toHaveLength(1);
  expect(Math.abs(sol.events[0]!.t - Math.log(2))).toBeLessThan(1e-7);
  const counters = sol as unknown as { njev: number; nlu: number };
  expect(counters.njev).toBe(sol.naccept);
  expect(counters.nlu).toBe(sol.naccept + sol.nreject);
  // A terminal event ends the run there.
  const stopped = solve(decay, rodas4(), { events: [{ g: (x: number) => x - 0.5, terminal: true }] });
  expect(stopped.status).toBe('terminated');
  expect(Math.abs(stopped.t.at(-1)! - Math.log(2))).toBeLessThan(1e-4);
});

test('init(problem, rodas4) stepped to the end gives the numbers of solve, bit for bit', () => {
  const method = rodas4({ rtol: 1e-6 });
  const sol = solve(rational, method);
  const s = init(rational, method);
  while (s.status === 'running') s.step();
  expect(s.t).toBe(2);
  expect(Object.is(s.x, sol.x.at(-1))).toBe(true);
  expect(s.nfev).toBe(sol.nfev);
});

test('solveMany(problem, x0s, rodas4) runs each member as solve does', () => {
  const family = solveMany({ f: (x: number) => -x, t1: 1 }, [1, 2], rodas4({ rtol: 1e-8, atol: 1e-10 }), {
    tEval: [0, 1],
  });
  expect(family.status).toEqual(['success', 'success']);
  expect(Math.abs(family.x[2]! - Math.exp(-1))).toBeLessThan(1e-7);
  expect(Math.abs(family.x[3]! - 2 * Math.exp(-1))).toBeLessThan(1e-7);
});

test('solve(problem, rodas4) ends with max-steps, step-too-small or non-finite, keeping the points computed', () => {
  const capped = solve(rational, rodas4({ rtol: 1e-10 }), { maxSteps: 5 });
  expect(capped.status).toBe('max-steps');
  expect(capped.t.length).toBeGreaterThan(1);
  // x′ = x² from 1 blows up at t = 1.
  const blowUp = solve({ f: (x: number) => x * x, x0: 1, t1: 2 }, rodas4());
  expect(['step-too-small', 'non-finite']).toContain(blowUp.status);
  expect(blowUp.t.at(-1)!).toBeLessThan(1);
  expect(blowUp.t.at(-1)!).toBeGreaterThan(0.99);
  expect(blowUp.x.every(Number.isFinite)).toBe(true);
  const nan = solve({ f: (x: number) => (x < 0.5 ? Number.NaN : -x), x0: 1, t1: 2 }, rodas4());
  expect(['non-finite', 'step-too-small']).toContain(nan.status);
  expect(nan.x.every(Number.isFinite)).toBe(true);
});
