import type { ButcherTableau } from '../tableaus/tableau.ts';

/**
 * The implicit trapezoid rule (Crank–Nicolson) as a two-stage Butcher tableau, A = [[0, 0], [1/2, 1/2]],
 * b = [1/2, 1/2], c = [0, 1] (Hairer–Wanner II, §IV.3): order 2, R(z) = (1 + z/2)/(1 − z/2), A-stable but not
 * L-stable (|R(z)| → 1 as z → −∞, so very stiff modes are not damped, they flip sign). Data for the stability
 * function; `trapezoid` solves its steps by Newton.
 */
export const TRAPEZOID_TABLEAU: ButcherTableau = {
  name: 'trapezoid',
  order: 2,
  c: [0, 1],
  a: [
    [0, 0],
    [0.5, 0.5],
  ],
  b: [0.5, 0.5],
};
