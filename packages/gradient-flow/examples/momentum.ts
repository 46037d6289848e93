import assert from 'node:assert/strict';
import { heavyBall, heavyBallFlow, momentumFromHeavyBall, quadratic } from '@phaseflow/gradient-flow';
import { rk4, solve } from '@phaseflow/ode';

// The heavy ball x″ + γx′ = −∇F, discretized at step h, is Polyak's momentum with η = h², β = 1 − γh.
const h = 0.01;
const gamma = 2;
const { learningRate, momentum } = momentumFromHeavyBall({ h, gamma });
assert.ok(Math.abs(learningRate - 1e-4) < 1e-18 && Math.abs(momentum - 0.98) < 1e-15);

// So 300 Polyak steps follow the ODE's solution to t = 3 (first-order accurate in h).
const f = quadratic(); // F = x², x″ + 2x′ + 2x = 0
const polyak = heavyBall(f, 1, { learningRate, momentum, steps: 300, gradTol: 0 });
const ode = solve(heavyBallFlow(f, { x0: 1, gamma, t1: 3 }), rk4({ h: 1e-3 }));
assert.ok(Math.abs(polyak.final - ode.at(3)[0]!) < 2e-3);
assert.ok(Math.abs(ode.at(3)[0]! - Math.exp(-3) * (Math.cos(3) + Math.sin(3))) < 1e-10); // the exact solution

// The momentum term is the previous step, x_k − x_{k−1}, which points downhill. Adding the previous gradient
// instead, as in x_{k+1} = x_k + β∇F(x_{k−1}) − η∇F(x_k), pushes uphill: on x² it blows up.
let [previous, x] = [1, 1];
for (let k = 0; k < 50; k++) [previous, x] = [x, x + 0.9 * 2 * previous - 0.1 * 2 * x];
assert.ok(Math.abs(x) > 1e10);
assert.equal(heavyBall(f, 1, { learningRate: 0.1, momentum: 0.9, steps: 1000 }).status, 'converged');
