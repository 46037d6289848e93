import assert from 'node:assert/strict';
import { euler, RK4_TABLEAU, rk4, solve } from '@phaseflow/ode';

// The logistic equation x′ = x(1 − x) from x0 = 0.1 on [0, 10], by the classical Runge–Kutta method at h = 0.1.
const logistic = { f: (x: number) => x * (1 - x), x0: 0.1, t1: 10 };
const sol = solve(logistic, rk4({ h: 0.1 }));

assert.equal(sol.status, 'success');
assert.equal(sol.nsteps, 100); // (t1 − t0)/h = 100 steps of exactly h …
assert.equal(sol.t.length, 101); // … so 101 stored times, t0 first and t1 last
assert.equal(sol.t[100], 10);
assert.equal(sol.nfev, 401); // 4 stages a step, plus the one call that checks f before stepping

// The closed form is 1/(1 + 9e^(−t)). RK4's error at t = 10 is 2.3e-9.
const exact = (t: number) => 1 / (1 + 9 * Math.exp(-t));
const error = Math.abs(sol.at(10) - exact(10));
assert.ok(error > 2.2e-9 && error < 2.4e-9);
assert.equal(sol.at(10), sol.x[100]); // at a stored time, at(t) is the stored state
// Between the steps, at(t) interpolates (cubic Hermite): halfway to capacity at t = ln 9 ≈ 2.197, to 1.2e-7.
assert.ok(Math.abs(sol.at(Math.log(9)) - 0.5) < 1.3e-7);

// Euler, same step: first order, an error of 1.0e-4 at t = 10 (about 45,000 times RK4's).
const rough = Math.abs(solve(logistic, euler({ h: 0.1 })).at(10) - exact(10));
assert.ok(rough > 1e-4 && rough < 1.1e-4 && rough / error > 40_000 && rough / error < 50_000);

// A method is a Butcher tableau and a step size: rk4 is RK4_TABLEAU, run by the same engine as euler.
assert.equal(rk4({ h: 0.1 }).tableau, RK4_TABLEAU);
assert.deepEqual(RK4_TABLEAU.b, [1 / 6, 1 / 3, 1 / 3, 1 / 6]);
