import assert from 'node:assert/strict';
import { compileFormula, FormulaError, flowFromFormula, parseFormula } from '@phaseflow/formula';

// Opt in, and every name that is not x, y, t, a function or a constant is a parameter, in order of appearance.
const logistic = parseFormula('r*x*(1 - x/K)', { parameters: true });
assert.deepEqual(logistic.parameters, ['r', 'K']);

// Compiled functions read the values from a store; a new value needs no re-parsing and no recompiling.
const f = compileFormula(logistic, { parameters: { r: 2, K: 10 } });
assert.equal(f(5), 5); // 2·5·(1 − 5/10)
f.parameters.set('r', 1);
assert.equal(f(5), 2.5);

// The whole gradient-flow view shares one store: f, its derivative (parameters kept as symbols) and F = ∫f.
const flow = flowFromFormula('r*x*(1 - x/K)', 'rhs', { parameters: true, values: { r: 1, K: 1 } });
assert.equal(flow.curvature.text, 'r * (1 - x / K) + r * x * (-(1 / K))');
assert.ok(Math.abs(flow.potential.evaluate(1) - (1 / 2 - 1 / 3)) < 1e-14);
flow.parameters.assign({ r: 2, K: 2 }); // F = r(x²/2 − x³/(3K)): at x = 1, 2(1/2 − 1/6)
assert.ok(Math.abs(flow.potential.evaluate(1) - 2 * (1 / 2 - 1 / 6)) < 1e-14);

// Only the state variables and t multiply before a bracket; a typo never becomes a parameter.
assert.equal(compileFormula(parseFormula('x(1 - x)'))(0.5), 0.25);
const codeOf = (text: string) => {
  try {
    parseFormula(text, { parameters: true });
    return 'parsed';
  } catch (error) {
    assert.ok(error instanceof FormulaError);
    return error.code;
  }
};
assert.equal(codeOf('sinn(x)'), 'ERR_FORMULA_FUNCTION');
assert.equal(codeOf('a(1 - x)'), 'ERR_FORMULA_FUNCTION');
assert.equal(codeOf('constructor*x'), 'ERR_FORMULA_VARIABLE');
assert.equal(codeOf('x + y'), 'ERR_FORMULA_VARIABLE'); // y is a state variable, never a parameter

// A non-autonomous right-hand side x′ = f(x, t): parse with t as a second variable; usedVariables tells whether
// the formula really depends on it (the line view then draws a slope field over (t, x)).
const forced = parseFormula('-x + sin(t)', { variables: ['x', 't'] });
assert.deepEqual(forced.usedVariables, ['x', 't']);
assert.equal(compileFormula(forced)(1, Math.PI / 2), 0);
