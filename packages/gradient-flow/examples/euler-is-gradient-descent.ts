import assert from 'node:assert/strict';
import { gradientAscent, gradientDescent, gradientFlow, logisticPotential } from '@phaseflow/gradient-flow';
import { euler, solve } from '@phaseflow/ode';

// F(x) = x²/2 − x³/3 has F′(x) = x(1 − x): its gradient flow x′ = +F′(x) is the logistic equation.
const F = { F: (x: number) => (x * x) / 2 - (x * x * x) / 3, grad: (x: number) => x * (1 - x) };
const h = 0.1;
const steps = 100;

// Euler's method on the logistic equation, from @phaseflow/ode …
const sol = solve({ f: (x: number) => x * (1 - x), x0: 0.05, t1: steps * h }, euler({ h }));

// … is gradient ascent on F with learning rate h, and gradient descent on −F (the logistic potential):
const up = gradientAscent(F, 0.05, { learningRate: h, steps, gradTol: 0 });
const down = gradientDescent(logisticPotential(), 0.05, { learningRate: h, steps, gradTol: 0 });
for (let k = 0; k <= steps; k++) {
  assert.ok(Object.is(up.x[k], sol.x[k])); // bit for bit, not merely close
  assert.ok(Object.is(down.x[k], sol.x[k]));
}

// Not a coincidence of this example: gradientDescent steps ode's Euler stepper on gradientFlow(F) itself.
const flow = solve(gradientFlow(logisticPotential(), { x0: 0.05, t1: steps * h }), euler({ h }));
assert.deepEqual(Array.from(down.x), Array.from(flow.x));
assert.ok(Math.abs(down.final - 1) < 1e-3); // at t = 10, near the minimizer x = 1 of the potential
