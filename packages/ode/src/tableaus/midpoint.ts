import { freezeTableau } from './freeze-tableau.ts';
import type { ButcherTableau } from './tableau.ts';

/** Explicit midpoint rule, order 2 (C. Runge, Math. Ann. 46, 1895; Hairer–Nørsett–Wanner I, §II.1). */
export const MIDPOINT_TABLEAU: ButcherTableau = freezeTableau({
  name: 'midpoint',
  order: 2,
  c: [0, 1 / 2],
  a: [[], [1 / 2]],
  b: [0, 1],
});
