import { freezeTableau } from './freeze-tableau.ts';
import type { ButcherTableau } from './tableau.ts';

/** The classical Runge–Kutta method, order 4 (W. Kutta, Z. Math. Phys. 46, 1901; Hairer–Nørsett–Wanner I, §II.1). */
export const RK4_TABLEAU: ButcherTableau = freezeTableau({
  name: 'rk4',
  order: 4,
  c: [0, 1 / 2, 1 / 2, 1],
  a: [[], [1 / 2], [0, 1 / 2], [0, 0, 1]],
  b: [1 / 6, 1 / 3, 1 / 3, 1 / 6],
});
