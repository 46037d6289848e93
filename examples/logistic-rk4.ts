import assert from 'node:assert/strict';
import { euler, rk4, solve } from '@phaseflow/ode';

// The logistic equation x′ = x(1 − x) from x0 = 0.1, solved with RK4 at h = 0.1.
const logistic = { f: (x: number) => x * (1 - x), x0: 0.1, t1: 10 };
const sol = solve(logistic, rk4({ h: 0.1 }));

const exact = (t: number) => 1 / (1 + 9 * Math.exp(-t));
assert.equal(sol.status, 'success');
assert.ok(Math.abs(sol.at(10) - exact(10)) < 1e-8); // RK4's error at h = 0.1 is about 2e-9 here
assert.ok(Math.abs(sol.at(Math.log(9)) - 0.5) < 1e-6); // halfway to capacity at t = ln 9 ≈ 2.197

// Euler at the same step is first-order: its error is about 10⁵ times larger.
const rough = solve(logistic, euler({ h: 0.1 }));
assert.ok(Math.abs(rough.at(10) - exact(10)) > 1e-4);
