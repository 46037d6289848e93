import type { EmbeddedTableau } from './embedded-tableau.ts';
import { freezeTableau } from './freeze-tableau.ts';

/**
 * Dormand–Prince 5(4), first same as last (J. R. Dormand and P. J. Prince, J. Comput. Appl. Math. 6 (1980) 19–26),
 * with Shampine's quartic continuous extension as coded in Hairer's DOPRI5 (Hairer–Nørsett–Wanner I, §II.5–6).
 */
export const DOPRI5_TABLEAU: EmbeddedTableau = freezeTableau({
  name: 'dopri5',
  order: 5,
  orderHat: 4,
  fsal: true,
  c: [0, 1 / 5, 3 / 10, 4 / 5, 8 / 9, 1, 1],
  a: [
    [],
    [1 / 5],
    [3 / 40, 9 / 40],
    [44 / 45, -56 / 15, 32 / 9],
    [19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729],
    [9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656],
    [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84],
  ],
  b: [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84, 0],
  bHat: [5179 / 57600, 0, 7571 / 16695, 393 / 640, -92097 / 339200, 187 / 2100, 1 / 40],
  denseC: [],
  denseA: [],
  // Hairer's d1..d7: the fifth coefficient of the interpolant is h·Σ d_i k_i (the other four come from y, y_new,
  // f(y) and f(y_new)).
  denseD: [
    [
      -12715105075 / 11282082432,
      0,
      87487479700 / 32700410799,
      -10690763975 / 1880347072,
      701980252875 / 199316789632,
      -1453857185 / 822651844,
      69997945 / 29380423,
    ],
  ],
  errorOrder: 5,
  stiffnessThreshold: 3.25,
  controlBeta: 0.04,
});
