import assert from 'node:assert/strict';
import { deriveFormula, flowFromFormula, integrateFormula, parseFormula } from '@phaseflow/formula';

// The logistic equation x′ = x(1 − x) is the gradient flow x′ = F′(x) of F(x) = x²/2 − x³/3.
const flow = flowFromFormula('x*(1-x)');
assert.equal(flow.potential.method, 'closed-form'); // f is a polynomial: F is exact
assert.equal(flow.potential.text, 'x^2/2 - x^3/3');
assert.equal(flow.potential.evaluate(1), 1 / 2 - 1 / 3);
// F″ = f′ decides stability: f′(0) = 1 > 0 (unstable), f′(1) = −1 < 0 (stable, the maximum of F).
assert.equal(flow.curvature.evaluate(0), 1);
assert.equal(flow.curvature.evaluate(1), -1);

// From a potential instead: the gradient is derived symbolically.
assert.equal(flowFromFormula('x^2', 'potential').gradient.text, '2*x');

// Without a closed form, F is integrated numerically (8-point Gauss–Legendre on a cached grid) …
const F = integrateFormula(parseFormula('cos(x)'));
assert.equal(F.method, 'numeric');
assert.ok(Math.abs(F.evaluate(2) - Math.sin(2)) < 1e-14);

// … and where mathjs cannot differentiate, a central difference stands in, and says so.
const d = deriveFormula(parseFormula('x > 0 ? x^2 : -x'));
assert.equal(d.method, 'central-difference');
assert.ok(Math.abs(d.evaluate(1.5) - 3) < 1e-8);
