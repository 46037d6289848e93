import assert from 'node:assert/strict';
import { dopri5, rk4, solve, solveMany } from '@phaseflow/ode';

// Five logistic solutions advanced together (a phase portrait): the problem has no x0, the family gives them.
const logistic = { f: (x: number) => x * (1 - x), t1: 10 };
const x0s = [-0.5, 0, 0.5, 1, 1.5];
const family = solveMany(logistic, x0s, rk4({ h: 0.01 }));

assert.equal(family.count, 5);
assert.equal(family.t.length, 1001); // one shared grid
// Step-major: component i of member m at time t[r] is x[(r * count + m) * dim + i].
const at = (r: number, m: number) => family.x[(r * family.count + m) * family.dim]!;
assert.deepEqual([at(0, 0), at(0, 2), at(0, 4)], [-0.5, 0.5, 1.5]);

// One status per member: from −0.5 the solution reaches −∞ at t = ln 3 ≈ 1.0986. That member stops alone (its
// fixed steps overshoot to t = 1.12, after 112 steps, as solve's would), and its later rows repeat its last state.
assert.deepEqual(family.status, ['non-finite', 'success', 'success', 'success', 'success']);
assert.deepEqual(Array.from(family.rows), [113, 1001, 1001, 1001, 1001]);
assert.equal(family.t[112], 1.12);
assert.equal(at(1000, 0), at(112, 0));
// The equilibria 0 and 1 stay put; the others tend to 1.
assert.deepEqual([at(1000, 1), at(1000, 3)], [0, 1]);
assert.ok(Math.abs(at(1000, 2) - 1) < 1e-4 && Math.abs(at(1000, 4) - 1) < 1e-4);

// Each member gets exactly the numbers solve gives it, bit for bit.
const single = solve({ ...logistic, x0: 0.5 }, rk4({ h: 0.01 }));
for (let r = 0; r < family.t.length; r++) assert.ok(Object.is(at(r, 2), single.x[r]));

// Adaptive methods: each member takes its own steps; output at tEval (101 even times when it is omitted).
const adaptive = solveMany(logistic, x0s, dopri5({ rtol: 1e-8, atol: 1e-10 }), { tEval: [0, 5, 10] });
assert.deepEqual(Array.from(adaptive.t), [0, 5, 10]);
assert.equal(adaptive.status[0], 'step-too-small'); // the blow-up, seen by the step size
assert.equal(adaptive.rows[0], 1); // only its first output time was reached

// Systems: x0s is a list of vectors.
const oscillator = {
  f: (x: Float64Array, _t: number, dxdt: Float64Array) => {
    dxdt[0] = x[1]!;
    dxdt[1] = -x[0]!;
  },
  t1: Math.PI,
};
const circles = solveMany(
  oscillator,
  [
    [1, 0],
    [0, 1],
    [2, 0],
  ],
  rk4({ h: Math.PI / 100 }),
);
assert.equal(circles.dim, 2);
const end = circles.x.subarray(100 * 6, 101 * 6); // row 100 (t = π): three members × two components
assert.ok(Math.abs(end[0]! + 1) < 1e-8 && Math.abs(end[3]! + 1) < 1e-8 && Math.abs(end[4]! + 2) < 1e-8);
