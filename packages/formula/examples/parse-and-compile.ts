import assert from 'node:assert/strict';
import { compileFormula, FormulaError, parseFormula } from '@phaseflow/formula';

// Text in, a plain JavaScript function out: mathjs parses, the tree is checked, closures evaluate it.
const f = compileFormula(parseFormula('x*(1-x)'));
assert.equal(f(0.25), 0.1875);
assert.ok(Number.isNaN(compileFormula(parseFormula('sqrt(x)'))(-1))); // undefined there: NaN, never a throw

// A formula of x and t takes its arguments in that order.
const g = compileFormula(parseFormula('x*sin(t)', { variables: ['x', 't'] }));
assert.equal(g(2, Math.PI / 2), 2);

// Anything that is not a plain formula is refused with a stable code and, where known, a position.
const codeOf = (text: string) => {
  try {
    parseFormula(text);
    return 'parsed';
  } catch (error) {
    assert.ok(error instanceof FormulaError);
    return `${error.code}@${error.position}`;
  }
};
assert.equal(codeOf('x*(1-x'), 'ERR_FORMULA_SYNTAX@2'); // the unclosed parenthesis
assert.equal(codeOf('x + y'), 'ERR_FORMULA_VARIABLE@4');
assert.equal(codeOf('constructor'), 'ERR_FORMULA_VARIABLE@0');
assert.equal(codeOf("import('x')"), 'ERR_FORMULA_FUNCTION@0');
assert.equal(codeOf('x.constructor'), 'ERR_FORMULA_UNSUPPORTED@1'); // the property access
assert.equal(codeOf('x'.repeat(10_000)), 'ERR_FORMULA_TOO_LONG@1000');
