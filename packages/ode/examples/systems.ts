import assert from 'node:assert/strict';
import { rk4, solve } from '@phaseflow/ode';

// x″ = −x as a first-order system in (x, v): f writes the derivative into dxdt (no allocation per call).
const oscillator = (x: Float64Array, _t: number, dxdt: Float64Array) => {
  dxdt[0] = x[1]!;
  dxdt[1] = -x[0]!;
};
const x0 = [1, 0];
const sol = solve({ f: oscillator, x0, t1: 2 * Math.PI }, rk4({ h: 0.01 }));

assert.equal(sol.dim, 2);
// 2π is not a whole number of steps: 628 steps of 0.01, then one shorter step that lands exactly on t1.
assert.equal(sol.nsteps, 629);
assert.equal(sol.t[628], 6.28);
assert.equal(sol.t[629], 2 * Math.PI);
// Row-major: component i at time t[k] is x[k * dim + i]. One period later the state is back at (1, 0).
const k = sol.t.length - 1;
assert.ok(Math.abs(sol.x[k * 2]! - 1) < 1e-11 && Math.abs(sol.x[k * 2 + 1]!) < 1e-9);
assert.deepEqual(x0, [1, 0]); // the caller's x0 is copied, never mutated

// at(t) of a system returns a Float64Array of length dim; the exact solution is (cos t, −sin t).
const quarter = sol.at(Math.PI / 2);
assert.ok(Math.abs(quarter[0]!) < 1e-9 && Math.abs(quarter[1]! + 1) < 1e-9);
// at(ts) returns all the rows at once, row-major: [x(0), v(0), x(π), v(π)].
const rows = sol.at([0, Math.PI]);
assert.equal(rows.length, 4);
assert.ok(Math.abs(rows[2]! + 1) < 1e-9 && Math.abs(rows[3]!) < 1e-9);

// t1 < t0 integrates backward: from (1, 0) at t0 = π back to t1 = 0 gives (−1, 0), since cos is even.
const back = solve({ f: oscillator, x0: [1, 0], t0: Math.PI, t1: 0 }, rk4({ h: 0.01 }));
assert.equal(back.t[back.t.length - 1], 0);
assert.ok(Math.abs(back.at(0)[0]! + 1) < 1e-9);
