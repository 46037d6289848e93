import assert from 'node:assert/strict';
import { dop853, dopri5, solve } from '@phaseflow/ode';

// The logistic equation from 0.1 reaches 0.5 at t = ln 9: an event where g(x) = x − 0.5 crosses zero upward.
const logistic = { f: (x: number) => x * (1 - x), x0: 0.1, t1: 10 };
const exact = (t: number) => 1 / (1 + 9 * Math.exp(-t));
const halfway = { g: (x: number) => x - 0.5, direction: 1 as const };
const tEval = [0, 2, 4, 6, 8, 10];

const sol = solve(logistic, dopri5({ rtol: 1e-10, atol: 1e-12 }), { tEval, events: [halfway] });
assert.equal(sol.status, 'success');
// With tEval, t and x hold the requested times, filled from the interpolant (they never shorten a step) …
assert.deepEqual(Array.from(sol.t), tEval);
for (const [j, t] of tEval.entries()) assert.ok(Math.abs(sol.x[j]! - exact(t)) < 2e-10);
// … while the run itself took 127 steps (1 rejected) and 771 evaluations of f, and at(t) still covers [t0, t1].
assert.deepEqual([sol.nsteps, sol.nreject], [127, 1]);
assert.equal(sol.nfev, 771);
assert.ok(Math.abs(sol.at(3) - exact(3)) < 1e-10);

// The event is located on the step's quartic interpolant: t = ln 9 to 6.5e-10, with x = 0.5 there.
assert.equal(sol.events.length, 1);
const [hit] = sol.events;
assert.equal(hit!.index, 0);
assert.ok(Math.abs(hit!.t - Math.log(9)) < 7e-10);
assert.ok(Math.abs(hit!.x - 0.5) < 1e-12);

// A terminal event ends the run there, with status 'terminated' and the event as the last point.
const stopped = solve(logistic, dopri5({ rtol: 1e-10, atol: 1e-12 }), {
  events: [{ ...halfway, terminal: true }],
});
assert.equal(stopped.status, 'terminated');
assert.equal(stopped.t[stopped.t.length - 1], hit!.t);

// terminal: n stops at the n-th occurrence. x″ = −x from (1, 0) crosses x = 0 at π/2, 3π/2, 5π/2, …
const oscillator = {
  f: (x: Float64Array, _t: number, dxdt: Float64Array) => {
    dxdt[0] = x[1]!;
    dxdt[1] = -x[0]!;
  },
  x0: [1, 0],
  t1: 10,
};
const third = solve(oscillator, dopri5({ rtol: 1e-10, atol: 1e-12 }), {
  events: [{ g: (x: Float64Array) => x[0]!, terminal: 3 }],
});
assert.equal(third.status, 'terminated');
for (const [k, e] of third.events.entries()) assert.ok(Math.abs(e.t - (Math.PI / 2 + k * Math.PI)) < 1e-10);
assert.ok(Math.abs(third.t[third.t.length - 1]! - 2.5 * Math.PI) < 1e-10);

// dop853 for tight tolerances: at rtol 1e-10 it needs 334 evaluations where dopri5 needs 771, and is more accurate.
const five = solve(logistic, dopri5({ rtol: 1e-10, atol: 1e-12 }));
const eight = solve(logistic, dop853({ rtol: 1e-10, atol: 1e-12 }));
assert.deepEqual([five.nfev, eight.nfev], [771, 334]);
assert.ok(Math.abs(eight.at(10) - exact(10)) < Math.abs(five.at(10) - exact(10)));
