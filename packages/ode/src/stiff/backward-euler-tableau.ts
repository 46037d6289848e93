import type { ButcherTableau } from '../tableaus/tableau.ts';

/**
 * Implicit (backward) Euler as a one-stage Butcher tableau, A = [[1]], b = [1], c = [1]: the stage is the new point
 * itself (Hairer–Wanner II, §IV.3). Its stability function is R(z) = 1/(1 − z). The tableau is data for the stability
 * and step-size maps; the steps themselves are solved by Newton (backwardEuler), not by the explicit engine.
 */
export const BACKWARD_EULER_TABLEAU: ButcherTableau = {
  name: 'backward-euler',
  order: 1,
  c: [1],
  a: [[1]],
  b: [1],
};
