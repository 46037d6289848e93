import assert from 'node:assert/strict';
import { gradientDescent, gradientFlow, modifiedPotential } from '@phaseflow/gradient-flow';
import { dop853, solve } from '@phaseflow/ode';

// GD with step η follows, to second order, the flow of F̃ = F + (η/4)‖∇F‖², not that of F.
const F = {
  F: (x: Float64Array) => x[0]! ** 4 / 4 + x[0]! ** 2 / 2 + 1.5 * x[1]! ** 2 + (x[0]! * x[1]!) / 4,
  grad: (x: Float64Array, out: Float64Array) => {
    out[0] = x[0]! ** 3 + x[0]! + x[1]! / 4;
    out[1] = 3 * x[1]! + x[0]! / 4;
  },
};
const eta = 0.01;
const steps = 100; // up to t = 1
const gd = gradientDescent(F, [1, 1], { learningRate: eta, steps, gradTol: 0 });
const tight = dop853({ rtol: 1e-13, atol: 1e-15 });
const plain = solve(gradientFlow(F, { x0: [1, 1], t1: 1 }), tight).at(1);
const tilde = modifiedPotential(F, { learningRate: eta });
const modified = solve(gradientFlow(tilde, { x0: [1, 1], t1: 1 }), tight).at(1);

const distance = (p: Float64Array) => Math.hypot(gd.final[0]! - p[0]!, gd.final[1]! - p[1]!);
assert.ok(distance(plain) > 1e-3); // O(η) from the gradient flow (3.5e-3) …
assert.ok(distance(modified) < 1e-4); // … O(η²) from the modified flow (6.8e-5)
assert.ok(
  Math.abs(
    tilde.F(Float64Array.of(1, 1)) - (F.F(Float64Array.of(1, 1)) + (eta / 4) * (2.25 ** 2 + 3.25 ** 2)),
  ) < 1e-15,
);
