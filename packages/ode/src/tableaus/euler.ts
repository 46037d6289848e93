import { freezeTableau } from './freeze-tableau.ts';
import type { ButcherTableau } from './tableau.ts';

/** Forward Euler, order 1 (L. Euler, *Institutiones calculi integralis*, 1768; Hairer–Nørsett–Wanner I, §I.7). */
export const EULER_TABLEAU: ButcherTableau = freezeTableau({
  name: 'euler',
  order: 1,
  c: [0],
  a: [[]],
  b: [1],
});
