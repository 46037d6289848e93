import assert from 'node:assert/strict';
import { compileLoss, compileSystem, parseFormula } from '@phaseflow/formula';

// The phase plane: one formula per state variable, parsed with the same variables (add 't' last for a forced
// system). A damped oscillator x′ = y, y′ = −x − c·y with a damping parameter c.
const plane = { variables: ['x', 'y'], parameters: true };
const oscillator = compileSystem([parseFormula('y', plane), parseFormula('-x - c*y', plane)], {
  parameters: { c: 0.5 },
});
const dxdt = new Float64Array(2);
oscillator.f([1, 0], 0, dxdt); // the system form of @phaseflow/ode: solve({ f: oscillator.f, x0: [1, 0], t1: 10 }, dopri5())
assert.deepEqual([...dxdt], [0, -1]);

// Its Jacobian is symbolic, with the parameter kept as a symbol, and row-major as classifyFixedPoint reads it.
assert.equal(oscillator.jacobianMethod, 'symbolic');
assert.deepEqual(
  oscillator.jacobianEntries.map((entry) => entry.formula?.text),
  ['0', '1', '-1', '-c'],
);
const J = new Float64Array(4);
oscillator.jacobian([0, 0], 0, J);
assert.deepEqual([...J], [0, 1, -1, -0.5]);

// A slider move is one set: every function reads the new value on its next call, nothing is re-parsed.
oscillator.parameters.set('c', 2);
oscillator.jacobian([0, 0], 0, J);
assert.deepEqual([...J], [0, 1, -1, -2]);

// The landscape: a loss F(x, y) with its gradient and Hessian, a SystemObjective of @phaseflow/gradient-flow as
// it stands (gradientDescent(rosenbrock, [-1, 1])). Rosenbrock's valley with its steepness a as a parameter:
const rosenbrock = compileLoss(parseFormula('(1-x)^2 + a*(y-x^2)^2', plane), { parameters: { a: 100 } });
assert.equal(rosenbrock.F([1, 1]), 0);
assert.equal(rosenbrock.gradientMethod, 'symbolic');
assert.equal(rosenbrock.hessianMethod, 'symbolic');
const grad = new Float64Array(2);
rosenbrock.grad([0, 0], grad); // ∇F = (−2(1 − x) − 4a·x(y − x²), 2a(y − x²)) = (−2, 0) at the origin
assert.deepEqual([...grad], [-2, 0]);
const H = new Float64Array(4);
rosenbrock.hessian([1, 1], H); // [[2 + 8a, −4a], [−4a, 2a]] at the minimum (1, 1)
assert.deepEqual([...H], [802, -400, -400, 200]);

// Where mathjs cannot differentiate (floor, abs's kink, c ? a : b), that entry is a central difference and says
// why; the others stay symbolic.
const terraced = compileLoss(parseFormula('floor(x) + y^2', plane));
assert.deepEqual(
  terraced.gradientEntries.map((entry) => entry.method),
  ['central-difference', 'symbolic'],
);
assert.equal(terraced.gradientMethod, 'central-difference');
assert.ok(terraced.gradientEntries[0]?.reason !== undefined);
