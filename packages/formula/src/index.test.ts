import { expect, test } from 'vitest';
import * as formula from './index.ts';

test('@phaseflow/formula exports exactly these names', () => {
  expect(Object.keys(formula).sort()).toMatchInlineSnapshot(`
    [
      "FORMULA_CONSTANTS",
      "FORMULA_FUNCTIONS",
      "FormulaError",
      "MAX_FORMULA_DEPTH",
      "MAX_FORMULA_LENGTH",
      "centralDifference",
      "compileFormula",
      "deriveFormula",
      "flowFromFormula",
      "gaussLegendre",
      "integrateFormula",
      "numericAntiderivative",
      "parseFormula",
      "polynomialCoefficients",
    ]
  `);
});
