import assert from 'node:assert/strict';
import { backwardEuler, dopri5, rodas4, type SystemRhs, solve } from '@phaseflow/ode';

// Robertson's kinetics: rates spanning nine orders of magnitude, run to t = 1e11.
const robertson: SystemRhs = (y, _t, d) => {
  d[0] = -0.04 * y[0]! + 1e4 * y[1]! * y[2]!;
  d[1] = 0.04 * y[0]! - 1e4 * y[1]! * y[2]! - 3e7 * y[1]! * y[1]!;
  d[2] = 3e7 * y[1]! * y[1]!;
};
const sol = solve({ f: robertson, x0: [1, 0, 0], t1: 1e11 }, rodas4({ rtol: 1e-6, atol: 1e-10 }));
assert.equal(sol.status, 'success');
assert.ok(sol.nfev < 3500); // 3,238: 323 steps, each with a differenced Jacobian (3 evaluations of f)
assert.equal(sol.njev, sol.naccept);
assert.ok(Math.abs(sol.at(40)[0]! - 0.7158270687) < 1e-6); // Radau at rtol 1e-12: y₁(40) = 0.7158270687…

// dopri5 is stable only for steps below ~2/|λ|: it stops long before t1, with `stiff` when its stiffness test
// fires (the message names rodas4), or after a million steps at t ≈ 640 with `stiffness: 'ignore'`.
const explicit = solve({ f: robertson, x0: [1, 0, 0], t1: 1e11 }, dopri5({ rtol: 1e-6, atol: 1e-10 }), {
  maxSteps: 1_000_000,
});
assert.notEqual(explicit.status, 'success');
assert.ok(explicit.t.at(-1)! < 1000);

// Backward Euler: x_{k+1} = x_k / (1 − hλ) on x′ = λx, stable at every step size on a decaying mode.
const decay = solve({ f: (x: number) => -1000 * x, x0: 1, t1: 0.2 }, backwardEuler({ h: 0.1 }));
assert.ok(Math.abs(decay.at(0.2) - 1 / 101 ** 2) < 1e-15);

// A Jacobian given with the problem replaces the differences: dim fewer evaluations of f per step.
const jacobian = (y: Float64Array, _t: number, J: Float64Array) => {
  J.set([-0.04, 1e4 * y[2]!, 1e4 * y[1]!, 0.04, -1e4 * y[2]! - 6e7 * y[1]!, -1e4 * y[1]!, 0, 6e7 * y[1]!, 0]);
};
const exact = solve({ f: robertson, jacobian, x0: [1, 0, 0], t1: 1e11 }, rodas4({ rtol: 1e-6, atol: 1e-10 }));
assert.equal(exact.nfev, sol.nfev - 3 * sol.njev); // 2,269
