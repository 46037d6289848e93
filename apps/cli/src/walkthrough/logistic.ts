import { flowFromFormula } from '@phaseflow/formula';

/**
 * The walkthrough's running example, built from its formula by @phaseflow/formula like any user input:
 * f(x) = x(1 − x) and the potential F(x) = x²/2 − x³/3 with F′ = f.
 */
export const LOGISTIC = flowFromFormula('x*(1-x)');
