import { expect, test } from 'vitest';
import * as formula from './index.ts';

test('@phaseflow/formula exports exactly these names', () => {
  expect(Object.keys(formula).sort()).toMatchInlineSnapshot(`
    [
      "FORMULA_CONSTANTS",
      "FORMULA_FUNCTIONS",
      "FormulaError",
      "MAX_DERIVATIVE_SIZE",
      "MAX_FORMULA_DEPTH",
      "MAX_FORMULA_LENGTH",
      "centralDifference",
      "compileFormula",
      "compileLoss",
      "compileSystem",
      "deriveFormula",
      "flowFromFormula",
      "formulaParameters",
      "gaussLegendre",
      "integrateFormula",
      "isParameterName",
      "numericAntiderivative",
      "parseFormula",
      "polynomialCoefficients",
    ]
  `);
});
