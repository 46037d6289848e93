import { freezeTableau } from './freeze-tableau.ts';
import type { ButcherTableau } from './tableau.ts';

/** Heun's method (explicit trapezoid), order 2 (K. Heun, Z. Math. Phys. 45, 1900; Butcher 2016, §23). */
export const HEUN_TABLEAU: ButcherTableau = freezeTableau({
  name: 'heun',
  order: 2,
  c: [0, 1],
  a: [[], [1]],
  b: [1 / 2, 1 / 2],
});
