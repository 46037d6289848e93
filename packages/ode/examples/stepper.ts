import assert from 'node:assert/strict';
import { dopri5, init, rk4, solve } from '@phaseflow/ode';

// init starts a run without taking a step; step() takes one (an accepted one, for adaptive methods).
// For an animation: one step per frame, drawing s.t and s.x.
const logistic = { f: (x: number) => x * (1 - x), x0: 0.1, t1: 10 };
const s = init(logistic, dopri5());
assert.deepEqual([s.t, s.x, s.status], [0, 0.1, 'running']);

const times = [s.t];
while (s.status === 'running') {
  s.step();
  times.push(s.t);
}
assert.equal(s.status, 'success');
assert.equal(times.length, 10); // dopri5 at its default tolerances (rtol 1e-3, atol 1e-6) takes 9 steps
assert.deepEqual([s.naccept, s.nreject, s.nfev], [9, 1, 63]);
s.step(); // does nothing once the run has ended
assert.equal(s.t, 10);

// solve is this loop run to the end: the same steps, the same numbers, the same interpolant.
const sol = solve(logistic, dopri5());
assert.deepEqual(Array.from(sol.t), times);
assert.equal(sol.x[sol.x.length - 1], s.x);
assert.equal(sol.at(5), s.at(5));
assert.deepEqual(Array.from(s.solution().t), times); // solution(): the run so far, as solve returns it

// at(t) works at any time already reached, while the run goes on.
const r = init(logistic, rk4({ h: 0.25 }));
r.step();
assert.equal(r.t, 0.25);
assert.ok(Math.abs(r.at(0.1) - 1 / (1 + 9 * Math.exp(-0.1))) < 1e-6);
assert.throws(() => r.at(0.5), { code: 'ERR_INVALID_ARG' }); // not reached yet
